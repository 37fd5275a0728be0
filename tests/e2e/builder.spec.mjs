// The builder as a therapist uses it, by touch, on a 1024×768 tablet in landscape and on a
// 390×844 phone: from the client's words to a QR code in three taps, the dose edge cases (a
// cleared hold, 600 s, 5 s, letters), a reload and an accidental Back in the middle of the
// build, and the client's words that used to find nothing.
import { expect } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expectAccessible, open, snap, test, watch } from "./support.mjs";

/** Reads the QR code shown in `locator` from a screenshot, as a phone camera would. */
async function readQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code, "a readable QR code").not.toBeNull();
  return code.data;
}

/** Whether `locator` is wholly inside the viewport. */
async function inView(page, locator) {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  return box !== null && box.y >= 0 && box.y + box.height <= size.height + 1;
}

for (const [name, viewport] of Object.entries({ tablet: { width: 1024, height: 768 }, phone: { width: 390, height: 844 } })) {
  test.describe(`on a ${viewport.width}×${viewport.height} touch screen`, () => {
    test.use({ viewport, hasTouch: true, isMobile: name === "phone" });

    test("from the client's words to a QR code in three taps", async ({ page }) => {
      const problems = watch(page);
      await open(page, "/");
      await open(page, "/program/new");
      const words = page.getByLabel("The client's words, a muscle or a move");
      await words.tap(); // 1: the field
      await words.fill("sciatica");
      const starter = page.locator(".builder__condition", { hasText: "Sciatica" });
      await expect(page.locator(".builder__condition")).toHaveCount(1);
      const moves = (await starter.locator(".builder__condition-moves").textContent()).trim();
      await starter.tap(); // 2: the condition's start-here set becomes the program
      await expect(page.locator(".builder__from")).toHaveText("Started from Sciatica: its suggested stretches.");
      const items = page.locator(".builder__items > li h3");
      await expect(items.first()).toBeVisible();
      expect(moves).toContain(await items.first().textContent());
      await page.getByRole("button", { name: "Hand it over" }).tap(); // 3: to the code
      const qr = page.locator(".hand-off__body svg.qr");
      await expect.poll(() => inView(page, qr), { message: "the QR code on screen" }).toBe(true);
      expect(await readQr(qr)).toBe(await page.locator("#hand-off-link").textContent());
      await snap(page, `builder-sciatica-${name}`);
      await expectAccessible(page);
      expect(problems).toEqual([]);
    });

    test("the client's own words find a starter set, and nothing found says so", async ({ page }) => {
      await open(page, "/program/new");
      const words = page.getByLabel("The client's words, a muscle or a move");
      for (const said of ["low back", "back pain", "tight hips"]) {
        await words.fill(said);
        await expect(page.locator(".builder__condition").first(), said).toBeVisible();
        await expect(page.locator(".builder__nothing")).toHaveCount(0);
      }
      await words.fill("qqqq zzzz");
      await expect(page.locator(".builder__nothing")).toContainText("Nothing found for");
      await expect(page.locator(".builder__condition")).toHaveCount(0);
      // Every move offered carries its key picture.
      await words.fill("");
      const add = page.getByRole("button", { name: "Add Figure-4 stretch" });
      await expect(add.locator(".still svg")).toHaveCount(1);
    });

    test("a hold outside its range is refused in words, and the build survives a reload and Back", async ({ page }) => {
      const problems = watch(page);
      await open(page, "/");
      await open(page, "/program/new");
      await page.getByRole("button", { name: "Add Figure-4 stretch" }).tap();
      await page.getByRole("button", { name: "Add Cat-cow" }).tap();
      const item = page.locator(".builder__item", { hasText: "Figure-4 stretch" });
      const hold = item.getByLabel("Hold (seconds)");
      const words = item.locator(".builder__dose-words");
      const range = item.locator(".builder__range").first(); // the hold's, the first field
      const handOff = page.locator("#hand-off");
      await expect(words).toHaveText(/^Hold 60 seconds/);
      for (const typed of ["", "600", "5", "abc"]) {
        await hold.tap();
        await hold.fill(typed);
        await page.locator("main h1").tap(); // tap away: the field commits
        // The field stays, with what was typed and the range in words; the dose is unchanged.
        await expect(hold, `after "${typed}"`).toHaveValue(typed);
        await expect(hold).toHaveAttribute("aria-invalid", "true");
        await expect(range).toHaveText("Hold between 15 and 120 seconds.");
        await expect(range).toHaveAttribute("role", "alert");
        await expect(words).toHaveText(/^Hold 60 seconds/);
        await expect(words).not.toContainText("breath");
        await expect(handOff).toContainText("Correct Figure-4 stretch first: Hold between 15 and 120 seconds.");
        await expect(handOff.locator("svg.qr")).toHaveCount(0);
      }
      await snap(page, `builder-refused-${name}`);
      await hold.tap();
      await hold.fill("45");
      await page.locator("main h1").tap();
      await expect(words).toHaveText(/^Hold 45 seconds/);
      await expect(hold).not.toHaveAttribute("aria-invalid", "true");
      await expect(handOff.locator(".hand-off__body svg.qr")).toHaveCount(1);
      // Cat-cow is paced by the breath: its repetitions have their own range, and no hold.
      const cat = page.locator(".builder__item", { hasText: "Cat-cow" });
      await expect(cat.getByLabel("Hold (seconds)")).toHaveCount(0);
      const reps = cat.getByLabel("Repetitions");
      await reps.fill("0");
      await page.locator("main h1").tap();
      await expect(cat.locator(".builder__number--refused")).toContainText("Between 1 and 10 repetitions.");
      await reps.fill("6");
      await page.locator("main h1").tap();
      await expect(cat.locator(".builder__dose-words")).toHaveText(/^6 slow repetitions/);
      // Reorder by touch.
      await page.getByRole("button", { name: "Move Cat-cow earlier" }).tap();
      await expect(page.locator(".builder__items > li h3")).toHaveText(["Cat-cow", "Figure-4 stretch"]);
      const link = await page.locator("#hand-off-link").textContent();

      // A reload in the middle of the build keeps it, doses and order included.
      await page.reload();
      await expect(page.locator(".builder__items > li h3")).toHaveText(["Cat-cow", "Figure-4 stretch"]);
      await expect(page.locator(".builder__item", { hasText: "Figure-4 stretch" }).locator(".builder__dose-words")).toHaveText(/^Hold 45 seconds/);
      await expect(page.locator("#hand-off-link")).toHaveText(link);
      // So does an accidental Back, and Forward again.
      await page.goBack();
      await expect(page.locator("main h1")).not.toHaveText("Make a home program");
      await page.goForward();
      await expect(page.locator(".builder__items > li h3")).toHaveText(["Cat-cow", "Figure-4 stretch"]);
      await expect(page.locator("#hand-off-link")).toHaveText(link);
      // A new client: start from nothing, and a reload keeps it that way.
      await page.getByRole("button", { name: "Start a new program" }).tap();
      await expect(page.locator(".builder__items > li")).toHaveCount(0);
      await page.reload();
      await expect(page.locator(".builder__items > li")).toHaveCount(0);
      expect(problems).toEqual([]);
    });
  });
}
