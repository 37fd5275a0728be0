// The shipped stylesheet loses its comments, and nothing else (scripts/build/css-text.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { withoutComments } from "../../scripts/build/css-text.mjs";

test("comments and the blank lines they leave are gone; rules are kept", () => {
  const css = "/* Colours */\n:root { --ink: #222; }\n\n/* Buttons:\n   two lines */\n.b { color: red; /* why */ }\n";
  assert.equal(withoutComments(css), ":root { --ink: #222; }\n.b { color: red;  }\n");
});

test("a comment opener inside a quoted string is text, not a comment", () => {
  const css = '.a::before { content: "/* not a comment */"; }\n.b { background: url(\'x/*y.svg\'); }\n';
  assert.equal(withoutComments(css), css);
});

test("an escaped quote does not end a string", () => {
  const css = '.a::before { content: "say \\"/*\\" here"; } /* gone */\n';
  assert.equal(withoutComments(css), '.a::before { content: "say \\"/*\\" here"; }\n');
});

test("an unclosed comment runs to the end, as in a browser", () => {
  assert.equal(withoutComments(".a { color: red; }\n/* never closed\n.b { color: blue; }\n"), ".a { color: red; }\n");
});
