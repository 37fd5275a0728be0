// Builds the pages module (src/bin/pages.rs) next to the shell that Trunk has just staged:
// cargo → wasm-bindgen (ES module) → wasm-opt -Oz (release), into a content-hashed folder, and
// names that folder in index.html (<meta name="pages-module">) for src/platform/pages_loader.js.
// Run from scripts/post-build.mjs; Trunk passes TRUNK_STAGING_DIR and TRUNK_PROFILE.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("build-pages-module: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });

const target = "wasm32-unknown-unknown";
run("cargo", ["build", "--bin", "pages", "--target", target, ...(release ? ["--release"] : []), "--locked"]);
const targetDir = process.env.CARGO_TARGET_DIR ? resolve(root, process.env.CARGO_TARGET_DIR) : join(root, "target");
const wasm = join(targetDir, target, release ? "release" : "debug", "pages.wasm");

const out = mkdtempSync(join(tmpdir(), "pages-module-"));
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "pages", wasm]);
const bg = join(out, "pages_bg.wasm");
if (release) {
  // The same optimisation Trunk gives the shell (data-wasm-opt="z"); features Chromium, Firefox
  // and Safari all ship, as the Rust wasm32 target emits them.
  const features = ["bulk-memory", "reference-types", "nontrapping-float-to-int", "sign-ext", "multivalue", "mutable-globals"];
  const wasmOpt = join(root, "node_modules", ".bin", "wasm-opt");
  run(existsSync(wasmOpt) ? wasmOpt : "wasm-opt", ["-Oz", ...features.map((f) => `--enable-${f}`), bg, "-o", bg]);
}

const hash = createHash("sha256");
for (const f of readdirSync(out).sort()) hash.update(readFileSync(join(out, f)));
const folder = `pages-module-${hash.digest("hex").slice(0, 16)}`;
for (const f of readdirSync(staging)) if (f.startsWith("pages-module-")) rmSync(join(staging, f), { recursive: true });
cpSync(out, join(staging, folder), { recursive: true });
rmSync(out, { recursive: true });

const htmlPath = join(staging, "index.html");
const html = readFileSync(htmlPath, "utf8").replace(/\s*<meta name="pages-module"[^>]*>/, "");
writeFileSync(htmlPath, html.replace("</head>", `  <meta name="pages-module" content="./${folder}/pages.js">\n  </head>`));
console.log(`build-pages-module: ${folder}/ (${release ? "release" : "debug"})`);
