// Step 4 of the Trunk post_build hook (scripts/post-build.mjs): writes sw.js from the staged file
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
// Every file counts towards the version; the pre-rendered pages (`<page>/index.html`), the
// host's 404 page and the files for crawlers are not precached: a page is kept when it is
// visited, and the offline shell (shell.html) renders any page the app knows.
const all = files(staging).filter((f) => f !== "sw.js" && f !== "index.html").sort();
const notPrecached = (f) =>
  f.endsWith("/index.html") || ["404.html", "sitemap.xml", "robots.txt", "_headers"].includes(f);
const list = all.filter((f) => !notPrecached(f));
if (!list.includes("shell.html")) {
  console.error("service-worker: shell.html is missing (the pre-renderer writes it)");
  process.exit(1);
}
// The content file (content-<hash>.bin, written by the pre-renderer): exactly one, whose
// envelope (what it is and the model code it was written for, src/data.rs) the worker's
// install checks in the copy it fetches, so a host's error page or another build's file is
// never kept in its place.
const contentFiles = list.filter((f) => /^content-[0-9a-f]{16}\.bin$/.test(f));
if (contentFiles.length !== 1) {
  console.error(`service-worker: expected one content-<hash>.bin, found ${contentFiles.length}`);
  process.exit(1);
}
const contentHead = readFileSync(join(staging, contentFiles[0])).subarray(0, 24).toString("latin1");
if (!/^HBAtlas:[0-9a-f]{16}$/.test(contentHead)) {
  console.error(`service-worker: ${contentFiles[0]} does not start like a content file`);
  process.exit(1);
}
const hash = createHash("sha256");
for (const f of all) hash.update(f).update("\0").update(readFileSync(join(staging, f)));
hash.update(readFileSync(htmlPath).toString().replace(/\s*<meta name="atlas-build"[^>]*>/, ""));
const version = hash.digest("hex").slice(0, 16);

// Every page names the build it belongs to (the update test and a support question read it).
for (const page of ["index.html", ...all.filter((f) => f.endsWith(".html"))]) {
  const path = join(staging, page);
  const html = readFileSync(path, "utf8").replace(/\s*<meta name="atlas-build"[^>]*>/, "");
  writeFileSync(path, html.replace("</head>", `  <meta name="atlas-build" content="${version}">\n  </head>`));
}

const template = readFileSync(fileURLToPath(new URL("./sw-template.js", import.meta.url)), "utf8");
const precache = ["index.html", ...list];
// Whole declarations are replaced (not the bare placeholders, which the template's comment names).
const sw = template
  .replace('const CACHE = "__CACHE__";', `const CACHE = "atlas-${version}";`)
  .replace("const FILES = __FILES__;", `const FILES = ${JSON.stringify(precache, null, 2)};`)
  .replace('const CONTENT_HEAD = "__CONTENT_HEAD__";', `const CONTENT_HEAD = ${JSON.stringify(contentHead)};`);
if (sw.includes("__CACHE__\";") || sw.includes("= __FILES__") || sw.includes("__CONTENT_HEAD__\";")) {
  console.error("service-worker: the template's CACHE, FILES or CONTENT_HEAD declaration was not found");
  process.exit(1);
}
writeFileSync(join(staging, "sw.js"), sw);
console.log(`service-worker: sw.js precaches ${precache.length} files as atlas-${version}`);
