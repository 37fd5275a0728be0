// The service worker, generated at build time by scripts/build/service-worker.mjs from the built
// file list: __CACHE__, __FILES__ and __CONTENT_HEAD__ are filled in there. Nothing here reaches another origin.
//
// - Install: the app's files (wasm, scripts, styles, icons), the home page and the offline
//   shell are precached, so after one visit every page and every stretch guide works with the
//   network off (the whole app is one wasm module and one content file). Each file is
//   checked before anything is kept (`verified`): a 404, a host's HTML page in place of a
//   script, the wasm or the content, a content file not starting as this build's, or a page
//   of another build fails the install, so a broken deployment
//   (its wasm missing) never replaces a working version; the old worker stays in charge.
// - Content-hashed files (and everything else in the list) are served cache-first: a new
//   version has new names, or a new cache.
// - A page (a navigation) is network-first, so a new version is seen as soon as it is
//   deployed; each pre-rendered page fetched is kept. Offline (or when the network stalls) the
//   kept page is served, and for a page not seen yet the shell, in which the app renders the
//   page itself: the shell's `<base>` becomes this worker's scope, the app's root.
// - A page is only ever served with the assets of its own build: each page names its build
//   (`<meta name="atlas-build">`, the same hash as this worker's cache name). A page of another
//   build (a deployment this worker predates, whose worker waits for "Update ready — reload" or
//   failed to install) names files this cache lacks, so it is neither served nor kept here:
//   this worker serves its own copy of the page (or its shell), and the new page goes to its
//   own build's cache, if that build is installed, for when it takes over.
// - The cache name is derived from the file list and contents, so each deployment gets its own
//   cache; old caches are deleted on activate.
// - A new version waits until the page asks it to take over ("Update ready — reload"), so a
//   playing guide is never interrupted.
"use strict";

const CACHE = "__CACHE__";
const FILES = __FILES__;
// How long a navigation waits for the network before the cached page is used instead.
const NETWORK_TIMEOUT_MS = 4000;

// This worker's build, as the pages name it.
const BUILD = CACHE.slice("atlas-".length);
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d]; // "\0asm"
// How this build's content file begins: "HBAtlas:" and the stamp of the code it was written
// for (src/data.rs), filled in from the built file.
const CONTENT_HEAD = "__CONTENT_HEAD__";

const scope = new URL(self.registration.scope);
const inScope = (path) => new URL(path, scope).href;
const SHELL = inScope("shell.html");

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

/** Fetches and checks every file, and only then keeps them all; any fault fails the install. */
async function precache() {
  try {
    // The HTTP cache may answer (the page has just fetched the wasm): a page it holds from
    // another build fails the check, and the browser tries the install again later.
    const responses = await Promise.all(FILES.map(async (file) => {
      const response = await fetch(inScope(file));
      const fault = await verified(file, response.clone());
      if (fault) throw new Error(`${file}: ${fault}`);
      return response;
    }));
    const cache = await caches.open(CACHE);
    await Promise.all(FILES.map((file, i) => cache.put(inScope(file), responses[i])));
  } catch (error) {
    // Leave nothing behind: the working version's worker and cache stay as they were.
    await caches.delete(CACHE);
    throw error;
  }
}

/** Why a precached file is unfit to keep (null when it is fine). */
async function verified(file, response) {
  if (!response.ok) return `HTTP ${response.status}`;
  const type = response.headers.get("Content-Type") || "";
  if (file.endsWith(".html")) {
    const build = buildOf(await response.text());
    return build === null || build === BUILD ? null : `a page of build ${build}, not ${BUILD}`;
  }
  // A host that answers a missing file with its HTML page (an "SPA fallback") says 200.
  if (/^text\/html/i.test(type)) return "an HTML page in its place";
  if (file.endsWith(".wasm")) {
    const head = new Uint8Array(await response.arrayBuffer()).subarray(0, 4);
    if (!WASM_MAGIC.every((byte, i) => head[i] === byte)) return "not WebAssembly";
  }
  if (/^content-[0-9a-f]+\.bin$/.test(file)) {
    const head = new Uint8Array(await response.arrayBuffer()).subarray(0, CONTENT_HEAD.length);
    const text = String.fromCharCode(...head);
    if (text !== CONTENT_HEAD) return `not this build's content (it starts "${text}")`;
  }
  return null;
}

/** The build a page names in `<meta name="atlas-build">`, or null if it names none. */
function buildOf(html) {
  const match = /<meta name="atlas-build" content="([^"]*)">/.exec(html);
  return match ? match[1] : null;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("atlas-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  // Kept by its address without the query: `search/?q=…` is the search page's file.
  const key = pageKey(request.url);
  const ownCopy = async () => (await cache.match(key)) || (await shellPage(cache));
  let response;
  let build;
  try {
    [response, build] = await withTimeout(fetchPage(request), NETWORK_TIMEOUT_MS);
  } catch (offline) {
    const copy = await ownCopy();
    if (copy) return copy;
    throw offline;
  }
  if (build !== null && build !== BUILD) {
    // Another build's page: kept for its own worker if that build is installed (waiting).
    if (response.ok && (await caches.has(`atlas-${build}`))) {
      await (await caches.open(`atlas-${build}`)).put(key, response.clone());
    }
    return (await ownCopy()) || response;
  }
  if (response.ok) cache.put(key, response.clone());
  return response;
}

/** A page from the network and the build it names (null: not one of ours, or not HTML). */
async function fetchPage(request) {
  const response = await fetch(request);
  const type = response.headers.get("Content-Type") || "";
  if (!/^text\/html/i.test(type)) return [response, null];
  return [response, buildOf(await response.clone().text())];
}

/** A page's cache key: its address without query or fragment. */
function pageKey(url) {
  const key = new URL(url);
  key.search = "";
  key.hash = "";
  return key.href;
}

/** The offline shell with its `<base>` naming this worker's scope, the app's root. */
async function shellPage(cache) {
  const shell = await cache.match(SHELL);
  if (!shell) return null;
  const text = (await shell.text()).replace('<base href="./">', `<base href="${scope.href}">`);
  // The host's Content-Security-Policy goes with it: a page made here is held to the same rules.
  const headers = { "Content-Type": "text/html; charset=utf-8" };
  const csp = shell.headers.get("Content-Security-Policy");
  if (csp) headers["Content-Security-Policy"] = csp;
  return new Response(text, { headers });
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  return cached || fetch(request);
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
