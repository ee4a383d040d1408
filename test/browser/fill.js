/**
 * Browser tests for filling tables faster (issue 10): the list's behaviours,
 * 全部修复 then 撤销, 推荐指标, both templates filled to zero findings, and a
 * compact list converted and checked. Screenshots in test-output/browser/.
 */

/** Every cell's text of the first sheet, for before/after comparisons. */
function cellsOf(page, index = 0) {
  return page.evaluate(
    (i) =>
      window.__playground.workbook.sheets[i].values.map((line) =>
        (line || []).map((v) => (v === null || v === undefined ? "" : String(v))),
      ),
    index,
  );
}

async function openSample(page, baseUrl, ready, findings, sample) {
  await page.goto(`${baseUrl}/playground.html?sample=${sample}`);
  await ready(page);
  await page.locator(findings).first().waitFor({ timeout: 30000 });
}

/** Types into a cell, or picks from its dropdown when it has one (the template's lists). */
async function setCell(page, cell, text) {
  await page.locator(`td[data-cell="${cell}"]`).dblclick();
  const editor = page.locator(".cell-editor");
  await editor.waitFor({ timeout: 5000 });
  if ((await editor.evaluate((e) => e.tagName)) === "SELECT") {
    await editor.selectOption(text);
    await editor.waitFor({ state: "detached", timeout: 5000 }).catch(() => page.keyboard.press("Escape"));
    return;
  }
  await editor.fill(text);
  await editor.press("Enter");
}

/** Waits until the pane shows text matching `re`. */
async function paneShows(page, re, timeout = 15000) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById("taskpane").innerText),
    re.source,
    { timeout },
  );
}

/** The finding items' texts of the pane. */
async function listTexts(page, findings) {
  return page.locator(`${findings} [data-finding-main]`).allInnerTexts();
}

function fillTests({ assert, ready, looks, typeInto, findings }) {
  return [
    [
      "severity buttons show only what they name, pressed while they do; again shows all",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        const button = page.getByRole("group", { name: "按严重程度筛选" }).getByRole("button", { name: /^错误 \d+$/ });
        const total = (await listTexts(page, findings)).length;
        assert((await button.getAttribute("aria-pressed")) === "false", "nothing pressed while all show");
        await button.click();
        await page.waitForFunction(() => document.querySelector('[aria-pressed="true"]'));
        const shown = await listTexts(page, findings);
        const n = Number((await button.innerText()).match(/\d+/)[0]);
        assert(
          shown.length === n && shown.every((t) => t.startsWith("【错误】")),
          `only the ${n} errors are listed: ${shown.slice(0, 3)}`,
        );
        await shot("severity-errors-only.png");
        await button.click();
        await page.waitForFunction(
          (t) => document.querySelectorAll('section[aria-label="检查结果"] [data-finding-main]').length === t,
          total,
        );
        assert((await button.getAttribute("aria-pressed")) === "false", "released: all shown again");
      },
    ],
    [
      "全部修复 of 百分号 on Qingdao is one step; 撤销 beside it gives every cell back",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        const before = await cellsOf(page);
        // The groups start folded under 按类修复, so that the first finding shows at a pane's height of 700 px.
        assert((await page.locator("[data-fix-group]").count()) === 0, "the groups start folded");
        await page.getByRole("button", { name: /^按类修复/ }).click();
        const group = page.locator('[data-fix-group="unit-nonstandard"]');
        const label = await group.innerText();
        const n = Number(label.match(/×(\d+)/)[1]);
        assert(n >= 10, `the 百分号 group holds many findings: ${label}`);
        await group.getByRole("button", { name: "全部修复" }).click();
        await paneShows(page, /已修复 \d+ 处/);
        const after = await cellsOf(page);
        const changed = after.flatMap((line, r) => line.filter((t, c) => t !== (before[r] || [])[c]));
        assert(
          changed.length > 0 && changed.every((t) => !/百分号|百分比/.test(t)),
          `cells rewritten without 百分号: ${changed.slice(0, 3)}`,
        );
        const notice = page.locator("[data-inline-notice]");
        const box = await notice.boundingBox();
        assert(box && box.y >= 0 && box.y < 900, `the confirmation is in view: ${JSON.stringify(box)}`);
        await shot("fix-all-percent.png");
        await notice.getByRole("button", { name: "撤销" }).click();
        await paneShows(page, /已撤销 \d+ 处修复/);
        const back = await cellsOf(page);
        assert(JSON.stringify(back) === JSON.stringify(before), "every cell equals the original after 撤销");
        await shot("fix-all-undone.png");
      },
    ],
    [
      "修复 deep in the list is confirmed next to where it was clicked, with 撤销 there",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        const fixes = page.locator(`${findings} button`, { hasText: /^修复：/ });
        const last = fixes.last();
        await last.scrollIntoViewIfNeeded();
        const clicked = await last.boundingBox();
        await last.click();
        const notice = page.locator("[data-inline-notice]");
        await notice.waitFor({ timeout: 15000 });
        await page.waitForTimeout(300);
        const box = await notice.boundingBox();
        assert(
          box && Math.abs(box.y - clicked.y) < 300,
          `the notice stands where the fix was clicked: ${clicked.y} vs ${box && box.y}`,
        );
        assert(/已修复 [A-Z]+\d+/.test(await notice.innerText()), "it says which cell was fixed");
        await shot("fix-confirmed-in-place.png");
        await notice.getByRole("button", { name: "撤销" }).click();
        await paneShows(page, /已撤销对 [A-Z]+\d+ 的修复/);
      },
    ],
    [
      "the pane follows the sheet tab",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "guangzhou-2024");
        const first = await page.evaluate(() => window.__playground.workbook.sheets[0].name);
        await page.getByRole("button", { name: "导出与转换" }).click();
        await page.getByRole("menuitem", { name: "转换为标准表" }).click();
        await paneShows(page, /工作表：标准表/, 30000);
        await page.getByRole("tab", { name: first }).click();
        await paneShows(page, new RegExp(`工作表：${first}`));
        await page.getByRole("tab", { name: "标准表" }).click();
        await paneShows(page, /工作表：标准表/);
        await shot("pane-follows-tab.png");
      },
    ],
    [
      "with live marking off, the pane says the marks are from the last check; 检查本表 brings them level",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        await page.getByRole("switch", { name: "实时标记" }).click();
        await typeInto(page, "F13", "≥98百分号");
        await page.locator("[data-marks-stale]").waitFor({ timeout: 15000 });
        const f13 = await looks(page, "F13");
        assert(
          f13.note.includes("≥99百分号") && !f13.note.includes("≥98百分号"),
          `the cell's note is the last check's: ${f13.note}`,
        );
        await shot("marks-from-last-check.png");
        await page.getByRole("button", { name: "检查本表" }).click();
        await page.locator("[data-marks-stale]").waitFor({ state: "detached", timeout: 15000 });
        const now = await looks(page, "F13");
        assert(now.note.includes("≥98百分号"), `after 检查本表 the note quotes the new value: ${now.note}`);
      },
    ],
    [
      "a file the playground cannot open gets one sentence, and the workbook on screen stays",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        const before = await cellsOf(page);
        for (const [name, bytes] of [
          ["说明.txt", Buffer.from("这不是工作簿")],
          ["空.xlsx", Buffer.alloc(0)],
          ["旧.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
        ]) {
          await page.setInputFiles("#file", { name, mimeType: "application/octet-stream", buffer: bytes });
          await page.waitForFunction(
            (n) => document.getElementById("status").textContent.startsWith(`无法打开 ${n}`),
            name,
          );
          const status = await page.locator("#status").innerText();
          assert(
            !/central directory|zip/i.test(status) && status.includes("仍显示 qingdao-2023.xlsx"),
            `one plain sentence: ${status}`,
          );
          const height = (await page.locator("#status").boundingBox()).height;
          assert(height < 40, `the header does not wrap: ${height}px`);
        }
        assert(JSON.stringify(await cellsOf(page)) === JSON.stringify(before), "the workbook is unchanged");
        assert((await listTexts(page, findings)).length > 0, "its findings are still listed");
        await shot("open-refused.png");
      },
    ],
    [
      "the 检查结果 sheet names rules in Chinese, not by id",
      async ({ page, baseUrl }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        await page.getByRole("button", { name: "导出与转换" }).click();
        await page.getByRole("menuitem", { name: "生成“检查结果”表" }).click();
        await paneShows(page, /已生成“检查结果”工作表/);
        const rules = await page.evaluate(() => {
          const s = window.__playground.workbook.sheets.find((x) => x.name === "检查结果");
          const col = s.values[0].indexOf("规则");
          return s.values.slice(1).map((r) => String(r[col]));
        });
        assert(
          rules.length > 0 && rules.every((r) => /[\u4e00-\u9fff]/.test(r) && !/^[a-z0-9-]+$/.test(r)),
          `rule names: ${rules.slice(0, 5)}`,
        );
      },
    ],
    [
      "推荐指标: an entry inserted under the selected row, its value skeleton selected and typed into",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        // A 质量指标 row of the first table.
        const row = await page.evaluate(() =>
          window.__playground.workbook.sheets[0].values.findIndex((l) => l && l[1] === "质量指标"),
        );
        await page.locator(`td[data-cell="C${row + 1}"]`).click();
        await page.getByRole("button", { name: "推荐指标" }).click();
        const level2 = page.getByRole("combobox", { name: /的推荐指标/ });
        await page.waitForFunction(() => /质量指标的推荐指标/.test(document.getElementById("taskpane").innerText));
        assert((await level2.inputValue()) === "质量指标", "the selected row's 二级 is chosen");
        const entry = page.locator("[data-library-entry]").first();
        const name = await entry.getAttribute("data-library-entry");
        await entry.click();
        await page.waitForFunction(
          (n) => [...document.querySelectorAll("td")].some((td) => td.textContent === n),
          name,
          { timeout: 15000 },
        );
        const selected = page.locator("td.selected");
        const skeleton = await selected.innerText();
        assert(/__/.test(skeleton), `the value skeleton is selected: ${skeleton}`);
        const cell = await selected.getAttribute("data-cell");
        await shot("library-inserted.png");
        const typed = skeleton.replace("__月__日", "11月30日").replace("__", "96");
        await typeInto(page, cell, typed);
        await page.waitForFunction(
          (c) => !document.getElementById("taskpane").innerText.includes(`单元格 ${c}`),
          cell,
          { timeout: 15000 },
        );
        const inserted = await page.evaluate((r) => window.__playground.workbook.sheets[0].values[r], row + 1);
        assert(inserted.includes(name), `the row holds the entry: ${inserted}`);
        await shot("library-typed.png");
      },
    ],
    ...["form", "flat"].map((layout) => [
      `插入模板 ${layout}: filled in through the grid, the table has no finding`,
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "qingdao-2023");
        const top = await page.evaluate(() => window.__playground.workbook.sheets[0].values.length + 2);
        await page.locator(`td[data-cell="A${top + 1}"]`).click();
        await page.getByRole("button", { name: "插入模板" }).click();
        await page
          .getByRole("menuitem", {
            name: layout === "form" ? "空白绩效目标表" : "空白绩效目标表（导出版式）",
            exact: true,
          })
          .click();
        await paneShows(page, /已在 .* 插入空白绩效目标表/);
        const cells = layout === "form" ? formFill(top) : flatFill(top);
        for (const [cell, text] of cells) await setCell(page, cell, text);
        const name = "2024年度业务骨干培训经费";
        await page.waitForTimeout(800);
        await page.getByRole("button", { name: "检查本表" }).click();
        await page.waitForFunction(
          (n) =>
            ![...document.querySelectorAll('section[aria-label="检查结果"] h2')].some((h) =>
              h.textContent.startsWith(n),
            ),
          name,
          { timeout: 15000 },
        );
        const tables = await page.evaluate(() => document.getElementById("taskpane").innerText);
        assert(!tables.includes(name), `no finding names the filled table`);
        await page.locator(`td[data-cell="A${top + 1}"]`).scrollIntoViewIfNeeded();
        await shot(`template-${layout}-filled.png`);
      },
    ]),
    [
      "a compact list (Guangzhou) converted to standard tables and checked",
      async ({ page, baseUrl, shot }) => {
        await openSample(page, baseUrl, ready, findings, "guangzhou-2024");
        const original = await cellsOf(page);
        await page.getByRole("button", { name: "导出与转换" }).click();
        await page.getByRole("menuitem", { name: "转换为标准表" }).click();
        await paneShows(page, /已把 34 张表（168 个指标）转换到新工作表“标准表”/, 30000);
        await paneShows(page, /工作表：标准表/);
        assert(JSON.stringify(await cellsOf(page, 0)) === JSON.stringify(original), "the list itself is untouched");
        const sheet = await page.evaluate(() => window.__playground.workbook.activeSheet().name);
        assert(sheet === "标准表", `the new sheet is shown: ${sheet}`);
        const headings = await page.locator('section[aria-label="检查结果"] h2').allInnerTexts();
        assert(headings.length > 0, "the converted tables are checked");
        await shot("guangzhou-converted.png");
      },
    ],
  ];
}

/** A1 cells and texts that fill the blank form table inserted at row `top` (0-based), column A. */
function formFill(top) {
  const r = (n) => top + n;
  const head = [
    [`B${r(3)}`, "37020023P880028109936"],
    [`E${r(3)}`, "2024年度业务骨干培训经费"],
    [`C${r(4)}`, "30"],
    [`E${r(4)}`, "30"],
    [`G${r(4)}`, "0"],
    [`B${r(5)}`, "用于举办业务培训"],
    [`B${r(7)}`, "5"],
    [`D${r(7)}`, "15"],
    [`E${r(7)}`, "25"],
    [`F${r(7)}`, "30"],
    [`B${r(8)}`, "全年举办业务培训10期，提升业务骨干的履职能力。"],
  ];
  const rows = [
    ["培训班次", "≥10次", "计划标准"],
    ["考核合格率", "≥90%", "历史标准"],
    ["培训举办及时率", "≥95%", "计划标准"],
    ["人均培训成本", "≤550元/人", "预算支出标准"],
    ["参训人员业务能力", "有效提升", "其他标准"],
    ["学员满意度", "≥90%", "历史标准"],
  ].flatMap(([name, value, basis], i) => [
    [`C${r(10 + i)}`, name],
    [`D${r(10 + i)}`, `${name}的完成情况`],
    [`F${r(10 + i)}`, value],
    [`G${r(10 + i)}`, basis],
  ]);
  return [...head, ...rows];
}

/** The same for the flat (export) layout. */
function flatFill(top) {
  const r = (n) => top + n;
  const head = [
    [`B${r(2)}`, "2024年度业务骨干培训经费"],
    [`G${r(2)}`, "37020023P880028109936"],
    [`B${r(3)}`, "某某市人力资源和社会保障局"],
    [`G${r(3)}`, "某某市职业技能培训中心"],
    [`B${r(4)}`, "30"],
    [`D${r(4)}`, "30"],
    [`F${r(4)}`, "0"],
    [`B${r(5)}`, "全年举办业务培训10期，提升业务骨干的履职能力。"],
  ];
  const rows = [
    ["培训班次", "10", "次", "≥", "计划标准"],
    ["考核合格率", "90", "%", "≥", "历史标准"],
    ["培训举办及时率", "95", "%", "≥", "计划标准"],
    ["人均培训成本", "550", "元/人", "≤", "预算支出标准"],
    ["参训人员业务能力", "有效提升", "", "定性", "其他标准"],
    ["学员满意度", "90", "%", "≥", "历史标准"],
  ].flatMap(([name, value, unit, cmp, basis], i) =>
    [
      [`C${r(7 + i)}`, name],
      [`D${r(7 + i)}`, value],
      [`E${r(7 + i)}`, unit],
      [`F${r(7 + i)}`, cmp],
      [`G${r(7 + i)}`, basis],
      [`H${r(7 + i)}`, `${name}的完成情况`],
      [`I${r(7 + i)}`, "未达到不得分"],
    ].filter(([, text]) => text !== ""),
  );
  return [...head, ...rows];
}

module.exports = { fillTests };
