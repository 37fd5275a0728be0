// Benchmark section: the live hip–lumbar model (src/components/bend_model). Called by
// scripts/bench.mjs; prints figures. On a tablet-sized page (1024×768) at the given CPU
// throttle, the pointer drags the bend slider and then the hip slider back and forth (alone,
// then side by side: two figures). The page is opened with `?bench`, so the component appends
// to `window.__playerFrames` the milliseconds from each slider `input` event to the committed
// render. Reported: frames per second while dragging (requestAnimationFrame counted in the
// page), p95 and max of those input → rendered times, DevTools script time per frame, and the
// longest task (longtask observer: tasks over 50 ms). Budgets: 60 fps, p95 ≤ 4 ms, no task
// over 50 ms.
// The model is found by its stable selector, `[data-bend-model]`, on the explain mode's
// hip–lumbar step (`explain/2/`) (BEND_MODEL_PATH picks another).

const PATHS = process.env.BEND_MODEL_PATH ? [process.env.BEND_MODEL_PATH] : ["explain/2/"];
const SWEEPS = 4; // end to end and back, twice
const MOVES = 60; // pointer moves per sweep

const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function open(browser, baseURL, throttle) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  for (const path of PATHS) {
    await page.goto(`${baseURL}${path}?bench`);
    try {
      await page.waitForSelector("[data-bend-model]", { timeout: 20_000 });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
      return { context, page, cdp, path };
    } catch {
      /* not on this page: try the next */
    }
  }
  await context.close();
  return null;
}

/** Drags the slider matching `selector` end to end `SWEEPS` times; returns the figures. */
async function drag(page, cdp, selector) {
  const slider = page.locator(`[data-bend-model] ${selector}`).first();
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  const left = box.x + 12;
  const right = box.x + box.width - 12;
  await page.evaluate(() => {
    window.__playerFrames = [];
    window.__longest = 0;
    window.__frames = 0;
    window.__counting = true;
    const step = () => {
      window.__frames += 1;
      if (window.__counting) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
    window.__t0 = performance.now();
  });
  await cdp.send("Performance.enable");
  const before = await cdp.send("Performance.getMetrics");
  await page.mouse.move(left, y);
  await page.mouse.down();
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (let i = 1; i <= MOVES; i++) {
      const f = sweep % 2 === 0 ? i / MOVES : 1 - i / MOVES;
      await page.mouse.move(left + (right - left) * f, y);
    }
  }
  await page.mouse.up();
  const counted = await page.evaluate(() => {
    window.__counting = false;
    return {
      frames: window.__frames,
      elapsed: (performance.now() - window.__t0) / 1000,
      renders: window.__playerFrames,
      longest: window.__longest,
    };
  });
  const after = await cdp.send("Performance.getMetrics");
  const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const scriptMs = (metric(after, "ScriptDuration") - metric(before, "ScriptDuration")) * 1000;
  return { ...counted, scriptMs };
}

function report(label, r) {
  const fps = r.frames / r.elapsed;
  console.log(`  ${label}`);
  console.log(`    frames per second          ${fps.toFixed(1)}   (budget: 60)`);
  console.log(`    renders measured           ${r.renders.length} over ${r.elapsed.toFixed(1)} s`);
  console.log(`    script per input p95       ${pct(r.renders, 95).toFixed(2)} ms   (input → rendered; budget: 4 ms)`);
  console.log(`    script per input median    ${pct(r.renders, 50).toFixed(2)} ms, max ${Math.max(...r.renders).toFixed(2)} ms`);
  console.log(`    all page script per frame  ${(r.scriptMs / Math.max(1, r.frames)).toFixed(2)} ms mean (DevTools ScriptDuration / frames)`);
  console.log(`    longest task               ${r.longest > 0 ? `${r.longest.toFixed(0)} ms` : "none over 50 ms"}   (budget: none over 50 ms)`);
}

/** Entry point used by scripts/bench.mjs. */
export async function run({ browser, benchURL, throttle }) {
  // The benchmark build: the release build does not read `?bench`.
  const opened = await open(browser, benchURL, throttle);
  if (!opened) {
    console.log(`\nHip–lumbar model: no [data-bend-model] on ${PATHS.join(" or ")}; skipped.`);
    return;
  }
  const { context, page, cdp, path } = opened;
  try {
    await page.evaluate(() => {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest ?? 0, e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    console.log(`\nHip–lumbar model (${path}, 1024×768, ${throttle}x CPU throttle, pointer drags of ${SWEEPS}×${MOVES} moves):`);
    report("bend slider, one figure", await drag(page, cdp, "[data-bend-slider]"));
    report("hip slider, one figure", await drag(page, cdp, "[data-hip-slider]"));
    await page.locator("[data-bend-model] button", { hasText: "Side by side" }).click();
    report("bend slider, side by side", await drag(page, cdp, "[data-bend-slider]"));
    report("hip slider, side by side", await drag(page, cdp, "[data-hip-slider]"));
  } finally {
    await context.close();
  }
}
