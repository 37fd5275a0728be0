// Trunk's post_build hook. The steps rewrite the staged index.html in turn, so they run one
// after the other here rather than as separate hooks (Trunk runs the hooks of a stage
// concurrently).
import { chmodSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

await import("./build/externalize-inline-scripts.mjs");
await import("./build/prerender.mjs");
await import("./build/bundle-css.mjs");
await import("./build/headers.mjs");
await import("./build/service-worker.mjs");

// Step 5: everything a static host serves must be readable by the host's user, whatever umask
// or temporary folder produced it.
const staging = process.env.TRUNK_STAGING_DIR;
(function readable(dir) {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readable(path);
    else chmodSync(path, 0o644);
  }
})(staging);
