// Tests of scripts/static-server.mjs, the reference static server (run: node --test tests/node/).
// The real CLI is started on a free port against a temporary folder laid out like dist/, next to
// a sibling `dist-secret/` it must never serve. Running as root, the server is started as
// `nobody`, so a chmod 000 file really is unreadable to it; it runs from a copy in the temporary
// folder, which `nobody` can read wherever the checkout lives.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { headersFile } from "../../scripts/build/headers.mjs";

const script = fileURLToPath(new URL("../../scripts/static-server.mjs", import.meta.url));
const csp = readFileSync(new URL("../../scripts/csp.txt", import.meta.url), "utf8").trim();
const IMMUTABLE = "public, max-age=31536000, immutable";

let base; // the temporary folder: base/dist is served, base/dist-secret must not be
let root;
let server;
let port;
let serverLog = "";

// name → content, laid out like a Trunk build (hashes are 16 hex digits, or fewer when Trunk's
// unpadded `{:x}` drops leading zeros, as in the stylesheet here).
const page = `<!doctype html><html><head><title>Atlas</title></head><body>${"<p>Hip and back.</p>".repeat(50)}</body></html>`;
const files = {
  "index.html": page,
  "hip-back-atlas-0123456789abcdef_bg.wasm": Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(2000, 7)]),
  "hip-back-atlas-0123456789abcdef.js": "export default function init() {}\n".repeat(40),
  "style-a1b2c3d4e5f6a7b.css": "body { margin: 0; }\n".repeat(40),
  "boot-fedcba9876543210.js": "import init from './hip-back-atlas-0123456789abcdef.js'; init();\n",
  "sw.js": "self.addEventListener('fetch', () => {});\n",
  "manifest.webmanifest": JSON.stringify({ name: "Hip & Back Atlas", icons: [] }),
  "icon-192.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
  "figure.svg": `<svg xmlns="http://www.w3.org/2000/svg">${"<path d='M0 0'/>".repeat(30)}</svg>`,
  "data.json": JSON.stringify({ muscles: Array(50).fill("piriformis") }),
  "notes.txt": "plain text\n".repeat(30),
  "app.js": "console.log('unhashed');\n",
  "blob.bin": Buffer.from([1, 2, 3, 4]),
  "changing.txt": "first version\n",
  "locked.js": "unreadable\n",
  "locked-dir/inside.js": "in an unreadable folder\n",
  "sub/index.html": "<!doctype html><title>Sub</title>",
  "sub/page.txt": "a page in a subfolder\n",
  "pages-module-0123456789abcdef/pages.js": "export {};\n",
  "folder.js/inside.txt": "a folder named like a file\n",
  "atlas/index.html": "<!doctype html><title>A folder an attacker's `..` can reach</title>",
  "sitemap.xml": `<?xml version="1.0" encoding="UTF-8"?><urlset>${"<url><loc>http://127.0.0.1/</loc></url>".repeat(30)}</urlset>`,
  "robots.txt": "User-agent: *\nAllow: /\nSitemap: http://127.0.0.1/sitemap.xml\n".repeat(3),
  // As the build writes it (scripts/build/headers.mjs), with an embed a clinic's site may frame.
  "_headers": headersFile(csp, ["https://clinic.example"]),
  "embed/index.html": "<!doctype html><title>Embed</title>",
};

before(async () => {
  base = mkdtempSync(join(tmpdir(), "atlas-static-"));
  chmodSync(base, 0o755); // mkdtemp makes it 0700: `nobody` must be able to enter it
  root = join(base, "dist");
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  mkdirSync(join(base, "dist-secret"));
  writeFileSync(join(base, "dist-secret", "secret.txt"), "TOP SECRET\n");
  symlinkSync("/etc", join(root, "etc")); // a link out of the root, to a real folder
  symlinkSync(join(base, "dist-secret", "secret.txt"), join(root, "secret-link.txt"));
  symlinkSync("app.js", join(root, "inner-link.js")); // a link that stays inside: fine
  symlinkSync("hip-back-atlas-0123456789abcdef.js", join(root, "latest.js")); // unhashed URL
  symlinkSync("loop-b", join(root, "loop-a"));
  symlinkSync("loop-a", join(root, "loop-b"));
  chmodSync(join(root, "locked.js"), 0o000);
  chmodSync(join(root, "locked-dir"), 0o000);

  mkdirSync(join(base, "scripts"));
  copyFileSync(script, join(base, "scripts", "static-server.mjs"));
  copyFileSync(fileURLToPath(new URL("../../scripts/csp.txt", import.meta.url)), join(base, "scripts", "csp.txt"));
  mkdirSync(join(base, "scripts", "build"));
  copyFileSync(fileURLToPath(new URL("../../scripts/build/headers.mjs", import.meta.url)), join(base, "scripts", "build", "headers.mjs"));
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  server = spawn(process.execPath, [join(base, "scripts", "static-server.mjs"), "0", root], { ...asNobody, stdio: ["ignore", "pipe", "pipe"] });
  server.stderr.on("data", (d) => (serverLog += d));
  port = await new Promise((resolve, reject) => {
    let out = "";
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(Number(m[1]));
    });
    server.on("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${serverLog}`)));
  });
});

after(() => {
  server?.kill();
  if (!base) return;
  try {
    chmodSync(join(root, "locked-dir"), 0o755); // else a non-root user cannot delete it
  } catch {
    // `before` failed before making it
  }
  rmSync(base, { recursive: true, force: true });
});

/** One HTTP request on a fresh connection: { status, headers, body (raw bytes, not decoded) }. */
function request(path, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** Bytes written straight to a socket, for requests an HTTP client refuses to send. */
function raw(text) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(text, "latin1"));
    const chunks = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("latin1")));
    socket.on("error", reject);
  });
}
const rawStatus = async (line) => {
  const answer = await raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  return Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1]);
};

async function assertAlive(after) {
  assert.equal(server.exitCode, null, `server died after ${after}: ${serverLog}`);
  assert.equal(server.signalCode, null, `server died after ${after}`);
  assert.equal((await request("/")).status, 200, `server does not answer after ${after}`);
}

const fileBytes = (name) => Buffer.from(files[name]);

test("serves index.html at / and under /clinic/atlas/, and a folder's index.html at folder/", async () => {
  for (const [url, name] of [
    ["/", "index.html"], ["/index.html", "index.html"], ["/?v=1", "index.html"],
    ["/clinic/atlas/", "index.html"], ["/clinic/atlas/index.html", "index.html"],
    ["/sub/", "sub/index.html"], ["/clinic/atlas/sub/", "sub/index.html"],
    ["/clinic/atlas/sub/page.txt", "sub/page.txt"], ["/boot-fedcba9876543210.js", "boot-fedcba9876543210.js"],
  ]) {
    const res = await request(url);
    assert.equal(res.status, 200, url);
    assert.deepEqual(res.body, fileBytes(name), url);
  }
});

test("redirects /clinic/atlas to /clinic/atlas/ (301), keeping the query", async () => {
  const res = await request("/clinic/atlas");
  assert.equal(res.status, 301);
  assert.equal(res.headers.location, "/clinic/atlas/");
  assert.equal((await request("/clinic/atlas?x=1")).headers.location, "/clinic/atlas/?x=1");
});

test("sends csp.txt's policy, nosniff and no-referrer with files, redirects and errors", async () => {
  for (const url of ["/", "/hip-back-atlas-0123456789abcdef_bg.wasm", "/clinic/atlas", "/missing", "/%zz"]) {
    const { headers } = await request(url);
    assert.equal(headers["content-security-policy"], csp, url);
    assert.equal(headers["x-content-type-options"], "nosniff", url);
    assert.equal(headers["referrer-policy"], "no-referrer", url);
  }
});

test("reads the folder's _headers as Cloudflare Pages does: only the embed may be framed, by the clinic's site", async () => {
  const embedded = csp.replace("frame-ancestors 'none'", "frame-ancestors https://clinic.example");
  for (const url of ["/embed/", "/embed/index.html", "/clinic/atlas/embed/"]) {
    const { status, headers } = await request(url);
    assert.equal(status, 200, url);
    assert.equal(headers["content-security-policy"], embedded, url); // one policy: the site's is detached
    assert.equal(headers["x-content-type-options"], "nosniff", url);
  }
  for (const url of ["/", "/sub/", "/embedded", "/sw.js"]) {
    assert.equal((await request(url)).headers["content-security-policy"], csp, url);
  }
  // The hosts read the file; they do not serve it.
  assert.equal((await request("/_headers")).status, 404);
});

test("sends the right Content-Type for each kind of file", async () => {
  for (const [name, type] of [
    ["index.html", "text/html; charset=utf-8"],
    ["hip-back-atlas-0123456789abcdef_bg.wasm", "application/wasm"],
    ["hip-back-atlas-0123456789abcdef.js", "text/javascript; charset=utf-8"],
    ["style-a1b2c3d4e5f6a7b.css", "text/css; charset=utf-8"],
    ["manifest.webmanifest", "application/manifest+json"],
    ["icon-192.png", "image/png"],
    ["figure.svg", "image/svg+xml"],
    ["data.json", "application/json"],
    ["sitemap.xml", "application/xml; charset=utf-8"],
    ["robots.txt", "text/plain; charset=utf-8"],
    ["blob.bin", "application/octet-stream"],
  ]) {
    assert.equal((await request(`/${name}`)).headers["content-type"], type, name);
  }
});

test("malformed requests get a 400 and the server lives on", async () => {
  for (const url of ["/%zz", "/%", "/%E0%A4%A", "/a%00b.js", "/clinic/atlas/%"]) {
    const res = await request(url);
    assert.equal(res.status, 400, url);
    assert.ok(res.body.length > 0 && res.body.length < 100, `${url}: a short text body`);
    await assertAlive(url);
  }
  // Sent over a raw socket: `new URL("//[", base)` throws, and a raw NUL byte is no valid request.
  for (const line of ["GET //[ HTTP/1.1", "GET /%zz HTTP/1.1", "GET /a\0b HTTP/1.1", "GET * HTTP/1.1"]) {
    const status = await rawStatus(line);
    assert.ok([400, 404].includes(status), `${JSON.stringify(line)} → ${status}`);
    await assertAlive(JSON.stringify(line));
  }
  // A path that starts `//` names another host when put in a Location header: refused outright.
  assert.equal(await rawStatus("GET //[ HTTP/1.1"), 400);
});

test("never redirects to another host: `//host`, `/\\host` and their encoded forms are refused", async () => {
  // Each reaches the real folder `atlas/` through `..`, so answering it would mean a folder
  // redirect to the path as sent: `Location: //evil.example/..%2fatlas/`, which a browser
  // follows to evil.example. Sent over a raw socket, byte for byte as an attacker's link would.
  for (const target of [
    "//evil.example/..%2fatlas", "//evil.example/..%2fatlas?x=1", "///evil.example/..%2fatlas",
    "/\\evil.example/..%2fatlas", "/\\/evil.example/..%2fatlas",
    "/%2fevil.example/..%2fatlas", "/%2Fevil.example/..%2fatlas", "/%5cevil.example/..%2fatlas",
    "/%5Cevil.example/..%2fatlas", "//evil.example/..%2fclinic/atlas", "//evil.example/%2e%2e/atlas",
  ]) {
    const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    const status = Number(answer.match(/^HTTP\/1\.1 (\d{3})/)?.[1]);
    const location = answer.match(/\r\nlocation: ([^\r]*)/i)?.[1];
    assert.equal(status, 400, `${target} → ${status} ${location ?? ""}`);
    assert.equal(location, undefined, `${target} redirected`);
    await assertAlive(target);
  }
  // The folder redirect itself still works, and stays on this host.
  for (const [url, location] of [["/atlas", "/atlas/"], ["/clinic/atlas/atlas?x", "/clinic/atlas/atlas/?x"]]) {
    const res = await request(url);
    assert.equal(res.status, 301, url);
    assert.equal(res.headers.location, location, url);
  }
});

test("never serves a file outside its root: sibling folder, `..`, links out", async () => {
  for (const url of [
    "/../dist-secret/secret.txt", // raw `..`, as a client that does not normalise sends it
    "/..%2fdist-secret/secret.txt",
    "/%2e%2e/dist-secret/secret.txt",
    "/clinic/atlas/..%2f..%2fdist-secret/secret.txt",
    "/secret-link.txt", // a link inside the root to the sibling folder
    "/etc/passwd", // through the link to /etc
    "/etc/hostname",
    "/etc/",
    "/clinic/atlas/etc/passwd",
    "/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
  ]) {
    const res = await request(url);
    assert.equal(res.status, 404, url);
    assert.ok(!/TOP SECRET|root:/.test(res.body.toString()), `${url} leaked a file`);
    await assertAlive(url);
  }
  const inner = await request("/inner-link.js");
  assert.equal(inner.status, 200, "a link that stays inside the root is followed");
  assert.deepEqual(inner.body, fileBytes("app.js"));
});

test("missing files, folders, link loops and over-long names are a 404", async () => {
  for (const url of ["/missing.js", "/folder.js", "/nowhere/", "/loop-a", `/${"a".repeat(300)}`, "/clinic/atlasX"]) {
    const res = await request(url);
    assert.equal(res.status, 404, url);
    assert.equal(res.headers["content-type"], "text/plain; charset=utf-8", url);
    await assertAlive(url);
  }
});

test("a page's folder without its slash is sent to the folder, query kept", async () => {
  for (const [url, location] of [["/sub", "/sub/"], ["/clinic/atlas/sub?q=1", "/clinic/atlas/sub/?q=1"]]) {
    const res = await request(url);
    assert.equal(res.status, 301, url);
    assert.equal(res.headers.location, location, url);
  }
});

test("an unreadable file or folder is a 500 with a short body, and the server lives on", async () => {
  for (const url of ["/locked.js", "/locked-dir/inside.js", "/locked.js", "/clinic/atlas/locked.js"]) {
    for (const method of ["GET", "HEAD"]) {
      const res = await request(url, { method, headers: { "Accept-Encoding": "gzip" } });
      assert.equal(res.status, 500, `${method} ${url}`);
      assert.ok(method === "HEAD" || (res.body.length > 0 && res.body.length < 100), `${url}: short body`);
      assert.ok(!res.body.includes("unreadable"), `${url} was served`);
      await assertAlive(`${method} ${url}`);
    }
  }
});

test("gzips text, JS, CSS, JSON, SVG, the manifest and wasm when accepted; the body decompresses to the file", async () => {
  const compressible = [
    "index.html", "hip-back-atlas-0123456789abcdef_bg.wasm", "hip-back-atlas-0123456789abcdef.js",
    "style-a1b2c3d4e5f6a7b.css", "manifest.webmanifest", "figure.svg", "data.json", "notes.txt", "sw.js",
    "sitemap.xml", "robots.txt",
  ];
  for (const name of compressible) {
    const res = await request(`/${name}`, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    assert.equal(res.status, 200, name);
    assert.equal(res.headers["content-encoding"], "gzip", name);
    assert.match(res.headers.vary ?? "", /Accept-Encoding/i, name);
    assert.equal(Number(res.headers["content-length"]), res.body.length, name);
    assert.deepEqual(gunzipSync(res.body), fileBytes(name), name);
    // Twice, so the cached gzip copy is checked too.
    const again = await request(`/${name}`, { headers: { "Accept-Encoding": "gzip" } });
    assert.deepEqual(gunzipSync(again.body), fileBytes(name), `${name} (cached)`);
  }
  for (const [name, acceptEncoding] of [["index.html", undefined], ["index.html", "br"], ["index.html", "gzip;q=0, br"], ["icon-192.png", "gzip"]]) {
    const headers = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
    const res = await request(`/${name}`, { headers });
    assert.equal(res.headers["content-encoding"], undefined, `${name} with ${acceptEncoding}`);
    assert.deepEqual(res.body, fileBytes(name), `${name} with ${acceptEncoding}`);
  }
  assert.equal((await request("/index.html", { headers: { "Accept-Encoding": "*" } })).headers["content-encoding"], "gzip");
});

test("sends ETag and Last-Modified, and a 304 on If-None-Match or If-Modified-Since", async () => {
  const first = await request("/changing.txt");
  const { etag } = first.headers;
  const lastModified = first.headers["last-modified"];
  assert.ok(etag, "ETag");
  assert.ok(lastModified, "Last-Modified");

  const cases = [
    [{ "If-None-Match": etag }, 304],
    [{ "If-None-Match": `"other", ${etag}` }, 304],
    [{ "If-None-Match": etag, "Accept-Encoding": "gzip" }, 304],
    [{ "If-None-Match": "*" }, 304],
    [{ "If-None-Match": '"other"' }, 200],
    [{ "If-Modified-Since": lastModified }, 304],
    [{ "If-Modified-Since": new Date(Date.parse(lastModified) + 3600e3).toUTCString() }, 304],
    [{ "If-Modified-Since": new Date(Date.parse(lastModified) - 3600e3).toUTCString() }, 200],
    [{ "If-Modified-Since": "not a date" }, 200],
    [{ "If-None-Match": '"other"', "If-Modified-Since": lastModified }, 200], // If-None-Match wins
  ];
  for (const [headers, status] of cases) {
    const res = await request("/changing.txt", { headers });
    assert.equal(res.status, status, JSON.stringify(headers));
    if (status === 304) {
      assert.equal(res.body.length, 0, "a 304 has no body");
      assert.equal(res.headers.etag, etag);
      assert.equal(res.headers["cache-control"], "no-cache");
    }
  }

  // A new version: the old validators and the cached gzip copy no longer match.
  const zippedBefore = await request("/changing.txt", { headers: { "Accept-Encoding": "gzip" } });
  assert.equal(gunzipSync(zippedBefore.body).toString(), "first version\n");
  writeFileSync(join(root, "changing.txt"), "second, longer version\n");
  const later = new Date(Date.parse(lastModified) + 3600e3);
  utimesSync(join(root, "changing.txt"), later, later);
  const res = await request("/changing.txt", { headers: { "If-None-Match": etag } });
  assert.equal(res.status, 200);
  assert.equal(res.body.toString(), "second, longer version\n");
  assert.notEqual(res.headers.etag, etag);
  assert.equal((await request("/changing.txt", { headers: { "If-Modified-Since": lastModified } })).status, 200);
  const zipped = await request("/changing.txt", { headers: { "Accept-Encoding": "gzip" } });
  assert.equal(gunzipSync(zipped.body).toString(), "second, longer version\n", "no stale gzip copy");
});

test("content-hashed files are cached for a year, immutable; everything else is no-cache", async () => {
  for (const url of [
    "/hip-back-atlas-0123456789abcdef_bg.wasm", "/hip-back-atlas-0123456789abcdef.js",
    "/style-a1b2c3d4e5f6a7b.css", "/boot-fedcba9876543210.js",
    "/clinic/atlas/boot-fedcba9876543210.js", "/pages-module-0123456789abcdef/pages.js",
  ]) {
    assert.equal((await request(url)).headers["cache-control"], IMMUTABLE, url);
  }
  for (const url of ["/", "/index.html", "/clinic/atlas/", "/sw.js", "/manifest.webmanifest", "/icon-192.png", "/app.js", "/sub/page.txt", "/latest.js"]) {
    assert.equal((await request(url)).headers["cache-control"], "no-cache", url);
  }
});

test("HEAD answers like GET, Content-Length included, without a body", async () => {
  const volatile = new Set(["date", "connection", "keep-alive"]);
  const comparable = (headers) => Object.fromEntries(Object.entries(headers).filter(([k]) => !volatile.has(k)));
  for (const [url, headers] of [
    ["/", {}], ["/", { "Accept-Encoding": "gzip" }], ["/hip-back-atlas-0123456789abcdef_bg.wasm", { "Accept-Encoding": "gzip" }],
    ["/icon-192.png", {}], ["/clinic/atlas/sub/", {}], ["/missing", {}], ["/%zz", {}], ["/clinic/atlas", {}],
  ]) {
    const get = await request(url, { headers });
    const head = await request(url, { method: "HEAD", headers });
    assert.equal(head.status, get.status, url);
    assert.deepEqual(comparable(head.headers), comparable(get.headers), url);
    assert.equal(head.body.length, 0, `${url}: HEAD has no body`);
    if (get.status !== 301) assert.equal(Number(head.headers["content-length"]), get.body.length, url);
  }
  // An HTTP client never reads a body after HEAD; a raw socket shows that none is sent.
  for (const url of ["/", "/missing"]) {
    const answer = await raw(`HEAD ${url} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n`);
    assert.match(answer, /^HTTP\/1\.1 (200|404) /, url);
    assert.ok(answer.endsWith("\r\n\r\n"), `${url}: HEAD sent a body: ${JSON.stringify(answer.slice(-40))}`);
  }
});

test("other methods get a 405 with Allow: GET, HEAD, and the server lives on", async () => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"]) {
    const res = await request("/index.html", { method, body: method === "OPTIONS" ? undefined : "x=1" });
    assert.equal(res.status, 405, method);
    assert.equal(res.headers.allow, "GET, HEAD", method);
    await assertAlive(method);
  }
});

test("an unusable folder or port makes the CLI exit with a message, not a stack trace", async () => {
  for (const args of [["0", join(base, "no-such-folder")], ["not-a-port", root]]) {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    // A server that starts anyway would never exit: give it a few seconds, then fail.
    const code = await new Promise((resolve) => {
      const timer = setTimeout(() => child.kill() && resolve("still running"), 5000);
      child.on("exit", (c) => clearTimeout(timer) || resolve(c));
    });
    assert.ok(code !== 0 && code !== "still running", `${args.join(" ")}: ${code}`);
    assert.ok(err.length > 0 && !err.includes("    at "), `${args.join(" ")}: ${err}`);
  }
});

/**
 * Milliseconds until the server closes a socket that `start(socket, every)` writes to (`every(fn)`
 * runs fn each half second until then); rejects after `limit`.
 */
function closedAfter(start, limit) {
  return new Promise((resolve, reject) => {
    const opened = Date.now();
    let timer;
    const every = (fn) => (timer = setInterval(fn, 500));
    const socket = connect(port, "127.0.0.1", () => start(socket, every));
    const done = () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve(Date.now() - opened);
    };
    socket.on("close", done);
    socket.on("error", () => {}); // a reset is a close too
    socket.on("data", () => {}); // a 408 or a response: read it, the close is what counts
    const giveUp = setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error(`still open after ${limit} ms`));
    }, limit);
  });
}

test("slow or idle clients are cut off within seconds, not held for a minute", { timeout: 30_000 }, async () => {
  // Node's defaults held such sockets for 60-90 s; with sockets scarce, a few slow clients would
  // lock every visitor out. Run side by side, so the test costs one wait, not three.
  const [trickle, silent, idle] = await Promise.all([
    // Headers sent a line every half second, never finished: the headers timeout (10 s).
    closedAfter((s, every) => {
      s.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      every(() => s.write("X-Slow: 1\r\n"));
    }, 14_000),
    // A connection that never sends a byte.
    closedAfter(() => {}, 14_000),
    // One full request on a kept-alive connection, then silence: the keep-alive timeout (5 s).
    closedAfter((s) => s.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), 9_000),
  ]);
  assert.ok(trickle <= 13_000, `trickling headers held ${trickle} ms`);
  assert.ok(silent <= 13_000, `a silent connection held ${silent} ms`);
  assert.ok(idle <= 8_000, `an idle kept-alive connection held ${idle} ms`);
  await assertAlive("slow clients");
});
