// One module, offline and installable: a deep link loads one wasm file; after one visit the
// whole app works with the network off (reload, deep link, a stretch's guide, search); a new
// deployment shows "Update ready" and reloads into the new version only when asked; the app is
// installable (manifest and icons). A page is only ever served with the files of its own build:
// three deployments, the last broken, each followed by going offline.
import { expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fastClock, headingOf, open, test, tookOver, watch } from "./support.mjs";

/** Waits until a service worker controls the page (after the first visit's install). */
async function waitForOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
}

test("a deep link loads exactly one wasm file, and no other module", async ({ page }) => {
  const wasm = [];
  page.on("request", (req) => {
    if (req.url().endsWith(".wasm")) wasm.push(req.url());
  });
  await open(page, "/muscle/piriformis");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headingOf("muscle/piriformis"));
  await page.waitForLoadState("networkidle");
  expect(wasm).toHaveLength(1);
});

test("after one visit, every page and a stretch guide work with the network off", async ({ page, context }) => {
  const problems = watch(page);
  await open(page, "/");
  await waitForOffline(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("hips and low back");

  await page.goto("./muscle/piriformis/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headingOf("muscle/piriformis"));

  await fastClock(page, 4);
  await page.goto("./stretch/cat-cow/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cat-cow");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await expect(page.locator(".player")).toHaveAttribute("data-phase", "move", { timeout: 15_000 });

  await page.goto("./search/?q=sciatica");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/search/i);
  await expect(page.locator(".search-result").first()).toBeVisible();
  expect(problems).toEqual([]);
});

test("the app is installable: a manifest with our own icons, all served", async ({ page, request }) => {
  await open(page, "/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe("Hip & Back Atlas");
  expect(manifest.start_url).toBe("./");
  expect(manifest.display).toBe("standalone");
  const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(purposes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
  }
});

/**
 * A copy of the build served on `port` by the reference server, for tests that deploy new
 * versions into it: call in a describe block; `deployment.folder` is the copy while it runs.
 */
function servedCopy(port, prefix) {
  const deployment = { folder: undefined, server: undefined };
  test.beforeAll(async () => {
    deployment.folder = mkdtempSync(join(tmpdir(), prefix));
    cpSync(process.env.E2E_DIST ?? "dist", deployment.folder, { recursive: true });
    deployment.server = spawn("node", ["scripts/static-server.mjs", String(port), deployment.folder], { stdio: ["ignore", "pipe", "inherit"] });
    // Ready when it says where it serves.
    await new Promise((resolve) => deployment.server.stdout.once("data", resolve));
  });
  test.afterAll(() => {
    deployment.server?.kill();
    rmSync(deployment.folder, { recursive: true, force: true });
  });
  return deployment;
}

test.describe("a new deployment", () => {
  const PORT = 8097;
  const deployment = servedCopy(PORT, "atlas-deploy-");

  /** What a new build changes: the page's build stamp and the worker's cache name. */
  function deployNextVersion() {
    for (const page of ["index.html", "shell.html", "stretch/figure-4/index.html"]) {
      const html = join(deployment.folder, page);
      writeFileSync(html, readFileSync(html, "utf8").replace(/<meta name="atlas-build" content="[^"]*">/, '<meta name="atlas-build" content="next">'));
    }
    const sw = join(deployment.folder, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/const CACHE = "atlas-[0-9a-f]+";/, 'const CACHE = "atlas-next";'));
  }

  test("shows Update ready without interrupting a playing guide, and reloads into it when asked", async ({ page }) => {
    const base = `http://127.0.0.1:${PORT}/clinic/atlas/`;
    await fastClock(page, 2);
    await page.goto(`${base}stretch/figure-4/`);
    await waitForOffline(page);
    const before = await page.locator('meta[name="atlas-build"]').getAttribute("content");
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    await page.getByRole("button", { name: "Start", exact: true }).click();

    deployNextVersion();
    // The browser looks for a new worker on navigation, or when asked (as it does every day).
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
    const notice = page.getByRole("status").filter({ hasText: "Update ready" });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // The guide goes on: the notice never takes over.
    await expect(page.locator(".player")).not.toHaveAttribute("data-phase", "idle");
    await expect(page.getByRole("button", { name: "Pause", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reload", exact: true })).not.toBeFocused();

    await notice.getByRole("button", { name: "Reload", exact: true }).click();
    await expect(page.locator('meta[name="atlas-build"]')).toHaveAttribute("content", "next", { timeout: 20_000 });
    // The app's own reload, not Playwright's: wait for the take-over here.
    await tookOver(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Figure-4 stretch");
  });
});

/** Every file below `dir`, relative to it. */
function filesIn(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path, root) : [relative(root, path)];
  });
}

/**
 * Turns the build in `folder` into build `name`, as a real deployment would: new names for the
 * boot script, the app's script and its wasm (new content, new hashes), every page stamped with
 * the new build and a worker with a cache of that name. `withoutWasm`: a broken deployment, its
 * wasm missing.
 */
function deploy(folder, name, { withoutWasm = false } = {}) {
  const files = filesIn(folder);
  const hashOf = (stem) => createHash("sha256").update(`${name}:${stem}`).digest("hex").slice(0, 16);
  const stems = files
    .map((f) => f.match(/^(boot-[0-9a-f]+|hip-back-atlas-[0-9a-f]+)\.js$/)?.[1])
    .filter(Boolean)
    .map((stem) => [stem, stem.replace(/-[0-9a-f]+$/, `-${hashOf(stem)}`)]);
  expect(stems.map(([stem]) => stem.split("-")[0]).sort()).toEqual(["boot", "hip"]);
  for (const file of files.filter((f) => /\.(html|js)$/.test(f))) {
    const path = join(folder, file);
    let text = readFileSync(path, "utf8");
    for (const [from, to] of stems) text = text.replaceAll(from, to);
    text = text
      .replace(/<meta name="atlas-build" content="[^"]*">/, `<meta name="atlas-build" content="${name}">`)
      .replace(/const CACHE = "atlas-[^"]*";/, `const CACHE = "atlas-${name}";`);
    writeFileSync(path, text);
  }
  for (const file of files) {
    const stem = stems.find(([from]) => file.startsWith(from));
    if (stem) renameSync(join(folder, file), join(folder, file.replace(stem[0], stem[1])));
  }
  if (withoutWasm) {
    const wasm = filesIn(folder).find((f) => f.endsWith("_bg.wasm"));
    unlinkSync(join(folder, wasm));
  }
}

test.describe("versions never mix", () => {
  const PORT = 8098;
  const deployment = servedCopy(PORT, "atlas-versions-");

  test("v1, v2 (update declined, then accepted) and a broken v3: offline after each, every page works with its own build", async ({ page, context }) => {
    test.setTimeout(240_000);
    const base = `http://127.0.0.1:${PORT}/`;
    const build = page.locator('meta[name="atlas-build"]');
    const notice = page.getByRole("status").filter({ hasText: "Update ready" });
    const cdp = await context.newCDPSession(page);

    /** Offline, `address` opens, the app takes it over, and it is of build `expected`. */
    async function offline(address, expected) {
      await context.setOffline(true);
      await page.goto(`${base}${address}`);
      await expect(page.getByRole("alert")).toHaveCount(0);
      await expect(page.locator("#prerendered")).toHaveCount(0);
      await expect(page.locator("main#main h1").first()).toBeVisible();
      await expect(build).toHaveAttribute("content", expected);
      await context.setOffline(false);
    }

    // v1: one visit, and the app works offline.
    await page.goto(`${base}muscle/piriformis/`);
    await waitForOffline(page);
    const v1 = await build.getAttribute("content");
    await offline("muscle/piriformis/", v1);

    // v2 is deployed while the reader browses; they decline "Update ready" (never tap it), and
    // the browser's HTTP cache is cleared. The v1 worker must not have kept v2's pages, whose
    // files it does not have.
    deploy(deployment.folder, "v2");
    await page.goto(`${base}muscle/piriformis/`);
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await page.goto(`${base}stretch/cat-cow/`);
    await cdp.send("Network.clearBrowserCache");
    await offline("muscle/piriformis/", v1);
    await offline("stretch/cat-cow/", v1);

    // Now they tap Reload: v2 takes over, and works offline.
    await page.goto(`${base}muscle/piriformis/`);
    await notice.getByRole("button", { name: "Reload", exact: true }).click();
    await expect(build).toHaveAttribute("content", "v2", { timeout: 20_000 });
    await tookOver(page);
    await offline("muscle/piriformis/", "v2");

    // v3 is deployed without its wasm: its worker cannot install, and the pages seen while it is
    // live are not kept over v2's.
    deploy(deployment.folder, "v3", { withoutWasm: true });
    await page.goto(`${base}muscle/piriformis/`);
    await page.goto(`${base}stretch/cat-cow/`);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).update().catch(() => {}));
    await expect
      .poll(() => page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration.installing === null && registration.waiting === null && (await caches.keys()).join();
      }), { timeout: 20_000 })
      .toBe("atlas-v2");
    await expect(notice).toHaveCount(0);
    await cdp.send("Network.clearBrowserCache");
    await offline("muscle/piriformis/", "v2");
    await offline("stretch/cat-cow/", "v2");
    await offline("condition/sciatica/", "v2"); // never seen: the shell of v2
  });
});
