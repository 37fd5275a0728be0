// The home program on the release build: a therapist builds a two-stretch program on a
// 1024×768 tablet; the QR code on screen is read back with a real decoder (jsQR) and opened on a
// 390×844 phone, saved, played as one session on a fast clock and logged; everything is still
// there after a reload and offline. Bad input loses nothing: a damaged link, a phone that keeps
// nothing, a second program (saved data that cannot be read: saved-data.spec.mjs). Print
// emulation and axe on every page.
import { expect } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { build, expectAccessible, fastClock, headingOf, open, snap, test, waitingForTakeOver, watch } from "./support.mjs";

const PHONE = { width: 390, height: 844 };

/** Reads the QR code shown in `locator` from a screenshot, as a phone camera would. */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, "a readable QR code").not.toBeNull();
  return code.data;
}

test("build on the tablet, scan the QR code, save, play, log, reload and go offline on the phone", async ({ page, browser }) => {
  const problems = watch(page);
  const link = await build(page, ["Figure-4 stretch", "Cat-cow"]);
  await expect(page.locator(".builder__items > li")).toHaveCount(2);
  await expect(page.locator(".builder__time")).toContainText("Played in a row with the guides");
  await expectAccessible(page);
  await snap(page, "program-builder-tablet");
  const scanned = await readQr(page.locator(".hand-off__body svg.qr"));
  expect(scanned).toBe(link);
  expect(scanned).toMatch(/\/p\/#1[\w-]+$/);

  const phone = await browser.newContext({ viewport: PHONE });
  const client = waitingForTakeOver(await phone.newPage());
  const clientProblems = watch(client);
  await client.goto(scanned);
  await expect(client.locator("main h1")).toHaveText("Your home program");
  await expect(client.locator(".program-item")).toHaveCount(2);
  await expect(client.locator(".program-item").first()).toContainText("Hold 60 seconds, once on each side, once a day, every day");
  await expectAccessible(client);
  await snap(client, "program-link-phone");
  await client.getByRole("button", { name: "Save on this phone" }).click();
  await client.getByRole("link", { name: "Open My program" }).click();
  await expect(client.locator("main h1")).toHaveText("My program");

  // The whole session on a fast clock: both stretches, one after the other.
  await fastClock(client, 16);
  await client.goto("./program/");
  // How moving feels is asked before Play, as a row of 0–10 buttons; Play starts at once.
  await client.getByRole("group", { name: /^Before you start/ }).getByRole("radio", { name: "3", exact: true }).click();
  await client.getByRole("button", { name: "Play my program" }).click();
  await expect(client.locator(".program-session h2")).toHaveText("Stretch 1 of 2: Figure-4 stretch");
  await expect(client.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(client.locator(".program-session h2")).toHaveText("Stretch 2 of 2: Cat-cow", { timeout: 30_000 });
  await expect(client.getByRole("heading", { name: "Well done. Log today?" })).toBeVisible({ timeout: 30_000 });
  await client.getByRole("group", { name: /^Now, after the stretches/ }).getByRole("radio", { name: "6", exact: true }).click();
  await client.getByRole("button", { name: "Done: log today" }).click();
  await expect(client.locator(".program-page__logged")).toHaveText("Logged for today. Thank you.");
  await expect(client.locator(".calendar .is-done")).toHaveCount(1);
  await expect(client.locator(".visit-summary")).toContainText("Sessions logged: 1");
  await expect(client.locator(".ease-table tbody tr")).toHaveCount(1);
  // One session is two dots on a week-wide chart, not a chart stretched to the screen's width
  // (which made each dot the size of a thumb); the day reads as words.
  const chart = await client.locator(".ease-chart").boundingBox();
  expect(chart.width).toBeLessThanOrEqual(200);
  expect(chart.height).toBeLessThanOrEqual(120);
  await expect(client.locator(".ease-table tbody th")).toHaveText(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}$/);
  await expect(client.locator(".consistency__words")).toContainText("1 day this week");
  await expectAccessible(client);
  await snap(client, "program-mine-phone");

  await client.goto("./program/");
  await expect(client.locator(".calendar .is-done")).toHaveCount(1);
  await expect(client.locator(".program-item")).toHaveCount(2);
  await client.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
  await phone.setOffline(true);
  await client.reload();
  await expect(client.locator("main h1")).toHaveText("My program");
  await expect(client.locator(".calendar .is-done")).toHaveCount(1);
  await phone.setOffline(false);
  await phone.close();
  expect(problems).toEqual([]);
  expect(clientProblems).toEqual([]);
});

test("a third stretch comes only after the note on why fewer works better", async ({ page }) => {
  await build(page, ["Figure-4 stretch", "Cat-cow", "Hip rocks (pelvic tilts)"]);
  await expect(page.locator(".builder__items > li")).toHaveCount(2);
  await expect(page.locator(".builder__third")).toContainText("Fewer works better");
  await page.getByRole("button", { name: "Add it anyway" }).click();
  await expect(page.locator(".builder__items > li")).toHaveCount(3);
  await expect(page.getByRole("button", { name: /^Add / })).toHaveCount(0);
});

test("the handout prints the clinic, the stretches with pictures, the red flags and the QR code", async ({ page }) => {
  await build(page, ["Figure-4 stretch", "Knee to chest"]);
  await page.emulateMedia({ media: "print" });
  const handout = page.locator(".handout");
  await expect(handout).toBeVisible();
  await expect(handout).toContainText("West Hills Massage");
  await expect(handout).toContainText("Name:");
  await expect(handout).toContainText("Hold 60 seconds, once on each side");
  // Each move as a client follows it on paper: its steps, its precautions with the
  // modification (a new hip keeps the right-angle limit) and when to stop.
  await expect(handout.locator(".handout__steps").first()).toContainText("Lie on your back");
  await expect(handout).toContainText("no more than a right angle");
  await expect(handout).toContainText("When to stop");
  await expect(handout).toContainText("tingling or numbness");
  await expect(handout).toContainText("Get urgent medical help");
  // Start and hold of each move, and knee to chest's hip-replacement pose beside its words.
  await expect(handout.locator(".still")).toHaveCount(5);
  await expect(handout.locator(".handout__precautions .still--modification svg[role=img]")).toHaveCount(1);
  // Two moves, when to stop and the QR code on one sheet of A4 and of US Letter.
  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format })).toString("latin1");
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, format).toBe(1);
  }
  await expect(page.locator("header.site-header")).toBeHidden();
  await expect(page.locator(".builder__library")).toBeHidden();
  expect(await readQr(handout.locator("svg.qr"))).toMatch(/\/p\/#1/);
  await page.screenshot({ path: "artifacts/screenshots/program-handout-print.png", fullPage: true });
});

test("a damaged, future or foreign link says why and saves nothing", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const problems = watch(page);
  const link = await build(page, ["Figure-4 stretch"]);
  const code = link.split("p/#")[1];
  for (const [bad, says] of [
    [code.slice(0, -3), "ask your therapist for the link again"],
    [`7${code.slice(1)}`, "newer version of the app"],
    ["https%3A%2F%2Fexample.org", "not a home program from this app"],
  ]) {
    // From another page, so each link is a fresh arrival (as when it is scanned).
    await open(page, "/");
    await page.goto(`./p/#${bad}`);
    await expect(page.locator("main h1")).toHaveText("This program link cannot be opened");
    await expect(page.getByRole("alert")).toContainText(says);
    await expect(page.getByRole("button", { name: "Save on this phone" })).toHaveCount(0);
  }
  await expectAccessible(page);
  expect(await page.evaluate(() => localStorage.getItem("atlas.program"))).toBeNull();
  expect(problems).toEqual([]);
  await context.close();
});

test("a second program asks before replacing the first, and the log is kept", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const first = await build(page, ["Figure-4 stretch"]);
  const second = await build(page, ["Cat-cow"]);
  await page.goto(first);
  await page.getByRole("button", { name: "Save on this phone" }).click();
  await expect(page.getByText("Saved on this phone.")).toBeVisible();
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem("atlas.program"));
    saved.log = [{ day: "2026-11-20", ease_before: 4, ease_after: 7 }];
    localStorage.setItem("atlas.program", JSON.stringify(saved));
  });
  await page.goto(second);
  await page.getByRole("button", { name: "Save on this phone" }).click();
  await expect(page.getByRole("group", { name: "Replace your saved program?" })).toBeVisible();
  await page.getByRole("button", { name: "Keep the one I have" }).click();
  await open(page, "/program");
  await expect(page.locator(".program-item")).toContainText("Figure-4 stretch");
  await page.goto(second);
  await page.getByRole("button", { name: "Save on this phone" }).click();
  await page.getByRole("button", { name: "Replace it" }).click();
  await open(page, "/program");
  await expect(page.locator(".program-item")).toContainText("Cat-cow");
  await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 1");
  await context.close();
});

test("a phone that keeps nothing can still play the program, and says so", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const page = waitingForTakeOver(await context.newPage());
  const link = await build(page, ["Cat-cow"]);
  await page.goto(link);
  await expect(page.getByText("This browser is not keeping anything on this phone")).toBeVisible();
  await page.getByRole("button", { name: "Play it now" }).click();
  await expect(page.locator(".program-session h2")).toHaveText("Stretch 1 of 1: Cat-cow");
  await context.close();
});

test("the body map finds the moves for a muscle", async ({ page }) => {
  await open(page, "/program/new");
  const library = page.locator(".builder__library");
  await library.getByText("Find on the body map").click();
  await library.getByRole("button", { name: "Deep muscles" }).click();
  await library.locator('[data-muscle="piriformis"]').first().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".builder__showing")).toContainText(headingOf("muscle/piriformis"));
  await expect(library.getByRole("button", { name: "Add Figure-4 stretch" })).toBeVisible();
  await expect(library.getByRole("button", { name: "Add Cat-cow" })).toHaveCount(0);
  await page.getByRole("button", { name: "Show all" }).click();
  await expect(library.getByRole("button", { name: "Add Cat-cow" })).toBeVisible();
  await expectAccessible(page);
});

test("a muscle marked on the treatment map is hatched, whatever the map above it shows", async ({ page }) => {
  // The hatch patterns are defined once per page, outside anything that can be closed: with a
  // copy in each map, this map's marks lost their fill while the map above sat closed.
  await open(page, "/program/new");
  const treatment = page.locator(".builder__treatment");
  await treatment.getByText("Today's treatment (optional)").click();
  await expect(page.locator(".builder__by-muscle")).not.toHaveAttribute("open", "");
  const region = treatment.locator('[data-muscle="tensor-fasciae-latae"]').first();
  await region.locator("path").first().click();
  await expect(region).toHaveClass(/is-related|is-selected/);
  // The marked shape's middle, as painted: the hatch's pale teal or its stripes, not the
  // body's skin tone behind an empty outline.
  const box = await region.locator("path").first().boundingBox();
  const clip = { x: box.x + box.width / 2 - 3, y: box.y + box.height / 2 - 3, width: 6, height: 6 };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let teal = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = png.data.subarray(i, i + 3);
    if (g > r + 8 && b > r) teal++; // #d3e8e4 and #1f5753: green and blue above red
  }
  expect(teal, "pixels of the hatch in the middle of the marked muscle").toBeGreaterThan(18);
});

test("a booked next visit travels with the program as its day", async ({ page, browser }) => {
  const link = await build(page, ["Cat-cow"]);
  await page.locator(".builder__treatment").getByText("Today's treatment (optional)").click();
  await page.getByLabel("or on a booked day").fill("2026-12-15");
  await expect(page.locator("#hand-off-link")).not.toHaveText(link);
  const booked = await page.locator("#hand-off-link").textContent();
  // Choosing weeks instead replaces the day.
  await page.getByLabel("Come back").selectOption({ label: "in about 2 weeks" });
  await expect(page.getByLabel("or on a booked day")).toHaveValue("");
  const phone = await browser.newContext({ viewport: PHONE });
  const client = waitingForTakeOver(await phone.newPage());
  await client.goto(booked);
  await expect(client.locator("main")).toContainText("on Tuesday 15 December 2026");
  await phone.close();
});
