// The release build carries no test switch: a page opened with `?speed=N` plays its guide in
// real time, and one opened with `?bench` records no frame timings. Only the benchmark's own
// build (cargo feature `bench`, scripts/bench.mjs) reads either; tests speed time up with
// Playwright's clock instead (`fastClock` in support.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { test } from "./support.mjs";

const DIST = process.env.E2E_DIST ?? "dist";

test("a guide opened with ?speed=50&bench runs in real time and records no frames", async ({ page }) => {
  // What the benchmark's frame timing would fill, were the switch read.
  await page.addInitScript(() => {
    window.__playerFrames = [];
  });
  await page.goto("./stretch/hamstring-stretch/?speed=50&bench");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "get-ready");
  // At 50x the 5 s get-ready would be over in a tenth of a second, and a minute's hold in
  // little more than a second.
  await page.waitForTimeout(1_500);
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "get-ready");
  const seconds = Number(await page.locator(".player__seconds").textContent());
  expect(seconds).toBeGreaterThanOrEqual(2);
  await expect(page.locator(".player__test-speed")).toHaveCount(0);
  expect(await page.evaluate(() => window.__playerFrames.length)).toBe(0);
});

test("the release build's wasm and script hold no reader of ?speed or ?bench", () => {
  const files = readdirSync(DIST);
  const wasm = files.filter((f) => f.endsWith(".wasm"));
  const glue = files.filter((f) => /^hip-back-atlas-[0-9a-f]+\.js$/.test(f));
  expect(wasm).toHaveLength(1);
  expect(glue).toHaveLength(1);
  const module = readFileSync(join(DIST, wasm[0])).toString("latin1");
  // The words only the switches' code holds: the frame log's name and the player's notice.
  for (const word of ["__playerFrames", "Test speed"]) {
    expect(module.includes(word), `${wasm[0]} holds "${word}"`).toBe(false);
  }
  // The address's query (`location.search`) is read by nothing else in the app, so its
  // binding is absent from the glue unless a switch reader is compiled in.
  const script = readFileSync(join(DIST, glue[0]), "utf8");
  expect(script).not.toMatch(/\.search\b/);
});
