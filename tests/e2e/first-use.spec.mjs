// What a first-time client trips over on a phone (issue 10): a new page opens at its top with
// focus on its heading and Back returns to where the reader was; Space plays a guide without
// moving the page; text from the URL is echoed short and never widens the page.
import { expect } from "@playwright/test";
import { VIEWPORTS, expectAccessible, fastClock, open, test, watch } from "./support.mjs";

const scrollY = (page) => page.evaluate(() => window.scrollY);

/** Scrolls the window to `y` and waits until it is there (and the app has seen the scroll). */
async function scrollTo(page, y) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await expect.poll(() => scrollY(page)).toBe(y);
  await page.waitForTimeout(100); // the scroll event is delivered on the next frame
}

/** How far the page is wider than the window (0 or less: no sideways scrolling). */
const overflow = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("at phone size", () => {
  test.use({ viewport: VIEWPORTS.phone });

  test("a link opened from deep in a page lands at the top, focused on its heading; Back and Forward restore", async ({ page }) => {
    const problems = watch(page);
    await open(page, "/stretches");
    const max = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(max).toBeGreaterThan(1000);
    // Deep in the list, open the last stretch.
    const link = page.locator("main a[href^='stretch/']").last();
    await link.scrollIntoViewIfNeeded();
    const deep = await scrollY(page);
    expect(deep).toBeGreaterThan(800);
    await scrollTo(page, deep); // settle
    await link.click();
    await expect(page).toHaveURL(/\/stretch\//);
    await expect(page.locator("main h1")).toBeFocused();
    expect(await scrollY(page)).toBe(0);

    // Read a little way down the stretch page, then go Back: the list is where it was left.
    await scrollTo(page, 600);
    await page.goBack();
    await expect(page).toHaveURL(/\/stretches\/$/);
    await expect.poll(() => scrollY(page)).toBe(deep);
    await expect(page.locator("main h1")).toBeFocused();
    // Forward: the stretch page where it was left.
    await page.goForward();
    await expect(page).toHaveURL(/\/stretch\//);
    await expect.poll(() => scrollY(page)).toBe(600);

    // A link in the footer (an article from "Your visit" via the header/footer navigation)
    // and an address typed by hand open at the top too.
    await page.evaluate(() => { location.hash = "#/visit"; });
    await expect(page).toHaveURL(/\/visit\/$/);
    await expect.poll(() => scrollY(page)).toBe(0);
    await expect(page.locator("main h1")).toBeFocused();
    const article = page.locator("main a[href^='visit/']").last();
    await article.scrollIntoViewIfNeeded();
    expect(await scrollY(page)).toBeGreaterThan(0);
    await article.click();
    await expect(page).toHaveURL(/\/visit\/.+/);
    await expect(page.locator("main h1")).toBeFocused();
    expect(await scrollY(page)).toBe(0);
    expect(problems).toEqual([]);
  });

  test("the skip link still moves to the content, and the focused heading passes axe", async ({ page }) => {
    await open(page, "/stretches");
    await page.locator("main a[href^='stretch/']").first().click();
    await expect(page.locator("main h1")).toBeFocused();
    await expectAccessible(page);
    await page.locator(".skip-link").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });

  test("Space plays the guide and the page does not move", async ({ page }) => {
    const problems = watch(page);
    const warnings = [];
    page.on("console", (msg) => {
      if (/preventDefault|passive/i.test(msg.text())) warnings.push(msg.text());
    });
    await fastClock(page, 4);
    await page.goto("./stretch/cat-cow/");
    await expect(page.locator(".player")).toBeVisible();
    await page.locator("main h1").click(); // focus on no control
    const before = await scrollY(page);
    const room = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
    expect(room, "the page could scroll if Space were let through").toBeGreaterThan(200);
    await page.keyboard.press("Space");
    await expect(page.locator(".player")).not.toHaveAttribute("data-phase", "idle");
    await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await scrollY(page)).toBe(before);
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await scrollY(page)).toBe(before);
    expect(warnings).toEqual([]);
    expect(problems).toEqual([]);
  });

  test("a not-found page for a 100 KB id does not widen the page and quotes a short excerpt", async ({ page }) => {
    const problems = watch(page);
    const id = "x".repeat(100_000);
    // Through an old hash link: an address this long never reaches a server (hosts refuse
    // it), but a fragment stays in the browser, and the app moves it into the address.
    await page.goto(`./#/muscle/${id}`);
    await expect(page.locator("main h1")).toHaveText("We could not find that page");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const said = await page.locator("main p.echo").textContent();
    const quoted = said.match(/“([^”]*)”/)[1];
    expect(quoted.length).toBeLessThanOrEqual(40);
    expect(quoted.endsWith("…")).toBe(true);
    expect(said.length).toBeLessThan(200);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  test("a search for a 60-character word does not widen the page and quotes a short excerpt", async ({ page }) => {
    const problems = watch(page);
    const word = "w".repeat(60);
    await open(page, "/search");
    await page.getByRole("searchbox").fill(word);
    await expect(page.locator("#search-status")).toContainText("No results for “");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const status = await page.locator("#search-status").textContent();
    const quoted = status.match(/“([^”]*)”/)[1];
    expect(quoted.length).toBeLessThanOrEqual(40);
    expect(quoted.endsWith("…")).toBe(true);
    // The same query from a shared link.
    await page.goto(`./search/?q=${word}`);
    await expect(page.locator("#search-status")).toContainText("…”");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
});
