// Explain mode on the release build, designed for the therapist's tablet: walk every step by
// keys and by swipe at 1024×768 landscape, 768×1024 portrait and on a 390×844 phone; the
// therapist's notes open with one tap and are remembered; present mode hides the frame and
// comes back with Escape; a step deep-links; a cat-cow plays in place; the last step hands
// over; axe is clean and every step is photographed.
import { expect } from "@playwright/test";
import { expectAccessible, fastClock, headingOf, open, snap, test, watch } from "./support.mjs";

/** The steps' headings, in order (the sections of seed 000's session). */
const HEADINGS = [
  "Simple recap",
  "The hip–lumbar connection",
  "Benefits of better hip mobility",
  "How active mobility supports recovery",
  "Massage and mobility together",
  "Your homework",
];

const SIZES = {
  landscape: { width: 1024, height: 768 },
  portrait: { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
};

const heading = (page) => page.locator("main h1");

/** A sideways touch swipe across the step's heading, `dx` pixels (negative: to the left). */
async function swipe(page, dx) {
  const box = await heading(page).boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const at = (type, clientX) =>
    heading(page).dispatchEvent(type, { pointerType: "touch", isPrimary: true, clientX, clientY: y, bubbles: true });
  await at("pointerdown", x);
  await at("pointerup", x + dx);
}

for (const [name, viewport] of Object.entries(SIZES)) {
  test.describe(`at ${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("every step by keys, then back by swipes; axe clean on each", async ({ page }) => {
      const problems = watch(page);
      await open(page, "/explain");
      for (const [i, text] of HEADINGS.entries()) {
        await expect(heading(page)).toHaveText(text);
        // `/explain/` is the first step's short form.
        await expect(page).toHaveURL(new RegExp(i === 0 ? "/explain/(1/)?$" : `/explain/${i + 1}/$`));
        await expect(page.locator('.explain__progress [aria-current="step"]')).toContainText(String(i + 1));
        await expectAccessible(page);
        await snap(page, `explain-${i + 1}-${name}`);
        await page.keyboard.press("ArrowRight");
      }
      // Past the last step the keys do nothing.
      await expect(heading(page)).toHaveText(HEADINGS[5]);
      for (let i = 4; i >= 0; i--) {
        await swipe(page, 150);
        await expect(heading(page)).toHaveText(HEADINGS[i]);
      }
      await swipe(page, -150);
      await expect(heading(page)).toHaveText(HEADINGS[1]);
      // A short or mostly vertical move is not a swipe.
      await swipe(page, -30);
      await expect(heading(page)).toHaveText(HEADINGS[1]);
      await page.keyboard.press("ArrowLeft");
      await expect(heading(page)).toHaveText(HEADINGS[0]);
      expect(problems).toEqual([]);
    });
  });
}

test("the progress bar opens any step, and Back returns", async ({ page }) => {
  await open(page, "/explain");
  await page.locator(".explain__progress").getByRole("link", { name: /5/ }).click();
  await expect(heading(page)).toHaveText(HEADINGS[4]);
  await page.getByRole("link", { name: /^Next: Homework/ }).click();
  await expect(heading(page)).toHaveText(HEADINGS[5]);
  await page.goBack();
  await expect(heading(page)).toHaveText(HEADINGS[4]);
  await page.goBack();
  await expect(heading(page)).toHaveText(HEADINGS[0]);
});

test("a deep link opens its step; a step past the end says so", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/explain/3");
  await expect(heading(page)).toHaveText(HEADINGS[2]);
  await expect(page.locator(".explain__count")).toHaveText("Step 3 of 6");
  await open(page, "/explain/9");
  await expect(heading(page)).toHaveText("No such step");
  await expect(page.locator("main")).toContainText("The session has 6 steps");
  await page.getByRole("link", { name: "Start at step 1" }).click();
  await expect(heading(page)).toHaveText(HEADINGS[0]);
  expect(problems).toEqual([]);
});

test("the notes open with one tap and stay open from step to step and on reload", async ({ page }) => {
  await open(page, "/explain");
  const notes = page.getByRole("complementary", { name: "Therapist's notes" });
  await expect(notes).toBeHidden();
  await page.getByRole("button", { name: "Show notes" }).click();
  await expect(notes).toBeVisible();
  await expect(notes).toContainText("Did you notice any changes in stiffness");
  await page.keyboard.press("ArrowRight");
  await expect(heading(page)).toHaveText(HEADINGS[1]);
  await expect(notes).toContainText("in the clinic's words");
  await page.reload();
  await expect(notes).toBeVisible();
  await page.getByRole("button", { name: "Hide notes" }).click();
  await expect(notes).toBeHidden();
});

test("present mode hides the site's frame until Escape or leaving", async ({ page }) => {
  await open(page, "/explain/2");
  const header = page.locator("header.site-header");
  await page.getByRole("button", { name: "Present" }).click();
  await expect(header).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await page.keyboard.press("ArrowRight");
  await expect(heading(page)).toHaveText(HEADINGS[2]);
  await expect(header).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(header).toBeVisible();
  await page.getByRole("button", { name: "Present" }).click();
  await expect(header).toBeHidden();
  // Leaving explain mode (here by choosing a muscle on the map) brings the frame back.
  const glute = headingOf("muscle/gluteus-maximus");
  await page.locator(".explain__map").getByRole("button", { name: glute }).first().focus();
  await page.keyboard.press("Enter");
  await expect(heading(page)).toHaveText(glute);
  await expect(header).toBeVisible();
});

test("a mobility move plays in place, and the last step hands over", async ({ page }) => {
  const problems = watch(page);
  await fastClock(page, 4);
  await page.goto("./explain/4/");
  const moves = page.getByRole("group", { name: "Move to play" });
  const hipRocks = headingOf("stretch/hip-rocks");
  await moves.getByRole("button", { name: hipRocks }).click();
  await expect(moves.getByRole("button", { name: hipRocks })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "move", { timeout: 8_000 });
  // Space belongs to the player on this step: it pauses instead of turning the page.
  await page.locator("main h1").click();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeVisible();
  await expect(heading(page)).toHaveText(HEADINGS[3]);
  await page.keyboard.press("ArrowRight");
  await expect(heading(page)).toHaveText(HEADINGS[4]);
  await page.keyboard.press("ArrowRight");
  await expect(heading(page)).toHaveText(HEADINGS[5]);
  await page.getByRole("link", { name: "Make their home program" }).click();
  await expect(page).toHaveURL(/\/program\/new\/$/);
  await expect(page.locator("main h1")).toHaveText("Make a home program");
  expect(problems).toEqual([]);
});

test("two presses before the next step has drawn move two steps", async ({ page }) => {
  await open(page, "/explain/2");
  await expect(heading(page)).toHaveText(HEADINGS[1]);
  // Both presses in one task, so the page cannot draw between them: the second once pushed
  // the same next step again and was lost.
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) {
      document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
    }
  });
  await expect(heading(page)).toHaveText(HEADINGS[3]);
  await expect(page).toHaveURL(/\/explain\/4\/$/);
  // Back goes one step at a time, as every move is its own history entry.
  await page.goBack();
  await expect(heading(page)).toHaveText(HEADINGS[2]);
});

/** How far the page scrolls, and any of the step's map, live model or words cut off. */
async function overflow(page) {
  return page.evaluate(() => {
    const root = document.scrollingElement;
    const cut = [];
    for (const selector of [".explain__map .body-map__svg", ".explain__stage .bend-model__panel .figure", ".explain__points", "main h1", ".explain__next, .explain__prev-next"]) {
      for (const el of document.querySelectorAll(selector)) {
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.top < -1 || box.left < -1 || box.bottom > innerHeight + 1 || box.right > innerWidth + 1) {
          cut.push(`${selector}: ${Math.round(box.top)}–${Math.round(box.bottom)} × ${Math.round(box.left)}–${Math.round(box.right)}`);
        }
      }
    }
    return { down: root.scrollHeight - innerHeight, across: root.scrollWidth - innerWidth, cut };
  });
}

for (const viewport of [{ width: 1024, height: 768 }, { width: 1366, height: 1024 }]) {
  test.describe(`present mode at ${viewport.width}×${viewport.height} landscape`, () => {
    test.use({ viewport, hasTouch: true });

    test("every step fits the screen with no scroll, notes beside it, sources behind one control", async ({ page }) => {
      const problems = watch(page);
      // The steps are numbered from 1 on screen, so /explain/1/ is the first step's address too.
      await open(page, "/explain/1");
      await expect(heading(page)).toHaveText(HEADINGS[0]);
      await page.getByRole("button", { name: "Present" }).tap();
      for (const [i, text] of HEADINGS.entries()) {
        await expect(heading(page)).toHaveText(text);
        await page.evaluate(() => document.fonts.ready);
        expect(await overflow(page), `step ${i + 1}`).toEqual({ down: 0, across: 0, cut: [] });
        if (i === 1) {
          // The live model is beside the words and the map, not below them.
          const model = await page.locator(".bend-model").boundingBox();
          const map = await page.locator(".explain__map").boundingBox();
          expect(model.x).toBeGreaterThanOrEqual(map.x + map.width - 1);
        }
        await snap(page, `explain-present-${i + 1}-${viewport.width}`);
        await page.keyboard.press("ArrowRight");
      }
      await open(page, "/explain/2");
      await page.getByRole("button", { name: "Present" }).tap();
      // The notes open over the step, and the step still does not scroll.
      await page.getByRole("button", { name: "Show notes" }).tap();
      await expect(page.getByRole("complementary", { name: "Therapist's notes" })).toBeVisible();
      expect((await overflow(page)).down, "with the notes open").toBe(0);
      await snap(page, `explain-present-notes-${viewport.width}`);
      await page.getByRole("button", { name: "Hide notes" }).tap();
      // Sources: one control, which opens over the step.
      const sources = page.locator(".explain__story .sources");
      await expect(sources).toHaveCount(1);
      await sources.locator("summary").tap();
      await expect(sources.locator(".sources__list")).toBeVisible();
      expect((await overflow(page)).down, "with the sources open").toBe(0);
      await expectAccessible(page);
      expect(problems).toEqual([]);
    });
  });
}
