// The live hip–lumbar model (src/components/bend_model), driven as a therapist on a tablet and
// a client on a phone would: the bend slider by keys and by pointer, the hips by the toggle and
// by the slider; the low back's share rises as the hips tighten; the feet stay on the floor;
// side by side; the stride; axe; screenshots at 1024×768, 768×1024 and 390×844.
// The model is found by `[data-bend-model]` on explain mode's hip–lumbar step (`#/explain/2`).
import { expect } from "@playwright/test";
import { expectAccessible, open, snap, test, watch } from "./support.mjs";

const ROUTE = "/explain/2";
const SIZES = [
  ["tablet-landscape", { width: 1024, height: 768 }],
  ["tablet-portrait", { width: 768, height: 1024 }],
  ["phone", { width: 390, height: 844 }],
];

const model = (page) => page.locator("[data-bend-model]");
const lumbar = async (page) =>
  Number(await model(page).locator('.bend-model__panel >> nth=-1').locator('[data-share="lumbar"]').getAttribute("data-degrees"));

/**
 * The lowest drawn point of the figure relative to the floor line, in screen pixels: the same
 * standing and bent means nothing lifted the feet off the floor (or pushed a hand below it).
 * (getBoundingClientRect measures path geometry, not stroke width, so it is the feet's axis.)
 */
async function lowest(page, panel = 0) {
  return model(page).locator(".bend-model__panel").nth(panel).locator("svg.figure").evaluate((svg) => {
    const body = svg.querySelector(".fig-body").getBoundingClientRect();
    const ground = svg.querySelector(".fig-ground").getBoundingClientRect();
    return ground.top + ground.height / 2 - body.bottom;
  });
}

for (const [name, viewport] of SIZES) {
  test.describe(name, () => {
    test.use({ viewport });

    test("keys and pointer bend the figure; tight hips raise the low back's share", async ({ page }) => {
      const problems = watch(page);
      await open(page, ROUTE);
      const bend = model(page).locator("[data-bend-slider]");
      await expect(bend).toHaveAttribute("aria-valuetext", /^60 degrees: hips \d+, low back \d+, usual share/);
      await bend.fill("0");
      const standing = await lowest(page);
      // Keys: End goes to the deepest bend, arrows step by a degree.
      await bend.focus();
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowLeft");
      await expect(bend).toHaveValue("109");
      await expect(bend).toHaveAttribute("aria-valuetext", /^109 degrees: hips \d+, low back 42, usual share/);
      const free = await lumbar(page);
      // The feet stay on the floor however far the figure bends.
      expect(Math.abs((await lowest(page)) - standing)).toBeLessThan(1.5);
      // Pointer: tap "Tight hips", then drag the hip slider to its tightest.
      await model(page).getByRole("button", { name: "Tight hips" }).click();
      const tight = await lumbar(page);
      expect(tight).toBeGreaterThan(free);
      const hips = model(page).locator("[data-hip-slider]");
      const box = await hips.boundingBox();
      expect(box.height).toBeGreaterThanOrEqual(44);
      await page.mouse.click(box.x + 4, box.y + box.height / 2);
      await expect(hips).toHaveValue("20");
      expect(await lumbar(page)).toBeGreaterThanOrEqual(tight);
      await expect(model(page).locator('[data-share="lumbar"]')).toHaveAttribute("data-load", "strained");
      await expect(model(page).locator('[data-share="unreached"]')).toBeVisible();
      await expect(bend).toHaveAttribute("aria-valuetext", /low back 60, strained; \d+ out of reach/);
      await snap(page, `bend-model-${name}-tight`);
      expect(problems).toEqual([]);
    });

    test("side by side and the stride; axe is clean", async ({ page }) => {
      await open(page, ROUTE);
      await model(page).getByRole("button", { name: "Side by side" }).click();
      const panels = model(page).locator(".bend-model__panel");
      await expect(panels).toHaveCount(2);
      await expect(panels.nth(0)).toHaveAttribute("data-capacity", "69");
      await expect(panels.nth(1)).toHaveAttribute("data-capacity", "40");
      const slider = model(page).locator("[data-bend-slider]");
      await slider.fill("0");
      const standing = [await lowest(page, 0), await lowest(page, 1)];
      await slider.fill("100");
      for (const p of [0, 1]) {
        expect(Math.abs((await lowest(page, p)) - standing[p])).toBeLessThan(1.5);
      }
      await expectAccessible(page);
      await snap(page, `bend-model-${name}-side-by-side`);
      await model(page).getByRole("button", { name: "Walking stride" }).click();
      await expect(model(page)).toHaveAttribute("data-movement", "stride");
      await model(page).locator("[data-bend-slider]").fill("15");
      await expect(panels.nth(1).locator('[data-share="lumbar"]')).toHaveAttribute("data-degrees", "10");
      await expectAccessible(page);
      await snap(page, `bend-model-${name}-stride`);
    });
  });
}
