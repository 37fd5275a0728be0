// Issue 23, item 7: the build writes `_headers` (Netlify, Cloudflare Pages) from the one policy in
// scripts/csp.txt, with the same security headers the reference static server sends.
// Run: node --test tests/node/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { embedOrigins, headersFile, headersFor, parseHeaders } from "../../scripts/build/headers.mjs";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const csp = read("scripts/csp.txt").trim();

test("_headers sends csp.txt's policy and the security headers on every path", () => {
  const text = headersFile(read("scripts/csp.txt"));
  const lines = text.split("\n");
  const all = lines.indexOf("/*");
  assert.ok(all >= 0, "a rule for every path");
  const rule = lines.slice(all + 1, lines.indexOf("", all));
  assert.deepEqual(rule, [
    `  Content-Security-Policy: ${csp}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: no-referrer",
  ]);
  // The same headers the reference static server sends.
  const server = read("scripts/static-server.mjs");
  for (const name of ["Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"]) {
    assert.ok(server.includes(`"${name}"`), name);
  }
  assert.ok(/^\/sw\.js\n  Cache-Control: no-cache$/m.test(text), "the service worker is never cached");
});

test("a policy that is empty or spans lines is refused", () => {
  assert.throws(() => headersFile(""), /one non-empty line/);
  assert.throws(() => headersFile("default-src 'self';\nscript-src 'self'"), /one non-empty line/);
});

test("the post-build hook writes _headers, and the service worker does not precache it", () => {
  assert.ok(read("scripts/post-build.mjs").includes('await import("./build/headers.mjs")'));
  assert.ok(read("scripts/build/service-worker.mjs").includes('"_headers"'));
});

test("the embed's frame-ancestors names the clinic's site there and nowhere else", () => {
  const rules = parseHeaders(headersFile(csp, embedOrigins("https://clinic.example https://www.clinic.example/")));
  const embed = headersFor(rules, "/embed/")["Content-Security-Policy"];
  assert.equal(embed, csp.replace("frame-ancestors 'none'", "frame-ancestors https://clinic.example https://www.clinic.example"));
  assert.equal(headersFor(rules, "/embed/frame.js")["Content-Security-Policy"], embed);
  for (const path of ["/", "/atlas/", "/muscle/piriformis/", "/embedded/", "/sw.js"]) {
    assert.equal(headersFor(rules, path)["Content-Security-Policy"], csp, path);
  }
  assert.equal(headersFor(rules, "/embed/")["Referrer-Policy"], "no-referrer");
  // Without the detach line, Cloudflare Pages would send both policies, and 'none' would win.
  const joined = headersFor(parseHeaders(headersFile(csp, ["https://clinic.example"]).replace("  ! Content-Security-Policy\n", "")), "/embed/");
  assert.match(joined["Content-Security-Policy"], /frame-ancestors 'none'.*, default-src/);
  // No site named: the embed is framed by no one, like every page.
  assert.equal(headersFor(parseHeaders(headersFile(csp)), "/embed/")["Content-Security-Policy"], csp);
});

test("the clinic's site address must be an https: origin (http: only on this machine)", () => {
  assert.deepEqual(embedOrigins(""), []);
  assert.deepEqual(embedOrigins("http://127.0.0.1:8091 http://localhost:3000"), ["http://127.0.0.1:8091", "http://localhost:3000"]);
  for (const bad of ["http://clinic.example", "https://clinic.example/about/", "clinic.example", "https://clinic.example?x", "javascript:alert(1)", "https://user@clinic.example", "'none'"]) {
    assert.throws(() => embedOrigins(bad), /ATLAS_EMBED_ORIGIN/, bad);
  }
});

test("a _headers line a host would misread is refused, naming the line", () => {
  assert.throws(() => parseHeaders("  X-Frame-Options: DENY"), /line 1: a header before any path/);
  assert.throws(() => parseHeaders("/*\n  no value here"), /line 2/);
  assert.throws(() => parseHeaders("embed/*\n  A: b"), /line 1: a rule starts with a path/);
});
