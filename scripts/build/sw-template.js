// The service worker, generated at build time by scripts/build/service-worker.mjs from the built
// file list: __CACHE__ and __FILES__ are filled in there. Nothing here reaches another origin.
//
// - Install: every app file is precached, so after one visit every page and every stretch guide
//   works with the network off (the whole app is one wasm module with its content inside).
// - Content-hashed files (and everything else in the list) are served cache-first: a new
//   version has new names, or a new cache.
// - The page itself (a navigation) is network-first, so a new version is seen as soon as it is
//   deployed, with the cached copy as the fallback when offline or when the network stalls.
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
const PAGE = inScope("index.html");

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
    if (response.ok) {
      cache.put(PAGE, response.clone());
      return response;
    }
    // A 404 or 500 from the host: the cached app is more useful than an error page.
    return (await cache.match(PAGE)) || response;
  } catch (_offline) {
    const cached = await cache.match(PAGE);
    if (cached) return cached;
    throw _offline;
  }
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
