// Step 3 of the Trunk post_build hook (scripts/post-build.mjs): the page's stylesheets (Trunk's
// hashed copies of assets/*.css and the pre-renderer's clinic accent) become one file, linked
// where the first of them was, in every page the build wrote.
//
// Why: every stylesheet holds up the first paint, and a phone on HTTP/1.1 fetches at most six
// files at once, each on a connection of its own that costs a round trip to open. Seven
// stylesheets and a script meant a second wave of requests before anything was painted; one
// stylesheet comes down the connection the page itself came on. The sources stay separate
// files in assets/ (one per part of the app), and their order, and so the cascade, is kept.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { withoutComments } from "./css-text.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("bundle-css: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}

// A stylesheet link to a file of the build's own folder (`./name.css`), as Trunk and the
// pre-renderer write them; pages reach the folder through their <base>.
const LINK = /\n?[ \t]*<link rel="stylesheet" href="\.\/([^"/]+\.css)"[^>]*>/g;

/** Every .html file under `dir`. */
function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const files = pages(staging);
const home = join(staging, "index.html");
const names = [...readFileSync(home, "utf8").matchAll(LINK)].map((m) => m[1]);
if (names.length === 0) {
  console.error("bundle-css: index.html links no stylesheet of its own");
  process.exit(1);
}
// Without the sources' comments: they are for whoever edits assets/*.css (scripts/build/css-text.mjs).
const css = withoutComments(names.map((name) => readFileSync(join(staging, name), "utf8")).join("\n"));
const bundle = `app-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
const link = `<link rel="stylesheet" href="./${bundle}" integrity="${integrity}">`;

for (const file of files) {
  const html = readFileSync(file, "utf8");
  const found = [...html.matchAll(LINK)].map((m) => m[1]);
  if (found.join() !== names.join()) {
    // Every page is made from the same template: a page with other stylesheets would lose them.
    console.error(`bundle-css: ${relative(staging, file)} links ${found.join(", ") || "no stylesheet"}, not the home page's ${names.join(", ")}`);
    process.exit(1);
  }
  let first = true;
  const out = html.replace(LINK, (whole) => {
    if (!first) return "";
    first = false;
    return whole.replace(/<link[^>]*>/, link);
  });
  writeFileSync(file, out);
}
writeFileSync(join(staging, bundle), css);
for (const name of names) rmSync(join(staging, name));
console.log(`bundle-css: ${names.length} stylesheets in ${bundle}, linked from ${files.length} pages`);
