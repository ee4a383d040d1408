/**
 * A small harness for the browser tests: a static server over dist/ on
 * 127.0.0.1, Debian's chromium driven by playwright-core, screenshots under
 * test-output/browser/, and a plain closing line `N passed, N failed`.
 */
const http = require("http");
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.join(__dirname, "..", "..");
const dist = process.env.JIXIAO_DIST || path.join(root, "dist");
const outDir = path.join(root, "test-output", "browser");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".xlsx": "application/octet-stream",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves dist/ (and extra files by URL path) on a free loopback port. */
function serve(extra = {}) {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = extra[urlPath] ?? path.join(dist, path.normalize(urlPath).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dist) && !extra[urlPath]) return void res.writeHead(403).end();
    fs.readFile(file, (err, data) => {
      if (err) return void res.writeHead(404).end("not found");
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function chromiumPath() {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (p && fs.existsSync(p)) return p;
  throw new Error("找不到 chromium：apt-get install chromium / chromium not found: apt-get install chromium");
}

/** The flags that keep Debian's chromium quiet on a machine with no network. */
async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** Runs the named async tests in order; each gets a fresh page; prints results and returns the failure count. */
async function runTests(tests, { baseUrl }) {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await launch();
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, fn] of tests) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      try {
        await fn({ page, baseUrl, shot: (file) => page.screenshot({ path: path.join(outDir, file) }) });
        if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
        passed++;
        console.log(`  ✓ ${name}`);
      } catch (error) {
        failed++;
        console.log(
          `  ✗ ${name}\n    ${String(error && error.stack ? error.stack : error)
            .split("\n")
            .slice(0, 6)
            .join("\n    ")}`,
        );
        await page
          .screenshot({ path: path.join(outDir, `FAILED-${name.replace(/[^\w\u4e00-\u9fff-]+/g, "_")}.png`) })
          .catch(() => {});
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
  return failed;
}

module.exports = { serve, runTests, root, dist, outDir };
