// Content pages: a condition with its muscles on the list and on the map, following links from a
// condition to a technique to a muscle and back, deep links, axe on every page type, screenshots
// at phone, tablet and desktop size, and no sideways overflow on a narrow phone.
import { test, expect } from "@playwright/test";
import { VIEWPORTS, expectAccessible, open, snap, watch } from "./support.mjs";

const PAGE_TYPES = {
  condition: "/condition/piriformis-syndrome",
  technique: "/technique/rolling",
  note: "/note/lower-back-emotional-connection",
  article: "/visit/hip-lumbar-session",
  source: "/source/back-relaxation-massage-notes",
  conditions: "/conditions",
  techniques: "/techniques",
  stretches: "/stretches",
  visit: "/visit",
  search: "/search?q=sciatica",
  missing: "/condition/no-such-thing",
};

test("a condition shows its muscles, marked on the body map too", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/condition/piriformis-syndrome");
  await expect(page.locator("main h1")).toHaveText("Piriformis syndrome");
  const involved = page.locator("section.linked", { has: page.getByRole("heading", { name: "Muscles involved" }) });
  await expect(involved.getByRole("link", { name: /Piriformis/ })).toBeVisible();
  // The map marks the same muscle: a region button, described as related, drawn as related.
  const region = page.locator('.body-map [role="button"][data-muscle="piriformis"]').first();
  await expect(region).toHaveClass(/is-related/);
  await expect(region).toHaveAttribute("aria-describedby", "body-map-related");
  // The warning is findable by its name, not by colour.
  await expect(page.getByRole("region", { name: "When to see a physician instead" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("choosing a muscle on a condition's map opens that muscle (keyboard)", async ({ page }) => {
  await open(page, "/condition/piriformis-syndrome");
  const region = page.locator('.body-map [role="button"][data-muscle="piriformis"]').first();
  await region.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/muscle\/piriformis$/);
});

test("condition → technique → muscle, then back twice with the back button", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/condition/sciatica");
  const techniques = page.locator("section.linked", { has: page.getByRole("heading", { name: "Massage techniques that can help" }) });
  await techniques.getByRole("link", { name: "Trigger point therapy" }).click();
  await expect(page).toHaveURL(/#\/technique\/trigger-point$/);
  await expect(page.locator("main h1")).toHaveText("Trigger point therapy");
  const works = page.locator("section.linked", { has: page.getByRole("heading", { name: "Muscles it works" }) });
  await works.getByRole("link", { name: /Piriformis/ }).click();
  await expect(page).toHaveURL(/#\/muscle\/piriformis$/);
  await expect(page.locator("main h1")).toContainText("Piriformis");
  await page.goBack();
  await expect(page).toHaveURL(/#\/technique\/trigger-point$/);
  await expect(page.locator("main h1")).toHaveText("Trigger point therapy");
  await page.goBack();
  await expect(page).toHaveURL(/#\/condition\/sciatica$/);
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  expect(problems).toEqual([]);
});

test("a deep link to an article survives a reload, and shows its therapist script", async ({ page }) => {
  await open(page, "/visit/hip-lumbar-session");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Hips and low back: a team");
  await expect(page.locator("figure.script blockquote").first()).toBeVisible();
  await expect(page.locator("figure.script figcaption").first()).toHaveText("Suggested therapist script");
  await expect(page).toHaveTitle(/Hips and low back: a team/);
});

test("the note shows its disclaimer and links to the low-back muscles", async ({ page }) => {
  await open(page, PAGE_TYPES.note);
  await expect(page.getByRole("complementary", { name: "Please read first" })).toContainText("educational purposes only");
  await expect(page.getByRole("link", { name: "Quadratus lumborum" })).toBeVisible();
});

test("an unknown id shows the missing-entry page with a way back to its list", async ({ page }) => {
  await open(page, "/technique/no-such-thing");
  await expect(page.locator("main h1")).toHaveText("We could not find that page");
  await page.getByRole("link", { name: "All massage techniques" }).click();
  await expect(page).toHaveURL(/#\/techniques$/);
});

test("a source lists what cites it, and a claim links to its source", async ({ page }) => {
  await open(page, "/condition/sciatica");
  await page.locator(".red-flags .claim__source").first().click();
  await expect(page).toHaveURL(/#\/source\//);
  await expect(page.getByRole("heading", { name: "What cites it" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
});

for (const [name, route] of Object.entries(PAGE_TYPES)) {
  test(`axe finds no WCAG 2.1 AA violation on the ${name} page`, async ({ page }) => {
    await open(page, route);
    await expectAccessible(page);
  });
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  for (const [shot, route] of [
    ["condition", PAGE_TYPES.condition],
    ["article", PAGE_TYPES.article],
    ["search", "/search?q=stairs"],
  ]) {
    test(`screenshot of a ${shot} at ${name} size`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, route);
      await snap(page, `pages-${shot}-${name}`);
    });
  }
}

test("nothing sticks out sideways on a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const route of Object.values(PAGE_TYPES)) {
    await open(page, route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `overflow on ${route}`).toBeLessThanOrEqual(0);
  }
});
