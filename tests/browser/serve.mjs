// `coopsite serve` as a reader's browser sees it: headless Chromium on a copy of the
// fixture site (tests/browser/site). An edit reloads the open page; a change that does
// not build shows the error overlay over the last good page; the fix takes it away.
// The search box works on the served site too.
//
//   node tests/browser/serve.mjs        (after `cargo build`; see lib.mjs for the settings)

import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { check, COOPSITE, done, launch, REPO, tmp } from "./lib.mjs";

const root = join(tmp("serve"), "site");
cpSync(join(REPO, "tests/browser/site"), root, { recursive: true });
const port = await new Promise((ok) => {
  const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); });
});
const server = spawn(COOPSITE, ["serve", "--root", root, "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
let log = "";
server.stdout.on("data", (d) => { log += d; });
server.stderr.on("data", (d) => { log += d; });
const base = `http://127.0.0.1:${port}/`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch { /* not listening yet */ }
  if (i > 600) throw new Error(`coopsite serve did not answer:\n${log}`);
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await launch();
const errors = [];
const page = await browser.newPage();
page.on("pageerror", (e) => errors.push(String(e)));
const report = join(root, "content/2024/dak-lak-2024.md");
const original = readFileSync(report, "utf8");
// A reload may still be under way when a check reads the page (one save can be seen as two
// changes): read the heading again until the page holds one.
const h1 = async () => {
  for (let i = 0; ; i++) {
    try {
      await page.waitForSelector("main h1", { timeout: 30000 });
      return await page.$eval("main h1", (e) => e.textContent);
    } catch (e) {
      if (i >= 20) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
};
const wait = (f, ...args) => page.waitForFunction(f, { timeout: 30000 }, ...args);

await page.goto(base + "reports/dak-lak-2024/", { waitUntil: "load" });
check((await h1()).includes("Đắk Lắk tổng kết kinh tế tập thể năm 2024"), "serve shows the report", await h1());

// An edit: the open page reloads by itself and shows it.
await page.evaluate(() => { window.beforeEdit = true; });
writeFileSync(report, original.replace("tổng kết kinh tế tập thể năm 2024", "tổng kết năm 2024 (đã sửa)"));
await wait(() => !window.beforeEdit && document.querySelector("main h1")?.textContent.includes("(đã sửa)"));
check((await h1()).includes("(đã sửa)"), "after an edit the page reloads with it", await h1());

// A change that does not build: the overlay names the file, over the last good page.
writeFileSync(report, original.replace("year: 2024", "year: [2024"));
await wait(() => document.getElementById("coopsite-errors"));
const overlay = await page.$eval("#coopsite-errors", (e) => ({ text: e.textContent, role: e.getAttribute("role") }));
check(overlay.text.includes("dak-lak-2024.md"), "a broken change shows the error overlay naming the file", overlay.text);
check(overlay.role === "alert", "the overlay is announced (role=alert)");
check((await h1()).includes("(đã sửa)"), "the last good page stays underneath", await h1());

// The fix: the page reloads, the overlay is gone.
await page.evaluate(() => { window.beforeFix = true; });
writeFileSync(report, original);
await wait(() => !window.beforeFix && !document.getElementById("coopsite-errors") &&
  document.querySelector("main h1")?.textContent.includes("tổng kết kinh tế tập thể năm 2024"));
check((await h1()).includes("tổng kết kinh tế tập thể năm 2024"), "after the fix the page reloads without the overlay", await h1());

// The search box on the served site.
await page.focus("#search-q");
await page.keyboard.type("phu yen");
await wait(() => document.querySelector("#search-box .search-status")?.textContent.includes("phu yen"));
const first = await page.$eval("#search-box .search-title", (a) => [a.textContent, a.getAttribute("href")]);
check(first[0] === "Phú Yên: hội nghị tổng kết năm 2024" && first[1] === "/reports/phu-yen-2024/", "search works under serve", first);

check(errors.length === 0, "no script errors", errors);
await browser.close();
server.kill();
done("serve.mjs");
