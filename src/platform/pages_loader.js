// Loads the pages module (built by scripts/build-pages-module.mjs into its own content-hashed
// folder, named by <meta name="pages-module"> in index.html) once, and mounts pages from it.
// A plain module import from our own origin, so it runs under `script-src 'self'`.

let loading = null;

function load() {
  if (!loading) {
    const meta = document.querySelector('meta[name="pages-module"]');
    if (!meta) return Promise.reject(new Error("index.html names no pages module"));
    const url = new URL(meta.content, document.baseURI).href;
    loading = import(url).then(async (module) => {
      await module.default();
      return module;
    });
    // A failed load (offline, say) is tried again next time instead of failing forever.
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

export function preload_pages() {
  load().catch(() => {});
}

export async function mount_page(host) {
  const module = await load();
  return module.mount(host);
}

export function unmount_page(handle) {
  handle.unmount();
}
