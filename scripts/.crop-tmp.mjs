import { chromium } from "@playwright/test";
const [src, y, h, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--allow-file-access-from-files"] });
const p = await b.newPage({ viewport: { width: 400, height: +h } });
await p.goto(`file://${src}`);
await p.evaluate((y) => window.scrollTo(0, y), +y);
await p.screenshot({ path: out });
await b.close();
