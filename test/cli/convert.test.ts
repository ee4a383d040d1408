/** `jixiao-lint convert`, run in-process as the binary runs it. */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { unzipSync } from "fflate";
import { lintGrid } from "../../src/core/lint/lint";
import { main, type CliIO } from "../../src/cli/main";
import { worksheetToGrid } from "../../src/xlsx/read-workbook";

const SEEDS = path.join(__dirname, "..", "..", "seeds");
let dir: string;

beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-convert-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  const code = await main(["convert", ...args], io);
  return { code, stdout, stderr };
}

const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

async function sheetOf(file: string, name: string) {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return { wb, ws: wb.getWorksheet(name)! };
}

test.each(["form", "flat"] as const)(
  "guangzhou → %s: a new sheet of 34 tables and 168 indicators; the input untouched",
  async (to) => {
    const input = path.join(SEEDS, "guangzhou-2024.xlsx");
    const before = hash(input);
    const out = path.join(dir, "out.xlsx");
    const result = await run([input, "--to", to, "-o", out]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const sheet = to === "form" ? "标准表" : "导出格式";
    expect(result.stdout).toBe(
      `已把 34 张表（168 个指标）转换为${to === "form" ? "表单版式" : "导出版式"}，写入 ${out} 的工作表“${sheet}”\n`,
    );
    expect(hash(input)).toBe(before);
    const { wb, ws } = await sheetOf(out, sheet);
    // The original sheets are still there, first.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["项目支出绩效目标表", sheet]);
    const result2 = lintGrid(worksheetToGrid(ws));
    expect(result2.tables.map((t) => t.layout)).toEqual(Array(34).fill(to));
    expect(result2.tables.flatMap((t) => t.indicators)).toHaveLength(168);
  },
);

test("dropdowns and input prompts are written with the values", async () => {
  const out = path.join(dir, "out.xlsx");
  await run([path.join(SEEDS, "qingdao-2023.xlsx"), "--to", "flat", "-o", out]);
  const { ws } = await sheetOf(out, "导出格式");
  const grid = worksheetToGrid(ws);
  const [table] = lintGrid(grid).tables;
  const first = table.indicators[0];
  const at = (col: number) => ws.getCell(first.row + 1, col + 1);
  expect(at(first.level2!.col).dataValidation).toMatchObject({
    type: "list",
    formulae: [expect.stringContaining("经济成本指标")],
  });
  expect(at(first.comparatorColumn!.col).dataValidation).toMatchObject({
    type: "list",
    formulae: ['"≥,≤,＝,＞,＜,定性"'],
  });
  expect(at(first.value!.col).dataValidation).toMatchObject({ showInputMessage: true, promptTitle: "指标值" });
});

test("labels are drawn bold on their fill and the indicator block gets borders, as the add-in draws them", async () => {
  const out = path.join(dir, "out.xlsx");
  await run([path.join(SEEDS, "qingdao-2023.xlsx"), "--to", "form", "-o", out]);
  const { ws } = await sheetOf(out, "标准表");
  const [table] = lintGrid(worksheetToGrid(ws)).tables;
  const label = ws.getCell(table.name!.row + 1, table.name!.col);
  expect(label.font?.bold).toBe(true);
  expect(label.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } });
  const value = ws.getCell(table.indicators[0].row + 1, table.indicators[0].value!.col + 1);
  expect(value.border?.left?.style).toBe("thin");
});

// Thirteenth session: the copy had been exceljs's read-then-write of the whole workbook.
test("every part of the original package is carried over byte for byte; only the plumbing gains the new sheet", async () => {
  const input = path.join(SEEDS, "qingdao-2023.xlsx");
  const out = path.join(dir, "out.xlsx");
  await run([input, "--to", "flat", "-o", out]);
  const before = unzipSync(fs.readFileSync(input));
  const after = unzipSync(fs.readFileSync(out));
  const plumbing = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
  for (const name of Object.keys(before)) {
    if (plumbing.includes(name)) continue;
    expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(before[name]))]).toEqual([name, true]);
  }
  expect(Object.keys(after).filter((n) => !(n in before))).toEqual(["xl/worksheets/sheet2.xml"]);
});

test("an output name whose extension Excel would refuse (`.csv`, or `.xlsx` for a macro workbook) is refused", async () => {
  const out = path.join(dir, "out.csv");
  const result = await run([path.join(SEEDS, "qingdao-2023.xlsx"), "--to", "flat", "-o", out]);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    "jixiao-lint: 输出文件名应以 .xlsx 结尾，与输入的工作簿类型（是否启用宏）一致：Excel 不打开扩展名不符的文件\n",
  );
  expect(fs.existsSync(out)).toBe(false);
});

test("never overwrites: an existing output, or the input itself, is refused with one line", async () => {
  const input = path.join(dir, "in.xlsx");
  fs.copyFileSync(path.join(SEEDS, "guangzhou-2024.xlsx"), input);
  const before = hash(input);
  const same = await run([input, "-o", input]);
  expect(same.code).toBe(2);
  expect(same.stderr).toContain("输出文件不能是输入文件本身");
  const existing = path.join(dir, "exists.xlsx");
  fs.writeFileSync(existing, "keep me");
  const taken = await run([input, "-o", existing, "--lang", "en-US"]);
  expect(taken.code).toBe(2);
  expect(taken.stderr).toContain("the output file exists and is not overwritten");
  expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
  expect(hash(input)).toBe(before);
});

test.each([
  ["in a directory that is not there", ["missing", "out.xlsx"], "所在文件夹不存在"],
  ["under a file", ["in.xlsx", "out.xlsx"], "路径中有一部分不是目录"],
])("an output path the file system refuses (%s): one sentence, never an errno code", async (_what, parts, reason) => {
  const input = path.join(dir, "in.xlsx");
  fs.copyFileSync(path.join(SEEDS, "guangzhou-2024.xlsx"), input);
  const out = path.join(dir, ...parts);
  const result = await run([input, "-o", out]);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(`jixiao-lint: 无法写入 ${out}：${reason}\n`);
});

test.each([
  [[], "请给出一个要转换的 .xlsx 文件"],
  [["a.xlsx"], "请用 -o <输出.xlsx> 给出输出文件"],
  [["a.xlsx", "-o", "b.xlsx", "--to", "pdf"], "--to 的取值应为 form 或 flat，收到“pdf”"],
  [["a.xlsx", "b.xlsx", "-o", "c.xlsx"], "一次只能转换一个文件"],
  [["a.xlsx", "-o", "c.xlsx", "--bogus"], "未知选项 --bogus"],
])("usage error %j: exit 2 and one line", async (args, message) => {
  const result = await run(args);
  expect(result.code).toBe(2);
  expect(result.stderr.split("\n")[0]).toBe(`jixiao-lint: ${message}`);
});

test("a file that is not a workbook: exit 2, one sentence, nothing written", async () => {
  const input = path.join(dir, "notes.xlsx");
  fs.writeFileSync(input, "just text");
  const out = path.join(dir, "out.xlsx");
  const result = await run([input, "-o", out]);
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(fs.existsSync(out)).toBe(false);
});
