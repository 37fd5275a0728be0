// The benchmark's peer: the kind of body-map page a clinic would get from a React + Vite
// template, rendered in the browser (no pre-rendering). scripts/bench/lighthouse.mjs builds it
// with Vite and measures it in the same Lighthouse run as the atlas. Plain createElement, so no
// JSX plugin is needed.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";

const MUSCLES = [
  "Erector spinae", "Multifidus", "Quadratus lumborum", "Iliopsoas (hip flexors)",
  "Gluteus maximus", "Gluteus medius", "Piriformis and deep hip rotators", "Hamstrings",
  "Rectus femoris", "Adductors (inner thigh)", "Tensor fasciae latae", "Abdominals",
];

function BodyMap() {
  const [lit, setLit] = useState(null);
  const regions = MUSCLES.map((name, i) =>
    h("ellipse", {
      key: name,
      className: "region",
      role: "button",
      tabIndex: 0,
      "aria-label": name,
      "aria-pressed": lit === name ? "true" : "false",
      cx: 70 + (i % 3) * 30,
      cy: 60 + Math.floor(i / 3) * 70,
      rx: 14,
      ry: 30,
      onClick: () => setLit(name),
    }),
  );
  return h(
    "main",
    null,
    h("h1", null, "Your hips and low back work as a team"),
    h(
      "p",
      null,
      "Tap a muscle to light it and see its name; open it to read what it does, what can go wrong, what massage does for it and which stretches help. The hips are built to move; the low back is built to hold steady, and when the hips stop moving the low back moves for them.",
    ),
    h("svg", { className: "map", viewBox: "0 0 200 340", role: "group", "aria-label": "Back of the body" }, regions),
    h("h2", null, lit ?? "Muscle groups"),
    h("ul", null, MUSCLES.map((name) => h("li", { key: name }, h("button", { className: "link", onClick: () => setLit(name) }, name)))),
  );
}

createRoot(document.getElementById("root")).render(
  h("div", null, h("header", null, "Hip & Back (React peer)"), h(BodyMap)),
);
