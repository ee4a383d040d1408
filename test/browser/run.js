#!/usr/bin/env node
/**
 * Browser tests of the built playground (npm run build first): the task pane and
 * the grid in Debian's chromium, as an officer would use them.
 */
const fs = require("fs");
const path = require("path");
const { serve, runTests, dist, root } = require("./harness");
const { buildFixture } = require("./fixture");

const ERROR_FILL = "#FFC7CE";
const findings = 'section[aria-label="检查结果"] li';

async function ready(page) {
  await page.waitForFunction(() => window.__playground && window.__playground.ready, null, { timeout: 30000 });
}

/** Fill and note of a cell as the grid shows them. */
async function looks(page, cell) {
  const td = page.locator(`td[data-cell="${cell}"]`);
  return { fill: (await td.getAttribute("data-fill")) || "", note: (await td.getAttribute("data-note")) || "" };
}

async function typeInto(page, cell, text) {
  await page.locator(`td[data-cell="${cell}"]`).dblclick();
  const editor = page.locator("input.cell-editor");
  await editor.fill(text);
  await editor.press("Enter");
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function openFixture(page, baseUrl, fixture) {
  await page.goto(`${baseUrl}/playground.html`);
  await ready(page);
  await page.setInputFiles("#file", fixture.file);
  await page.waitForFunction(() => document.getElementById("status").textContent === "qingdao-user.xlsx");
  await ready(page);
  await page.locator(findings).first().waitFor({ timeout: 30000 });
}

async function main() {
  if (!fs.existsSync(path.join(dist, "playground.html")))
    throw new Error("dist/ 不存在：先运行 npm run build / build first");
  const fixture = await buildFixture();
  const server = await serve();
  const baseUrl = `http://127.0.0.1:${server.address().port}`;

  const tests = [
    [
      "the Qingdao sample opens with its findings",
      async ({ page, baseUrl, shot }) => {
        await page.goto(`${baseUrl}/playground.html?sample=qingdao-2023`);
        await ready(page);
        await page.locator(findings).first().waitFor({ timeout: 30000 });
        const text = await page.locator("#taskpane").innerText();
        assert(
          text.includes("企业搬迁改造及化工业转型升级工作经费"),
          "the first table's findings are listed under its name",
        );
        assert(/≥99百分号/.test(text), "the non-standard ≥99百分号 is listed");
        const f13 = await looks(page, "F13");
        assert(f13.fill !== "" && f13.note.includes("百分号"), `F13 is marked with a note: ${JSON.stringify(f13)}`);
        await shot("qingdao-opened.png");
      },
    ],
    [
      "at a pane 700 px high the first finding shows without scrolling",
      async ({ page, baseUrl, shot }) => {
        await page.setViewportSize({ width: 1000, height: 700 });
        await page.goto(`${baseUrl}/playground.html?sample=qingdao-2023`);
        await ready(page);
        const first = page.locator(findings).first();
        await first.waitFor({ timeout: 30000 });
        const box = await first.boundingBox();
        assert(box && box.y + 40 <= 700, `the first finding starts in view: ${JSON.stringify(box)}`);
        await shot("qingdao-700.png");
      },
    ],
    [
      "at a pane 700 px high the first finding shows without scrolling in English too",
      async ({ page, baseUrl, shot }) => {
        // English labels are longer: export and convert share one menu, so that the toolbar stays four rows high.
        await page.setViewportSize({ width: 1000, height: 700 });
        await page.goto(`${baseUrl}/playground.html?sample=qingdao-2023&lang=en-US`);
        await ready(page);
        const first = page.locator('section[aria-label="Findings"] li').first();
        await first.waitFor({ timeout: 30000 });
        const box = await first.boundingBox();
        assert(box && box.y + 40 <= 700, `the first finding starts in view: ${JSON.stringify(box)}`);
        await shot("qingdao-700-en.png");
      },
    ],
    [
      "typing ≥95个 into a 满意度 value marks it; ≥95% restores the original fill",
      async ({ page, baseUrl, shot }) => {
        await openFixture(page, baseUrl, fixture);
        const cell = fixture.targetCell;
        const before = await looks(page, cell);
        assert(
          before.fill === fixture.userFill && before.note === "",
          `${cell} starts with the user's fill only: ${JSON.stringify(before)}`,
        );
        await typeInto(page, cell, "≥95个");
        await page.waitForFunction(
          ([c, fill]) => document.querySelector(`td[data-cell="${c}"]`).getAttribute("data-fill") === fill,
          [cell, ERROR_FILL],
          { timeout: 15000 },
        );
        const marked = await looks(page, cell);
        assert(marked.note.includes("≥95个"), `the note explains the finding: ${marked.note}`);
        const pane = await page.locator("#taskpane").innerText();
        assert(pane.includes(`单元格 ${cell}`), "the list shows the new finding at the cell");
        await shot("satisfaction-marked.png");
        await typeInto(page, cell, "≥95%");
        await page.waitForFunction(
          ([c, fill]) => document.querySelector(`td[data-cell="${c}"]`).getAttribute("data-fill") === fill,
          [cell, fixture.userFill],
          { timeout: 15000 },
        );
        const after = await looks(page, cell);
        assert(after.note === "", `our note is gone: ${JSON.stringify(after)}`);
        assert(!(await page.locator("#taskpane").innerText()).includes(`单元格 ${cell}`), "the finding left the list");
        await shot("satisfaction-fixed.png");
      },
    ],
    [
      "清除标记 restores every cell's fill and note exactly; a user's note is never replaced",
      async ({ page, baseUrl, shot }) => {
        await openFixture(page, baseUrl, fixture);
        const f13 = await looks(page, "F13");
        assert(f13.fill === ERROR_FILL || f13.fill === "#FFEB9C", `F13 is marked: ${JSON.stringify(f13)}`);
        assert(
          f13.note.startsWith(`${fixture.userNote}\n\n【jixiao-lint】\n`) && f13.note.includes("百分号"),
          `our reason goes below the user's note on F13: ${f13.note}`,
        );
        await page.getByRole("button", { name: "清除标记" }).click();
        await page.waitForFunction(
          () => !document.querySelector('td[data-fill="#FFEB9C"], td[data-fill="#FFC7CE"], td[data-fill="#DDEBF7"]'),
        );
        const now = await page.evaluate(() => {
          const s = window.__playground.workbook.sheets[0];
          return { fills: Object.fromEntries(s.fills), notes: Object.fromEntries(s.notes) };
        });
        assert(
          JSON.stringify(now) === JSON.stringify(fixture.originals),
          `fills and notes as before:\n${JSON.stringify(now)}\nvs\n${JSON.stringify(fixture.originals)}`,
        );
        await shot("marks-cleared.png");
      },
    ],
    [
      "clicking a finding selects its cell; next walks on",
      async ({ page, baseUrl }) => {
        await page.goto(`${baseUrl}/playground.html?sample=qingdao-2023`);
        await ready(page);
        const item = page.locator(`${findings} [data-finding-main]`).nth(2);
        await item.waitFor({ timeout: 30000 });
        const cell = (await item.innerText()).match(/单元格 ([A-Z]+\d+)/)[1];
        await item.click();
        await page.waitForFunction(
          (c) => document.querySelector("td.selected")?.getAttribute("data-cell") === c,
          cell,
          { timeout: 10000 },
        );
        await page.getByRole("button", { name: "下一个" }).click();
        await page.waitForFunction(
          (c) => document.querySelector("td.selected")?.getAttribute("data-cell") !== c,
          cell,
          { timeout: 10000 },
        );
      },
    ],
    [
      "the Guangzhou compact list is checked, in English when asked",
      async ({ page, baseUrl, shot }) => {
        await page.goto(`${baseUrl}/playground.html?sample=guangzhou-2024&lang=en-US`);
        await ready(page);
        await page.locator('section[aria-label="Findings"] li').first().waitFor({ timeout: 30000 });
        const text = await page.locator("#taskpane").innerText();
        assert(text.includes("Check this sheet"), "the pane speaks English");
        assert(text.includes("其他运行经费"), "the project lacking 产出 indicators is listed");
        await shot("guangzhou-en.png");
      },
    ],
    [
      "插入模板 puts a blank table below the last one, with dropdowns, and the pane asks for the blanks",
      async ({ page, baseUrl, shot }) => {
        await page.goto(`${baseUrl}/playground.html?sample=qingdao-2023`);
        await ready(page);
        await page.locator(findings).first().waitFor({ timeout: 30000 });
        const top = await page.evaluate(() => window.__playground.workbook.sheets[0].values.length + 2);
        await page.locator(`td[data-cell="A${top + 1}"]`).click();
        await page.getByRole("button", { name: "插入模板" }).click();
        await page.getByRole("menuitem", { name: "空白绩效目标表", exact: true }).click();
        await page.waitForFunction(
          (r) => document.querySelector(`td[data-cell="D${r + 3}"]`)?.textContent === "项目名称",
          top,
          { timeout: 15000 },
        );
        // 项目名称 is blank: field-missing, an error, marks the value cell.
        await page.waitForFunction(
          ([r, fill]) => document.querySelector(`td[data-cell="E${r + 3}"]`)?.getAttribute("data-fill") === fill,
          [top, ERROR_FILL],
          { timeout: 15000 },
        );
        await page.locator(`td[data-cell="A${top + 10}"]`).dblclick();
        const options = await page.locator("select.cell-editor option").allTextContents();
        assert(
          options.includes("产出指标") && options.includes("满意度指标"),
          `一级指标 has its dropdown: ${options.join(",")}`,
        );
        await page.keyboard.press("Escape");
        await shot("template-inserted.png");
      },
    ],
    [
      "taskpane.html outside Excel says it runs only in Excel and links the playground",
      async ({ page, baseUrl, shot }) => {
        // As offline, or on a network that blocks Microsoft's CDN: Office.js does not load.
        await page.route(/appsforoffice\.microsoft\.com/, (route) => route.abort());
        // An officer's browser speaks Chinese (headless chromium says en-US).
        await page.addInitScript(() => Object.defineProperty(navigator, "language", { get: () => "zh-CN" }));
        await page.goto(`${baseUrl}/taskpane.html`);
        const alert = page.getByRole("alert");
        await alert.waitFor({ timeout: 15000 });
        const text = await alert.innerText();
        assert(text.includes("只能在 Excel 中运行"), `the note says so: ${text}`);
        await shot("taskpane-outside-excel.png");
        await alert.getByRole("link").click();
        await page.waitForURL(/playground\.html$/);
        await ready(page);
      },
    ],
    [
      "the production build has no index page (the playground is not the front page)",
      async () => {
        assert(!fs.existsSync(path.join(dist, "index.html")), "dist/index.html is not built in production");
        assert(fs.existsSync(path.join(dist, "playground.html")), "dist/playground.html is built");
      },
    ],
    [
      "axe-core finds no serious or critical violation in the pane",
      async ({ page, baseUrl }) => {
        await page.goto(`${baseUrl}/playground.html?sample=qingdao-2023`);
        await ready(page);
        await page.locator(findings).first().waitFor({ timeout: 30000 });
        await page.addScriptTag({ path: path.join(root, "node_modules", "axe-core", "axe.min.js") });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document.getElementById("taskpane"));
          return result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
        });
        assert(violations.length === 0, violations.join("\n"));
      },
    ],
  ];

  // Filling tables faster (issue 10): the list's behaviours, 全部修复, 推荐指标, templates, convert.
  tests.push(...require("./fill").fillTests({ assert, ready, looks, typeInto, findings, fixture, ERROR_FILL }));

  // JIXIAO_BROWSER_ONLY=<regex> runs the tests whose names match (while working on some).
  const only = process.env.JIXIAO_BROWSER_ONLY;
  const selected = only ? tests.filter(([name]) => new RegExp(only).test(name)) : tests;
  try {
    return await runTests(selected, { baseUrl });
  } finally {
    server.close();
  }
}

main().then(
  (failed) => process.exit(failed ? 1 : 0),
  (error) => {
    console.error(`browser tests could not run: ${error.message}`);
    process.exit(1);
  },
);
