// The search box as a reader's browser runs it: headless Chromium on the fixture site
// (tests/browser/site) built and served under /repo/, as on GitHub Pages.
//
//   node tests/browser/search.mjs        (after `cargo build`; see lib.mjs for the settings)

import { join } from "node:path";
import { check, coopsite, done, launch, REPO, serveStatic, tmp } from "./lib.mjs";

const out = join(tmp("search"), "site");
coopsite(["build", "--root", join(REPO, "tests/browser/site"), "--output", out]);
const server = await serveStatic(out, "/repo/");
const browser = await launch();
const errors = [];

async function open(path, js = true) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(js);
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", (res) => {
    // A browser asks for /favicon.ico by itself; the site has none.
    if (res.status() >= 400 && !res.url().endsWith("/favicon.ico")) errors.push(`${res.status()} ${res.url()}`);
  });
  await page.goto(server.url + path, { waitUntil: "load" });
  return page;
}
/** Waits until the form's status names query `q`, then returns what the results show. */
async function results(page, form, q) {
  await page.waitForFunction(
    (f, q) => document.querySelector(`${f} .search-status`).textContent.includes(`${q}`),
    { timeout: 10000 }, form, q,
  );
  return page.evaluate((f) => ({
    status: document.querySelector(`${f} .search-status`).textContent,
    hidden: document.querySelector(`${f} .search-results`).hidden,
    offers: [...document.querySelectorAll(`${f} .search-offer a`)].map((a) => [a.textContent, a.getAttribute("href")]),
    hits: [...document.querySelectorAll(`${f} .search-hit`)].map((li) => ({
      title: li.querySelector(".search-title").textContent,
      href: li.querySelector(".search-title").getAttribute("href"),
      links: [...li.querySelectorAll(".search-meta a")].map((a) => a.getAttribute("href")),
      meta: li.querySelector(".search-meta").textContent,
      figs: (li.querySelector(".search-figs") || {}).textContent || "",
    })),
  }), form);
}
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { id: a.id, text: a.textContent, href: a.getAttribute("href") };
});
// The box's own style (search.css, 2 KB, one file for the whole site) comes with the
// page; the script and the index do not.
const searchBytes = () => server.served.filter(([p]) => p.includes("search") && !p.endsWith("search.css"));

// The home page: nothing of the search is loaded until the box is used.
const page = await open("");
check(searchBytes().length === 0, "the page loads no search script or index before the box is used", searchBytes());
check(server.served.some(([p]) => p === "/repo/search.css"), "(it loads the box's style)");
// From the keyboard alone: Tab to the box, type.
let tabs = 0;
while ((await focused(page)).id !== "search-q" && tabs++ < 12) await page.keyboard.press("Tab");
check((await focused(page)).id === "search-q", "Tab reaches the search box");
await page.keyboard.type("dak lak");
let r = await results(page, "#search-box", "“dak lak”");
check(r.hits[0] && r.hits[0].title === "Đắk Lắk tổng kết kinh tế tập thể năm 2024", "“dak lak” shows the Đắk Lắk report first", r.hits);
check(r.hits[1] && r.hits[1].title === "Đắk Lắk tổng kết kinh tế tập thể năm 2023", "then its 2023 report", r.hits);
check(r.hits.length === 3 && r.hits[2].title.startsWith("Gia Lai"), "then a report that names Đắk Lắk; not Đắk Nông", r.hits);
check(r.status === "3 báo cáo cho “dak lak”", "the live region says how many", r.status);
check(!r.hidden, "the results are shown");
check(JSON.stringify(r.offers) === JSON.stringify([["Tỉnh: Đắk Lắk", "/repo/regions/dak-lak/"]]), "the region is offered as its page", r.offers);
const first = r.hits[0];
check(first.href === "/repo/reports/dak-lak-2024/", "a result links its report under the sub-path", first.href);
check(JSON.stringify(first.links) === JSON.stringify(["/repo/regions/dak-lak/", "/repo/years/2024/"]), "and its region and year", first.links);
check(first.meta.includes("Đắk Lắk") && first.meta.includes("2024") && first.meta.includes("15"), "region, year and date are shown", first.meta);
check(first.figs.includes("Tổng số 418") && first.figs.includes("Thành lập mới 46"), "the headline figures are shown", first.figs);
const loaded = searchBytes().map(([p]) => p).sort();
check(["/repo/search.js", "/repo/search/index.json", "/repo/search/t/da.json", "/repo/search/t/la.json", "/repo/search/r/0.json"].every((p) => loaded.includes(p)), "the box loaded the script, the index, two shards and one record file", loaded);
// Keyboard through the results, Escape back to the box.
await page.keyboard.press("ArrowDown");
check((await focused(page)).href === "/repo/regions/dak-lak/", "↓ goes to the region offered", await focused(page));
await page.keyboard.press("ArrowDown");
check((await focused(page)).href === "/repo/reports/dak-lak-2024/", "↓ again to the first report", await focused(page));
await page.keyboard.press("ArrowUp");
await page.keyboard.press("ArrowUp");
check((await focused(page)).id === "search-q", "↑ back to the box");
await page.keyboard.press("Escape");
check(await page.$eval("#search-box .search-results", (e) => e.hidden), "Escape closes the results");
await page.keyboard.press("ArrowDown");
await page.keyboard.press("ArrowDown");
await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
check(page.url().endsWith("/repo/reports/dak-lak-2024/"), "Enter on a result opens it", page.url());

// More queries, in the box of a report page.
for (const [q, title, count] of [
  ["Đắk Lắk", "Đắk Lắk tổng kết kinh tế tập thể năm 2024", 3],
  ["DAK LAK", "Đắk Lắk tổng kết kinh tế tập thể năm 2024", 3],
  ["Dak Lak 2024", "Đắk Lắk tổng kết kinh tế tập thể năm 2024", 2],
  ["phu yen", "Phú Yên: hội nghị tổng kết năm 2024", 1],
  ["thu nhap", null, 2],
  ["dak", null, 4],
  ["zzz", null, 0],
]) {
  await page.$eval("#search-q", (e) => { e.value = ""; });
  await page.focus("#search-q");
  await page.keyboard.type(q);
  r = await results(page, "#search-box", `“${q}”`);
  check(r.hits.length === Math.min(count, 8) && (!title || r.hits[0].title === title), `“${q}”: ${count} results${title ? `, ${title} first` : ""}`, r.hits.map((h) => h.title));
}
check(r.status === "Không có báo cáo nào khớp với “zzz”.", "no match is said", r.status);
check(JSON.stringify((await results(page, "#search-box", "zzz")).offers) === "[]", "and nothing is offered");

// Enter in the box opens the search page with every result.
await page.$eval("#search-q", (e) => { e.value = ""; });
await page.focus("#search-q");
await page.keyboard.type("Dak Lak 2024");
await results(page, "#search-box", "“Dak Lak 2024”");
await page.focus("#search-q");
await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
check(page.url().includes("/repo/search/?q=Dak+Lak+2024"), "Enter opens search/?q=…", page.url());
r = await results(page, "#search-page", "“Dak Lak 2024”");
check(r.hits[0] && r.hits[0].title === "Đắk Lắk tổng kết kinh tế tập thể năm 2024" && r.hits.length === 2, "the search page shows the results", r.hits);
check(JSON.stringify(r.offers.map((o) => o[0])) === JSON.stringify(["Tỉnh: Đắk Lắk", "Năm: 2024"]), "and offers the region and the year", r.offers);
check(await page.$eval(".search-browse > p", (e) => e.hidden), "the no-JavaScript note is hidden");

// The French tree searches its own words.
const fr = await open("fr/");
await fr.focus("#search-q");
await fr.keyboard.type("revenu moyen");
r = await results(fr, "#search-box", "revenu moyen");
check(r.hits.some((h) => h.title === "Đắk Lắk fait le bilan de l'économie collective en 2024" && h.href === "/repo/fr/reports/dak-lak-2024/"), "“revenu moyen” in the French tree finds the French report", r.hits);
check(r.status === "2 rapports pour « revenu moyen »", "in French", r.status);

// Without JavaScript the box's answer lists the regions and years.
const nojs = await open("search/?q=dak+lak", false);
const links = await nojs.$$eval(".search-browse a", (as) => as.map((a) => a.getAttribute("href")));
check(links.includes("/repo/regions/dak-lak/") && links.includes("/repo/years/2024/"), "without JavaScript the search page lists regions and years", links);
check(await nojs.$eval(".search-browse > p", (e) => !e.hidden && e.textContent.includes("JavaScript")), "and says why");

check(errors.length === 0, "no script errors", errors);
await browser.close();
await server.close();
done("search.mjs");
