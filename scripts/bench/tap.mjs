// Benchmark section: tap-to-detail on the body map. Called by scripts/bench.mjs.
// At the given CPU throttle, on a phone-sized page, taps regions on atlas/ (the muscle is lit
// and named on a card, then "Open" on the card opens its page) and, from a muscle page, on its
// own map (which opens the muscle directly). For each tap it measures the time from the input
// event to the next paint with the Event Timing API: the `click`/`pointerup` entry's duration
// (input → processing → next paint). As a cross-check it also measures from the click reaching
// the document → the frame after the new card or h1 is in the DOM (rAF + setTimeout).

const TAPS = [
  ["/atlas", "Gluteus maximus"],
  ["/atlas", "Hamstrings"],
  ["/atlas", "Erector spinae"],
  ["/atlas", "Gluteus medius"],
  ["/muscle/gluteus-maximus", "Hamstrings"],
  ["/muscle/hamstrings", "Erector spinae"],
  ["/atlas", "Gluteus maximus"],
];

/** Installs the observers before the app starts, so no event entry is missed. */
function instrument() {
  window.__tap = { events: [], painted: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === "click" || e.name === "pointerup" || e.name === "pointerdown") {
        window.__tap.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingEnd: e.processingEnd });
      }
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
  // When the click has been handled, wait for the next frame that includes the new page.
  // What a tap changes: the page's heading, or the map card's.
  const shown = () => `${document.querySelector("main h1")?.textContent}|${document.querySelector(".map-card h2")?.textContent}`;
  document.addEventListener("click", () => {
    const before = shown();
    const t0 = performance.now();
    const poll = () => {
      const now = shown();
      if (now && now !== before) {
        requestAnimationFrame(() => setTimeout(() => window.__tap.painted.push(performance.now() - t0), 0));
      } else {
        requestAnimationFrame(poll);
      }
    };
    queueMicrotask(poll);
  }, true);
}

/** A point inside the region's first shape, in page coordinates (see tests/e2e/atlas.spec.mjs). */
async function pointIn(page, name) {
  return page.getByRole("button", { name, exact: true }).evaluate((g) => {
    const path = g.querySelector("path");
    const box = path.getBBox();
    const ctm = path.getScreenCTM();
    for (const fy of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      for (const fx of [0.5, 0.4, 0.6, 0.3, 0.7]) {
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

/** Runs the section and prints the median and max. */
export async function run({ browser, baseURL, throttle, median }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  // Event Timing by what was tapped: a region on the atlas (lights it, names it on the card),
  // "Open" on the card (a new page), a region on a muscle page's map (opens that muscle).
  const eventMs = { atlas: [], open: [], muscle: [] };
  const paintMs = [];
  const openMs = [];
  /** Taps at `point`, waits for `shown` to be visible, and records the tap's two timings. */
  async function measuredTap(point, shown, what, into, kind) {
    await page.evaluate(() => { window.__tap.events = []; window.__tap.painted = []; });
    await page.touchscreen.tap(point.x, point.y);
    await shown.waitFor({ timeout: 30_000 }).catch((e) => {
      throw new Error(`${what} at ${point.x},${point.y} did not show it: ${e.message}`);
    });
    // Event Timing entries are delivered after the paint; give the observer a moment.
    await page.waitForFunction(() => window.__tap.painted.length > 0, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const { events, painted } = await page.evaluate(() => window.__tap);
    const click = events.find((e) => e.name === "click") ?? events.find((e) => e.name === "pointerup");
    // Below the 16 ms threshold no entry is reported: the tap took less than one frame.
    eventMs[kind].push(click ? click.duration : 16);
    into.push(painted[0]);
  }
  try {
    for (const [route, name] of TAPS) {
      await page.goto(`${baseURL}${route.slice(1)}/`);
      await page.waitForFunction(() => performance.getEntriesByName("app-interactive").length > 0, null, { timeout: 60_000 });
      const region = page.getByRole("button", { name, exact: true });
      await region.evaluate((g) => g.querySelector("path").scrollIntoView({ block: "center" }));
      const point = await pointIn(page, name);
      if (!point) throw new Error(`no tappable point in ${name}`);
      const page_ = page.locator("main h1", { hasText: name });
      if (route === "/atlas") {
        await measuredTap(point, page.locator(".map-card h2", { hasText: name }), `tapping ${name} on ${route}`, paintMs, "atlas");
        const open = page.locator(".map-card").getByRole("link", { name: /^Open / });
        const box = await open.boundingBox();
        await measuredTap({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, page_, `opening ${name} from its card`, openMs, "open");
      } else {
        await measuredTap(point, page_, `tapping ${name} on ${route}`, openMs, "muscle");
      }
    }
  } finally {
    await context.close();
  }
  const fmt = (xs) => xs.map((t) => t.toFixed(0)).join(", ");
  const all = [...eventMs.atlas, ...eventMs.open, ...eventMs.muscle];
  const line = (xs) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms   (all: ${fmt(xs)})`;
  console.log(`\nTap to detail on the body map at ${throttle}x CPU throttle, phone size (${TAPS.length} regions, ${all.length} taps):`);
  console.log(`  Event Timing (input → next paint), every tap: ${line(all)}`);
  console.log(`    a region on the atlas (budget 50 ms): ${line(eventMs.atlas)}`);
  console.log(`    a region on a muscle page's map (budget 50 ms): ${line(eventMs.muscle)}`);
  console.log(`    Open on the card: ${line(eventMs.open)}`);
  console.log(`  tap on the atlas → painted card: median ${median(paintMs).toFixed(0)} ms, max ${Math.max(...paintMs).toFixed(0)} ms   (all: ${fmt(paintMs)})`);
  console.log(`  tap (Open, or a muscle page's map) → painted muscle page: median ${median(openMs).toFixed(0)} ms, max ${Math.max(...openMs).toFixed(0)} ms   (all: ${fmt(openMs)})`);
}
