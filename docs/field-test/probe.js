/*
 * jixiao-lint field probe: paste into Script Lab (Excel → Home → Script Lab → Code, the Script tab), or run from the
 * browser console of the task pane (F12 in Excel on the web). It works on a NEW, EMPTY sheet it adds itself
 * ("jl-probe") and deletes at the end, and prints a report to paste into an issue. Nothing else in the workbook
 * is changed; the settings key it writes ("jixiao-lint.probe") is removed again.
 *
 * What it probes (docs/excel.md, "Excel behaviours we rely on"; docs/excel-field-test.md):
 *   1. getMergedAreasOrNullObject on a window that cuts a merged area (top-left outside / inside), and on a block:
 *      whole areas, only top-left areas, or clipped areas?
 *   2. getCellProperties fill read-back of no fill, solid white, and our three mark colours (pattern, tintAndShade).
 *   3. Row insert/delete, cell insert (shift down) and sort: changeType, address format and source of onChanged.
 *   4. Whether runtime.enableEvents = false also silences edits the user makes meanwhile (asks you to type).
 *   5. Requirement sets: ExcelApi 1.8–1.20, ExcelUndoApiAll 1.0; platform; whether a settings write can be undone
 *      (asks you to press Ctrl+Z once).
 *   6. Payload: a read of growing size until Excel refuses, and the error code.
 *   7. Hidden rows and columns: rowHidden/columnHidden of a range that hides some (null?), all, none; how
 *      getSpecialCellsOrNullObject("Visible") cuts the visible cells, and whether its address stays whole at 300 areas.
 */
async function jixiaoProbe() {
  const report = {
    when: new Date().toISOString(),
    platform: Office.context.platform,
    host: Office.context.diagnostics?.version,
    sets: {},
    probes: {},
  };
  const log = (k, v) => ((report.probes[k] = v), console.log(k, v));
  for (const v of ["1.8", "1.9", "1.10", "1.13", "1.14", "1.17", "1.18", "1.20"])
    report.sets["ExcelApi " + v] = Office.context.requirements.isSetSupported("ExcelApi", v);
  report.sets["ExcelUndoApiAll 1.0"] = Office.context.requirements.isSetSupported("ExcelUndoApiAll", "1.0");
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.add("jl-probe");
    ws.getRange("B2:C5").merge(false); // rows 2-5
    ws.getRange("E10:F11").merge(false);
    ws.getRange("A1:H12").values = Array.from({ length: 12 }, (_, r) =>
      Array.from({ length: 8 }, (_, c) => (r === 1 && c === 1 ? "merged" : "")),
    );
    await ctx.sync();
    // 1. merges across a window
    const probes = {
      window_B4_H8: ws.getRange("A4:H8"),
      window_A1_H3: ws.getRange("A1:H3"),
      block_A1_H12: ws.getRange("A1:H12"),
    };
    const areas = Object.fromEntries(Object.entries(probes).map(([k, r]) => [k, r.getMergedAreasOrNullObject()]));
    Object.values(areas).forEach((a) => a.load("address"));
    await ctx.sync();
    log("merges", Object.fromEntries(Object.entries(areas).map(([k, a]) => [k, a.isNullObject ? null : a.address])));
    // 2. fill read-back
    ws.getRange("A20").format.fill.clear();
    ws.getRange("B20").format.fill.color = "#FFFFFF";
    ws.getRange("C20").format.fill.color = "#FFC7CE";
    ws.getRange("D20").format.fill.color = "#FFEB9C";
    ws.getRange("E20").format.fill.color = "#DDEBF7";
    const props = ws
      .getRange("A20:E20")
      .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } } });
    await ctx.sync();
    log(
      "fills(no fill, white, error, warning, info)",
      props.value[0].map((c) => c.format.fill),
    );
    // 7. hidden rows and columns
    ws.getRange("J1:M8").values = Array.from({ length: 8 }, (_, r) => Array.from({ length: 4 }, (_, c) => `h${r}${c}`));
    ws.getRange("3:4").rowHidden = true;
    ws.getRange("L:L").columnHidden = true;
    for (let r = 201; r <= 800; r += 2) ws.getRange(`${r}:${r}`).rowHidden = true;
    const flagsOf = (address) => ws.getRange(address).load("rowHidden,columnHidden");
    const flags = { some_J1_M8: flagsOf("J1:M8"), all_J3_M4: flagsOf("J3:M4"), none_J5_K8: flagsOf("J5:K8") };
    const visible = ws.getRange("J1:M8").getSpecialCellsOrNullObject("Visible").load("address");
    const many = ws.getRange("P200:Q800").getSpecialCellsOrNullObject("Visible").load("address,areaCount");
    await ctx.sync();
    log("hidden(flags, visible cells of J1:M8 with rows 3:4 and L hidden, every other row of P200:Q800 hidden)", {
      flags: Object.fromEntries(Object.entries(flags).map(([k, r]) => [k, [r.rowHidden, r.columnHidden]])),
      visible: visible.isNullObject ? null : visible.address,
      many: many.isNullObject
        ? null
        : { areaCount: many.areaCount, inAddress: many.address.split(",").length, chars: many.address.length },
    });
    ws.getRange("1:800").rowHidden = false;
    ws.getRange("L:L").columnHidden = false;
    // 6. payload
    const sizes = {};
    for (const rows of [10_000, 40_000, 80_000, 160_000]) {
      const r = ws.getRangeByIndexes(100, 0, rows, 8);
      r.values = Array.from({ length: rows }, () => Array(8).fill("测试文本测试文本"));
      try {
        await ctx.sync();
        r.load("values");
        await ctx.sync();
        sizes[rows] = "ok";
      } catch (e) {
        sizes[rows] = e.code || String(e);
        break;
      } finally {
        ws.getRangeByIndexes(100, 0, rows, 8).clear();
        await ctx.sync().catch(() => undefined);
      }
    }
    log("payload(rows×8 cells of 8 CJK chars)", sizes);
  });

  // 3. events
  const seen = [];
  let handler;
  await Excel.run(async (ctx) => {
    handler = ctx.workbook.worksheets.onChanged.add(
      async (e) =>
        void seen.push({
          changeType: e.changeType,
          address: e.address,
          source: e.source,
          triggerSource: e.triggerSource,
        }),
    );
    await ctx.sync();
  });
  await Excel.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("jl-probe");
    ws.getRange("3:4").insert("Down");
    await ctx.sync();
    ws.getRange("3:3").delete("Up");
    await ctx.sync();
    ws.getRange("C30:D31").insert("Down");
    await ctx.sync();
    ws.getRange("A40:A43").values = [["d"], ["b"], ["c"], ["a"]];
    await ctx.sync();
    ws.getRange("A40:A43").sort.apply([{ key: 0, ascending: true }]);
    await ctx.sync();
  });
  await sleep(1500);
  log("events(insert rows, delete row, insert cells, write, sort)", seen.splice(0));

  // 4. enableEvents while the user types
  console.log(">>> Within 10 seconds, type anything into jl-probe!H50 and press Enter.");
  await Excel.run(async (ctx) => {
    ctx.runtime.enableEvents = false;
    await ctx.sync();
    await sleep(10_000);
    ctx.runtime.enableEvents = true;
    await ctx.sync();
  });
  await sleep(1000);
  log(
    "user edit heard while enableEvents=false",
    seen.some((e) => /H50/.test(e.address)),
  );

  // 5. settings and undo
  await Excel.run({ mergeUndoGroup: true }, async (ctx) => {
    ctx.workbook.settings.add("jixiao-lint.probe", "1");
    ctx.workbook.worksheets.getItem("jl-probe").getRange("H60").format.fill.color = "#FFC7CE";
    await ctx.sync();
  }).catch((e) => log("grouped run", e.code || String(e)));
  console.log(">>> Press Ctrl+Z once in the sheet within 10 seconds.");
  await sleep(10_000);
  await Excel.run(async (ctx) => {
    const s = ctx.workbook.settings.getItemOrNullObject("jixiao-lint.probe");
    s.load("value");
    const fill = ctx.workbook.worksheets
      .getItem("jl-probe")
      .getRange("H60")
      .getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await ctx.sync();
    log("after one Ctrl+Z", { settingStillThere: !s.isNullObject, fill: fill.value[0][0].format.fill });
    if (!s.isNullObject) ctx.workbook.settings.getItem("jixiao-lint.probe").delete();
    await ctx.sync();
  });

  await Excel.run(async (ctx) => {
    handler.remove();
    ctx.workbook.worksheets.getItem("jl-probe").delete();
    await ctx.sync();
  }).catch(() => undefined);
  const text = "```json\n" + JSON.stringify(report, null, 1) + "\n```";
  console.log(text);
  return text;
}
jixiaoProbe().catch((e) => console.error("probe failed", e));
