// Step 4 of the Trunk post_build hook (scripts/post-build.mjs): writes `_headers`, the file
// Netlify and Cloudflare Pages read for the response headers of a static site, from the one
// policy in scripts/csp.txt. A host that reads it sends the same Content-Security-Policy and
// security headers as scripts/static-server.mjs, and never lets a browser keep a stale sw.js
// or page. Hosts that do not read it ignore it (see README, "Publishing").
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

/** The `_headers` text for a policy: every path gets it, and the service worker is never cached. */
export function headersFile(csp) {
  const policy = csp.trim();
  if (!policy || policy.includes("\n")) throw new Error("headers: the CSP must be one non-empty line");
  return [
    "# Written by scripts/build/headers.mjs from scripts/csp.txt; do not edit (rebuild instead).",
    "/*",
    `  Content-Security-Policy: ${policy}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "",
    "/sw.js",
    "  Cache-Control: no-cache",
    "",
  ].join("\n");
}

const staging = process.env.TRUNK_STAGING_DIR;
if (staging) {
  const csp = readFileSync(join(here, "..", "csp.txt"), "utf8");
  writeFileSync(join(staging, "_headers"), headersFile(csp));
}
