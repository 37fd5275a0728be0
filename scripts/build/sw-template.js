// The service worker, generated at build time by scripts/build/service-worker.mjs from the built
// file list: __CACHE__ and __FILES__ are filled in there. Nothing here reaches another origin.
//
// - Install: the app's files (wasm, scripts, styles, icons), the home page and the offline
//   shell are precached, so after one visit every page and every stretch guide works with the
//   network off (the whole app is one wasm module with its content inside).
// - Content-hashed files (and everything else in the list) are served cache-first: a new
//   version has new names, or a new cache.
// - A page (a navigation) is network-first, so a new version is seen as soon as it is
//   deployed; each pre-rendered page fetched is kept. Offline (or when the network stalls) the
//   kept page is served, and for a page not seen yet the shell, in which the app renders the
//   page itself: the shell's `<base>` becomes this worker's scope, the app's root.
// - The cache name is derived from the file list and contents, so each deployment gets its own
//   cache; old caches are deleted on activate.
// - A new version waits until the page asks it to take over ("Update ready — reload"), so a
//   playing guide is never interrupted.
"use strict";

const CACHE = "__CACHE__";
const FILES = __FILES__;
// How long a navigation waits for the network before the cached page is used instead.
const NETWORK_TIMEOUT_MS = 4000;

const scope = new URL(self.registration.scope);
const inScope = (path) => new URL(path, scope).href;
const SHELL = inScope("shell.html");

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(inScope))));
});

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
  try {
    const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS);
    // Kept by its address without the query: `search/?q=…` is the search page's file.
    if (response.ok) cache.put(pageKey(request.url), response.clone());
    return response;
  } catch (_offline) {
    const kept = await cache.match(pageKey(request.url));
    if (kept) return kept;
    const shell = await shellPage(cache);
    if (shell) return shell;
    throw _offline;
  }
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
