// Step 1 of the Trunk post_build hook (scripts/post-build.mjs): moves every inline <script> in
// the staged index.html into its own content-hashed file, so the page runs under
// `script-src 'self'` with no 'unsafe-inline'; and starts the app after the page's first paint
// (see AFTER_PAINT below).
// Trunk passes TRUNK_STAGING_DIR; the live-reload client's host placeholder (which Trunk's dev
// server only fills in inside HTML responses) is resolved from window.location instead.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("externalize-inline-scripts: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const htmlPath = join(staging, "index.html");
// The page is readable before the app (every page is pre-rendered), so the app loads after the
// page's first paint: Trunk's preload links for the wasm and its glue go (on a slow phone they
// compete with the stylesheets the first paint waits for), and the boot module imports the glue
// only once a frame has been painted (at once in a background tab, which paints nothing).
const PRELOADS = /\s*<link rel="(modulepreload|preload)"[^>]*>/g;
// The wasm is fetched while the glue loads (its path is in Trunk's init call; wasm-bindgen's
// init awaits a promised Response), so the two downloads overlap instead of following each other.
// The content file (content-<hash>.bin, which each page names in <meta name="atlas-content">,
// see src/bin/prerender) is fetched at the same moment, for the same reason, and handed to the
// app as `window.atlasContent`, a promise of its bytes (src/platform/content.rs).
const BOOT_IMPORT = /^import init, \* as bindings from '([^']+)';\nconst wasm = await init\(\{ module_or_path: ('[^']+') \}\);$/m;
const AFTER_PAINT = `await new Promise((go) => {
  const later = () => setTimeout(go, 0);
  if (document.visibilityState === "visible") requestAnimationFrame(later);
  else later();
});
const wasmResponse = fetch($2);
const content = document.querySelector('meta[name="atlas-content"]');
window.atlasContent = content
  ? fetch(content.content).then((r) => r.ok ? r.arrayBuffer() : Promise.reject(new Error(content.content + ": HTTP " + r.status)))
  : Promise.reject(new Error("this page names no content file"));
const bindings = await import('$1');
const init = bindings.default;
const wasm = await init({ module_or_path: wasmResponse });`;
const html = readFileSync(htmlPath, "utf8").replace(PRELOADS, "");
const inline = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
let booted = false;
const out = html.replace(inline, (_whole, attrs, body) => {
  let code = body
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
    .replaceAll("{{__TRUNK_WS_BASE__}}", "/");
  if (code.includes("import init")) {
    if (!BOOT_IMPORT.test(code)) {
      console.error("externalize-inline-scripts: Trunk's boot code changed; cannot defer it");
      process.exit(1);
    }
    code = code.replace(BOOT_IMPORT, AFTER_PAINT);
    booted = true;
  }
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), code);
  moved += 1;
  const keep = attrs.replace(/\s*nonce="[^"]*"/, "");
  return `<script${keep} src="./${name}"></script>`;
});
if (!booted) {
  console.error("externalize-inline-scripts: no boot script found in index.html");
  process.exit(1);
}
writeFileSync(htmlPath, out);
console.log(`externalize-inline-scripts: moved ${moved} inline script(s) into files`);
