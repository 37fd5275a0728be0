// Every page a real URL, pre-rendered at build time: readable with JavaScript off, taken over
// by the app with the same markup, at the root or a sub-path, from old `#/` links too, listed in
// the sitemap, described for search engines and link previews, and accessible before and after
// the app arrives.
import { expect } from "@playwright/test";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expectAccessible, headingOf, test, tookOver, VIEWPORTS, watch } from "./support.mjs";

const DIST = process.env.E2E_DIST ?? "dist";
const sitemap = readFileSync(join(DIST, "sitemap.xml"), "utf8");
const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
// The site's address is a build setting; the home page's entry is the shortest.
const site = locs.reduce((a, b) => (a.length <= b.length ? a : b));
/** Each page's address relative to the app's root, e.g. `muscle/piriformis/`. */
const PAGES = locs.map((loc) => loc.slice(site.length));
/** Pages that show what only the reader's device has; pre-rendered, but not in the sitemap. */
const ON_DEVICE = ["program/", "p/"];
/** The therapist's pages (issue 23): pre-rendered, but not in the sitemap, so a client arriving
 * from a search engine never lands on them. */
const inTreatmentRoom = (f) => f.startsWith("explain/") || f === "program/new/" || f === "treatment-room/";

/** Every pre-rendered page folder in dist/, as an address relative to the root. */
function prerenderedFolders(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) return [];
    const here = existsSync(join(path, "index.html")) ? [`${relative(DIST, path).split(sep).join("/")}/`] : [];
    return [...here, ...prerenderedFolders(path)];
  });
}

/**
 * The markup of `selector` as the browser serialises it (so both copies are written the same
 * way), without what may rightly differ: parts that depend on this device (`[data-device]`,
 * such as the Full screen button where the browser allows it) and form fields' `value`
 * attributes (the server writes the value as an attribute, the app sets the field's value).
 */
const markupOf = (page, selector) =>
  page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true);
    // The pre-rendered body map's regions are links to their muscle's page, so a tap before the
    // app arrives is not lost (issue 23); the app draws each as a button. A link must lead to
    // its own muscle's page; it is then written as the button the app must draw (its `href`
    // where the button has `role` and `tabindex`), and everything else compared as it is.
    copy.querySelectorAll("a.region").forEach((link) => {
      const muscle = link.getAttribute("data-muscle");
      if (link.getAttribute("href") !== `muscle/${muscle}/`) {
        throw new Error(`the map's ${muscle} links to ${link.getAttribute("href")}`);
      }
      const button = document.createElementNS("http://www.w3.org/2000/svg", "g");
      for (const { name, value } of link.attributes) {
        if (name === "href") {
          button.setAttribute("role", "button");
          button.setAttribute("tabindex", "0");
        } else {
          button.setAttribute(name, value);
        }
      }
      button.append(...link.childNodes);
      link.replaceWith(button);
    });
    copy.querySelectorAll("[data-device]").forEach((e) => e.remove());
    copy.querySelectorAll("input, textarea").forEach((e) => e.removeAttribute("value"));
    copy.querySelectorAll("option").forEach((e) => e.removeAttribute("selected"));
    return copy.innerHTML;
  });

test("the sitemap lists every pre-rendered page except the device's own, not-found, the treatment room and the embed", () => {
  expect(PAGES).toContain("");
  expect(PAGES).toContain("muscle/piriformis/");
  expect(PAGES).not.toContain("explain/3/");
  expect(PAGES).not.toContain("treatment-room/");
  expect(PAGES).toContain("search/");
  const folders = prerenderedFolders().filter((f) => !f.startsWith("icons/"));
  expect(folders).toContain("explain/3/");
  expect(folders).toContain("treatment-room/");
  // The embed, made for a frame on the clinic's site (embed.spec.mjs), is no page of its own.
  expect(folders).toContain("embed/");
  const expected = folders
    .filter((f) => ![...ON_DEVICE, "not-found/", "embed/"].includes(f) && !inTreatmentRoom(f))
    .sort();
  expect([...PAGES].filter((p) => p !== "").sort()).toEqual(expected);
  expect(readFileSync(join(DIST, "robots.txt"), "utf8")).toContain(`Sitemap: ${site}sitemap.xml`);
});

test("nothing in a page's head holds up its first paint but one stylesheet", () => {
  // Each render-blocking file on a phone's slow connection costs a round trip or more (see
  // scripts/build/bundle-css.mjs): one stylesheet, the clinic's accent in it, and no script
  // that stops the parser.
  for (const page of ["index.html", "muscle/piriformis/index.html", "404.html", "shell.html"]) {
    const head = readFileSync(join(DIST, page), "utf8").split("</head>")[0];
    const sheets = [...head.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(sheets, page).toHaveLength(1);
    expect(readFileSync(join(DIST, sheets[0]), "utf8"), page).toContain("--clinic:");
    const blocking = [...head.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1])
      .filter((attrs) => /\bsrc=/.test(attrs) && !/\b(defer|async)\b|type="module"/.test(attrs));
    expect(blocking, page).toEqual([]);
  }
});

// One test per kind of page, so they run side by side.
const groups = Object.entries(
  [...PAGES, ...prerenderedFolders().filter(inTreatmentRoom)].reduce((by, p) => {
    const group = p.split("/").length > 2 ? p.split("/")[0] : "sections";
    (by[group] ??= []).push(p);
    return by;
  }, {}),
);
for (const [group, pages] of groups) {
  test(`${group}: readable with JavaScript off, and taken over with the same markup`, async ({ browser }) => {
    test.setTimeout(30_000 + pages.length * 4_000);
    const off = await browser.newContext({ javaScriptEnabled: false });
    const on = await browser.newContext();
    const still = await off.newPage();
    const live = await on.newPage();
    const problems = watch(live);
    for (const address of pages) {
      await still.goto(`./${address}`);
      const heading = still.locator("#prerendered main h1");
      await expect(heading, address).toBeVisible();
      expect((await heading.textContent()).trim(), address).not.toBe("");
      expect(await still.locator("#prerendered main").innerText(), address).toMatch(/\w{3,}.*\w{3,}/s);
      const title = await still.title();
      const description = await still.locator('meta[name="description"]').getAttribute("content");
      expect(description.length, address).toBeGreaterThan(20);
      // explain/1/ is a copy of explain/ (route::also_at), whose address it names.
      const canonical = address === "explain/1/" ? "explain/" : address;
      await expect(still.locator('link[rel="canonical"]')).toHaveAttribute("href", `${site}${canonical}`);
      await expect(still.locator('#prerendered .region[role="button"]'), `${address}: a map region without its link`).toHaveCount(0);
      const before = await markupOf(still, "#prerendered");

      await live.goto(`./${address}`);
      await tookOver(live);
      await expect(live.locator("#prerendered")).toHaveCount(0);
      await expect(live.locator("#app a.region"), `${address}: the app drew a map region as a link`).toHaveCount(0);
      expect(await markupOf(live, "#app"), `${address}: the taken-over page differs`).toBe(before);
      await expect(live).toHaveTitle(title);
    }
    expect(problems).toEqual([]);
    await off.close();
    await on.close();
  });
}

test("a tap on the body map before the app arrives opens the muscle's page", async ({ browser }) => {
  // A phone on a slow connection shows the pre-rendered page long before the wasm arrives; here
  // it never does.
  const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto("./atlas/");
  await expect(page.locator("#prerendered")).toHaveCount(1);
  // The phone shows one side of the body; a region on it, named as the app's button is.
  const region = page.locator("#prerendered .body-map__view:not(.is-other-view) a.region").first();
  const muscle = await region.getAttribute("data-muscle");
  const name = await region.getAttribute("aria-label");
  await expect(page.locator("#prerendered .body-map").getByRole("link", { name, exact: true })).toBeVisible();
  // A region holds both sides' shapes, whose box's middle lies between them: tap one shape.
  await region.locator("path").first().tap();
  await expect(page).toHaveURL(new RegExp(`/muscle/${muscle}/$`));
  await expect(page.locator("main h1")).toHaveText(name);
  // And on a muscle page's own map, the same.
  const other = page.locator("#prerendered .body-map__view:not(.is-other-view) a.region:not([aria-current])").first();
  const next = await other.getAttribute("data-muscle");
  await other.locator("path").first().tap();
  await expect(page).toHaveURL(new RegExp(`/muscle/${next}/$`));
  await context.close();
});

test("the app's render unfolds unseen and is whole when it replaces the pre-rendered copy", async ({ page }) => {
  // The take-over renders a page's parts over several tasks (platform/take_over.rs); the copy
  // must stay until the last part is in, and go in the same task the app's copy is shown.
  await page.addInitScript(() => {
    window.__swap = null;
    new MutationObserver((records) => {
      if (window.__swap || !records.some((r) => [...r.removedNodes].some((n) => n.id === "prerendered"))) return;
      const app = document.getElementById("app");
      window.__swap = { shown: !app.hasAttribute("data-taking-over"), main: app.querySelector("main").innerHTML };
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto("./muscle/gluteus-maximus/");
  const swap = await page.evaluate(() => window.__swap);
  expect(swap?.shown).toBe(true);
  // Every part was in: the stills and the map as well as the heading.
  expect(swap.main).toBe(await page.locator("#app main").evaluate((main) => main.innerHTML));
  expect(swap.main).toContain("body-map__svg");
  expect(swap.main).toContain("still--small");
});

test("pages that only this device can fill are neutral before the app arrives", async ({ browser }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto("./program/");
  await expect(page.locator("main h1")).toHaveText("My program");
  await expect(page.getByText("Opening the program saved on this phone")).toBeVisible();
  await expect(page.getByText("There is no program on this phone")).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await page.goto("./p/");
  await expect(page.getByText("Opening the program in your link")).toBeVisible();
  await off.close();
});

test("old #/ links open their page at its own address", async ({ page }) => {
  const problems = watch(page);
  await page.goto("./#/muscle/piriformis");
  await expect(page).toHaveURL(/\/muscle\/piriformis\/$/);
  await expect(page.locator("main h1")).toHaveText(headingOf("muscle/piriformis"));
  await page.goto("./clinic/atlas/#/search?q=stairs");
  await expect(page).toHaveURL(/\/clinic\/atlas\/search\/#q=stairs$/);
  await expect(page.locator(".search-result").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("deep links work at a sub-path, with and without the app", async ({ page, browser }) => {
  const problems = watch(page);
  const sciatica = headingOf("condition/sciatica");
  await page.goto("./clinic/atlas/condition/sciatica/");
  await expect(page.locator("main h1")).toHaveText(sciatica);
  await page.locator("main a[href^='muscle/']").first().click();
  await expect(page).toHaveURL(/\/clinic\/atlas\/muscle\/[a-z-]+\/$/);
  await page.reload();
  await expect(page).toHaveURL(/\/clinic\/atlas\/muscle\/[a-z-]+\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/clinic\/atlas\/condition\/sciatica\/$/);
  await expect(page.locator("main h1")).toHaveText(sciatica);
  expect(problems).toEqual([]);

  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto("./clinic/atlas/condition/sciatica/");
  await still.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stretches" }).click();
  await expect(still).toHaveURL(/\/clinic\/atlas\/stretches\/$/);
  await expect(still.locator("main h1")).toBeVisible();
  // An unknown address gets the host's 404 page: ours, with working links back.
  const missing = await still.goto("./clinic/atlas/muscle/no-such-muscle/");
  expect(missing.status()).toBe(404);
  await expect(still.locator("main h1")).toBeVisible();
  await still.getByRole("link", { name: /Hip & Back Atlas/ }).first().click();
  await expect(still).toHaveURL(/\/(clinic\/atlas\/)?$/);
  await off.close();
});

test("muscle, condition, stretch and clinic pages carry structured data the CSP allows", async ({ page }) => {
  const problems = watch(page);
  for (const [address, type] of [
    ["muscle/piriformis/", "MedicalWebPage"],
    ["condition/sciatica/", "MedicalWebPage"],
    ["stretch/figure-4/", "ExercisePlan"],
    ["visit/", "HealthAndBeautyBusiness"],
  ]) {
    await page.goto(`./${address}`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, address).toHaveLength(1);
    expect(JSON.parse(blocks[0])["@type"], address).toBe(type);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", await page.title());
  }
  expect(problems).toEqual([]);
});

test("pre-rendered pages are accessible before the app arrives", async ({ browser }) => {
  // axe runs as a script, so the page keeps JavaScript; the app's boot module is held back
  // (answered with nothing), which leaves the pre-rendered page exactly as it arrived.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\/boot-[0-9a-f]{16}\.js$/, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "" }),
  );
  for (const address of ["", "atlas/", "muscle/piriformis/", "condition/sciatica/", "stretch/cat-cow/", "visit/", "explain/2/", "search/", "program/"]) {
    await page.goto(`./${address}`);
    await expect(page.locator("#prerendered main h1"), address).toBeVisible();
    await expectAccessible(page);
  }
  await context.close();
});
