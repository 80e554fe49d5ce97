// The page of `lexgraph serve` in a real browser (issue 8, item 3): Debian's
// chromium driven by playwright-core. Against a server over the sample
// report: search "65-KL/TW", open its card and see its 3 mentions, open a
// mention's paragraph, open the lineage and see 24-NQ/TW in the picture
// and follow its node, open the 2021 review list and see 120-KL/TW,
// download the .ics; the issuer browser; the card on a phone's screen.
// A screenshot of each step goes to SHOTS. Exit 1 with every failure.
//
// Usage: node serve_e2e.cjs BASE_URL SHOTS MODULES CHROMIUM
"use strict";
const fs = require("fs");
const path = require("path");

const [base, shots, modules, chromiumPath] = process.argv.slice(2);
const { chromium } = require(path.resolve(modules, "playwright-core"));
const failures = [];
const want = (cond, message) => { if (!cond) failures.push(message); return cond; };

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

async function searchAndCard(page) {
  await page.goto(base + "/");
  want((await page.title()).includes("Tra cứu"), "the page's title is not in Vietnamese");
  await page.fill("#q", "65-KL/TW");
  const suggestion = page.locator("#suggestions a", { hasText: "65-KL/TW" }).first();
  await suggestion.waitFor({ timeout: 10000 });
  await shot(page, "01-search-suggestions.png");
  await page.press("#q", "ArrowDown");
  const focused = await page.evaluate(() => document.activeElement.closest("#suggestions") !== null);
  want(focused, "ArrowDown in the search box does not move to the suggestions");
  await page.keyboard.press("Escape");
  await page.press("#q", "Enter");
  const result = page.locator("#results a", { hasText: "65-KL/TW" }).first();
  await result.waitFor({ timeout: 10000 });
  await shot(page, "02-search-results.png");
  await result.click();
  await page.locator("#mentions li").first().waitFor({ timeout: 10000 });
  const mentions = await page.locator("#mentions li").count();
  want(mentions === 3, `the card of 65-KL/TW shows ${mentions} mentions, not 3`);
  const heading = await page.locator("#mentions-title").textContent();
  want(heading.includes("Được trích dẫn 3 lần"), `mentions heading: ${heading}`);
  await shot(page, "03-card-65-KL-TW.png");

  await page.locator("#mentions li a").first().click();
  const mark = page.locator("#source-mark");
  await mark.waitFor({ timeout: 10000 });
  const marked = await mark.textContent();
  want(marked.includes("65-KL/TW") || marked.includes("Kết luận"), `the highlighted span reads '${marked}'`);
  await shot(page, "04-source-paragraph.png");
  await page.goBack();
  await page.locator("#open-lineage").waitFor({ timeout: 10000 });
}

async function lineage(page) {
  await page.click("#open-lineage");
  const svg = page.locator("#graph svg");
  await svg.waitFor({ timeout: 15000 });
  const text = await svg.textContent();
  want(text.includes("24-NQ/TW"), "the lineage picture of 65-KL/TW does not show 24-NQ/TW");
  const before = await svg.evaluate((s) => s.style.transform);
  const box = await page.locator("#graph").boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -300);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  const after = await svg.evaluate((s) => s.style.transform);
  want(before !== after, "wheel and drag did not move the picture");
  await page.click("#zoom-fit");
  await shot(page, "05-lineage-65-KL-TW.png");
  const node = page.locator("#graph svg a", { hasText: "24-NQ/TW" }).first();
  await node.click();
  await page.waitForFunction(() => location.hash.startsWith("#doc="), null, { timeout: 10000 });
  const h2 = page.locator("#card h2");
  await h2.waitFor({ timeout: 10000 });
  want((await h2.textContent()).includes("24-NQ/TW"), "clicking the 24-NQ/TW node did not open its card");
  await shot(page, "06-card-24-NQ-TW.png");
}

async function due(page) {
  await page.goto(base + "/#due=2021");
  const row = page.locator("#due-table td a", { hasText: "120-KL/TW" }).first();
  await row.waitFor({ timeout: 10000 });
  await shot(page, "07-due-2021.png");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#due-ics")]);
  const file = path.join(shots, "due-2021.ics");
  await download.saveAs(file);
  const ics = fs.readFileSync(file, "utf8");
  want(ics.startsWith("BEGIN:VCALENDAR") && ics.includes("120-KL/TW"), "the downloaded .ics lacks 120-KL/TW");
  want(download.suggestedFilename().endsWith(".ics"), `downloaded as ${download.suggestedFilename()}`);
}

async function issuers(page) {
  await page.goto(base + "/#issuers");
  const body = page.locator("#issuer-tree a", { hasText: "Ban Bí thư" }).first();
  await body.waitFor({ timeout: 10000 });
  await body.click();
  await page.locator("#issuer-docs li").first().waitFor({ timeout: 10000 });
  want((await page.locator("#issuer-docs li").count()) > 0, "Ban Bí thư lists no document");
  await shot(page, "08-issuer-ban-bi-thu.png");
}

async function phone(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
                                              isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(base + "/#q=" + encodeURIComponent("Kết luận 65"));
  const result = page.locator("#results a", { hasText: "65-KL/TW" }).first();
  await result.waitFor({ timeout: 10000 });
  await result.click();
  await page.locator("#mentions li").first().waitFor({ timeout: 10000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  want(overflow <= 1, `the card is ${overflow}px wider than a phone's screen`);
  await shot(page, "09-phone-card.png");
  await page.goto(base + "/#due=2021");
  await page.locator("#due-table td a").first().waitFor({ timeout: 10000 });
  await shot(page, "10-phone-due.png");
  await context.close();
}

(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on("pageerror", (e) => failures.push("script error on the page: " + e.message));
    for (const step of [searchAndCard, lineage, due, issuers]) {
      try {
        await step(page);
      } catch (e) {
        failures.push(`${step.name}: ${e.message.split("\n")[0]}`);
        await shot(page, `failed-${step.name}.png`).catch(() => {});
      }
    }
    await context.close();
    await phone(browser).catch((e) => failures.push("phone: " + e.message.split("\n")[0]));
  } finally {
    await browser.close();
  }
  for (const f of failures) console.log("FAIL: " + f);
  if (failures.length) process.exit(1);
  console.log(`serve e2e: every step passed; screenshots in ${shots}`);
})();
