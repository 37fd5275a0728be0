// Issue 23, item 6: the embed on the clinic's own site. A page on a second origin (the clinic's
// site, named at build time by ATLAS_EMBED_ORIGIN: scripts/test.sh builds with
// http://127.0.0.1:8190) frames embed/, which shows the map and search, grows the frame to its
// content through embed/embed.js, and opens the full atlas in the top window; a third origin is
// refused by the embed's frame-ancestors, and every other page keeps frame-ancestors 'none'.
import { expect } from "@playwright/test";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { APP_HOST, expectAccessible, test, VIEWPORTS } from "./support.mjs";

const DIST = process.env.E2E_DIST ?? "dist";
const APP = `http://${APP_HOST}`;

/** The origins the built `_headers` lets frame the embed (empty when the build named none). */
function embedOrigins() {
  const headers = readFileSync(join(DIST, "_headers"), "utf8");
  const rule = headers.split("\n/embed/*\n")[1] ?? "";
  const policy = rule.match(/Content-Security-Policy: (.*)/)?.[1] ?? "";
  return policy.match(/frame-ancestors ([^;]*)/)?.[1].trim().split(/\s+/) ?? [];
}

/** A clinic's page as a site builder makes it: the README's snippet, under a strict CSP. */
const clinicPage = (title) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body>
<h1>${title}</h1>
<p>Welcome to our clinic.</p>
<iframe src="${APP}/embed/" title="Hip &amp; Back Atlas: body map and search" data-atlas-embed width="100%" height="300" loading="lazy"></iframe>
<script src="${APP}/embed/embed.js" defer></script>
<p id="after">Opening hours below the atlas.</p>
</body></html>`;

/** Serves `clinicPage` on 127.0.0.1:`port` (0: any free port); resolves to the server. */
function clinicSite(port, title) {
  const server = createServer((req, res) => {
    res.writeHead(200, {
      "Content-Type": "text/html; charset=utf-8",
      // No inline script or style is needed on the clinic's page either.
      "Content-Security-Policy": `default-src 'none'; script-src ${APP}; frame-src ${APP}; style-src 'none'`,
    });
    res.end(clinicPage(title));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

test.describe.configure({ mode: "serial" }); // one clinic site on its fixed port
let clinic;
let stranger;
test.beforeAll(async () => {
  const origins = embedOrigins();
  const own = origins.map((o) => new URL(o)).find((u) => u.hostname === "127.0.0.1" && u.port);
  if (!own) throw new Error(`dist/_headers lets ${origins.join(" ") || "no site"} frame the embed: build with ATLAS_EMBED_ORIGIN=http://127.0.0.1:8190`);
  clinic = await clinicSite(Number(own.port), "West Hills Massage");
  stranger = await clinicSite(0, "Someone else's site");
});
test.afterAll(async () => {
  await new Promise((r) => (clinic ? clinic.close(r) : r()));
  await new Promise((r) => (stranger ? stranger.close(r) : r()));
});
const address = (server) => `http://127.0.0.1:${server.address().port}/`;

/** The frame's height on the page, and its content's height inside. */
async function heights(page) {
  const outer = (await page.locator("iframe[data-atlas-embed]").boundingBox()).height;
  const inner = await page.frameLocator("iframe[data-atlas-embed]").locator("html").evaluate((html) => html.getBoundingClientRect().height);
  return { outer, inner };
}

test("the clinic's site frames the embed: the map and search show, and the frame fits its content", async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(address(clinic));
  const frame = page.frameLocator("iframe[data-atlas-embed]");
  await expect(frame.locator("h1")).toBeVisible();
  await expect(frame.getByRole("search")).toBeVisible();
  await expect(frame.locator("a.region").first()).toBeVisible();
  // No site header or footer in the frame, and no app: the embed is the page alone.
  await expect(frame.locator(".site-header, .site-footer, #boot")).toHaveCount(0);
  // Taller than the 300 px the snippet starts with, and as tall as its content: no scroll bar.
  await expect.poll(async () => (await heights(page)).outer).toBeGreaterThan(400);
  await expect.poll(async () => { const h = await heights(page); return Math.abs(h.outer - h.inner); }).toBeLessThanOrEqual(2);
  const wide = (await heights(page)).outer;
  await page.screenshot({ path: "artifacts/screenshots/embed-desktop.png", fullPage: true });
  // On a phone the frame is narrower, the map smaller, and the frame follows.
  await page.setViewportSize(VIEWPORTS.phone);
  await expect.poll(async () => (await heights(page)).outer).not.toBe(wide);
  await expect.poll(async () => { const h = await heights(page); return Math.abs(h.outer - h.inner); }).toBeLessThanOrEqual(2);
  await page.screenshot({ path: "artifacts/screenshots/embed-phone.png", fullPage: true });
  // A message from anything but the frame itself is ignored.
  const before = (await heights(page)).outer;
  await page.evaluate(() => window.postMessage({ atlasEmbedHeight: 3333 }, "*"));
  await page.waitForTimeout(200);
  expect((await heights(page)).outer).toBe(before);
  expect(problems).toEqual([]);
  // The embed alone (as a screen reader meets it in the frame) meets WCAG 2.1 AA, at a phone's width.
  const alone = await context.newPage();
  await alone.setViewportSize(VIEWPORTS.phone);
  await alone.goto(`${APP}/embed/`);
  await expect(alone.locator("a.region").first()).toBeVisible();
  await expectAccessible(alone);
  await context.close();
});

test("links in the embed open the full atlas in the top window", async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(address(clinic));
  const frame = page.frameLocator("iframe[data-atlas-embed]");
  const region = frame.locator("a.region").first();
  const muscle = await region.getAttribute("data-muscle");
  const name = await region.getAttribute("aria-label");
  // A region is both sides' shapes: the middle of its box is between the legs, so one shape.
  await region.locator("path").first().tap();
  await expect(page).toHaveURL(`${APP}/muscle/${muscle}/`);
  await expect(page.locator("main h1").first()).toHaveText(name);
  await page.goto(address(clinic));
  await frame.getByRole("searchbox").fill("sore hip at night");
  await frame.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`^${APP}/search/`));
  await expect(page.locator(".search-result").first()).toBeVisible();
  await context.close();
});

test("another site cannot frame the embed, and no site can frame any other page", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const refused = [];
  page.on("console", (m) => /frame-ancestors/.test(m.text()) && refused.push(m.text()));
  await page.goto(address(stranger));
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  // The browser shows its own error page in the frame instead.
  await expect(page.frameLocator("iframe[data-atlas-embed]").locator(".embed__title, a.region")).toHaveCount(0);
  // The clinic's own site may frame the embed, and nothing else.
  const own = await context.request.get(`${APP}/embed/`);
  expect(own.headers()["content-security-policy"]).toContain(`frame-ancestors ${new URL(address(clinic)).origin}`);
  for (const path of ["", "atlas/", "muscle/piriformis/", "treatment-room/"]) {
    const res = await context.request.get(`${APP}/${path}`);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  await context.close();
});
