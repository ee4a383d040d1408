#!/usr/bin/env node
/** npm stop: ends what npm start began (the sideload session, or the dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, "node_modules", ".cache", "jixiao-dev-server.pid");

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid);
    console.log(`已停止开发服务器 / dev server stopped (pid ${pid})`);
  } catch {
    console.log("开发服务器未在运行 / dev server was not running");
  }
  fs.rmSync(pidFile);
} else if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
} else {
  console.log("没有正在运行的开发服务器 / nothing to stop");
}
