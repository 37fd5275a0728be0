// Loading never hangs: if the app's script or wasm fails to arrive (aborted, missing, truncated)
// the page says so with a reload button; if it never arrives, a watchdog says it is slow. A
// pre-rendered page stays readable through all of it; the offline shell (which has no page of
// its own) says it is loading.
// Playwright's own `test`: these pages must not wait for a take-over that cannot happen.
import { test, expect } from "@playwright/test";

const failures = {
  "the wasm is aborted": (route) => route.abort("connectionreset"),
  "the wasm is missing (404)": (route) => route.fulfill({ status: 404, body: "Not found" }),
  "the wasm is truncated": async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, 4096) });
  },
};

for (const [what, handler] of Object.entries(failures)) {
  test(`when ${what}, the page says so and offers a reload`, async ({ page }) => {
    await page.route(/_bg\.wasm$/, handler);
    await page.goto("./atlas/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The interactive parts could not load");
    await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
    // The pre-rendered page is still there to read.
    await expect(page.locator("#prerendered main h1")).toBeVisible();
    // Once the network is back, Reload brings the app, which takes the page over.
    await page.unroute(/_bg\.wasm$/);
    await alert.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.locator("#prerendered")).toHaveCount(0);
    await expect(page.locator("#app main#main h1")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
}

test("when the app's script is missing, the page says so", async ({ page }) => {
  await page.route(/hip-back-atlas-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("./shell.html");
  await expect(page.getByRole("alert")).toContainText("The atlas could not load");
});

test("when the wasm never arrives, a pre-rendered page stays quietly readable", async ({ page }) => {
  await page.clock.install();
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto("./stretches/");
  await page.clock.fastForward(25_000);
  await expect(page.locator("#prerendered main h1")).toBeVisible();
  await expect(page.getByText("Still loading")).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("when the wasm never arrives, a watchdog offers a reload instead of loading forever", async ({ page }) => {
  await page.clock.install();
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto("./shell.html");
  await expect(page.getByText("Loading the atlas…")).toBeVisible();
  await page.clock.fastForward(25_000);
  const status = page.getByRole("status").filter({ hasText: "Still loading" });
  await expect(status).toBeVisible();
  await expect(status.getByRole("button", { name: "Reload the page" })).toBeVisible();
});
