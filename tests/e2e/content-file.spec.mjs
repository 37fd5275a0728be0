// Content beside the code (issue 25): the wasm is the same for every clinic and every content
// edit. The content (knowledge base, guides, clinic) is one file, `content-<hash>.bin`, that
// every page names and the boot module fetches beside the wasm, at the same moment.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { test } from "./support.mjs";

const DIST = process.env.E2E_DIST ?? "dist";
// The content set the build in DIST was made from (build.rs's ATLAS_CONTENT, default assets).
const ASSETS = join(process.env.ATLAS_CONTENT ?? "assets", "content");

/** Every muscle's name, every claim's text and every interface word (interface.toml, issue 25's
 * one table of the app's own words) of 30 characters or more in the content set (unescaped). */
function contentWords() {
  const words = [];
  for (const file of readdirSync(ASSETS).filter((f) => f.endsWith(".toml"))) {
    const toml = readFileSync(join(ASSETS, file), "utf8");
    if (file.startsWith("muscles")) {
      for (const [, name] of toml.matchAll(/^name = "([^"\\]+)"$/gm)) words.push(name);
    }
    for (const [, text] of toml.matchAll(/text = "([^"\\]{30,})"/g)) words.push(text);
    if (file === "interface.toml") {
      for (const [, text] of toml.matchAll(/^[a-z0-9-]+ = "([^"\\]{30,})"$/gm)) words.push(text);
    }
  }
  return words;
}

test("the release wasm holds none of the content, and the content file holds it", () => {
  const files = readdirSync(DIST);
  const wasm = files.filter((f) => f.endsWith(".wasm"));
  const content = files.filter((f) => /^content-[0-9a-f]{16}\.bin$/.test(f));
  expect(wasm).toHaveLength(1);
  expect(content).toHaveLength(1);
  const module = readFileSync(join(DIST, wasm[0]));
  const file = readFileSync(join(DIST, content[0]));
  const words = contentWords();
  expect(words.length).toBeGreaterThan(20);
  const inWasm = words.filter((w) => module.includes(Buffer.from(w)));
  expect(inWasm, `${wasm[0]} holds content`).toEqual([]);
  // The same search finds them where they belong (a check that could not fail would prove nothing).
  const missing = words.filter((w) => !file.includes(Buffer.from(w)));
  expect(missing, `${content[0]} lacks content`).toEqual([]);
});

test("a page names its content file and fetches it while the wasm downloads", async ({ page }) => {
  const started = {};
  const finished = {};
  const kind = (url) => (/content-[0-9a-f]+\.bin$/.test(url) ? "content" : /_bg\.wasm$/.test(url) ? "wasm" : null);
  page.on("request", (r) => kind(r.url()) && (started[kind(r.url())] = Date.now()));
  page.on("requestfinished", (r) => kind(r.url()) && (finished[kind(r.url())] = Date.now()));
  await page.goto("./atlas/");
  await expect(page.locator("#prerendered")).toHaveCount(0);
  await expect(page.locator("#app main#main h1")).toBeVisible();
  const named = await page.locator('meta[name="atlas-content"]').getAttribute("content");
  expect(named).toMatch(/^content-[0-9a-f]{16}\.bin$/);
  expect(readdirSync(DIST)).toContain(named);
  // Both were fetched, the content's request before the wasm had finished arriving.
  expect(started.content, "the content file was fetched").toBeDefined();
  expect(started.wasm, "the wasm was fetched").toBeDefined();
  expect(started.content).toBeLessThanOrEqual(finished.wasm);
});
