// Where a wasm module's bytes are: its sections, its largest functions and the code by kind,
// read from the module's name section. Not part of the build; for a person deciding what to
// make smaller (ARCHITECTURE.md, "Size"). Trunk's release wasm has no names, so build one that
// keeps them (the same code, optimised the same way):
//
//   cargo build --release --target wasm32-unknown-unknown --bin hip-back-atlas
//   wasm-bindgen --target web --out-dir /tmp/bg target/wasm32-unknown-unknown/release/hip-back-atlas.wasm
//   wasm-opt -Oz -g /tmp/bg/hip-back-atlas_bg.wasm -o /tmp/named.wasm
//   node scripts/wasm-sizes.mjs /tmp/named.wasm 20
//
// Sizes are of function bodies after wasm-opt, before gzip. A component's markup is compiled
// into Yew's generic `CompStateInner<COMP>::view`, so it is counted as "component views",
// not under the crate that wrote it.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const buf = readFileSync(process.argv[2]);
const top = Number(process.argv[3] ?? 20);
let p = 8;
const leb = () => {
  let r = 0, s = 0, b;
  do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
  return r;
};
const sections = [];
const bodies = [];
const names = new Map();
let importedFns = 0;
while (p < buf.length) {
  const id = buf[p++];
  const size = leb();
  const end = p + size;
  let name = "";
  if (id === 0) { const n = leb(); name = buf.subarray(p, p + n).toString(); p += n; }
  sections.push({ id, name, size });
  if (id === 2) {
    // Imports: only function imports take function indices.
    for (let n = leb(); n > 0; n--) {
      for (let k = 0; k < 2; k++) { const l = leb(); p += l; } // module and field names
      const kind = buf[p++];
      if (kind === 0) { leb(); importedFns++; }
      else if (kind === 1) { p++; if (buf[p++] & 1) { leb(); leb(); } else leb(); }
      else if (kind === 2) { if (buf[p++] & 1) { leb(); leb(); } else leb(); }
      else if (kind === 3) p += 2;
      else if (kind === 4) { p++; leb(); }
    }
  }
  if (id === 10) for (let n = leb(); n > 0; n--) { const s = leb(); bodies.push(s); p += s; }
  if (id === 0 && name === "name") {
    while (p < end) {
      const sub = buf[p++];
      const subLen = leb();
      const subEnd = p + subLen;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); const l = leb(); names.set(i, buf.subarray(p, p + l).toString()); p += l; }
      p = subEnd;
    }
  }
  p = end;
}
const SECTION = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count"];
console.log(`file ${buf.length} bytes, gzip -9 ${gzipSync(buf, { level: 9 }).length}`);
for (const s of sections) console.log(`  section ${(SECTION[s.id] ?? s.id) + (s.name ? ` ${s.name}` : "")}: ${s.size}`);
const fns = bodies.map((size, i) => ({ size, name: (names.get(i + importedFns) ?? "(unnamed)").replace(/::h[0-9a-f]{16}$/, "") }));
const total = fns.reduce((a, f) => a + f.size, 0);
fns.sort((a, b) => b.size - a.size);
console.log(`\n${top} largest of ${fns.length} functions (${total} bytes of code):`);
for (const f of fns.slice(0, top)) console.log(`  ${String(f.size).padStart(7)}  ${f.name.slice(0, 140)}`);
const kind = (n) =>
  /CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/.test(n) ? "component views (the app's markup)"
  : /^<?hip_back_atlas::/.test(n) ? "app crate (plain view functions, hooks, start)"
  : /atlas_core/.test(n) ? "atlas_core"
  : /yew|implicit_clone|tokise/.test(n) ? "yew (runtime and per-component generics)"
  : /serde|postcard/.test(n) ? "serde, postcard"
  : /fmt|Formatter/.test(n) ? "core::fmt"
  : /wasm_bindgen|js_sys|web_sys|gloo/.test(n) ? "wasm-bindgen, js-sys, web-sys, gloo"
  : /dlmalloc|alloc::|hashbrown|__rust_/.test(n) ? "alloc, collections, allocator"
  : /core::|compiler_builtins|libm|math|num::|str|slice/.test(n) ? "core, std (other)"
  : "other";
const by = new Map();
for (const f of fns) by.set(kind(f.name), (by.get(kind(f.name)) ?? 0) + f.size);
console.log("\ncode by kind:");
for (const [k, s] of [...by].sort((a, b) => b[1] - a[1])) console.log(`  ${String(s).padStart(7)} ${(100 * s / total).toFixed(1).padStart(5)}%  ${k}`);
