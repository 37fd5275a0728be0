// Animation benchmark for the stretch player (called by scripts/bench.mjs; prints figures).
// 1. Frames: at the given CPU throttle, a phone-sized page plays cat-cow for 10 s. The page is
//    opened with `?bench`, so the player appends to `window.__playerFrames` the milliseconds
//    from each frame's tick (rAF callback) to the committed render of the figure; we report frames per second (counted with
//    requestAnimationFrame in the page), the p95 and max of those measures, the mean script
//    time per frame from the DevTools Performance domain, and the longest task (longtask
//    observer: tasks over 50 ms).
// 2. Heap: the guide runs on a 10x clock (`?speed=10`) for 60 s, i.e. 10 minutes of guide
//    time, restarting whenever it finishes; JS heap used after a forced GC, before and after.
const GUIDE = "cat-cow";
const FRAME_SECONDS = 10;
const HEAP_SECONDS = 60;
const HEAP_SPEED = 10;

const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function openPlayer(browser, url, throttle) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(url);
  await page.waitForSelector(".player__play", { timeout: 60_000 });
  return { context, page, cdp };
}

async function frames({ browser, baseURL, throttle }) {
  const { context, page, cdp } = await openPlayer(browser, `${baseURL}stretch/${GUIDE}/?bench`, throttle);
  try {
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    await page.click(".player__play");
    // Past the 5 s get-ready countdown into the moving part, then measure.
    await page.waitForSelector('.player[data-phase="move"]', { timeout: 30_000 });
    await cdp.send("Performance.enable");
    const before = await cdp.send("Performance.getMetrics");
    const counted = await page.evaluate(async (seconds) => {
      window.__playerFrames = [];
      window.__longest = 0;
      let count = 0;
      const start = performance.now();
      await new Promise((resolve) => {
        const step = () => {
          count += 1;
          if (performance.now() - start < seconds * 1000) requestAnimationFrame(step);
          else resolve();
        };
        requestAnimationFrame(step);
      });
      const elapsed = (performance.now() - start) / 1000;
      const frames = window.__playerFrames;
      return { count, elapsed, frames, longest: window.__longest };
    }, FRAME_SECONDS);
    const after = await cdp.send("Performance.getMetrics");
    const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value ?? 0;
    const scriptMs = (metric(after, "ScriptDuration") - metric(before, "ScriptDuration")) * 1000;
    const fps = counted.count / counted.elapsed;
    console.log(`\nAnimation (${GUIDE}, 390×844, ${throttle}x CPU throttle, ${FRAME_SECONDS} s of play):`);
    console.log(`  frames per second          ${fps.toFixed(1)}   (budget: 60)`);
    console.log(`  player frames measured     ${counted.frames.length}`);
    console.log(`  script per frame p95       ${pct(counted.frames, 95).toFixed(2)} ms   (tick → rendered; budget: 4 ms)`);
    console.log(`  script per frame median    ${pct(counted.frames, 50).toFixed(2)} ms, max ${Math.max(...counted.frames).toFixed(2)} ms`);
    console.log(`  all page script per frame  ${(scriptMs / Math.max(1, counted.count)).toFixed(2)} ms mean (DevTools ScriptDuration / frames)`);
    console.log(`  longest task               ${counted.longest > 0 ? `${counted.longest.toFixed(0)} ms` : "none over 50 ms"}`);
  } finally {
    await context.close();
  }
}

async function heap({ browser, baseURL, throttle }) {
  const { context, page, cdp } = await openPlayer(browser, `${baseURL}stretch/${GUIDE}/?speed=${HEAP_SPEED}`, throttle);
  try {
    const used = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    // Warm up one short stretch of play so first-use allocations are not counted as growth.
    await page.click(".player__play");
    await page.waitForTimeout(2_000);
    const start = await used();
    const until = Date.now() + HEAP_SECONDS * 1000;
    let restarts = 0;
    while (Date.now() < until) {
      await page.waitForTimeout(1_000);
      if ((await page.locator(".player").getAttribute("data-phase")) === "done") {
        await page.click(".player__play");
        restarts += 1;
      }
    }
    const end = await used();
    const mb = (n) => (n / 1024 / 1024).toFixed(2);
    console.log(`\nAnimation heap (${GUIDE} on a ${HEAP_SPEED}x clock: ${HEAP_SECONDS} s ≈ ${(HEAP_SECONDS * HEAP_SPEED) / 60} minutes of guide time, ${restarts} restarts):`);
    console.log(`  JS heap after GC           ${mb(start)} MB → ${mb(end)} MB, growth ${mb(end - start)} MB   (budget: < 1 MB)`);
  } finally {
    await context.close();
  }
}

/** Entry point used by scripts/bench.mjs. */
export async function run({ browser, benchURL, throttle }) {
  // The benchmark build: the release build reads neither `?bench` nor `?speed=`.
  await frames({ browser, baseURL: benchURL, throttle });
  await heap({ browser, baseURL: benchURL, throttle });
}
