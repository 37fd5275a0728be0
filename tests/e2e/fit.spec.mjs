// The app fits the reader's screen (issue 10, items 6 and 7):
// - with text at 200 % on a 320 px phone nothing runs off the screen: no horizontal scrolling
//   and no element (a map toggle, a link chip, a long word) past the right edge or clipped by
//   its box, on every page type;
// - a playing guide fits one screen at 1024×768, 768×1024 and 390×844: after Start, the figure,
//   the countdown and cue, and the Pause button are all in the viewport;
// - the full-screen button puts the player in full screen and leaves it again (button or Escape).
import { expect } from "@playwright/test";
import { expectAccessible, fastClock, open, snap, test, watch } from "./support.mjs";

/** One route of every page type. */
const PAGE_TYPES = {
  home: "/",
  atlas: "/atlas",
  muscle: "/muscle/piriformis",
  condition: "/condition/piriformis-syndrome",
  technique: "/technique/trigger-point",
  stretch: "/stretch/hamstring-stretch",
  visit: "/visit",
  article: "/visit/hip-lumbar-session",
  source: "/source/back-relaxation-massage-notes",
  search: "/search?q=sciatica",
  "not-found": "/no-such-page",
  "missing-entry": "/condition/no-such-thing",
  note: "/note/lower-back-emotional-connection",
  stretches: "/stretches",
  "explain-model": "/explain/2",
  "explain-moves": "/explain/4",
  "explain-last": "/explain/6",
  "program-builder": "/program/new?condition=sciatica",
  "my-program": "/program",
};

/**
 * Doubles the browser's default font size (Chromium's font-size setting, as a phone's "largest
 * text" does): `rem`, `em` and `em` media queries all grow, unlike browser zoom.
 */
async function doubleText(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
}

/**
 * A full-page screenshot at 200 % text. Playwright's full-page capture resets the font-size
 * setting, so for the picture the root font size is pinned to 32 px as well (the same media
 * queries apply at 320 px either way), after checking that this changes nothing.
 */
async function snapLargeText(page, name) {
  await page.evaluate(() => { document.documentElement.style.fontSize = "32px"; });
  expect(await page.evaluate(overflowReport)).toEqual([]);
  await snap(page, name);
}

/**
 * Everything that sticks out sideways: the page's own scroll width, every visible element whose
 * box passes the viewport's right (or left) edge, and every box that clips its content sideways
 * (a `nowrap` toggle inside `overflow: hidden` would hide its words rather than scroll).
 */
function overflowReport() {
  const width = window.innerWidth;
  const problems = [];
  const scroll = document.documentElement.scrollWidth;
  if (scroll > width) problems.push(`page scrolls sideways: scrollWidth ${scroll} > ${width}`);
  const name = (el) =>
    `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""}`;
  for (const el of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    if (el.closest(".visually-hidden, .skip-link, defs, .body-map__defs")) continue;
    // A shape inside an SVG is clipped by its SVG's own box, which is checked itself.
    if (el instanceof SVGElement && el.ownerSVGElement) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right > width + 0.5 || box.left < -0.5) {
      problems.push(`${name(el)} spans ${Math.round(box.left)}..${Math.round(box.right)} of ${width}`);
    }
    const clips = ["hidden", "clip", "auto", "scroll"].includes(style.overflowX);
    if (clips && el.scrollWidth > el.clientWidth + 1 && !(el instanceof SVGElement)) {
      problems.push(`${name(el)} clips its content: ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  // Text runs past the edge of a box that stays inside (a word too long for a flex row).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(".visually-hidden, .skip-link, defs, .body-map__defs")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0 && (rect.right > width + 0.5 || rect.left < -0.5)) {
        problems.push(`text "${node.textContent.trim().slice(0, 30)}" in ${name(parent)} reaches ${Math.round(rect.right)} of ${width}`);
      }
    }
  }
  return problems;
}

for (const [type, route] of Object.entries(PAGE_TYPES)) {
  test(`200 % text at 320 px: the ${type} page does not scroll sideways`, async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await doubleText(page);
    await open(page, route);
    // The emulation really doubles the text: 1rem is 32 px.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
    await expect(page.locator(".boot")).toHaveCount(0);
    expect(await page.evaluate(overflowReport)).toEqual([]);
    await snapLargeText(page, `fit-200-${type}`);
    expect(problems).toEqual([]);
  });
}

test("200 % text at 320 px: the map toggles wrap and keep every word on screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await doubleText(page);
  await open(page, "/atlas");
  const buttons = page.locator(".toggle__button");
  expect(await buttons.count()).toBeGreaterThanOrEqual(4);
  for (const button of await buttons.all()) {
    if (!(await button.isVisible())) continue;
    const box = await button.boundingBox();
    expect(box.x, await button.textContent()).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, await button.textContent()).toBeLessThanOrEqual(320);
    // The button's text is all inside the button.
    expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  // And the playing guide at 200 % text keeps its controls on the phone's screen.
  await open(page, "/stretch/figure-4");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  expect(await page.evaluate(overflowReport)).toEqual([]);
  await snapLargeText(page, "fit-200-player");
});

/** Opens a stretch on its own page, presses Start and waits for the scroll to settle. */
async function startGuide(page, id, speed) {
  if (speed) await fastClock(page, speed);
  await page.goto(`./stretch/${id}/`);
  await expect(page.locator(".player")).toBeVisible();
  // As a reader does: scroll just far enough to see Start at the bottom of the screen (so the
  // click itself does not scroll; Playwright would otherwise centre the button first).
  await page.locator(".player__play").evaluate((button) => {
    window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight + 8);
  });
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
}

/** Asserts that the figure, countdown, cue and Pause button are inside the viewport. */
async function expectPlayerOnScreen(page, viewport, parts) {
  await expect(async () => {
    for (const selector of parts) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box.y, `${selector} top`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `${selector} bottom`).toBeLessThanOrEqual(viewport.height);
      expect(box.x, `${selector} left`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${selector} right`).toBeLessThanOrEqual(viewport.width);
    }
  }).toPass({ timeout: 5_000 });
}

const FITS = {
  "tablet-landscape": { width: 1024, height: 768 },
  "tablet-portrait": { width: 768, height: 1024 },
  phone: { width: 390, height: 844 },
};
const PLAYING = ["svg.figure", ".player__headline", ".player__count", ".player__cue", ".player__play"];

for (const [name, viewport] of Object.entries(FITS)) {
  test(`a playing guide fits one screen at ${name} size (${viewport.width}×${viewport.height})`, async ({ page }) => {
    const problems = watch(page);
    await page.setViewportSize(viewport);
    // The get-ready countdown, with the stretch's precautions listed below the controls.
    await startGuide(page, "hamstring-stretch");
    await expect(page.locator(".player")).toHaveAttribute("data-phase", "get-ready");
    await expectPlayerOnScreen(page, viewport, PLAYING);
    await snap(page, `fit-guide-${name}-get-ready`);
    await page.screenshot({ path: `artifacts/screenshots/fit-guide-${name}-screen.png` });
    // A hold with the longest cue, on a fast clock.
    await startGuide(page, "kneeling-hip-flexor", 10);
    await expect(page.locator(".player")).toHaveAttribute("data-phase", "hold", { timeout: 6_000 });
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeVisible();
    await expectPlayerOnScreen(page, viewport, PLAYING);
    await page.screenshot({ path: `artifacts/screenshots/fit-guide-${name}-hold.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
}

test("with reduced motion Start still brings the player into view (no smooth scrolling)", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const viewport = FITS.phone;
  await page.setViewportSize(viewport);
  await startGuide(page, "cat-cow");
  // Immediately in place (its top at the top of the screen, less a 4 px margin): no animation.
  const top = await page.locator(".player").evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThanOrEqual(6);
  await expectPlayerOnScreen(page, viewport, PLAYING);
});

/** In full screen the player fills the screen, the figure is large and the rest is on it. */
async function expectFullScreenFits(page) {
  await expect(async () => {
    const player = await page.locator(".player").boundingBox();
    const { width, height } = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    expect(player.width).toBeGreaterThanOrEqual(width - 1);
    expect(player.height).toBeGreaterThanOrEqual(height - 1);
    // The figure is large: at least 60 % of the screen's width or height.
    const figure = await page.locator("svg.figure").boundingBox();
    expect(Math.max(figure.width / width, figure.height / height), "figure size").toBeGreaterThanOrEqual(0.6);
    for (const selector of PLAYING) {
      const box = await page.locator(selector).boundingBox();
      expect(box.y, selector).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(height);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(width);
    }
  }).toPass({ timeout: 5_000 });
}

for (const [name, viewport] of Object.entries(FITS)) {
  for (const id of ["hamstring-stretch", "kneeling-hip-flexor", "standing-quad"]) {
    test(`in full screen at ${name} size, ${id} is large and on one screen`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await fastClock(page, 10);
      await page.goto(`./stretch/${id}/`);
      await page.getByRole("button", { name: "Full screen", exact: true }).click();
      await expect(page.getByRole("button", { name: "Exit full screen", exact: true })).toBeVisible();
      await page.getByRole("button", { name: "Start", exact: true }).click();
      await expect(page.locator(".player")).toHaveAttribute("data-phase", "hold", { timeout: 6_000 });
      await page.getByRole("button", { name: "Pause", exact: true }).click();
      await expectFullScreenFits(page);
      await page.screenshot({ path: `artifacts/screenshots/fit-fullscreen-${name}-${id}.png` });
    });
  }
}

/**
 * Escape as the browser sees it. Leaving full screen on Escape is the browser's own handling,
 * before the page gets the key; Playwright's `keyboard.press` delivers the key to the page only
 * (full screen stays), a raw key-down through the DevTools protocol takes the browser's path.
 */
async function pressEscapeInBrowser(page) {
  const cdp = await page.context().newCDPSession(page);
  for (const type of ["rawKeyDown", "keyUp"]) {
    await cdp.send("Input.dispatchKeyEvent", {
      type, key: "Escape", code: "Escape", windowsVirtualKeyCode: 27, nativeVirtualKeyCode: 27,
    });
  }
}

test("the full-screen button shows the player across the room and leaves again", async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await fastClock(page, 2);
  await page.goto("./stretch/hamstring-stretch/");
  const button = page.getByRole("button", { name: "Full screen", exact: true });
  await expect(button).toBeVisible();
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains("player") ?? false)).toBe(true);
  const leave = page.getByRole("button", { name: "Exit full screen", exact: true });
  await expect(leave).toBeVisible();
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "get-ready");
  await page.screenshot({ path: "artifacts/screenshots/fit-fullscreen-get-ready.png" });
  await expectFullScreenFits(page);
  await page.screenshot({ path: "artifacts/screenshots/fit-fullscreen.png" });
  await expectAccessible(page);
  // The button leaves full screen...
  await leave.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(button).toBeVisible();
  // ...and so does Escape, the browser's own way out, with the label following.
  await button.click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(leave).toBeVisible();
  await pressEscapeInBrowser(page);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  await expect(button).toBeVisible();
  expect(problems).toEqual([]);
});

test("without the Fullscreen API there is no full-screen button", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, "fullscreenEnabled", { get: () => false });
  });
  await page.goto("./stretch/hamstring-stretch/");
  await expect(page.getByRole("button", { name: "Start", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /full screen/i })).toHaveCount(0);
});

test("axe finds no violation on a playing guide at phone size with 200 % text", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await doubleText(page);
  await startGuide(page, "cat-cow", 4);
  await expectAccessible(page);
});
