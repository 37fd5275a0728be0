// A plain static file server for dist/, as any static host would be: no rewrite rules, no SPA
// fallback. It sends the production Content-Security-Policy (scripts/csp.txt) and serves the app
// both at / and under a sub-path (/clinic/atlas/), to prove the build works at either.
// Usage: node scripts/static-server.mjs [port] [dir]
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const port = Number(process.argv[2] ?? 8090);
const root = resolve(process.argv[3] ?? join(here, "..", "dist"));
const csp = readFileSync(join(here, "csp.txt"), "utf8").trim();
const subPath = "/clinic/atlas";
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".webmanifest": "application/manifest+json", ".txt": "text/plain",
};

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path === subPath) {
    res.writeHead(301, { Location: `${subPath}/` });
    return res.end();
  }
  if (path.startsWith(`${subPath}/`)) path = path.slice(subPath.length);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(root, path));
  const headers = {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain" });
    return res.end("Not found");
  }
  res.writeHead(200, { ...headers, "Content-Type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}/ and ${subPath}/`));
