// End-to-end tests: Playwright drives Debian's Chromium against the release build in dist/,
// served by a plain static server that sends the production Content-Security-Policy.
import { defineConfig } from "@playwright/test";

// E2E_DIST and E2E_PORT let several builds be tested side by side (default: dist/ on 8090).
const dist = process.env.E2E_DIST ?? "dist";
const port = Number(process.env.E2E_PORT ?? 8090);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry in CI only: the whole suite on two cores has timed out a long offline test
  // (versions never mix) that passes alone in seconds; a retried test is still reported as
  // flaky, and one that fails twice fails the run.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1024, height: 768 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/static-server.mjs ${port} ${dist}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
