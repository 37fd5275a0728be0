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
