// Trunk's post_build hook. The steps both rewrite the staged index.html, so they run one after
// the other here rather than as two hooks (Trunk runs the hooks of one stage concurrently).
await import("./externalize-inline-scripts.mjs");
await import("./build-pages-module.mjs");
