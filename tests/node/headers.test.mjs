// Issue 23, item 7: the build writes `_headers` (Netlify, Cloudflare Pages) from the one policy in
// scripts/csp.txt, with the same security headers the reference static server sends.
// Run: node --test tests/node/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { headersFile } from "../../scripts/build/headers.mjs";

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
