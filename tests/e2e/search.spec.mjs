// Search as you type: everyday words find things, the keyboard reaches and opens results, the
// query lives in the URL (so it survives a reload), and a nonsense query gets a friendly answer.
import { expect } from "@playwright/test";
import { open, test, watch } from "./support.mjs";

const box = (page) => page.getByRole("searchbox", { name: /Search muscles, conditions/ });
const results = (page) => page.locator(".search-results .search-result__link");
const status = (page) => page.locator("#search-status");

for (const word of ["stairs", "sitting", "sciatica", "numb", "after massage", "sci"]) {
  test(`typing “${word}” shows results as you type`, async ({ page }) => {
    const problems = watch(page);
    await open(page, "/search");
    await expect(box(page)).toBeFocused();
    await box(page).pressSequentially(word, { delay: 20 });
    await expect(results(page).first()).toBeVisible();
    await expect(status(page)).toHaveText(new RegExp(`\\d+ results? for “${word}”`));
    await expect(status(page)).toHaveAttribute("aria-live", "polite");
    // Each result says what kind of entry it is.
    await expect(results(page).first().locator(".search-result__kind")).not.toBeEmpty();
    expect(problems).toEqual([]);
  });
}

test("sciatica comes first for “sci”", async ({ page }) => {
  await open(page, "/search");
  await box(page).fill("sci");
  await expect(results(page).first()).toContainText("Sciatica");
});

test("keyboard: ArrowDown reaches the first result and Enter opens it", async ({ page }) => {
  await open(page, "/search");
  await box(page).fill("sciatica");
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(results(page).nth(1)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(results(page).first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/condition\/sciatica\/$/);
  await expect(page.locator("main h1")).toHaveText("Sciatica");
});

test("keyboard: Tab from the box reaches the first result", async ({ page }) => {
  await open(page, "/search");
  await box(page).fill("stairs");
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(results(page).first()).toBeFocused();
});

test("the query is in the URL and survives a reload; Back leaves search in one step", async ({ page }) => {
  await open(page, "/visit");
  await page.getByRole("link", { name: "Search", exact: true }).click();
  await box(page).pressSequentially("numb", { delay: 20 });
  // After `#`: the words never reach the host, not even on a reload (issue 26).
  await expect(page).toHaveURL(/\/search\/#q=numb$/);
  const requested = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.reload();
  await expect(box(page)).toHaveValue("numb");
  await expect(results(page).first()).toBeVisible();
  expect(requested.filter((url) => url.includes("numb"))).toEqual([]);
  await page.goBack();
  await expect(page).toHaveURL(/\/visit\/$/);
});

test("an older ?q= search link still opens its search, and moves the words behind the #", async ({ page }) => {
  await page.goto("./search/?q=stairs");
  await expect(page).toHaveURL(/\/search\/#q=stairs$/);
  await expect(box(page)).toHaveValue("stairs");
  await expect(results(page).first()).toBeVisible();
});

test("a nonsense query shows a friendly message with everyday words to try", async ({ page }) => {
  await open(page, "/search");
  await box(page).fill("xqzzyplonk");
  await expect(status(page)).toContainText("No results for “xqzzyplonk”");
  await expect(results(page)).toHaveCount(0);
  await page.getByRole("link", { name: "stairs" }).click();
  await expect(page).toHaveURL(/\/search\/#q=stairs$/);
  await expect(box(page)).toHaveValue("stairs");
  await expect(results(page).first()).toBeVisible();
});

// Issue 10, item 5: search forgives a typo and everyday words, and says why it matched.
for (const [typed, title, why] of [
  ["siatica", "Sciatica", "did you mean “sciatica”?"],
  ["office chair", "Chronic low back pain", "for “office chair”: about “sitting”"],
]) {
  test(`typing “${typed}” finds ${title} first and says why`, async ({ page }) => {
    const problems = watch(page);
    await open(page, "/search");
    await box(page).pressSequentially(typed, { delay: 20 });
    await expect(status(page)).toHaveText(new RegExp(`\\d+ results? for “${typed}”`));
    const first = results(page).first();
    await expect(first.locator(".search-result__title")).toHaveText(title);
    await expect(first.locator(".search-result__why")).toHaveText(why);
    expect(problems).toEqual([]);
  });
}
