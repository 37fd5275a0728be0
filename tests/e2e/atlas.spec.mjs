// The body map, the atlas page and the muscle pages, driven like a client on a phone and a
// therapist on a tablet would: every muscle group found by its role and name, chosen by tap or
// keyboard, its page and linked conditions shown; labels on hover and focus; deep links, back,
// axe, screenshots, and tap sizes at 360 px.
import { expect } from "@playwright/test";
import { VIEWPORTS, expectAccessible, headingOf, linksUnder, open, opensDeep, snap, test, watch } from "./support.mjs";

// The map's muscle groups (their ids and shapes are code, the body map's geometry) and how each
// is chosen. Everything a reader sees of them (the name, the layer the page opens on, the
// conditions it links) is read from the build's pre-rendered muscle page, so these tests hold for
// whatever content the build holds (CI runs them on a second content set too).
const CHOSEN_BY = [
  ["erector-spinae", "tap"],
  ["gluteus-medius", "Enter"],
  ["gluteus-maximus", "tap"],
  ["tensor-fasciae-latae", "tap"],
  ["rectus-femoris", "Space"],
  ["adductors", "tap"],
  ["hamstrings", "tap"],
  ["quadratus-lumborum", "Enter"],
  ["multifidus", "tap"],
  ["iliopsoas", "tap"],
  ["gluteus-minimus", "Space"],
  ["piriformis", "tap"],
];

/** A muscle's name as the build shows it. */
const nameOf = (id) => headingOf(`muscle/${id}`);

// id, accessible name, deep layer?, the first condition its page links, how to choose it.
const MUSCLES = CHOSEN_BY.map(([id, how]) => [
  id,
  nameOf(id),
  opensDeep(`muscle/${id}`),
  linksUnder(`muscle/${id}`, "Conditions it is involved in")[0].name,
  how,
]);

/** The map region (a role=button <g>) with this accessible name. */
const region = (page, name) => page.getByRole("button", { name, exact: true });

/**
 * A point inside one of the region's shapes, in page coordinates. The middle of a group's box
 * lies between its left and right shapes, so a plain click there would miss: scan the first
 * shape for a point in its fill that is not covered by anything else.
 */
async function pointIn(locator) {
  return locator.evaluate((g) => {
    const path = g.querySelector("path");
    const box = path.getBBox();
    const ctm = path.getScreenCTM();
    for (let fy = 0.5, step = 0; step < 40; step++, fy = 0.5 + (step % 2 ? 1 : -1) * Math.ceil(step / 2) * 0.05) {
      for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = new DOMPoint(box.x + box.width * fx, box.y + box.height * fy);
        if (!path.isPointInFill(p)) continue;
        const s = p.matrixTransform(ctm);
        const hit = document.elementFromPoint(s.x, s.y);
        if (hit && g.contains(hit)) return { x: s.x, y: s.y };
      }
    }
    return null;
  });
}

/** Taps (clicks) a region inside one of its shapes, as a finger would. */
async function tap(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const point = await pointIn(locator);
  expect(point, "a tappable point inside the region").not.toBeNull();
  await page.mouse.click(point.x, point.y);
}

/** A map label's words as read: a long name is set on several lines (tspans), one space apart. */
function labelText(label) {
  return label.evaluate((text) => {
    const lines = [...text.querySelectorAll("tspan")].map((line) => line.textContent);
    return lines.length ? lines.join(" ") : text.textContent;
  });
}

/** Opens the deep layer. */
async function showDeep(page) {
  await page.getByRole("button", { name: "Deep muscles" }).click();
  await expect(page.getByRole("button", { name: "Deep muscles" })).toHaveAttribute("aria-pressed", "true");
}

for (const [id, name, deep, condition, how] of MUSCLES) {
  test(`${name}: found on the map by name, chosen by ${how}, its page lists its conditions`, async ({ page }) => {
    const problems = watch(page);
    await open(page, "/atlas");
    if (deep) {
      await expect(region(page, name)).toHaveCount(0);
      await showDeep(page);
    }
    const target = region(page, name);
    await expect(target).toHaveCount(1);
    await expect(target).toBeVisible();
    if (how === "tap") {
      await tap(page, target);
    } else {
      await target.focus();
      await page.keyboard.press(how === "Space" ? " " : "Enter");
    }
    // A tap names the muscle on a card and lights it; "Open" goes to its page.
    await expect(page.locator(".map-card h2")).toHaveText(name);
    await expect(region(page, name)).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveURL(new RegExp(`/atlas/\\?(.*&)?lit=${id}$`));
    await page.locator(".map-card").getByRole("link", { name: /^Open / }).click();
    await expect(page).toHaveURL(new RegExp(`/muscle/${id}/$`));
    await expect(page.locator("main h1")).toHaveText(name);
    const conditions = page.locator("section.linked", { has: page.getByRole("heading", { name: "Conditions it is involved in" }) });
    await expect(conditions.getByRole("link", { name: condition })).toBeVisible();
    // The page's own map shows this muscle, selected.
    await expect(region(page, name)).toHaveAttribute("aria-current", "true");
    await expect(page).toHaveTitle(new RegExp(`^${name.replace(/[()]/g, "\\$&")} · Hip & Back Atlas$`));
    expect(problems).toEqual([]);
  });
}

test("hovering or focusing a region shows its name as a label", async ({ page }) => {
  await open(page, "/atlas");
  const labels = page.locator(".map-label");
  await expect(labels).toHaveCount(0);
  const hamstrings = nameOf("hamstrings");
  await region(page, hamstrings).scrollIntoViewIfNeeded();
  const point = await pointIn(region(page, hamstrings));
  await page.mouse.move(point.x, point.y);
  await expect(labels).toHaveCount(1);
  await expect.poll(() => labelText(labels)).toBe(hamstrings);
  await page.mouse.move(1, 1);
  await expect(labels).toHaveCount(0);
  const medius = nameOf("gluteus-medius");
  await region(page, medius).focus();
  await expect.poll(() => labelText(labels)).toBe(medius);
  // Tab moves on to the next region, and the label follows focus.
  await page.keyboard.press("Tab");
  await expect(labels).toHaveCount(1);
  await expect.poll(() => labelText(labels)).not.toBe(medius);
});

test("a muscle deep link survives a reload, with the deep layer open", async ({ page }) => {
  const problems = watch(page);
  await open(page, "/muscle/piriformis");
  await page.reload();
  await expect(page.locator("main h1")).toHaveText(nameOf("piriformis"));
  await expect(page.getByRole("button", { name: "Deep muscles" })).toHaveAttribute("aria-pressed", "true");
  const [stretch] = linksUnder("muscle/piriformis", "Stretches that lengthen it");
  await expect(page.getByRole("link", { name: stretch.name }).first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("back returns from a muscle to the atlas as it was left, forward goes there again", async ({ page }) => {
  await open(page, "/atlas");
  await tap(page, region(page, nameOf("gluteus-maximus")));
  await page.locator(".map-card").getByRole("link", { name: /^Open / }).click();
  await expect(page).toHaveURL(/\/muscle\/gluteus-maximus\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/atlas\/\?lit=gluteus-maximus$/);
  await expect(page.locator("main h1")).toHaveText(headingOf("atlas"));
  await expect(page.locator(".map-card h2")).toHaveText(nameOf("gluteus-maximus"));
  await page.goForward();
  await expect(page.locator("main h1")).toHaveText(nameOf("gluteus-maximus"));
});

test("on a phone, a tap lights a muscle with a card in view; several show together; Back restores the view", async ({ page }) => {
  const problems = watch(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await open(page, "/atlas");
  await page.getByRole("button", { name: "Front", exact: true }).click();
  await expect(page).toHaveURL(/\/atlas\/\?side=front$/);
  await page.getByRole("button", { name: "Show together" }).click();
  const [rectus, tfl] = [nameOf("rectus-femoris"), nameOf("tensor-fasciae-latae")];
  await tap(page, region(page, rectus));
  await tap(page, region(page, tfl));
  const card = page.locator(".map-card");
  await expect(card.locator("h2")).toHaveText(tfl);
  await expect(card).toContainText(`Lit together: ${rectus}, ${tfl}`);
  // The card is on screen without scrolling.
  const box = await card.boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORTS.phone.height + 1);
  expect(box.y).toBeGreaterThanOrEqual(0);
  await expect(region(page, rectus)).toHaveAttribute("class", /is-related/);
  await snap(page, "atlas-card-phone");
  const url = page.url();
  await card.getByRole("link", { name: /^Open / }).click();
  await expect(page.locator("main h1")).toHaveText(tfl);
  await page.goBack();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("button", { name: "Front", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(card).toContainText(`Lit together: ${rectus}, ${tfl}`);
  await expectAccessible(page);
  expect(problems).toEqual([]);
});

test("on a muscle page, a view where the muscle cannot be seen says where to look", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await open(page, "/muscle/piriformis");
  const piriformis = nameOf("piriformis");
  await expect(page.getByText("is seen from the back")).toHaveCount(0);
  await page.getByRole("button", { name: "Front", exact: true }).click();
  await expect(page.getByText(`${piriformis} is seen from the back.`)).toBeVisible();
  await page.getByRole("button", { name: "Show the back" }).click();
  await expect(page.getByText("is seen from the back")).toHaveCount(0);
  await expect(region(page, piriformis)).toBeVisible();
  await page.getByRole("button", { name: "Surface muscles" }).click();
  await expect(page.getByText(`${piriformis} lies under other muscles.`)).toBeVisible();
  await page.getByRole("button", { name: "Show deep muscles" }).click();
  await expect(region(page, piriformis)).toBeVisible();
});

test("choosing on a muscle page's map opens that muscle and keeps focus on the map", async ({ page }) => {
  await open(page, "/muscle/quadratus-lumborum");
  const multifidus = nameOf("multifidus");
  await region(page, multifidus).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("main h1")).toHaveText(multifidus);
  await expect(region(page, multifidus)).toBeFocused();
});

test("on a phone, tapping another region on a muscle page's map opens it", async ({ page }) => {
  // Regression: the moving hover label used to become Chromium's scroll anchor, so the page
  // scrolled between press and release and the tap was lost.
  await page.setViewportSize(VIEWPORTS.phone);
  await open(page, "/muscle/gluteus-maximus");
  const hamstrings = region(page, nameOf("hamstrings"));
  await hamstrings.evaluate((g) => g.querySelector("path").scrollIntoView({ block: "center" }));
  await tap(page, hamstrings);
  await expect(page.locator("main h1")).toHaveText(nameOf("hamstrings"));
  await expect(hamstrings).toHaveAttribute("aria-current", "true");
});

test("the list beside the map links every muscle group", async ({ page }) => {
  await open(page, "/atlas");
  const list = page.locator(".atlas__list");
  for (const [id, name] of MUSCLES) {
    await expect(list.getByRole("link", { name, exact: true })).toHaveAttribute("href", `muscle/${id}/`);
  }
  await page.getByRole("link", { name: "Browse conditions" }).click();
  await expect(page).toHaveURL(/\/conditions\/$/);
});

test("on a phone one view shows at a time, with a Front/Back toggle", async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await open(page, "/atlas");
  const [maximus, tfl] = [nameOf("gluteus-maximus"), nameOf("tensor-fasciae-latae")];
  await expect(region(page, maximus)).toBeVisible();
  // The front view is display:none, so its muscles are not in the accessibility tree at all.
  await expect(region(page, tfl)).toHaveCount(0);
  await page.getByRole("button", { name: "Front", exact: true }).click();
  await expect(region(page, tfl)).toBeVisible();
  await expect(region(page, maximus)).toHaveCount(0);
});

test("on a tablet both views show side by side, each muscle once", async ({ page }) => {
  await open(page, "/atlas");
  await expect(page.getByRole("button", { name: "Front", exact: true })).toBeHidden();
  for (const [, name, deep] of MUSCLES) {
    if (!deep) await expect(region(page, name)).toHaveCount(1);
  }
  await showDeep(page);
  for (const [, name, deep] of MUSCLES) {
    await expect(region(page, name)).toHaveCount(deep ? 1 : 0);
  }
});

test("no inline style attribute anywhere (the CSP forbids them)", async ({ page }) => {
  await open(page, "/muscle/piriformis");
  // The root's --clinic accent is set through the CSSOM (allowed by the CSP), not markup.
  expect(await page.locator("body [style]").count()).toBe(0);
});

for (const route of ["/atlas", "/muscle/piriformis", "/muscle/erector-spinae"]) {
  test(`axe finds no WCAG 2.1 AA violation on ${route}`, async ({ page }) => {
    await open(page, route);
    await expectAccessible(page);
  });
}

test("axe is clean with the deep layer open and a label showing", async ({ page }) => {
  await open(page, "/atlas");
  await showDeep(page);
  await region(page, nameOf("piriformis")).focus();
  await expectAccessible(page);
});

const SIZES = { ...VIEWPORTS, portrait: { width: 768, height: 1024 } };
for (const [size, viewport] of Object.entries(SIZES)) {
  for (const [route, name] of [["/atlas", "atlas"], ["/muscle/piriformis", "muscle-piriformis"]]) {
    test(`screenshot of ${route} at ${size} size`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await open(page, route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await snap(page, `${name}-${size}`);
    });
  }
}

test("at 360 px nothing overflows and every region is at least 24×24 px", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, "/atlas");
  const check = async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const boxes = await page.locator('g[role="button"]').evaluateAll((gs) =>
      gs.filter((g) => g.getBoundingClientRect().width > 0).flatMap((g) => [...g.querySelectorAll("path")].map((p) => {
        const r = p.getBoundingClientRect();
        return { name: g.getAttribute("aria-label"), w: r.width, h: r.height };
      })),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const b of boxes) {
      expect(b.w, `${b.name} width`).toBeGreaterThanOrEqual(24);
      expect(b.h, `${b.name} height`).toBeGreaterThanOrEqual(24);
    }
    return boxes.length;
  };
  let seen = 0;
  for (const layer of ["Surface muscles", "Deep muscles"]) {
    await page.getByRole("button", { name: layer }).click();
    for (const view of ["Front", "Back"]) {
      await page.getByRole("button", { name: view, exact: true }).click();
      seen += await check();
    }
  }
  expect(seen).toBe(MUSCLES.length * 2); // every muscle group, left and right
  await snap(page, "atlas-360-deep-back");
});
