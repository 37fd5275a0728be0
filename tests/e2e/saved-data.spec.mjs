// Nothing a client saved is ever lost (issue 26), on a 390×844 phone with the release build:
// logged days survive a phone date set to 1999 and to 2200, a double import, a damaged store
// and a bad file. A store that cannot be read is left as it is until the client chooses; the
// copy kept is shown, saved as a file and added back from My program; a copy that could not be
// written is never said to be kept. A handed-over link says what it is.
import { readFile } from "node:fs/promises";
import { expect } from "@playwright/test";
import { build, expectAccessible, fastClock, open, snap, test, waitingForTakeOver, watch } from "./support.mjs";

const PHONE = { width: 390, height: 844 };
const KEY = "atlas.program";
const COPY = "atlas.program.unreadable";

/** Three sessions logged on earlier days (one rated). */
const THREE_DAYS = [
  { day: "2026-11-20", ease_before: 4, ease_after: 7 },
  { day: "2026-11-21", ease_before: null, ease_after: null },
  { day: "2026-11-23", ease_before: null, ease_after: null },
];

/** A phone with the program of `link` saved and `log` as its log; returns the stored text. */
async function savedWith(page, link, log) {
  await page.goto(link);
  await page.getByRole("button", { name: "Save on this phone" }).click();
  await expect(page.getByText("Saved on this phone.")).toBeVisible();
  return page.evaluate(
    ([key, log]) => {
      const saved = JSON.parse(localStorage.getItem(key));
      saved.log = log;
      localStorage.setItem(key, JSON.stringify(saved));
      return localStorage.getItem(key);
    },
    [KEY, log],
  );
}

/** What the phone keeps under `key`. */
function stored(page, key = KEY) {
  return page.evaluate((key) => localStorage.getItem(key), key);
}

/** A file chosen in "Read a log file from another phone". */
async function importFile(page, name, text) {
  await page.locator("#import-log").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

/** The file a button saves, as text. */
async function downloaded(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return readFile(await download.path(), "utf8");
}

for (const year of [1999, 2200]) {
  test(`a phone date in ${year} logs nothing and loses no logged day`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = waitingForTakeOver(await context.newPage());
    const problems = watch(page);
    const link = await build(page, ["Cat-cow"]);
    const before = await savedWith(page, link, THREE_DAYS);

    // The phone's clock jumps; timers still run, so the session plays on a fast clock.
    await fastClock(page, 16);
    await page.clock.setFixedTime(new Date(year, 5, 1, 10, 0, 0));
    await page.goto("./program/");
    await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
    await expect(page.locator("main")).toContainText(`the year is ${year}`);
    await page.getByRole("button", { name: "Play my program" }).click();
    await expect(page.getByText(`Your phone's date says the year is ${year}`)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("button", { name: "Done: log today" })).toHaveCount(0);
    await expectAccessible(page);
    expect(await stored(page)).toBe(before);

    // Saving the same link again, and a reload on the right date, keep every day.
    await page.goto(link);
    await expect(page.getByText("Saved on this phone.")).toBeVisible();
    expect(await stored(page)).toBe(before);
    await page.clock.setFixedTime(new Date(2026, 10, 24, 10, 0, 0));
    await open(page, "/program");
    await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
    await expect(page.locator(".calendar .is-done")).toHaveCount(3);
    expect(problems).toEqual([]);
    await context.close();
  });
}

test("a session an older version stored as 1970 or rated 11 is set aside, and the rest is read", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const link = await build(page, ["Cat-cow"]);
  await savedWith(page, link, [
    ...THREE_DAYS,
    { day: "1970-01-01", ease_before: null, ease_after: null },
    { day: "2026-11-22", ease_before: 11, ease_after: 3 },
  ]);
  await open(page, "/program");
  await expect(page.locator(".program-item")).toContainText("Cat-cow");
  await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
  await expect(page.locator(".set-aside")).toContainText("2 entries in your saved log");
  await expect(page.getByRole("button", { name: "Play my program" })).toBeVisible();
  // Both are still in the file the client saves.
  const file = await downloaded(page, page.getByRole("button", { name: "Save my log as a file" }));
  expect(file).toContain('"set_aside":[{"day":"1970-01-01"');
  await context.close();
});

test("a saved program whose stretches this version does not have says so instead of a Play that does nothing", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  await open(page, "/");
  const dose = { hold_seconds: 30, repetitions: 1, each_side: false, breath_seconds: 0, times_a_day: 1, days_a_week: 7 };
  const text = JSON.stringify({ schema: 2, program: { items: [{ stretch: "gone-stretch", dose }], treatment: null }, log: THREE_DAYS });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, text]);
  await open(page, "/program");
  await expect(page.getByRole("button", { name: "Play my program" })).toHaveCount(0);
  await expect(page.locator("main")).toContainText("This program cannot be played by this version of the app");
  await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
  expect(await stored(page)).toBe(text);
  await context.close();
});

test("importing one's own file twice leaves the log as it was; another phone's adds only what is new", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const problems = watch(page);
  const link = await build(page, ["Cat-cow"]);
  await savedWith(page, link, THREE_DAYS);
  await open(page, "/program");
  const own = await downloaded(page, page.getByRole("button", { name: "Save my log as a file" }));
  const before = await stored(page);
  for (let i = 0; i < 2; i++) {
    await importFile(page, "my-stretch-log.json", own);
    await expect(page.locator(".import-log")).toContainText("Every session in that file is already in your log");
    await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
  }
  expect(await stored(page)).toBe(before);

  const other = JSON.parse(own);
  other.log.push({ day: "2026-11-25", ease_before: 5, ease_after: 8 });
  for (const said of ["1 session from that file were added", "Every session in that file is already in your log"]) {
    await importFile(page, "other-phone.json", JSON.stringify(other));
    await expect(page.locator(".import-log")).toContainText(said);
    await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 4");
  }
  expect(problems).toEqual([]);
  await context.close();
});

test("a file's program is offered, never imposed, and one out of bounds is left out", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const mine = await build(page, ["Cat-cow"]);
  const theirs = await build(page, ["Figure-4 stretch"]);
  // The other program as a file: saved on this phone for a moment, then read back.
  await savedWith(page, theirs, []);
  const file = JSON.parse(await stored(page));
  await page.evaluate((key) => localStorage.removeItem(key), KEY);
  await savedWith(page, mine, THREE_DAYS);
  await open(page, "/program");

  await importFile(page, "theirs.json", JSON.stringify(file));
  await expect(page.getByText("Use the program from this file?")).toBeVisible();
  await expect(page.locator(".program-item")).toContainText("Cat-cow");
  await page.getByRole("button", { name: "Keep the one I have" }).click();
  await expect(page.locator(".program-item")).toContainText("Cat-cow");
  expect(JSON.parse(await stored(page)).program.items[0].stretch).toBe("cat-cow");

  // Holds of 65,535 seconds and 255 repetitions: not a program the builder could make.
  const forged = structuredClone(file);
  forged.program.items[0].dose.hold_seconds = 65535;
  forged.program.items[0].dose.repetitions = 255;
  await importFile(page, "forged.json", JSON.stringify(forged));
  await expect(page.locator(".import-log")).toContainText("The program in it was not used");
  await expect(page.getByText("Use the program from this file?")).toHaveCount(0);
  expect(JSON.parse(await stored(page)).program.items[0].stretch).toBe("cat-cow");

  await importFile(page, "theirs.json", JSON.stringify(file));
  await page.getByRole("button", { name: "Use this program" }).click();
  await expect(page.locator(".program-item")).toContainText("Figure-4 stretch");
  await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
  await context.close();
});

test("a bad or huge file says what is wrong with it and changes nothing", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const link = await build(page, ["Cat-cow"]);
  const before = await savedWith(page, link, THREE_DAYS);
  await open(page, "/program");
  for (const [name, text, says] of [
    ["photo.json", "\u0089PNG not a log", "It is not a stretch log"],
    ["contacts.json", '{"contacts":[]}', "It is not a stretch log from this app"],
    ["newer.json", '{"schema":9,"log":[]}', "newer version of the app"],
    ["huge.json", " ".repeat(2 * 1024 * 1024), "far too long"],
  ]) {
    await importFile(page, name, text);
    const message = page.locator(".import-log .notice--error");
    await expect(message).toContainText(says);
    await expect(message).toContainText("Nothing was changed.");
    await expect(message).not.toContainText("copy");
  }
  await expect(page.locator(".unreadable")).toHaveCount(0);
  await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
  expect(await stored(page)).toBe(before);
  await context.close();
});

test("a damaged store is kept as it is until the client chooses, then kept as a copy they can read", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const problems = watch(page);
  const link = await build(page, ["Cat-cow"]);
  const damaged = '{"schema":1,"program":{broken';
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, damaged]);
  await open(page, "/program");
  const choices = page.locator(".unreadable");
  await expect(choices).toContainText("Your saved program and log could not be read");
  await expect(choices).toContainText("nothing will be saved over them");
  await expectAccessible(page);
  await snap(page, "saved-data-unreadable-phone");

  // "Save on this phone" from a link does not write over it.
  await page.goto(link);
  await expect(page.locator(".program-save__blocked")).toContainText("could not be read");
  await expect(page.getByRole("button", { name: "Save on this phone" })).toHaveCount(0);
  expect(await stored(page)).toBe(damaged);

  await open(page, "/program");
  expect(await downloaded(page, page.getByRole("button", { name: "Save them as a file" }))).toBe(damaged);
  expect(await stored(page)).toBe(damaged);
  await page.getByRole("button", { name: "Start afresh, keeping a copy on this phone" }).click();
  await expect(choices).toHaveCount(0);
  expect(await stored(page)).toBeNull();
  expect(await stored(page, COPY)).toBe(damaged);
  const kept = page.locator(".kept-copies");
  await expect(kept).toContainText("This app cannot read it");
  await kept.getByText("What it holds").click();
  await expect(kept.locator("pre")).toHaveText(damaged);
  await expectAccessible(page);
  await snap(page, "saved-data-kept-copy-phone");
  expect(await downloaded(page, kept.getByRole("button", { name: "Save it as a file" }))).toBe(damaged);

  // Now a link saves, and the copy is still there.
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Save on this phone" })).toBeVisible();
  await page.getByRole("button", { name: "Save on this phone" }).click();
  await expect(page.getByText("Saved on this phone.")).toBeVisible();
  expect(await stored(page, COPY)).toBe(damaged);
  expect(problems).toEqual([]);
  await context.close();
});

test("days an older version moved aside are shown and added back to the log", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  const link = await build(page, ["Cat-cow"]);
  await savedWith(page, link, []);
  // The older version refused this whole store for its 1970 day and kept it only here.
  const old = JSON.stringify({ schema: 1, program: null, log: [...THREE_DAYS, { day: "1970-01-01", ease_before: null, ease_after: null }] });
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [COPY, old]);
  await open(page, "/program");
  const kept = page.locator(".kept-copies");
  await expect(kept).toContainText("It holds 3 sessions your log does not have");
  await kept.getByRole("button", { name: "Add them to my log" }).click();
  await expect(page.locator(".visit-summary")).toContainText("Sessions logged: 3");
  await expect(kept).toContainText("Every session in it is in your log");
  await context.close();
});

test("a copy that could not be written is not said to be kept", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = waitingForTakeOver(await context.newPage());
  await open(page, "/");
  // 4.5 million characters: the phone has no room for a second copy.
  await page.evaluate((key) => localStorage.setItem(key, "x".repeat(4_500_000)), KEY);
  await open(page, "/program");
  await page.getByRole("button", { name: "Start afresh, keeping a copy on this phone" }).click();
  await expect(page.locator(".unreadable")).toContainText("no room to keep a copy, so nothing was changed");
  expect(await page.evaluate((key) => localStorage.getItem(key)?.length, KEY)).toBe(4_500_000);
  expect(await stored(page, COPY)).toBeNull();
  await page.getByRole("button", { name: "Start afresh without a copy" }).click();
  await expect(page.locator(".unreadable")).toHaveCount(0);
  expect(await stored(page)).toBeNull();
  await context.close();
});

test("a handed-over link says what it is, and its note is not put in the therapist's name", async ({ browser }) => {
  const tablet = await browser.newContext();
  const page = waitingForTakeOver(await tablet.newPage());
  await build(page, ["Cat-cow"]);
  await page.locator(".builder__treatment").getByText("Today's treatment (optional)").click();
  await page.getByLabel(/A note for the client/).fill("Anything at all");
  const link = await page.locator("#hand-off-link").textContent();
  const phone = await browser.newContext({ viewport: PHONE });
  const client = waitingForTakeOver(await phone.newPage());
  await client.goto(link);
  await expect(client.locator(".program-link__from")).toContainText("Anyone can make such a link");
  await expect(client.locator(".program-treatment")).toContainText("Note carried with the program");
  await expect(client.locator("main")).not.toContainText("Your therapist's note");
  await tablet.close();
  await phone.close();
});
