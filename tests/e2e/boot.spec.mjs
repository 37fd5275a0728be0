// Loading never hangs: if the app's script, wasm or content file fails to arrive (aborted,
// missing, truncated, not what it should be) the page says so with a reload button; if it never
// arrives, a watchdog says it is slow. A pre-rendered page stays readable through all of it; the offline shell (which has no page of
// its own) and the pages whose pre-rendered text is itself a loading notice (My program, a
// handed-over link) say they are loading, and never for ever: if even the watchdog is missing,
// a notice that needs no script appears.
// Playwright's own `test`: these pages must not wait for a take-over that cannot happen.
import { test, expect } from "@playwright/test";

const failures = {
  "the wasm is aborted": (route) => route.abort("connectionreset"),
  "the wasm is missing (404)": (route) => route.fulfill({ status: 404, body: "Not found" }),
  "the wasm is truncated": async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, 4096) });
  },
};

for (const [what, handler] of Object.entries(failures)) {
  test(`when ${what}, the page says so and offers a reload`, async ({ page }) => {
    await page.route(/_bg\.wasm$/, handler);
    await page.goto("./atlas/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The interactive parts could not load");
    await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
    // The pre-rendered page is still there to read.
    await expect(page.locator("#prerendered main h1")).toBeVisible();
    // Once the network is back, Reload brings the app, which takes the page over.
    await page.unroute(/_bg\.wasm$/);
    await alert.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.locator("#prerendered")).toHaveCount(0);
    await expect(page.locator("#app main#main h1")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
}

// The content file (content-<hash>.bin, fetched beside the wasm) is part of the app: without it,
// or with a file that does not read as this build's content, the app does not start and the
// page says so as it does for a missing wasm; what the phone has saved is left as it was.
const contentFailures = {
  "is missing (404)": (route) => route.fulfill({ status: 404, body: "Not found" }),
  "is a host's page in its place": (route) =>
    route.fulfill({ status: 200, contentType: "application/octet-stream", body: "<!doctype html><p>Welcome</p>" }),
  "is truncated": async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, body.length / 2) });
  },
};
const CONTENT = /content-[0-9a-f]+\.bin$/;

for (const [what, handler] of Object.entries(contentFailures)) {
  test(`when the content file ${what}, the page says so, offers a reload and keeps what is saved`, async ({ page }) => {
    const saved = '{"note":"kept"}';
    await page.addInitScript((value) => {
      if (!localStorage.getItem("e2e-saved")) localStorage.setItem("e2e-saved", value);
    }, saved);
    await page.route(CONTENT, handler);
    await page.goto("./atlas/");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The interactive parts could not load");
    await expect(page.locator("#prerendered main h1")).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("e2e-saved"))).toBe(saved);
    await page.unroute(CONTENT);
    await alert.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.locator("#prerendered")).toHaveCount(0);
    await expect(page.locator("#app main#main h1")).toBeVisible();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
}

test("when the content file is missing on the offline shell, it says the atlas could not load", async ({ page }) => {
  await page.route(CONTENT, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("./shell.html");
  await expect(page.getByRole("alert")).toContainText("The atlas could not load");
  await expect(page.getByRole("button", { name: "Reload the page" })).toBeVisible();
});

test("when the app's script is missing, the page says so", async ({ page }) => {
  await page.route(/hip-back-atlas-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("./shell.html");
  await expect(page.getByRole("alert")).toContainText("The atlas could not load");
});

test("when the wasm never arrives, a pre-rendered page stays quietly readable", async ({ page }) => {
  await page.clock.install();
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto("./stretches/");
  await page.clock.fastForward(25_000);
  await expect(page.locator("#prerendered main h1")).toBeVisible();
  await expect(page.getByText("Still loading")).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("when the wasm never arrives, a watchdog offers a reload instead of loading forever", async ({ page }) => {
  await page.clock.install();
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto("./shell.html");
  await expect(page.getByText("Loading the atlas…")).toBeVisible();
  await page.clock.fastForward(25_000);
  const status = page.getByRole("status").filter({ hasText: "Still loading" });
  await expect(status).toBeVisible();
  await expect(status.getByRole("button", { name: "Reload the page" })).toBeVisible();
});

/** The routes that make the app's glue script or its wasm never answer. */
const STALLS = {
  wasm: /_bg\.wasm$/,
  "content file": /content-[0-9a-f]+\.bin$/,
  "glue script": /hip-back-atlas-[0-9a-f]+\.js$/,
};

// My program and a handed-over link are pre-rendered as "Opening the program…": a page that is
// only a loading notice, so a stall must be said and a reload offered, as on the shell.
for (const address of ["./program/", "./p/"]) {
  for (const [what, pattern] of Object.entries(STALLS)) {
    test(`when the ${what} never arrives, ${address} does not say "Opening the program…" for ever`, async ({ page }) => {
      await page.clock.install();
      let stalled = true;
      // Never answered while stalled; once the network is back, answered as usual.
      await page.route(pattern, (route) => (stalled ? undefined : route.continue()));
      await page.goto(address);
      await expect(page.getByText("Opening the program")).toBeVisible();
      await page.clock.fastForward(25_000);
      const status = page.getByRole("status").filter({ hasText: "Still loading" });
      await expect(status).toBeVisible();
      // The retry works once the network is back: the app takes the page over. (Real time
      // again, so the click's checks, which wait for animation frames, can run.)
      stalled = false;
      await page.clock.resume();
      await status.getByRole("button", { name: "Reload the page" }).click();
      await expect(page.locator("#prerendered")).toHaveCount(0);
      await expect(page.locator("#app main#main h1")).toBeVisible();
    });
  }
}

test("when the wasm is missing on My program, the page says the app could not load, not that it is opening", async ({ page }) => {
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("./program/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The atlas could not load");
  await expect(alert.getByRole("button", { name: "Reload the page" })).toBeVisible();
  await expect(page.getByText("Opening the program saved on this phone")).toBeHidden();
  await expect(page.getByText("You can read this page")).toHaveCount(0);
});

/** Plays the page's CSS animations (and their delays) 1000 times faster: 20 s in 20 ms. */
async function fastAnimations(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Animation.enable");
  await cdp.send("Animation.setPlaybackRate", { playbackRate: 1000 });
}

// A double fault: the watchdog's own file and the wasm both missing. No script can say anything,
// so the pages carry a notice of their own that style.css reveals after 20 s.
for (const [address, before, late] of [
  ["./shell.html", "Loading the atlas…", "Still loading? The connection may be slow"],
  ["./program/", "Opening the program saved on this phone", "Still not open? The connection may be slow"],
  ["./p/", "Opening the program in your link", "Still not open? The connection may be slow"],
]) {
  test(`when the watchdog and the wasm are both missing, ${address} still ends in a message`, async ({ page }) => {
    await page.route(/boot-watchdog-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.goto(address);
    await expect(page.getByText(before)).toBeVisible();
    await expect(page.getByText(late)).toBeHidden(); // not before its time
    await fastAnimations(page);
    await expect(page.getByText(late)).toBeVisible();
    await expect(page.getByText(late)).toContainText("Reloading the page usually fixes it");
  });
}

test("with the watchdog running, the script-free notice never doubles its messages", async ({ page }) => {
  await page.clock.install();
  await page.route(/_bg\.wasm$/, () => {}); // never answered
  await page.goto("./shell.html");
  await fastAnimations(page);
  await page.clock.fastForward(25_000);
  await expect(page.getByRole("status").filter({ hasText: "Still loading…" })).toBeVisible();
  await expect(page.getByText("Still loading? The connection may be slow")).toHaveCount(0);
  await page.goto("./program/");
  await fastAnimations(page);
  await page.waitForTimeout(200); // 200 s of animation time: long past the notice's delay
  await expect(page.getByText("Still not open?")).toBeHidden();
});
