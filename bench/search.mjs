// What a query costs a reader at scale: serves a built site (no compression, as the
// worst case; GitHub Pages gzips JSON) under /repo/, opens its home page in headless
// Chromium with an empty cache for each query, focuses the search box (which loads the
// script and the index), types the query and waits for its results. Prints, per query,
// the bytes of every search file it fetched (script, index, shards, records: the first
// query's whole cost) and the time from the input event to the results on screen, with
// its files still to fetch (cold) and once they are there (warm).
//
//   node bench/search.mjs SITE_DIR [QUERY...]      (NODE_MODULES_DIR: puppeteer-core)

import { launch, serveStatic } from "../tests/browser/lib.mjs";

const [dir, ...given] = process.argv.slice(2);
const queries = given.length ? given : [
  "dak lak", "Đắk Lắk", "Dak Lak 2024", "phu yen", "thu nhap", "hoa binh thu nhap",
  "revenu moyen", "2024", "hop tac xa", "th", "quang",
];
const server = await serveStatic(dir, "/repo/");
const browser = await launch();
console.log("| query | results | files | KB fetched (search.js + index + shards + records) | cold ms | warm ms |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const q of queries) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.goto(server.url, { waitUntil: "load" });
  const before = server.served.length;
  await page.focus("#search-q");
  await page.waitForFunction(() => window.coopsiteSearch, { timeout: 30000 });
  const time = (text) => page.evaluate((text) => new Promise((done) => {
    const input = document.querySelector("#search-q");
    const status = document.querySelector("#search-box .search-status");
    const t0 = performance.now();
    const seen = new MutationObserver(() => {
      if (status.textContent.includes(text.trim())) {
        seen.disconnect();
        done({ ms: performance.now() - t0, status: status.textContent });
      }
    });
    seen.observe(status, { childList: true, characterData: true, subtree: true });
    input.value = text;
    input.dispatchEvent(new Event("input"));
  }), text);
  const cold = await time(q);
  const files = server.served.slice(before).filter(([p]) => p.includes("search") && !p.endsWith(".css"));
  const kb = files.reduce((s, [, n]) => s + n, 0) / 1024;
  await time("");
  const warm = await time(q + " ");
  const n = cold.status.match(/^\d+/);
  console.log(`| ${q} | ${n ? n[0] : 0} | ${files.length} | ${kb.toFixed(1)} | ${cold.ms.toFixed(0)} | ${warm.ms.toFixed(0)} |`);
  await ctx.close();
}
await browser.close();
await server.close();
