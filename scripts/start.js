#!/usr/bin/env node
/**
 * npm start. Where Excel runs (Windows, Mac) and office-addin-debugging is
 * installed, it sideloads the add-in as the Office template does. Elsewhere
 * (Linux, CI) it serves the add-in and the playground and says how to sideload.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = path.join(root, "node_modules", ".cache", "jixiao-dev-server.pid");

function canSideload() {
  if (process.env.JIXIAO_NO_SIDELOAD) return false;
  if (process.platform !== "win32" && process.platform !== "darwin") return false;
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32", env });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

function printUrls(scheme) {
  const base = `${scheme}://localhost:${port}`;
  console.log(`
绩效目标表检查 jixiao-lint
  演示 / playground : ${base}/playground.html
  任务窗格 / pane   : ${base}/taskpane.html
  清单 / manifest   : ${path.join(root, "manifest.xml")}

旁加载 / Sideload:
  Excel 网页版：插入 → 加载项 → 上传我的加载项 → 选择 manifest.xml（需要 https 与受信任的本机证书）。
  Excel on the web: Insert → Add-ins → Upload My Add-in → manifest.xml (needs https and a trusted localhost certificate).
  Windows / Mac 桌面版：安装 office-addin-debugging 后 npm start 会自动旁加载。
  Windows / Mac desktop: with office-addin-debugging installed, npm start sideloads automatically.
按 Ctrl+C 停止 / Ctrl+C stops.
`);
}

/**
 * http or https. JIXIAO_HTTP decides when set (`1` http; empty or `0` https); otherwise Linux serves
 * http, because office-addin-dev-certs can only install its localhost certificate there with sudo.
 */
function wantsHttp(env = process.env, platform = process.platform) {
  if (env.JIXIAO_HTTP !== undefined) return env.JIXIAO_HTTP !== "" && env.JIXIAO_HTTP !== "0";
  return platform === "linux";
}

/** Makes sure the localhost certificate exists before promising https; the reason it cannot, if not. */
async function httpsUnavailable() {
  try {
    await require("office-addin-dev-certs").getHttpsServerOptions();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function serve() {
  let http = wantsHttp();
  const reason = http ? undefined : await httpsUnavailable();
  if (reason) {
    console.log(`无法取得本机 HTTPS 证书，改用 http / no localhost certificate, serving http: ${reason}`);
    http = true;
  }
  const env = { ...process.env, JIXIAO_HTTP: http ? "1" : "" };
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  const child = run(process.execPath, [webpack, "serve", "--mode", "development"], env);
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  fs.writeFileSync(pidFile, String(child.pid));
  printUrls(http ? "http" : "https");
  if (http && !reason && process.env.JIXIAO_HTTP === undefined) {
    console.log(
      "（Linux 上默认用 http：安装本机证书需要 sudo。JIXIAO_HTTP=0 npm start 改用 https，由 office-addin-dev-certs 安装并信任证书。）\n" +
        "(On Linux the default is http: installing the localhost certificate needs sudo. JIXIAO_HTTP=0 npm start serves https, with a certificate office-addin-dev-certs installs and trusts.)\n",
    );
  }
}

module.exports = { wantsHttp };

if (require.main === module) {
  if (canSideload()) run("npx", ["office-addin-debugging", "start", "manifest.xml", ...process.argv.slice(2)]);
  else void serve();
}
