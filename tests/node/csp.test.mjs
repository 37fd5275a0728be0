// One source for the Content-Security-Policy: scripts/csp.txt. The static server reads it; Trunk's
// dev server (Trunk.toml cannot include a file) and README.md repeat it, so these tests fail as
// soon as a copy drifts. Run: node --test tests/node/
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const cspFile = read("scripts/csp.txt");
const csp = cspFile.trim();

test("csp.txt holds one policy on one line, without the dev-only connect-src", () => {
  assert.ok(csp.length > 0, "csp.txt is empty");
  assert.ok(!/[\r\n]/.test(csp), "an HTTP header value cannot span lines");
  assert.equal(cspFile.replace(/\n$/, ""), csp, "no stray whitespace around the policy");
  const directives = csp.split(";").map((d) => d.trim());
  assert.ok(directives.every((d) => /^[a-z-]+( \S+)*$/.test(d)), `malformed directive in: ${csp}`);
  assert.ok(directives.some((d) => d.startsWith("default-src ")), "default-src");
  assert.ok(!directives.some((d) => d.startsWith("connect-src")), "connect-src is for the dev server only");
});

test("Trunk.toml's dev-server CSP is csp.txt's policy plus only the live-reload connect-src", () => {
  const toml = read("Trunk.toml");
  const found = [...toml.matchAll(/^\s*headers\s*=\s*\{\s*"Content-Security-Policy"\s*=\s*"([^"]*)"\s*\}/gm)];
  assert.equal(found.length, 1, 'Trunk.toml: one `headers = { "Content-Security-Policy" = "…" }` line under [serve]');
  const trunk = found[0][1];
  const extra = trunk.startsWith(`${csp}; `) ? trunk.slice(csp.length + 2) : null;
  assert.ok(extra !== null, `Trunk.toml's CSP does not start with csp.txt's policy:\n  Trunk.toml: ${trunk}\n  csp.txt:    ${csp}`);
  // What Trunk adds: its live-reload websocket, and nothing else.
  const [name, ...sources] = extra.split(" ");
  assert.equal(name, "connect-src", `only a connect-src may follow csp.txt's policy, found: ${extra}`);
  assert.ok(sources.some((s) => s.startsWith("ws://")), `connect-src without a ws:// source: ${extra}`);
  assert.ok(sources.every((s) => s === "'self'" || /^ws:\/\/(127\.0\.0\.1|localhost):\d+$/.test(s)), `connect-src allows more than the local websocket: ${extra}`);
  const port = toml.match(/^\s*port\s*=\s*(\d+)/m)?.[1];
  for (const s of sources.filter((s) => s.startsWith("ws://"))) {
    assert.ok(s.endsWith(`:${port}`), `${s} is not Trunk's [serve] port ${port}`);
  }
});

test("README.md quotes csp.txt's policy verbatim, and no other", () => {
  const lines = read("README.md").split("\n").filter((l) => l.startsWith("Content-Security-Policy:"));
  assert.ok(lines.length > 0, "README.md has no `Content-Security-Policy: …` line");
  for (const line of lines) assert.equal(line, `Content-Security-Policy: ${csp}`);
});

test("the static server reads csp.txt instead of holding its own copy", () => {
  const server = read("scripts/static-server.mjs");
  assert.match(server, /csp\.txt/);
  assert.ok(!server.includes("default-src"), "scripts/static-server.mjs spells out a policy of its own");
});
