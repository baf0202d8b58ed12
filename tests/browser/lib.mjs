// Shared by the browser tests (search.mjs, serve.mjs): Chromium through puppeteer-core,
// a static server for a built site under a GitHub Pages-like sub-path, and checks.
//
// puppeteer-core is found in NODE_MODULES_DIR when set (.ci/run installs it into a
// temporary folder) or else where node looks from this file. The browser is CHROMIUM
// (default /usr/bin/chromium, Debian's); the coopsite binary is COOPSITE (default
// target/debug/coopsite).

import { createRequire } from "node:module";
import { createServer } from "node:http";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const require = createRequire(
  process.env.NODE_MODULES_DIR ? join(process.env.NODE_MODULES_DIR, "resolve.js") : import.meta.url,
);

export const REPO = resolve(new URL("../..", import.meta.url).pathname);
export const COOPSITE = process.env.COOPSITE || join(REPO, "target/debug/coopsite");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

let failures = 0;
export function check(ok, what, detail) {
  if (ok) {
    console.log(`ok   ${what}`);
  } else {
    failures++;
    console.log(`FAIL ${what}${detail === undefined ? "" : `\n     got: ${JSON.stringify(detail)}`}`);
  }
}
export function done(name) {
  if (failures) {
    console.log(`${name}: ${failures} check(s) failed`);
    process.exit(1);
  }
  console.log(`${name}: every check passed`);
}

export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM} (install Debian's chromium)`);
  const puppeteer = require("puppeteer-core");
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--user-data-dir=${mkdtempSync(join(tmpdir(), "coopsite-chromium-"))}`,
    ],
  });
}

export function tmp(name) {
  return mkdtempSync(join(tmpdir(), `coopsite-${name}-`));
}

/// Runs the coopsite binary; throws with its stderr when it fails.
export function coopsite(args, opts = {}) {
  const r = spawnSync(COOPSITE, args, { encoding: "utf8", ...opts });
  if (r.status !== 0) throw new Error(`coopsite ${args.join(" ")} failed:\n${r.stderr}`);
  return r;
}

const TYPES = {
  ".html": "text/html; charset=utf-8", ".json": "application/json", ".js": "text/javascript",
  ".css": "text/css", ".svg": "image/svg+xml", ".xml": "application/xml", ".csv": "text/csv",
};

/// Serves `dir` under `prefix` (e.g. "/repo/") on a free port, as GitHub Pages would
/// (folders through their index.html, no compression). Returns { url, served, close }:
/// `served` lists [path, bytes] of every file sent.
export function serveStatic(dir, prefix) {
  const served = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = path.startsWith(prefix) ? join(dir, path.slice(prefix.length)) : null;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file || !existsSync(file) || !resolve(file).startsWith(resolve(dir))) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    const body = readFileSync(file);
    served.push([path, body.length]);
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    res.end(body);
  });
  return new Promise((ok) => {
    server.listen(0, "127.0.0.1", () => {
      ok({
        url: `http://127.0.0.1:${server.address().port}${prefix}`,
        served,
        close: () => new Promise((c) => server.close(c)),
      });
    });
  });
}
