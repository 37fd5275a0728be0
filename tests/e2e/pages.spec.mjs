// Content pages: a condition with its muscles on the list and on the map, following links from a
// condition to a technique to a muscle and back, deep links, a stretch's precautions before its
// guide, sources collapsed into one line per section, axe on every page type, screenshots at
// phone, tablet and desktop size, and no sideways overflow on a narrow phone.
import { expect } from "@playwright/test";
import { VIEWPORTS, expectAccessible, headingOf, open, snap, test, watch } from "./support.mjs";

/** A muscle's name as the build shows it (its page's heading), not typed. */
const nameOf = (id) => headingOf(`muscle/${id}`);

const PAGE_TYPES = {
  condition: "/condition/piriformis-syndrome",
  technique: "/technique/rolling",
  note: "/note/lower-back-emotional-connection",
  article: "/visit/hip-lumbar-session",
  source: "/source/back-relaxation-massage-notes",
  stretch: "/stretch/hamstring-stretch",
  conditions: "/conditions",
  techniques: "/techniques",
  stretches: "/stretches",
  visit: "/visit",
  search: "/search?q=sciatica",
  missing: "/condition/no-such-thing",
};

test("a condition shows its muscles, marked on the body map too", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/condition/piriformis-syndrome");
  await expect(page.locator("main h1")).toHaveText("Piriformis syndrome");
  const involved = page.locator("section.linked", { has: page.getByRole("heading", { name: "Muscles involved" }) });
  await expect(involved.getByRole("link", { name: nameOf("piriformis") })).toBeVisible();
  // The map marks the same muscle: a region button, described as related, drawn as related.
  const region = page.locator('.body-map [role="button"][data-muscle="piriformis"]').first();
  await expect(region).toHaveClass(/is-related/);
  await expect(region).toHaveAttribute("aria-describedby", "body-map-related");
  // The warning is findable by its name, not by colour.
  await expect(page.getByRole("region", { name: "When to see a physician instead" })).toBeVisible();
  expect(problems).toEqual([]);
});

test("choosing a muscle on a condition's map opens that muscle (keyboard)", async ({ page }) => {
  await open(page, "/condition/piriformis-syndrome");
  const region = page.locator('.body-map [role="button"][data-muscle="piriformis"]').first();
  await region.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/muscle\/piriformis\/$/);
});

test("condition → technique → muscle, then back twice with the back button", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/condition/sciatica");
  const techniques = page.locator("section.linked", { has: page.getByRole("heading", { name: "Massage techniques that can help" }) });
  await techniques.getByRole("link", { name: "Trigger point therapy" }).click();
  await expect(page).toHaveURL(/\/technique\/trigger-point\/$/);
  await expect(page.locator("main h1")).toHaveText("Trigger point therapy");
  const works = page.locator("section.linked", { has: page.getByRole("heading", { name: "Muscles it works" }) });
  await works.getByRole("link", { name: nameOf("piriformis") }).click();
  await expect(page).toHaveURL(/\/muscle\/piriformis\/$/);
  await expect(page.locator("main h1")).toHaveText(nameOf("piriformis"));
  await page.goBack();
  await expect(page).toHaveURL(/\/technique\/trigger-point\/$/);
  await expect(page.locator("main h1")).toHaveText("Trigger point therapy");
  await page.goBack();
  await expect(page).toHaveURL(/\/condition\/sciatica\/$/);
  await expect(page.locator("main h1")).toHaveText("Sciatica");
  expect(problems).toEqual([]);
});

test("a deep link to an article survives a reload, and speaks to the client, not the therapist", async ({ page }) => {
  await open(page, "/visit/hip-lumbar-session");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("Hips and low back: a team");
  await expect(page).toHaveTitle(/Hips and low back: a team/);
  // The therapist's suggested scripts are for explain mode, not a client's page.
  await expect(page.locator("main")).not.toContainText("Suggested therapist script");
  await expect(page.locator("main blockquote")).toHaveCount(0);
});

test("a stretch page shows its precautions and when to stop before the guide", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/stretch/hamstring-stretch");
  const safety = page.getByRole("region", { name: "Before you start" });
  await expect(safety).toBeVisible();
  await expect(safety).toContainText("tingling or numbness");
  await expect(safety).toContainText("See a doctor before going on");
  await expect(safety).toContainText("ask your surgeon first");
  await expect(safety).toContainText("If you have sciatica: keep the raised knee softly bent");
  // Before the guide, in reading order and on the screen.
  const guide = page.getByRole("region", { name: "Guided stretch" });
  const follows = await safety.evaluate(
    (box, player) => Boolean(box.compareDocumentPosition(player) & Node.DOCUMENT_POSITION_FOLLOWING),
    await guide.elementHandle(),
  );
  expect(follows).toBe(true);
  const [boxAt, guideAt] = [await safety.boundingBox(), await guide.boundingBox()];
  expect(boxAt.y + boxAt.height).toBeLessThanOrEqual(guideAt.y);
  // The player lists them again before the first hold.
  await expect(guide.locator(".player__check")).toContainText("ask your surgeon first");
  expect(problems).toEqual([]);
});

test("sources are one collapsed line per section that opens to the sources' titles", async ({ page }) => {
  await open(page, "/stretch/hamstring-stretch");
  const dose = page.locator(".stretch-page__dose");
  await expect(dose.locator("a:visible")).toHaveCount(0);
  const line = dose.locator("details.sources");
  await line.locator("summary").click();
  await expect(line.getByRole("link", { name: "The effect of time on static stretch on the flexibility of the hamstring muscles" })).toBeVisible();
  // Open every line: still no WCAG 2.1 AA violation.
  await page.locator("details.sources").evaluateAll((lines) => lines.forEach((d) => { d.open = true; }));
  await expectAccessible(page);
});

test("every line that opens shows that it opens", async ({ page }) => {
  // A summary styled as a flex box loses the browser's triangle; one without a drawn marker reads
  // as a plain bold line (the builder's "Find on the body map" did). Each page type with one:
  for (const path of ["/stretch/hamstring-stretch", "/program/new", "/"]) {
    await open(page, path);
    const bare = await page.locator("main summary").evaluateAll((all) => all
      .filter((s) => {
        const style = getComputedStyle(s);
        const drawn = (pseudo) => !["none", "normal", '""'].includes(getComputedStyle(s, pseudo).content);
        return style.display !== "list-item" && !drawn("::before") && !drawn("::after");
      })
      .map((s) => s.textContent.trim()));
    expect(bare, `${path}: lines that open with no marker`).toEqual([]);
    expect(await page.locator("main summary").count(), `${path} has lines that open`).toBeGreaterThan(0);
  }
});

test("the note shows its disclaimer and links to the low-back muscles", async ({ page }) => {
  await open(page, PAGE_TYPES.note);
  await expect(page.getByRole("complementary", { name: "Please read first" })).toContainText("educational purposes only");
  await expect(page.getByRole("link", { name: nameOf("quadratus-lumborum") })).toBeVisible();
});

test("an unknown id shows the missing-entry page with a way back to its list", async ({ page }) => {
  await open(page, "/technique/no-such-thing");
  await expect(page.locator("main h1")).toHaveText("We could not find that page");
  await page.getByRole("link", { name: "All massage techniques" }).click();
  await expect(page).toHaveURL(/\/techniques\/$/);
});

test("a source lists what cites it, and a claim links to its source", async ({ page }) => {
  await open(page, "/condition/sciatica");
  const flags = page.getByRole("region", { name: "When to see a physician instead" });
  await flags.locator("details.sources > summary").click();
  await flags.locator("details.sources a").first().click();
  await expect(page).toHaveURL(/\/source\//);
  await expect(page.getByRole("heading", { name: "What cites it" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sciatica" })).toBeVisible();
});

for (const [name, route] of Object.entries(PAGE_TYPES)) {
  test(`axe finds no WCAG 2.1 AA violation on the ${name} page`, async ({ page }) => {
    await open(page, route);
    await expectAccessible(page);
  });
}

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  for (const [shot, route] of [
    ["condition", PAGE_TYPES.condition],
    ["article", PAGE_TYPES.article],
    ["search", "/search?q=stairs"],
  ]) {
    test(`screenshot of a ${shot} at ${name} size`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, route);
      await snap(page, `pages-${shot}-${name}`);
    });
  }
}

test("nothing sticks out sideways on a 360 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  for (const route of Object.values(PAGE_TYPES)) {
    await open(page, route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `overflow on ${route}`).toBeLessThanOrEqual(0);
  }
});
