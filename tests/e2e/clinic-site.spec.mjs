// Issue 23: the atlas on the clinic's own website, for a client on a phone who never saw the
// clinic. From a search result to a booking in at most one scroll on a condition page; the
// client's menu on one line at 360 px with no therapist tools in it; the treatment room one
// small footer link away; the red-flag line takes the reader to the warning signs.
import { expect } from "@playwright/test";
import { expectAccessible, open, snap, test, watch } from "./support.mjs";

const PHONE = { width: 360, height: 640 };

test("a condition page shows what it is, the warning signs, the moves and Book a visit within two phone screens", async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize(PHONE);
  // Lateral hip pain offers no home move (every shipped move provokes it): its page says so,
  // and the booking action is still within two screens.
  await open(page, "/condition/hip-bursitis");
  const bursitisBook = page.locator(".first-screen .book__action");
  await expect(bursitisBook).toBeVisible();
  const at = await bursitisBook.boundingBox();
  expect(at.y + at.height).toBeLessThanOrEqual(2 * PHONE.height);
  await expect(page.locator("main")).toContainText("No home stretch is offered");
  for (const id of ["sciatica", "chronic-low-back-pain", "piriformis-syndrome"]) {
    await open(page, `/condition/${id}`);
    const book = page.locator(".first-screen .book__action");
    await expect(book).toBeVisible();
    const box = await book.boundingBox();
    expect(box.y + box.height, `${id}: the booking action is within two screens`).toBeLessThanOrEqual(2 * PHONE.height);
    const moves = page.locator(".first-screen__move");
    expect(await moves.count(), id).toBeGreaterThan(0);
    const first = await moves.first().boundingBox();
    expect(first.y + first.height, `${id}: the first move's picture`).toBeLessThanOrEqual(2 * PHONE.height);
    await expect(book).toHaveAttribute("href", /^(https:|tel:)/);
    await snap(page, `clinic-site-${id}-360`);
  }
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

test("the warning-signs line scrolls to all of them on the same page", async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize(PHONE);
  await open(page, "/condition/sciatica");
  await page.locator(".first-screen__flags a").click();
  await expect(page).toHaveURL(/\/condition\/sciatica\/#red-flags-title$/);
  await expect(page.locator("#red-flags-title")).toBeInViewport();
  expect(problems).toEqual([]);
});

test("the client's menu fits one line at 360 px and leads to no therapist tool", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await open(page, "/");
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = nav.getByRole("link");
  await expect(links).toHaveText(["Atlas", "Stretches", "Your visit", "My program"]);
  const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
  expect(new Set(tops).size, "one line").toBe(1);
  // The treatment room is one small link at the end of the footer, and links both tools.
  await page.locator("footer").getByRole("link", { name: "Treatment room" }).click();
  await expect(page).toHaveURL(/\/treatment-room\/$/);
  await expect(page.getByRole("link", { name: "Explain mode" })).toHaveAttribute("href", "explain/");
  await expect(page.getByRole("link", { name: "Make a home program" })).toHaveAttribute("href", "program/new/");
  await expectAccessible(page);
});

test("a stretch and a muscle page end with Book a visit", async ({ page }) => {
  await page.setViewportSize(PHONE);
  for (const route of ["/stretch/cat-cow", "/muscle/piriformis"]) {
    await open(page, route);
    await expect(page.locator("main .book__action")).toHaveAttribute("href", /^(https:|tel:)/);
  }
});

test("the clinic's tablet, set up once in the treatment room, keeps it in the menu; the installed tablet app opens there", async ({ page, browser }) => {
  const problems = watch(page);
  await page.setViewportSize({ width: 1024, height: 768 });
  await open(page, "/treatment-room");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Treatment room" })).toHaveCount(0);
  // Installed from here, the app is the tablet's own, which opens in the treatment room.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("manifest-treatment-room.webmanifest");
  const manifest = await (await page.request.get(manifestHref)).json();
  expect(manifest.start_url).toBe("./treatment-room/");
  expect(manifest.id).not.toBe("./"); // another app than the client's
  const setUp = page.getByRole("button", { name: "This is the clinic's tablet" });
  await expect(setUp).toHaveAttribute("aria-pressed", "false");
  await setUp.click();
  await expect(setUp).toHaveAttribute("aria-pressed", "true");
  // Every page of this tablet now offers the way back, and the client's pages keep the site's app.
  await nav.getByRole("link", { name: "Atlas" }).click();
  await expect(page).toHaveURL(/\/atlas\/$/);
  await expect(nav.getByRole("link", { name: "Treatment room" })).toBeVisible();
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.webmanifest");
  await page.reload();
  await expect(nav.getByRole("link", { name: "Treatment room" })).toBeVisible();
  await nav.getByRole("link", { name: "Treatment room" }).click();
  await expect(page).toHaveURL(/\/treatment-room\/$/);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest-treatment-room.webmanifest");
  await expectAccessible(page);
  // Undone, the menu is the client's again.
  await page.getByRole("button", { name: "This is the clinic's tablet" }).click();
  await open(page, "/stretches");
  await expect(nav.getByRole("link", { name: "Treatment room" })).toHaveCount(0);
  // A client's phone, which never was set up, never shows it.
  const phone = await browser.newContext({ viewport: PHONE });
  const client = await phone.newPage();
  await client.goto("./atlas/");
  await expect(client.locator("main h1").first()).toBeVisible();
  await client.waitForFunction(() => !document.getElementById("prerendered"));
  await expect(client.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Treatment room" })).toHaveCount(0);
  await phone.close();
  expect(problems).toEqual([]);
});
