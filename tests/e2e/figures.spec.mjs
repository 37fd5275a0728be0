// Issue 11, item 7: every guide's key poses (start, each keyframe, the hold, both sides) as
// phone-sized PNGs in test-results/figures/, for a person to look at before a change lands.
// The poses come from the core's contact sheet, drawn from the same geometry and colours as
// the app's figure; make it first (outside test-results/, which Playwright empties) with
//   RIG_CONTACT_SHEET=/tmp/atlas-key-poses.html \
//     cargo test -p atlas-core --features toml --test rig_contact_sheet
// (FIGURES_SHEET names another path).
import { test, expect } from "@playwright/test";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";

const DIR = resolve("test-results/figures");
const SHEET = process.env.FIGURES_SHEET ?? resolve(tmpdir(), "atlas-key-poses.html");

test.use({ viewport: { width: 390, height: 844 } });

test("every guide's key poses render at phone size", async ({ page }) => {
  test.skip(!existsSync(SHEET), `no contact sheet at ${SHEET}: see this file's first lines`);
  mkdirSync(DIR, { recursive: true });
  await page.goto(`file://${SHEET}`);
  const figures = page.locator("section[data-guide] svg");
  const count = await figures.count();
  // Fourteen guides, each with a start and at least two keyframes, on both sides.
  expect(count).toBeGreaterThanOrEqual(14 * 3 * 2);
  for (let i = 0; i < count; i += 1) {
    const svg = figures.nth(i);
    const id = await svg.getAttribute("id");
    const box = await svg.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    // Every figure has a body and a lit muscle belly to show.
    expect(await svg.locator("path").count()).toBeGreaterThan(10);
    await svg.screenshot({ path: resolve(DIR, `${id}.png`) });
  }
});

// Issue 22, item 5: every guide's one key picture alone, cropped as a still and without its
// move's name, as a reader who does not know the names sees it (the lead shows these).
test("every guide's key picture renders alone at phone size, unnamed", async ({ page }) => {
  test.skip(!existsSync(SHEET), `no contact sheet at ${SHEET}: see this file's first lines`);
  mkdirSync(DIR, { recursive: true });
  await page.goto(`file://${SHEET}`);
  const keys = page.locator("section[data-keys] svg");
  expect(await keys.count()).toBe(14);
  for (let i = 0; i < 14; i += 1) {
    const svg = keys.nth(i);
    const box = await svg.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    // No label: the picture alone must say what the body does.
    expect(((await svg.locator("text").allTextContents()).join("")).trim()).toBe("");
    await svg.screenshot({ path: resolve(DIR, `${await svg.getAttribute("id")}.png`) });
  }
});
