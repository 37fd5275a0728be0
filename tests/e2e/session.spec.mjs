// The client's session on a 390×844 touch phone, on a fast test clock (`fastClock`): how moving
// feels asked before Play with a row of 0–10 buttons, Play bringing the player into view and
// starting it at once, Next and Previous between the stretches, the session played to its
// end, then how moving feels after; the chart's legend draws what the chart draws, and the
// calendar starts at the first session, not weeks before it.
import { expect } from "@playwright/test";
import { expectAccessible, fastClock, open, snap, test, watch } from "./support.mjs";

// Cat-cow has ten breaths, so on the fast clock it lasts long enough (about 4 s) for Previous.
const SAVED = {
  schema: 1,
  program: {
    items: [
      { stretch: "figure-4", dose: { hold_seconds: 30, repetitions: 1, each_side: true, breath_seconds: 0, times_a_day: 1, days_a_week: 7 } },
      { stretch: "cat-cow", dose: { hold_seconds: 0, repetitions: 10, each_side: false, breath_seconds: 6, times_a_day: 1, days_a_week: 7 } },
    ],
    treatment: null,
  },
  log: [],
};

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("a session played through with Next and Previous, rated before and after", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/");
  await page.evaluate((saved) => localStorage.setItem("atlas.program", JSON.stringify(saved)), SAVED);
  await fastClock(page, 16);
  await page.goto("./program/");
  await expect(page.locator("main h1")).toHaveText("My program");

  // Before: a row of large buttons with words at both ends.
  const before = page.getByRole("group", { name: /^Before you start/ });
  await expect(before).toContainText("0: very hard");
  await expect(before).toContainText("10: easy");
  // The radio button itself covers its big label: the finger lands on it.
  const three = before.getByRole("radio", { name: "3", exact: true });
  const box = await three.boundingBox();
  expect(box.height, "a finger-sized target").toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await three.tap();
  await expect(three).toBeChecked();

  // Play: the player comes into view and is already playing (no second Start).
  await page.getByRole("button", { name: "Play my program" }).tap();
  const title = page.locator(".program-session h2");
  await expect(title).toHaveText("Stretch 1 of 2: Figure-4 stretch");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start", exact: true })).toHaveCount(0);
  await expect
    .poll(async () => {
      const player = await page.locator(".player").boundingBox();
      return player.y >= -1 && player.y < 844 / 2;
    }, { message: "the player scrolled into view" })
    .toBe(true);

  // Next and Previous move between the stretches at any moment; each starts by itself.
  await page.getByRole("button", { name: "Next: Cat-cow" }).tap();
  await expect(title).toHaveText("Stretch 2 of 2: Cat-cow");
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.getByRole("button", { name: "Previous stretch" }).tap();
  await expect(title).toHaveText("Stretch 1 of 2: Figure-4 stretch");
  await page.getByRole("button", { name: "Next: Cat-cow" }).tap();
  await expect(title).toHaveText("Stretch 2 of 2: Cat-cow");
  await snap(page, "session-playing-phone");

  // Cat-cow plays to its end on the test clock, and the log asks how moving feels now.
  await expect(page.getByRole("heading", { name: "Well done. Log today?" })).toBeVisible({ timeout: 30_000 });
  const after = page.getByRole("group", { name: /^Now, after the stretches/ });
  await after.getByRole("radio", { name: "7", exact: true }).tap();
  await expect(page.locator(".log-form__before")).toHaveText("Before, you said 3.");
  await page.getByRole("button", { name: "Done: log today" }).tap();
  await expect(page.locator(".program-page__logged")).toHaveText("Logged for today. Thank you.");
  const stored = await page.evaluate(() => localStorage.getItem("atlas.program"));
  expect(stored).toContain('"ease_before":3');
  expect(stored).toContain('"ease_after":7');

  // The calendar starts the week the program arrived (today, with the first session): one week,
  // not four mostly empty ones.
  await expect(page.locator(".calendar tbody tr")).toHaveCount(1);
  await expect(page.locator(".calendar caption")).toHaveText("This week: ✓ a day you did your stretches");
  await expect(page.locator(".calendar .is-done")).toHaveCount(1);
  // One session is one dot per series: the legend shows the dots and no line.
  const legend = page.locator(".ease-chart__legend");
  await expect(legend).toContainText("Before the stretches");
  await expect(legend).toContainText("After the stretches");
  await expect(legend.locator("line")).toHaveCount(0);
  await expect(legend.locator("circle")).toHaveCount(2);
  await expect(page.locator(".ease-chart circle")).toHaveCount(2);
  await expectAccessible(page);
  await snap(page, "session-logged-phone");
  expect(problems).toEqual([]);
});

test("Finish on the last stretch ends the session early and still offers the log", async ({ page }) => {
  await open(page, "/");
  await page.evaluate((saved) => localStorage.setItem("atlas.program", JSON.stringify(saved)), SAVED);
  await page.goto("./program/");
  await page.getByRole("button", { name: "Play my program" }).tap();
  await page.getByRole("button", { name: "Next: Cat-cow" }).tap();
  await page.getByRole("button", { name: "Finish the session" }).tap();
  await expect(page.getByRole("heading", { name: "Well done. Log today?" })).toBeVisible();
});
