// The embed page's one script (issue 23, item 6), in the frame on the clinic's own site: it
// tells the page around the frame how tall the embed is, each time that changes, so the frame
// fits its content and never scrolls inside the clinic's page. The page around it listens with
// embed/embed.js, which checks that the message comes from this frame and this origin.
(function () {
  if (window.parent === window) return; // opened by itself: nothing to tell
  var last = 0;
  function tell() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // "*": the frame cannot know the clinic's address (the parent's origin is not exposed to
    // it), and the message holds only a height, nothing a reader typed or chose.
    window.parent.postMessage({ atlasEmbedHeight: height }, "*");
  }
  if (typeof ResizeObserver === "function") new ResizeObserver(tell).observe(document.documentElement);
  window.addEventListener("load", tell);
  tell();
})();
