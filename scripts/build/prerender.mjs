// Step 2 of the Trunk post_build hook (scripts/post-build.mjs): pre-renders every page into the
// staging folder with the native pre-renderer (src/bin/prerender), using the staged index.html
// (boot script already moved into a file) as the template. Built in the dev profile: its output
// does not depend on optimisation, and it compiles in a fraction of the release time.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("prerender: TRUNK_STAGING_DIR is not set (run me from Trunk)");
  process.exit(1);
}
const offline = process.argv.includes("--offline") || process.env.CARGO_NET_OFFLINE === "true";
const args = ["run", "--quiet", "--locked", "--features", "prerender", "--bin", "prerender"];
if (offline) args.push("--offline");
args.push("--", resolve(staging));
const run = spawnSync("cargo", args, { stdio: "inherit" });
if (run.status !== 0) {
  console.error(`prerender: the pre-renderer failed (exit ${run.status ?? run.signal})`);
  process.exit(1);
}
