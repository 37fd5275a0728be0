// Shared helpers for the end-to-end tests, and the `test` every spec uses.
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Whether the app has taken over the pre-rendered page (or the page has no pre-rendered copy):
 * before that, the page is readable but its buttons do nothing yet.
 */
export async function tookOver(page, timeout = 20_000) {
  await page
    .waitForFunction(() => !document.getElementById("prerendered"), null, { timeout })
    .catch(() => {}); // a page whose app cannot start (the boot tests) is judged by its test
}

/**
 * Playwright's `test`, with pages whose `goto` and `reload` also wait until the app has taken
 * over the pre-rendered page, as a reader would before tapping anything that needs the app.
 * (With JavaScript off there is nothing to wait for.)
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    await use(javaScriptEnabled === false ? page : waitingForTakeOver(page));
  },
});

/**
 * `page`, whose `goto`, `reload`, `goBack` and `goForward` also wait until the app has taken
 * over (what the `test` fixture's page does; for pages a test opens in a context of its own).
 */
export function waitingForTakeOver(page) {
  for (const name of ["goto", "reload", "goBack", "goForward"]) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await original(...args);
      await tookOver(page);
      return response;
    };
  }
  return page;
}

/**
 * The app-relative address of a route written as a path (`/muscle/piriformis`,
 * `/search?q=numb`): each page is a folder (`muscle/piriformis/`, `search/?q=numb`, an older
 * search address the app moves to `search/#q=numb`).
 */
export function pathOf(route) {
  const [path, query] = route.split(/\?(.*)/s);
  const folder = path.replace(/^\/+/, "").replace(/\/*$/, "");
  return `./${folder ? `${folder}/` : ""}${query ? `?${query}` : ""}`;
}

/**
 * Runs the page's time `speed` times faster than real time from here on, through Playwright's
 * fake clock (Date, timers, requestAnimationFrame and performance.now), so a minute-long hold
 * passes in seconds while the app runs exactly as it ships: the release build reads no speed
 * switch. Call it before `goto` (the clock is installed into every page the context opens,
 * and later pages go on from the time the earlier ones reached). Every tenth of a second it
 * jumps the clock on by what the rest of the tenth would add; it stops when the page closes.
 */
export async function fastClock(page, speed) {
  const running = fastClocks.get(page);
  if (running) {
    running.speed = speed; // one clock per page: a second call only changes its speed
    return;
  }
  const clock = { speed };
  fastClocks.set(page, clock);
  await page.clock.install();
  // The fake clock numbers its timers from 10^12, past the 32-bit ids web-sys hands the app
  // (`request_animation_frame` returns an i32), so the app's cancel would miss and a dropped
  // callback run. Small ids in front of the fake ones, as a browser's own are.
  await page.addInitScript(() => {
    for (const [set, clear] of [
      ["requestAnimationFrame", "cancelAnimationFrame"],
      ["setTimeout", "clearTimeout"],
      ["setInterval", "clearInterval"],
    ]) {
      const fakeSet = window[set].bind(window);
      const fakeClear = window[clear].bind(window);
      const ids = new Map();
      let next = 1;
      window[set] = (callback, ...rest) => {
        const id = next++;
        const once = set !== "setInterval";
        const run = typeof callback === "function"
          ? (...args) => { if (once) ids.delete(id); callback(...args); }
          : callback;
        ids.set(id, fakeSet(run, ...rest));
        return id;
      };
      window[clear] = (id) => {
        if (ids.has(id)) fakeClear(ids.get(id));
        ids.delete(id);
      };
    }
  });
  const tick = 100;
  (async () => {
    while (!page.isClosed()) {
      await new Promise((resolve) => setTimeout(resolve, tick));
      // A jump during a navigation may find no page to run in: the next one catches up.
      await page.clock.fastForward(Math.round(tick * (clock.speed - 1))).catch(() => {});
    }
  })();
}

/** The pages running on a fast clock, and its speed. */
const fastClocks = new WeakMap();

/** The build under test, which playwright.config.mjs serves. */
export const DIST = process.env.E2E_DIST ?? "dist";

/** The `<main>` markup the build pre-rendered for a page (`muscle/piriformis`). */
export function prerenderedMain(folder) {
  const html = readFileSync(join(DIST, folder, "index.html"), "utf8");
  return html.slice(html.indexOf("<main"));
}

/** Markup as a reader sees it: tags dropped, entities decoded. */
function textOf(markup) {
  return markup
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The main heading the build pre-rendered for a page (`muscle/piriformis`), as a reader sees
 * it: what a test expects an entry to be called, read from the build rather than typed, so the
 * test holds for whatever content the build holds (CI runs these specs on a second content set).
 */
export function headingOf(folder) {
  const match = prerenderedMain(folder).match(/<h1[^>]*>([\s\S]*?)<\/h1>/);
  if (!match) throw new Error(`${folder}: the pre-rendered page has no heading`);
  return textOf(match[1]);
}

/**
 * The links the build pre-rendered under a page's section heading (`Conditions it is involved
 * in`), in order, as `{ name, href }`: which entries a page shows, read from the build.
 */
export function linksUnder(folder, heading) {
  const main = prerenderedMain(folder);
  const at = main.search(new RegExp(`<h2[^>]*>${heading}</h2>`));
  if (at < 0) throw new Error(`${folder}: the pre-rendered page has no section "${heading}"`);
  const section = main.slice(at, main.indexOf("</section>", at));
  return [...section.matchAll(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href, name]) => ({ name: textOf(name), href }));
}

/** Whether a muscle's pre-rendered page opens its map on the deep layer (a deep muscle). */
export function opensDeep(folder) {
  return /<button[^>]*aria-pressed="true"[^>]*>Deep muscles</.test(prerenderedMain(folder));
}

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
    // An unknown address is answered by the host's 404 page (ours); the browser logs the
    // status of that document, which is the right answer, not a problem.
    const pageNotFound = msg.text().includes("status of 404") && msg.location().url === page.url();
    if (msg.type() === "error" && !pageNotFound) problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.host !== APP_HOST) problems.push(`request to another origin: ${req.url()}`);
  });
  return problems;
}

/** Opens a route at its own address and waits for the app to have taken over its page. */
export async function open(page, route = "/") {
  await page.goto(pathOf(route));
  await tookOver(page);
  await expect(page.locator("main#main h1").first()).toBeVisible();
}

/** Builds a program of these stretches on the builder page and returns its link. */
export async function build(page, names) {
  // The builder keeps its program for the tab (a reload or Back loses nothing): a new
  // program starts from nothing with "Start a new program".
  await open(page, "/");
  await open(page, "/program/new");
  const fresh = page.getByRole("button", { name: "Start a new program" });
  if (await fresh.count()) await fresh.click();
  for (const name of names) {
    await page.getByRole("button", { name: `Add ${name}` }).click();
  }
  return page.locator("#hand-off-link").textContent();
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
