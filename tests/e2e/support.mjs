// Shared helpers for the end-to-end tests.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** The only origin the app may talk to: the static server of playwright.config.mjs. */
export const APP_HOST = `127.0.0.1:${process.env.E2E_PORT ?? 8090}`;

/** Viewports the product promises to work at (phone, tablet, desktop). */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  tablet: { width: 1024, height: 768 },
  desktop: { width: 1440, height: 900 },
};

/**
 * Records console errors, page errors (uncaught exceptions, CSP violations reported as errors)
 * and every request to an origin other than the page's own. Call before the first navigation.
 */
export function watch(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== APP_HOST) problems.push(`request to another origin: ${req.url()}`);
  });
  return problems;
}

/** Opens a route (the part after `#`) and waits for the app to have rendered its frame. */
export async function open(page, route = "/") {
  await page.goto(`./#${route}`);
  await expect(page.locator("main#main h1").first()).toBeVisible();
}

/** Asserts that axe finds no WCAG 2.0/2.1 A or AA violation on the current page. */
export async function expectAccessible(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, "axe violations").toEqual([]);
}

/** Saves a full-page screenshot into artifacts/screenshots (kept out of git). */
export async function snap(page, name) {
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}
