/**
 * A copy of the Qingdao sample as an officer's workbook might be: some cells
 * already carry the officer's own fills and notes, which marking must never lose.
 */
const ExcelJS = require("exceljs");
const fs = require("fs");
const path = require("path");
const { root, outDir } = require("./harness");

const USER_FILL = "E2EFDA";
const USER_NOTE = "请核实（用户自己的批注）";

function solid(argb) {
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${argb}` } };
}

/** exceljs shares one style object among cells read with the same style: give this cell its own. */
function setFill(cell, argb) {
  cell.style = { ...cell.style, fill: solid(argb) };
}

/** The first 满意度 indicator whose value is a clean `≥N%` with a standard basis: no finding there. */
function cleanSatisfactionRow(sheet) {
  let found;
  sheet.eachRow((row, r) => {
    const name = row.getCell(3).value;
    const value = row.getCell(6).value;
    if (
      !found &&
      typeof name === "string" &&
      name.endsWith("满意度") &&
      /^≥\d+%$/.test(String(value)) &&
      row.getCell(7).value === "其他标准"
    )
      found = r;
  });
  if (!found) throw new Error("no clean 满意度 row in the Qingdao sample");
  return found;
}

/** Writes the fixture; returns its path, the target cell, and every cell's original fill and note. */
async function buildFixture() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(root, "seeds", "qingdao-2023.xlsx"));
  const sheet = workbook.worksheets[0];
  const target = cleanSatisfactionRow(sheet);
  setFill(sheet.getCell(`F${target}`), USER_FILL);
  setFill(sheet.getCell("F13"), "FFF2CC");
  sheet.getCell("F13").note = USER_NOTE;
  sheet.getCell("B3").note = "编码来自预算系统";
  const file = path.join(outDir, "fixtures", "qingdao-user.xlsx");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return {
    file,
    targetCell: `F${target}`,
    userFill: `#${USER_FILL}`,
    userNote: USER_NOTE,
    originals: await looksOf(file),
  };
}

/** "row,col" → fill and → note, 0-based, as the playground keeps them. */
async function looksOf(file) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const fills = {};
  const notes = {};
  workbook.worksheets[0].eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const argb = cell.fill && cell.fill.type === "pattern" && cell.fill.fgColor && cell.fill.fgColor.argb;
      if (argb) fills[`${r - 1},${c - 1}`] = `#${argb.slice(2).toUpperCase()}`;
      const note =
        typeof cell.note === "string"
          ? cell.note
          : cell.note && cell.note.texts && cell.note.texts.map((t) => t.text).join("");
      if (note) notes[`${r - 1},${c - 1}`] = note;
    }),
  );
  return { fills, notes };
}

module.exports = { buildFixture };
