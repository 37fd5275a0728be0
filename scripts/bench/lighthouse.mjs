// Lighthouse, mobile setting (its default: a simulated mid-range phone on slow 4G), on the
// home page, the atlas, a muscle page and a stretch page, against a peer built in the same run:
// a plain React + Vite body-map page (scripts/bench/peer/) rendered in the browser. Prints each
// page's scores and paints (median of LH_RUNS runs, 3 by default) and whether our largest paint
// comes no later than the peer's. Budgets (README): performance ≥ 98, accessibility, best
// practices and SEO 100.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = Number(process.env.LH_RUNS ?? 3);
const PEER_PORT = 8096;
const PAGES = ["", "atlas/", "muscle/piriformis/", "stretch/figure-4/"];

/** One Lighthouse run on `url`: its four scores and paints. */
function lighthouse(url, out) {
  const report = join(out, "report.json");
  execFileSync(
    join(root, "node_modules/.bin/lighthouse"),
    [url, "--quiet", "--output=json", `--output-path=${report}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: "ignore" },
  );
  const { categories: c, audits: a } = JSON.parse(readFileSync(report, "utf8"));
  return {
    performance: c.performance.score * 100,
    accessibility: c.accessibility.score * 100,
    bestPractices: c["best-practices"].score * 100,
    seo: c.seo.score * 100,
    fcp: a["first-contentful-paint"].numericValue,
    lcp: a["largest-contentful-paint"].numericValue,
    tbt: a["total-blocking-time"].numericValue,
  };
}

/** The median of each figure over `RUNS` runs. */
function measure(url, out, median) {
  const runs = Array.from({ length: RUNS }, () => lighthouse(url, out));
  return Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
}

export async function run({ baseURL, median }) {
  const out = mkdtempSync(join(tmpdir(), "atlas-lighthouse-"));
  const peerDist = join(out, "peer");
  execFileSync(
    join(root, "node_modules/.bin/vite"),
    ["build", join(root, "scripts/bench/peer"), "--outDir", peerDist, "--emptyOutDir", "--base", "./", "--logLevel", "warn"],
    { stdio: "inherit" },
  );
  const peer = spawn("node", [join(root, "scripts/static-server.mjs"), String(PEER_PORT), peerDist], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  try {
    const row = (name, f) =>
      `  ${name.padEnd(22)} perf ${String(Math.round(f.performance)).padStart(3)}  a11y ${String(Math.round(f.accessibility)).padStart(3)}  bp ${String(Math.round(f.bestPractices)).padStart(3)}  seo ${String(Math.round(f.seo)).padStart(3)}   FCP ${(f.fcp / 1000).toFixed(2)} s  LCP ${(f.lcp / 1000).toFixed(2)} s  TBT ${Math.round(f.tbt)} ms`;
    console.log(`\nLighthouse, mobile (median of ${RUNS} runs; budget: performance ≥ 98, the rest 100, LCP no later than the peer's):`);
    const peerFigures = measure(`http://127.0.0.1:${PEER_PORT}/`, out, median);
    console.log(row("React + Vite peer", peerFigures));
    for (const page of PAGES) {
      const f = measure(`${baseURL}${page}`, out, median);
      const verdict = f.lcp <= peerFigures.lcp ? "no later than the peer" : "LATER than the peer";
      console.log(`${row(`/${page}`, f)}   (${verdict})`);
    }
  } finally {
    peer.kill();
    rmSync(out, { recursive: true, force: true });
  }
}
