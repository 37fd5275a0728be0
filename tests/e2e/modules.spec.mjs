// The app is two wasm modules: the shell (home, body map, frame) and the pages module, which
// the shell fetches once its first page is up and mounts pages from (see ARCHITECTURE.md).
import { test, expect } from "@playwright/test";
import { open, watch } from "./support.mjs";

const isPagesModule = (url) => /\/pages-module-[0-9a-f]+\/pages(_bg\.wasm|\.js)$/.test(url);

test("the pages module is fetched once, after the first page, and then pages open without fetching", async ({ page }) => {
  const problems = watch(page);
  const fetched = [];
  page.on("request", (req) => {
    if (isPagesModule(req.url())) fetched.push(req.url());
  });
  await open(page, "/");
  await page.waitForLoadState("networkidle");
  expect(fetched.filter((u) => u.endsWith(".wasm"))).toHaveLength(1);
  const before = fetched.length;
  await page.getByRole("link", { name: "Stretches", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/stretches/i);
  await page.getByRole("link", { name: "Atlas", exact: true }).click();
  await page.getByRole("button", { name: "Hamstrings", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hamstrings");
  expect(fetched.length).toBe(before);
  expect(problems).toEqual([]);
});

test("a click inside a page from the pages module is that page's alone", async ({ page }) => {
  await open(page, "/stretch/cat-cow");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).not.toHaveAttribute("data-phase", "idle");
  await expect(page).toHaveURL(/#\/stretch\/cat-cow$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cat-cow");
});

test("if the pages module cannot load, the page says so and Try again recovers", async ({ page }) => {
  let offline = true;
  await page.route(isPagesModule, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
  await page.goto("./#/conditions");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This page could not be opened");
  // The frame and the body map (part of the shell) still work: the reader is never stranded.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(alert.getByRole("link", { name: "Open the body map" })).toHaveAttribute("href", "#/atlas");
  offline = false;
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/conditions/i);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a slow pages module shows that the page is on its way, then the page", async ({ page }) => {
  await page.route(isPagesModule, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("./#/conditions");
  await expect(page.getByRole("status").filter({ hasText: "Opening the page" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/conditions/i);
  await expect(page.getByText("Opening the page")).toHaveCount(0);
});
