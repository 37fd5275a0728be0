// The app's frame: it loads under the CSP with no error and no request elsewhere, navigation and
// deep links work (also from a sub-path), unknown URLs get the not-found page, and axe is clean.
import { expect } from "@playwright/test";
import { VIEWPORTS, expectAccessible, headingOf, open, snap, test, watch } from "./support.mjs";

const SECTIONS = [
  ["Atlas", "/atlas"],
  ["Stretches", "/stretches"],
  ["Your visit", "/visit"],
  ["My program", "/program"],
];

test("loads under the CSP with no console error and no request to another origin", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("hips and low back");
  await expect(page.locator("footer")).toContainText("educational purposes only");
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

test("the page has no inline script (the CSP forbids them)", async ({ page }) => {
  await open(page, "/");
  const inline = await page.locator("script:not([src])").count();
  expect(inline).toBe(0);
});

test("navigation reaches every section and marks it current", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [label, route] of SECTIONS) {
    await nav.getByRole("link", { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`${route}/$`));
    await expect(nav.locator('[aria-current="page"]')).toHaveText(label);
    await expect(page.locator("main h1")).toBeVisible();
  }
  await page.goBack();
  await expect(page).toHaveURL(/\/visit\/$/);
  expect(problems).toEqual([]);
});

test("a deep link survives a reload, also from a sub-path", async ({ page }) => {
  const problems = watch(page);
  await page.goto("./clinic/atlas/visit/");
  await expect(page.locator("main h1")).toContainText(/visit/i);
  await page.reload();
  await expect(page.locator("main h1")).toContainText(/visit/i);
  await page.goto("./stretches/");
  await page.reload();
  await expect(page.locator("main h1")).toContainText("Stretches");
  expect(problems).toEqual([]);
});

test("an unknown URL shows the not-found page with ways on", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/no/such/page");
  await expect(page.locator("main h1")).toHaveText("Page not found");
  await page.getByRole("link", { name: "Open the body map" }).click();
  await expect(page).toHaveURL(/\/atlas\/$/);
  expect(problems).toEqual([]);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await open(page, "/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

for (const route of ["/", "/explain", "/program", "/no/such/page"]) {
  test(`axe finds no WCAG 2.1 AA violation on ${route}`, async ({ page }) => {
    await open(page, route);
    await expectAccessible(page);
  });
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`screenshot of the home page at ${name} size`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await open(page, "/");
    // Nothing may stick out sideways at any size.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await snap(page, `home-${name}`);
  });
}

test("the clinic's name is on every page, with its contact and hours in the footer", async ({ page }) => {
  for (const route of ["/", "/stretch/cat-cow", "/no/such/page"]) {
    await open(page, route);
    await expect(page.locator(".site-header")).toContainText("West Hills Massage");
    const clinic = page.getByRole("region", { name: "West Hills Massage" });
    await expect(clinic).toContainText("Portland, OR 97225");
    await expect(clinic.getByRole("link", { name: "(971) 336-6028" })).toHaveAttribute("href", "tel:9713366028");
    await expect(clinic.getByRole("heading", { name: "Hours" })).toBeVisible();
    await expect(clinic).toContainText("Mon: 10:00-8:00");
  }
  await open(page, "/visit");
  const card = page.getByRole("region", { name: "About West Hills Massage" });
  await expect(card).toContainText("Pain Management Massage");
  await expect(card).toContainText("4-6 treatments");
});

test("a client can start from what they feel: a way in opens to the right stretch", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await open(page, "/");
  const ways = page.getByRole("region", { name: "Start from what you feel" });
  for (const says of ["My low back hurts", "I sit all day", "My leg goes numb", "My hip hurts on stairs", "After my massage"]) {
    await expect(ways.getByText(`“${says}”`)).toBeVisible();
  }
  // Folded, the four fit on a phone's first screen.
  const last = await ways.getByText("“After my massage”").boundingBox();
  expect(last.y + last.height).toBeLessThanOrEqual(VIEWPORTS.phone.height);
  await ways.getByText("“I sit all day”").click();
  const hipFlexor = headingOf("stretch/kneeling-hip-flexor");
  await ways.getByRole("link", { name: hipFlexor }).click();
  await expect(page.locator("main h1")).toHaveText(hipFlexor);
  await expectAccessible(page);
});
