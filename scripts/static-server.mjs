// A plain static file server for dist/, as any static host would be: no rewrite rules, no SPA
// fallback. It sends the production Content-Security-Policy (scripts/csp.txt) and serves the app
// both at / and under a sub-path (/clinic/atlas/), to prove the build works at either. Like most
// static hosts, it sends a folder without its slash to the folder (301) and answers an unknown
// address with the site's 404.html.
// Caching and gzip, the policy a clinic's host can copy: content-hashed files (`name-<hash>.ext`)
// get `Cache-Control: public, max-age=31536000, immutable`, everything else (index.html, sw.js,
// manifest.webmanifest) `no-cache` with ETag/Last-Modified, so a revalidation costs a 304; text,
// JS, CSS, JSON, XML (sitemap.xml), SVG, the manifest and wasm are gzipped when the browser accepts gzip.
// It answers every request, even a malformed one, with a status (400/404/405/500), never crashes,
// and never serves a file outside its folder (symlinks resolved). Its redirects stay on this host:
// a path that begins with `//` or `/\` (as sent, or once decoded) is refused with a 400, since
// `Location: //evil.example/…` would send a browser to another site. A client that is slow to send
// its headers, or that holds an idle connection, is cut off after seconds (TIMEOUTS), so slow
// clients cannot hold every socket. Node's standard library only.
// Usage: node scripts/static-server.mjs [port] [dir]      (port 0 picks a free port)
import { createServer } from "node:http";
import { readFileSync, promises as fs } from "node:fs";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { headersFor, parseHeaders } from "./build/headers.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const port = Number(process.argv[2] ?? 8090);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("usage: node scripts/static-server.mjs [port] [dir]");
  process.exit(2);
}
// The real path, so the containment check below compares real paths with real paths.
const root = await fs.realpath(resolve(process.argv[3] ?? join(here, "..", "dist"))).catch((err) => {
  console.error(`static-server: cannot serve ${process.argv[3] ?? "dist"}: ${err.code ?? err}`);
  process.exit(1);
});
const csp = readFileSync(join(here, "csp.txt"), "utf8").trim();
const SUB_PATH = "/clinic/atlas";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
  ".ico": "image/x-icon", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8", // sitemap.xml
  ".bin": "application/octet-stream", // the content file, content-<hash>.bin
};
// Worth gzipping: text, wasm and the content file (postcard: names and prose, as text is).
// PNG is already compressed.
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|xml|manifest\+json|octet-stream)|image\/svg\+xml)/;
// Milliseconds. Node's defaults (60 s for headers, checked every 30 s, and no idle limit on an
// open socket) let a client that trickles its headers, or opens a connection and says nothing,
// hold a socket for a minute or more; a page's GET fits in one packet, so seconds are plenty.
const TIMEOUTS = {
  headers: 10_000, // the whole request head must arrive within this
  request: 30_000, // and the whole request (a GET has no body to speak of)
  keepAlive: 5_000, // an idle kept-alive connection between requests
  idle: 30_000, // no bytes either way on a socket (a stalled download)
  check: 1_000, // how often Node looks for requests over their time
};
// Trunk names hashed files `name-<hash>.ext` (the wasm `name-<hash>_bg.wasm`) with the seahash
// printed as `{:x}`, which drops leading zeros, so a hash can be shorter than 16 digits; the
// post-build hook writes `boot-<16 hex>.js` and hashed folders. Such a URL never changes content.
const HASHED = /-[0-9a-f]{12,16}(_bg)?(\.[^/]*)?$/;
const IMMUTABLE = "public, max-age=31536000, immutable";
// realpath/stat failures that mean "no such file" rather than "the server is broken".
const NOT_FOUND = new Set(["ENOENT", "ENOTDIR", "ELOOP", "ENAMETOOLONG"]);
const SECURITY = {
  "Content-Security-Policy": csp,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};
// The folder's own `_headers` (the build writes it for Netlify and Cloudflare Pages), read the
// way Cloudflare Pages documents: so what is tested here is what those hosts send, the embed
// page's own `frame-ancestors` included. Without one, every file gets SECURITY.
const HOST_RULES = await fs
  .readFile(join(root, "_headers"), "utf8")
  .then(parseHeaders, (err) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
const gzipAsync = promisify(gzip);
// Gzipped bodies by real path, reused while the file's size and mtime are unchanged (dist/ is a
// few MB, and gzipping the wasm on every request would slow the benchmark down).
const gzipCache = new Map();

const server = createServer({
  headersTimeout: TIMEOUTS.headers,
  requestTimeout: TIMEOUTS.request,
  keepAliveTimeout: TIMEOUTS.keepAlive,
  connectionsCheckingInterval: TIMEOUTS.check,
}, (req, res) => {
  handle(req, res).catch((err) => {
    // Any failure (EACCES, EIO, a bug) costs this one request, never the server.
    console.error(`static-server: ${req.method} ${req.url}: ${err.code ?? err}`);
    if (!res.headersSent) send(res, 500, "Internal server error");
    else res.destroy();
  });
});

async function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
  }
  // Not `new URL(req.url, base)`: it throws on `//[` and would normalise away a `..` that the
  // containment check should see. Only the path matters; the query is dropped.
  const rawPath = req.url.split(/[?#]/, 1)[0];
  const path = decodePath(rawPath);
  // `//host/…` and `/\host/…` (browsers read `\` as `/`) are not paths on this site: answered, a
  // folder redirect below would say `Location: //host/…/`, an address on another host.
  if (path === null || offHost(rawPath) || offHost(path)) return send(res, 400, "Bad request");
  if (path === SUB_PATH) {
    const location = `${SUB_PATH}/${req.url.slice(rawPath.length)}`;
    res.writeHead(301, { ...SECURITY, Location: location, "Content-Length": 0 });
    return res.end();
  }
  let urlPath = path.startsWith(`${SUB_PATH}/`) ? path.slice(SUB_PATH.length) : path;
  if (!urlPath.endsWith("/") && (await find(`${urlPath}/index.html`))) {
    // A page's folder without its slash: where every static host sends it.
    const location = `${rawPath}/${req.url.slice(rawPath.length)}`;
    res.writeHead(301, { ...SECURITY, Location: location, "Content-Length": 0 });
    return res.end();
  }
  const asked = urlPath;
  // The hosts' settings file is read, never served (as on Netlify and Cloudflare Pages).
  if (HOST_RULES && asked === "/_headers") urlPath = "/_headers/missing";
  if (urlPath.endsWith("/")) urlPath += "index.html";
  const file = await find(urlPath);
  if (!file) {
    // The site's own 404 page when it has one (the pre-rendered not-found page), as hosts do.
    const page = await find("/404.html");
    if (!page) return send(res, 404, "Not found");
    const body = await fs.readFile(page.real);
    res.writeHead(404, { ...SECURITY, "Cache-Control": "no-cache", "Content-Type": TYPES[".html"], "Content-Length": body.length });
    return res.end(req.method === "HEAD" ? undefined : body);
  }

  const { real, stat } = file;
  const type = TYPES[extname(real)] ?? "application/octet-stream";
  // Weak, from size and mtime: valid for the gzipped and the plain body alike.
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const headers = {
    ...SECURITY,
    ...(HOST_RULES ? headersFor(HOST_RULES, asked) : {}),
    // Decided by the URL, not the real path: a link named `latest.js` must not become immutable.
    "Cache-Control": urlPath.split("/").some((s) => HASHED.test(s)) ? IMMUTABLE : "no-cache",
    ETag: etag,
    "Last-Modified": stat.mtime.toUTCString(),
  };
  const compressible = COMPRESSIBLE.test(type);
  if (compressible) headers.Vary = "Accept-Encoding";
  if (notModified(req.headers, etag, stat.mtime)) {
    res.writeHead(304, headers);
    return res.end();
  }
  // Read even when a gzipped copy is cached, so an unreadable file is a 500 every time.
  let body = await fs.readFile(real);
  if (compressible && acceptsGzip(req.headers["accept-encoding"])) {
    let hit = gzipCache.get(real);
    if (hit?.etag !== etag) gzipCache.set(real, (hit = { etag, body: await gzipAsync(body) }));
    body = hit.body;
    headers["Content-Encoding"] = "gzip";
  }
  // HEAD gets GET's headers, Content-Length included, and no body.
  res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** The decoded path, or null when it is not one: `%zz`, `%`, a NUL byte, no leading `/`. */
function decodePath(raw) {
  if (!raw.startsWith("/")) return null; // `*`, or absolute-form URLs meant for proxies
  try {
    const path = decodeURIComponent(raw);
    return path.includes("\0") ? null : path; // fs would throw on a NUL byte
  } catch {
    return null; // URIError: malformed percent-encoding
  }
}

/** Whether a path, put in a Location header, would name another host: `//…` or `/\…`. */
function offHost(path) {
  return /^\/[\\/]/.test(path);
}

/** The regular file a URL path names, if it is inside the root once every symlink is resolved. */
async function find(urlPath) {
  let real;
  try {
    real = await fs.realpath(join(root, urlPath));
  } catch (err) {
    if (NOT_FOUND.has(err.code)) return null;
    throw err; // EACCES and the like: a 500, not a pretend 404
  }
  // `startsWith(root)` would let `/srv/dist-secret` pass for `/srv/dist`; `relative` does not.
  const inside = relative(root, real);
  if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  const stat = await fs.stat(real);
  return stat.isFile() ? { real, stat } : null; // a folder, FIFO or device is "not found"
}

/** RFC 9110: If-None-Match (weak comparison) wins; otherwise If-Modified-Since, to the second. */
function notModified(headers, etag, mtime) {
  const opaque = (tag) => tag.trim().replace(/^W\//, "");
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => opaque(t) === opaque(etag));
  }
  const since = Date.parse(headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}

/** Whether Accept-Encoding allows gzip: named with q > 0, or `*` with q > 0 and gzip not named. */
function acceptsGzip(header = "") {
  let star = false;
  for (const part of header.toLowerCase().split(",")) {
    const [name, ...params] = part.split(";").map((s) => s.trim());
    const q = params.find((p) => p.startsWith("q="));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (name === "gzip" || name === "x-gzip") return allowed;
    if (name === "*") star = allowed;
  }
  return star;
}

/** A short plain-text answer (errors), with the same security headers as files. */
function send(res, status, text, extra = {}) {
  res.writeHead(status, {
    ...SECURITY,
    "Cache-Control": "no-cache",
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    ...extra,
  });
  res.end(res.req.method === "HEAD" ? undefined : text);
}

// A socket with no traffic either way for this long is closed (Node sets no such limit).
server.setTimeout(TIMEOUTS.idle, (socket) => socket.destroy());
server.on("error", (err) => {
  console.error(`static-server: ${err.code ?? err}`); // EADDRINUSE and the like, at start
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/ and ${SUB_PATH}/`);
});
