// Step 1 of the Trunk post_build hook (scripts/post-build.mjs): moves every inline <script> in
// the staged index.html into its own content-hashed file, so the page runs under
// `script-src 'self'` with no 'unsafe-inline'.
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
const html = readFileSync(htmlPath, "utf8");
const inline = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let moved = 0;
const out = html.replace(inline, (_whole, attrs, body) => {
  const code = body
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
    .replaceAll("{{__TRUNK_WS_BASE__}}", "/");
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(staging, name), code);
  moved += 1;
  const keep = attrs.replace(/\s*nonce="[^"]*"/, "");
  return `<script${keep} src="./${name}"></script>`;
});
writeFileSync(htmlPath, out);
console.log(`externalize-inline-scripts: moved ${moved} inline script(s) into files`);
