// Runs before the app (a classic script in <head>, so it is listening before the wasm boot
// module loads). Until the app has started, a load that fails (a script or the wasm aborted,
// missing, truncated or corrupt: the boot module throws or cannot load) or that stalls (a
// module graph that never runs, or a content file that does not arrive or decode) must not leave "Loading the atlas…" on screen forever: it
// becomes a plain message with a reload button. The app removes #boot when it starts
// (platform::take_over), which also removes anything shown here. On a pre-rendered page
// (#boot is empty and quiet) the page is readable without the app, so a stall says nothing and
// a failure only says that the interactive parts are missing; except where the pre-rendered
// text is itself a loading notice (`[data-awaits-app]`: My program, a handed-over link), which
// is treated like the offline shell. If this script never runs, style.css reveals a last-resort
// notice (`.boot-late`) with no script at all; `data-boot-watched` on <html> says it need not.
(function () {
  "use strict";
  document.documentElement.setAttribute("data-boot-watched", "");
  // Long enough for a slow phone on a weak connection; the message only offers a reload, and
  // the app still replaces it if it starts after all.
  var STALL_MS = 20000;
  var shown = null;

  function notice() {
    return document.getElementById("boot");
  }

  function started() {
    return document.readyState !== "loading" && !notice();
  }

  function show(kind) {
    var boot = notice();
    if (!boot || shown === "failed" || shown === kind) return;
    var readable = boot.classList.contains("boot--quiet") && !document.querySelector("[data-awaits-app]");
    if (readable && kind === "slow") return;
    shown = kind;
    var failed = kind === "failed";
    boot.textContent = "";
    boot.setAttribute("role", failed ? "alert" : "status");
    boot.className = "boot boot--" + kind;
    var title = document.createElement("p");
    title.className = "boot__title";
    title.textContent = readable
      ? "The interactive parts could not load"
      : failed
        ? "The atlas could not load"
        : "Still loading…";
    var text = document.createElement("p");
    text.className = "boot__text";
    text.textContent = readable
      ? "You can read this page, but the body map, the guides and search need the rest of the app. This can happen on a weak connection or just after an update. Reloading the page usually fixes it."
      : failed
        ? "Part of the app did not arrive whole. This can happen on a weak connection or just after an update. Reloading the page usually fixes it."
        : "This is taking longer than usual; the connection may be slow. You can keep waiting or reload the page.";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--primary";
    button.textContent = "Reload the page";
    button.addEventListener("click", function () {
      window.location.reload();
    });
    boot.appendChild(title);
    boot.appendChild(text);
    boot.appendChild(button);
  }

  // Capture phase: a <script> that fails to load fires a non-bubbling `error` on the element.
  // A stylesheet or image that fails is not fatal (the app still works), so only scripts and
  // uncaught exceptions count.
  window.addEventListener(
    "error",
    function (event) {
      var fromScript = event.target && event.target.tagName === "SCRIPT";
      if ((fromScript || event instanceof ErrorEvent) && !started()) show("failed");
    },
    true
  );
  // The boot module awaits the wasm; a failed fetch or compile rejects that promise.
  window.addEventListener("unhandledrejection", function () {
    if (!started()) show("failed");
  });
  // The app itself could not start: its content file did not arrive or did not decode
  // (src/platform/content.rs says why in the console).
  window.addEventListener("atlas-boot-failed", function () {
    if (!started()) show("failed");
  });
  window.setTimeout(function () {
    if (!started()) show("slow");
  }, STALL_MS);
})();
