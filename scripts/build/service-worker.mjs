// Step 2 of the Trunk post_build hook (scripts/post-build.mjs): writes sw.js from the staged file
// list and scripts/build/sw-template.js, and names the build in index.html.
// The cache name is derived from every file's name and contents, so any change to the app is a
// new cache (and a new sw.js, which is how the browser notices an update).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("service-worker: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}

/** Every file below `dir`, as paths relative to the staging folder with `/` separators. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(staging, path).split(sep).join("/")];
  });
}

const htmlPath = join(staging, "index.html");
// The version is stamped into index.html first, so the page's own hash is part of the version.
const list = files(staging).filter((f) => f !== "sw.js" && f !== "index.html").sort();
const hash = createHash("sha256");
for (const f of list) hash.update(f).update("\0").update(readFileSync(join(staging, f)));
hash.update(readFileSync(htmlPath).toString().replace(/\s*<meta name="atlas-build"[^>]*>/, ""));
const version = hash.digest("hex").slice(0, 16);

const html = readFileSync(htmlPath, "utf8").replace(/\s*<meta name="atlas-build"[^>]*>/, "");
writeFileSync(htmlPath, html.replace("</head>", `  <meta name="atlas-build" content="${version}">\n  </head>`));

const template = readFileSync(fileURLToPath(new URL("./sw-template.js", import.meta.url)), "utf8");
const precache = ["index.html", ...list];
// Whole declarations are replaced (not the bare placeholders, which the template's comment names).
const sw = template
  .replace('const CACHE = "__CACHE__";', `const CACHE = "atlas-${version}";`)
  .replace("const FILES = __FILES__;", `const FILES = ${JSON.stringify(precache, null, 2)};`);
if (sw.includes("__CACHE__\";") || sw.includes("= __FILES__")) {
  console.error("service-worker: the template's CACHE or FILES declaration was not found");
  process.exit(1);
}
writeFileSync(join(staging, "sw.js"), sw);
console.log(`service-worker: sw.js precaches ${precache.length} files as atlas-${version}`);
