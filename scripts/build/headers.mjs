// Step 4 of the Trunk post_build hook (scripts/post-build.mjs): writes `_headers`, the file
// Netlify and Cloudflare Pages read for the response headers of a static site, from the one
// policy in scripts/csp.txt. A host that reads it sends the same Content-Security-Policy and
// security headers as scripts/static-server.mjs (which reads this same file from the folder it
// serves), and never lets a browser keep a stale sw.js or page. Hosts that do not read it
// ignore it (see README, "Publishing").
//
// The embed page (issue 23, item 6: `embed/`, for a frame on the clinic's own site) is the one
// page another site may frame: its policy is csp.txt's with `frame-ancestors` naming the
// clinic's site (ATLAS_EMBED_ORIGIN at build time); every other page keeps `'none'`.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

/** Hosts that may be named with http: (this machine: the end-to-end tests' second origin). */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The origins ATLAS_EMBED_ORIGIN names (one, or several separated by spaces), each checked to be
 * an origin and nothing more (`https://clinic.example`, no path, query or user), on https:
 * (http: only for this machine). Throws naming the variable and the value it refuses.
 */
export function embedOrigins(value = "") {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => {
      let url;
      try {
        url = new URL(text);
      } catch {
        throw new Error(`ATLAS_EMBED_ORIGIN: "${text}" is not an address (write it as https://clinic.example)`);
      }
      const secure = url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
      if (!secure) throw new Error(`ATLAS_EMBED_ORIGIN: "${text}" must start with https://`);
      const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
      if (!bare || !/^https?:\/\/[^/?#]+\/?$/.test(text)) {
        throw new Error(`ATLAS_EMBED_ORIGIN: "${text}" must be a site's origin only, such as ${url.origin}`);
      }
      return url.origin;
    });
}

/** `csp` with its `frame-ancestors` naming `origins` instead of `'none'`. */
export function embedPolicy(csp, origins) {
  const policy = csp.trim();
  if (!/(^|;\s*)frame-ancestors 'none'(\s*;|$)/.test(policy)) {
    throw new Error("headers: the CSP must say frame-ancestors 'none' for the embed to replace it");
  }
  return policy.replace("frame-ancestors 'none'", `frame-ancestors ${origins.join(" ")}`);
}

/**
 * The `_headers` text for a policy: every path gets it, the service worker is never cached, and
 * with `origins`, the embed page's folder gets its own policy. On Cloudflare Pages a path
 * matching two rules gets both rules' values of a header (two policies, both enforced, so
 * `'none'` would still refuse every frame): `! Content-Security-Policy` detaches the site-wide
 * one there first, as its documentation says; Netlify applies the later, more specific rule.
 */
export function headersFile(csp, origins = []) {
  const policy = csp.trim();
  if (!policy || policy.includes("\n")) throw new Error("headers: the CSP must be one non-empty line");
  const lines = [
    "# Written by scripts/build/headers.mjs from scripts/csp.txt; do not edit (rebuild instead).",
    "/*",
    `  Content-Security-Policy: ${policy}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
    "",
    "/sw.js",
    "  Cache-Control: no-cache",
    "",
  ];
  if (origins.length > 0) {
    lines.push(
      "# The embed, framed by the clinic's own site (ATLAS_EMBED_ORIGIN at build time).",
      "/embed/*",
      "  ! Content-Security-Policy",
      `  Content-Security-Policy: ${embedPolicy(policy, origins)}`,
      "",
    );
  }
  return lines.join("\n");
}

/**
 * The rules of a `_headers` file: `[{ path, set: [[name, value]], detach: [name] }]`, in order.
 * Throws naming the line of anything else, so a file a host would misread fails here first.
 */
export function parseHeaders(text) {
  const rules = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim() || line.trimStart().startsWith("#")) return;
    const where = `_headers line ${index + 1}`;
    if (!/^\s/.test(line)) {
      if (!line.startsWith("/")) throw new Error(`${where}: a rule starts with a path: ${line}`);
      rules.push({ path: line.trim(), set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path`);
    const detach = line.trim().match(/^!\s*([A-Za-z0-9-]+)$/);
    if (detach) {
      rule.detach.push(detach[1]);
      return;
    }
    const header = line.trim().match(/^([A-Za-z0-9-]+):\s*(.+)$/);
    if (!header) throw new Error(`${where}: not "Name: value": ${line}`);
    rule.set.push([header[1], header[2]]);
  });
  return rules;
}

/**
 * The headers `rules` give `path` as Cloudflare Pages documents it: every matching rule in
 * order (`*` matches anything, `/` included), a header set by two rules gets both values joined
 * by a comma, and `! Name` first removes what earlier rules set. An object of name → value.
 */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    if (!pattern.test(path)) continue;
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.set) out[name] = name in out ? `${out[name]}, ${value}` : value;
  }
  return out;
}

const staging = process.env.TRUNK_STAGING_DIR;
if (staging) {
  const csp = readFileSync(join(here, "..", "csp.txt"), "utf8");
  const origins = embedOrigins(process.env.ATLAS_EMBED_ORIGIN);
  if (origins.length === 0) {
    console.log("headers: ATLAS_EMBED_ORIGIN is not set, so no site may frame the embed page (see README)");
  }
  writeFileSync(join(staging, "_headers"), headersFile(csp, origins));
}
