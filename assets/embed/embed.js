// For the clinic's own site (issue 23, item 6): include this file next to the atlas's frame,
//   <iframe src="https://atlas.example/embed/" data-atlas-embed …></iframe>
//   <script src="https://atlas.example/embed/embed.js" defer></script>
// and each such frame takes the height its page reports (embed/frame.js), so it fits its
// content with no scroll bar of its own. A message counts only if it comes from the frame
// itself (its window) and from the origin its `src` names; anything else is ignored. No inline
// script and no inline style: it sets the frame's height through the DOM, which a strict
// Content-Security-Policy on the clinic's page allows.
(function () {
  var MIN = 150;
  var MAX = 4000; // a page that asks for more is not believed beyond this
  function frames() {
    return document.querySelectorAll("iframe[data-atlas-embed]");
  }
  function prepare() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      list[i].style.border = "0";
      list[i].style.width = "100%";
    }
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data.atlasEmbedHeight !== "number" || !isFinite(data.atlasEmbedHeight)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch (e) {
        return;
      }
      if (origin !== event.origin) return;
      var height = Math.min(MAX, Math.max(MIN, Math.ceil(data.atlasEmbedHeight)));
      frame.style.height = height + "px";
      return;
    }
  });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", prepare);
  else prepare();
})();
