// Benchmark (prints figures; it is not a pass/fail test). Budgets are in README.md.
//   node scripts/bench.mjs [--no-build]
// 1. Builds the release (unless --no-build) and prints bytes, raw and gzip: the first load
//    (every file the browser fetches for the home page up to the app's `app-interactive` mark;
//    the content file, content-<hash>.bin, is fetched beside the wasm) and the full visit (every file a
//    visit downloads, including what the service worker precaches so every page works offline).
//    A repeat visit is then checked to fetch no app file from the network.
// 2. Serves dist/ with the production CSP and, in headless Chromium with the CPU throttled 4x
//    (DevTools Emulation.setCPUThrottlingRate), measures the median time from navigation to an
//    interactive page (the app's `app-interactive` performance mark) over several runs.
// Further sections (tap-to-detail, animation frames) are added by the features that own them,
// as modules in scripts/bench/ exporting `async function run({ browser, baseURL, benchURL, throttle })`.
// `baseURL` serves the release build (what ships); `benchURL` a second build with the cargo
// feature `bench` (in dist-bench/), the only one whose pages read `?speed=N` (the guide runs N
// times faster) and `?bench` (frame timings into `window.__playerFrames`): the release build
// has no test switch. Sections that need either use `benchURL`.
// `--only tap` (a section's file name) runs that section alone, without the bytes and startup
// figures: a quicker measure of one change (pass --no-build when dist/ is already built).
import { execSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const root = fileURLToPath(new URL("..", import.meta.url));
// BENCH_DIST measures another build folder (default dist/), BENCH_SWITCHES_DIST the benchmark
// build (default dist-bench/); --no-build skips both builds.
const dist = process.env.BENCH_DIST ?? join(root, "dist");
const switchesDist = process.env.BENCH_SWITCHES_DIST ?? join(root, "dist-bench");
const RUNS = 7;
const THROTTLE = 4;
const PORT = 8091;
const BENCH_PORT = 8092;
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : null;

if (!process.argv.includes("--no-build")) {
  execSync("trunk build --release --offline", { cwd: root, stdio: "inherit" });
  execSync(`trunk build --release --offline --features bench --dist ${switchesDist}`, { cwd: root, stdio: "inherit" });
}

// --- startup ----------------------------------------------------------------------------------
const server = spawn("node", [join(root, "scripts/static-server.mjs"), String(PORT), dist], { stdio: "ignore" });
const benchServer = spawn("node", [join(root, "scripts/static-server.mjs"), String(BENCH_PORT), switchesDist], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 500));
const baseURL = `http://127.0.0.1:${PORT}/`;
const benchURL = `http://127.0.0.1:${BENCH_PORT}/`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// --- first-load bytes -------------------------------------------------------------------------
/**
 * A first and a repeat visit in one fresh browser context: the files the home page fetches
 * before `app-interactive`, every file the visit downloads (the page's and the service
 * worker's), and the app files the repeat visit takes from the network instead of the cache.
 */
async function visits() {
  const context = await browser.newContext();
  const file = (url) => {
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, "");
    return path === "" || path.endsWith("/") ? `${path}index.html` : path;
  };
  const downloaded = new Set();
  context.on("requestfinished", async (request) => {
    const response = await request.response();
    if (response && !response.fromServiceWorker()) downloaded.add(file(request.url()));
  });
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.waitForFunction(() => performance.getEntriesByName("app-interactive").length > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  const first = await page.evaluate(() => {
    const mark = performance.getEntriesByName("app-interactive")[0].startTime;
    return performance.getEntriesByType("resource").filter((e) => e.startTime < mark).map((e) => e.name);
  });
  const full = new Set(downloaded);
  downloaded.clear();
  await page.goto(`${baseURL}stretch/cat-cow/`);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName("app-interactive").length > 0, null, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  // Pages (every pre-rendered `…/index.html`) are network-first by design (a new deployment
  // must be seen); app files (scripts, wasm, styles, icons) must all come from the cache.
  const repeat = [...downloaded].filter((f) => !f.endsWith(".html") && f !== "sw.js");
  await context.close();
  return { first: ["index.html", ...first.map(file)], full: [...full].sort(), repeat };
}

function table(title, files, budget) {
  let raw = 0;
  let gz = 0;
  console.log(`\n${title}`);
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += g;
    console.log(`  ${f.padEnd(64)} ${kb(bytes.length).padStart(10)} raw ${kb(g).padStart(10)} gzip`);
  }
  console.log(`  ${"total".padEnd(64)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip${budget ? `   (budget: ${budget})` : ""}`);
}

try {
  if (!only) await bytesAndStartup();
  let extra = [];
  try { extra = readdirSync(join(root, "scripts/bench")).filter((f) => f.endsWith(".mjs")).sort(); } catch { /* none yet */ }
  if (only) extra = extra.filter((f) => f === `${only}.mjs`);
  if (only && extra.length === 0) throw new Error(`no section scripts/bench/${only}.mjs`);
  for (const f of extra) {
    const mod = await import(join(root, "scripts/bench", f));
    await mod.run({ browser, baseURL, benchURL, throttle: THROTTLE, median });
  }
} finally {
  await browser.close();
  server.kill();
  benchServer.kill();
}

/** The bytes of a first and a full visit against issue 25's budgets, and the startup time. */
async function bytesAndStartup() {
  const { first, full, repeat } = await visits();
  // Issue 25's budgets: the app (wasm, js, css) at most 340 KB gzip, and a visit's first load,
  // the content file included, at most 380 KB.
  table("App (the wasm, scripts and styles the first load fetches):", first.filter((f) => /\.(wasm|js|css)$/.test(f)), "340 KB gzip");
  table("First load (everything fetched before the home page is interactive, the content file included):", first, "380 KB gzip");
  table("Full visit (everything a visit downloads, with the service worker's offline copy):", full, "250 KB gzip");
  console.log(`\nRepeat visit: ${repeat.length} app file(s) from the network${repeat.length ? `: ${repeat.join(", ")}` : " (all from the service worker's cache)"}`);

  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    await page.goto(`${baseURL}atlas/`);
    await page.waitForFunction(() => performance.getEntriesByName("app-interactive").length > 0, null, { timeout: 60_000 });
    times.push(await page.evaluate(() => performance.getEntriesByName("app-interactive")[0].startTime));
    await context.close();
  }
  console.log(`\nStartup at ${THROTTLE}x CPU throttle, navigation → interactive (${RUNS} runs):`);
  console.log(`  median ${median(times).toFixed(0)} ms   (all: ${times.map((t) => t.toFixed(0)).join(", ")})`);
}
