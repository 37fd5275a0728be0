// The animated stretch guide on the release build: the figure moves while playing and stops
// when paused; a hold runs to "Switch sides" and done on a fast clock (Playwright's, through
// `fastClock`: the app has no speed switch) with the precautions listed until the first hold; reduced motion shows still poses with a working timer; axe is clean
// while playing; screenshots at phone, tablet and desktop; every stretch plays cleanly.
import { expect } from "@playwright/test";
import { VIEWPORTS, expectAccessible, fastClock, snap, test, watch } from "./support.mjs";

/** The shipped stretch ids (shared by the content and the animations). */
const STRETCHES = [
  "cat-cow", "hip-rocks", "supine-lumbar-rotation", "knee-to-chest", "hamstring-stretch",
  "kneeling-hip-flexor", "figure-4", "standing-quad", "childs-pose", "side-bend", "butterfly",
  "cross-body-glute", "bridge", "clamshell",
];

/** Opens a stretch page, optionally on a faster clock, and waits for the player. */
async function openStretch(page, id, speed) {
  if (speed) await fastClock(page, speed);
  await page.goto(`./stretch/${id}/`);
  await expect(page.locator(".player")).toBeVisible();
}

/** All limb and muscle path data of the figure: its geometry at this moment. */
const geometry = (page) =>
  page.locator("svg.figure path").evaluateAll((paths) => paths.map((p) => p.getAttribute("d")).join("|"));

const phase = (page) => page.locator(".player").getAttribute("data-phase");

test("the figure moves while a guide plays, and stops when paused", async ({ page }) => {
  const problems = watch(page);
  await openStretch(page, "cat-cow", 4); // 5 s get-ready in about a second
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "move");
  const first = await geometry(page);
  await page.waitForTimeout(300);
  const second = await geometry(page);
  expect(second).not.toEqual(first);

  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeVisible();
  const paused = await geometry(page);
  await page.waitForTimeout(500);
  expect(await geometry(page)).toEqual(paused);

  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await page.waitForTimeout(300);
  expect(await geometry(page)).not.toEqual(paused);
  expect(problems).toEqual([]);
});

test("a one-minute hold counts down, switches sides and finishes on a fast clock", async ({ page }) => {
  const problems = watch(page);
  // 157 s of guide at 8x: about 20 s; the 6 s side switch stays on screen for 0.75 s.
  await openStretch(page, "hamstring-stretch", 8);
  await expect(page.locator(".stretch-page__dose")).toContainText("Hold 60 seconds, once on each side");
  // The precautions show in the player until the first hold, then make room.
  await expect(page.locator(".player__check")).toContainText("If you have sciatica");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "hold", { timeout: 8_000 });
  await expect(page.locator(".player__check")).toHaveCount(0);
  await expect(page.locator(".player__side")).toHaveText("Left side");
  const holdSeconds = Number(await page.locator(".player__seconds").textContent());
  expect(holdSeconds).toBeGreaterThan(40);
  expect(holdSeconds).toBeLessThanOrEqual(60);
  await expect(page.locator(".player__switch")).toContainText("Right side", { timeout: 15_000 });
  await expect(page.locator(".player__headline")).toHaveText("Switch sides");
  await expect(page.locator(".player__side")).toHaveText("Right side", { timeout: 5_000 });
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "done", { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Start again", exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test("with reduced motion the guide shows still poses and the timer still works", async ({ page }) => {
  const problems = watch(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await openStretch(page, "cat-cow");
  await expect(page.locator(".player")).toHaveClass(/player--still/);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player__seconds")).toHaveText("5");
  // Within one step the pose does not change between frames...
  const still = await geometry(page);
  await page.waitForTimeout(600);
  expect(await geometry(page)).toEqual(still);
  // ...while the countdown runs on.
  await expect(page.locator(".player__seconds")).toHaveText("4", { timeout: 2_000 });
  // The pacer shows the words only: its circle keeps one size.
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "move", { timeout: 6_000 });
  const r1 = await page.locator(".pacer__breath").getAttribute("r");
  await page.waitForTimeout(700);
  expect(await page.locator(".pacer__breath").getAttribute("r")).toEqual(r1);
  await expect(page.locator(".pacer__words")).toHaveText(/Breathe (in|out)|Breathe easily/);
  expect(problems).toEqual([]);
});

test("Space pauses and resumes, R restarts", async ({ page }) => {
  await openStretch(page, "childs-pose", 2);
  await page.locator("main h1").click(); // focus away from any control
  await page.keyboard.press("Space");
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "get-ready");
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeVisible();
  // Space on the focused button is the button's own click, once.
  await page.getByRole("button", { name: "Resume", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
  await page.waitForTimeout(1500);
  await page.locator("main h1").click();
  await page.keyboard.press("r");
  await expect(page.locator(".player__seconds")).toHaveText("5");
});

test("axe finds no WCAG 2.1 AA violation on a stretch page while it plays", async ({ page }) => {
  await openStretch(page, "kneeling-hip-flexor", 10);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", /ease-in|hold/);
  await expectAccessible(page);
});

test("an unknown stretch shows the missing entry with a way back to the list", async ({ page }) => {
  await page.goto("./stretch/no-such-stretch/");
  await expect(page.locator("main h1")).toHaveText("We could not find that page");
  await page.getByRole("link", { name: "All stretches" }).click();
  await expect(page).toHaveURL(/\/stretches\/$/);
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`screenshot of a playing guide at ${name} size`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openStretch(page, "kneeling-hip-flexor", 10);
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(page.locator(".player")).toHaveAttribute("data-phase", "hold", { timeout: 5_000 });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, `stretch-${name}`);
  });
}

test("at 360 px the controls are large and do not overlap", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openStretch(page, "figure-4");
  const boxes = [];
  for (const selector of [".player__play", ".player__restart", ".player__toggle"]) {
    const box = await page.locator(selector).boundingBox();
    expect(box.height, selector).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width, selector).toBeLessThanOrEqual(360);
    boxes.push(box);
  }
  const overlap = (a, b) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  }
  await snap(page, "stretch-360");
});

test("every stretch page opens and plays without console errors", async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  // Every stretch the Stretches list links to, and every shipped one.
  await fastClock(page, 10);
  await page.goto("./stretches/");
  await expect(page.locator("main h1")).toHaveText("Stretches");
  const listed = await page.locator('main a[href^="stretch/"]').evaluateAll((links) =>
    links.map((a) => a.getAttribute("href").slice("stretch/".length).replace(/\/$/, "")),
  );
  expect(listed.length).toBeGreaterThanOrEqual(STRETCHES.length);
  for (const id of new Set([...listed, ...STRETCHES])) {
    await openStretch(page, id, 10);
    await expect(page.locator("main h1")).not.toBeEmpty();
    await expect(page.locator(".player__safety").first()).toContainText("tingling or numbness");
    await expect(page.locator(".safety")).toContainText("See a doctor");
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(page.locator(".player")).not.toHaveAttribute("data-phase", /idle|get-ready/, { timeout: 5_000 });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
  }
  expect(problems).toEqual([]);
});

// The strengthening exercises (bridge, clamshell): the page and the player say "Working", the
// guide plays to the end, and screenshots at phone size show the start and the top of each
// (artifacts/screenshots/exercise-<id>-start.png and -top.png).
for (const id of ["bridge", "clamshell"]) {
  test(`the ${id} plays as an exercise that names the muscles it works`, async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await openStretch(page, id, 20);
    const guide = page.getByRole("region", { name: "Guided exercise" });
    await expect(guide).toBeVisible();
    await expect(guide.locator(".player__legend")).toContainText("Working:");
    await expect(page.locator("main")).not.toContainText("Stretching:");
    await expect(page.locator("main")).toContainText("Muscles it works");
    // The top position is shown before Start.
    await page.locator(".player").scrollIntoViewIfNeeded();
    await page.locator(".player__stage").screenshot({ path: `artifacts/screenshots/exercise-${id}-top.png` });
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect(page.locator(".player")).toHaveAttribute("data-phase", "get-ready");
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await page.locator(".player__stage").screenshot({ path: `artifacts/screenshots/exercise-${id}-start.png` });
    await page.getByRole("button", { name: "Resume", exact: true }).click();
    await expect(page.locator(".player")).toHaveAttribute("data-phase", "move", { timeout: 5_000 });
    await expect(page.locator(".player__rep")).toContainText("of 10");
    await expect(page.locator(".player")).toHaveAttribute("data-phase", "done", { timeout: 20_000 });
    expect(problems).toEqual([]);
  });
}

test("the bridge page is accessible while it plays", async ({ page }) => {
  await openStretch(page, "bridge", 10);
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "move", { timeout: 5_000 });
  await expectAccessible(page);
});
