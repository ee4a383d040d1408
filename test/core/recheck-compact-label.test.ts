/**
 * A re-check that starts inside a compact list walks up to the list's header.
 * A label written beside the list's columns in a project row (`项目名称` in
 * column D) does not end the list when it is walked down, so it must not end
 * the walk up either: the projects under a later unit row are found again.
 */
import { lintGrid, recheck } from "../../src/core/lint/lint";
import { gridOf } from "../corpus/corpus";

const FILLER = Array.from(
  { length: 12 },
  (_, i) => `项目${i}|目标|1、1-产出指标；11-数量指标：培训次数；实施周期指标值:${i + 1}次；年度指标值:${i + 1}次。|`,
).join("\n");

const LIST = `
项目名称（资金使用单位）|绩效目标|绩效指标|
项目A|目标A|1、1-产出指标；11-数量指标：运维系统数量；实施周期指标值:3个；年度指标值:3个。|项目名称
${FILLER}
单位乙|||
项目B|目标B|1、1-产出指标；11-数量指标：检测次数；实施周期指标值:5次；年度指标值:5次。|
项目C|目标C|1、3-满意度指标；31-服务对象满意度：学员满意度；实施周期指标值:≥90%；年度指标值:≥90%。|`;

test("an edit under a later unit row re-checks as a full check does", () => {
  const grid = gridOf(LIST);
  const before = lintGrid(grid);
  expect(before.tables).toHaveLength(15);
  expect(before.tables.find((t) => t.name?.text === "项目C")?.unit?.text).toBe("单位乙");
  const row = grid.values.findIndex((r) => r[0] === "项目B");
  const edited = { ...grid, values: grid.values.map((r) => [...r]) };
  edited.values[row][1] = "新目标";
  const live = recheck(edited, before, { top: row, left: 1, bottom: row, right: 1 });
  const full = lintGrid(edited);
  const key = (d: { cell: string; ruleId: string; message: { zh: string } }) => `${d.cell} ${d.ruleId} ${d.message.zh}`;
  expect(live.tables.map((t) => t.id)).toEqual(full.tables.map((t) => t.id));
  expect(live.diagnostics.map(key)).toEqual(full.diagnostics.map(key));
});

/*
 * A project far under its list's header still depends on it: blanking the
 * header's 绩效目标 ends the list in a full check, so a re-check must drop the
 * projects beyond an edit's reach too (found by test:live-equals-full).
 */
test("an edit of a list's header re-checks every project under it", () => {
  const grid = gridOf(LIST);
  const before = lintGrid(grid);
  const edited = { ...grid, values: grid.values.map((r) => [...r]) };
  edited.values[0][1] = null;
  const live = recheck(edited, before, { top: 0, left: 1, bottom: 0, right: 1 });
  const full = lintGrid(edited);
  expect(full.tables.length).toBeLessThan(before.tables.length);
  expect(live.tables.map((t) => t.id)).toEqual(full.tables.map((t) => t.id));
  expect(live.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(
    full.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  );
});

/*
 * A sign-off row (`单位负责人：…`) ends the list as a full check reads it; a re-check starting below it must not
 * walk up past it to the header and take the rows under it for projects.
 */
const SIGNED = `
项目名称（资金使用单位）|绩效目标|绩效指标|
注册登记服务经费|目标A|1、1-产出指标；11-数量指标：登记户数；实施周期指标值:300户；年度指标值:300户。|
${FILLER}
单位负责人：张三|财务负责人：李四|填表人：王五|
${FILLER.replace(/项目(\d+)/g, "后$1")}
项目B|目标B|1、1-产出指标；11-数量指标：检测次数；实施周期指标值:5次；年度指标值:5次。|`;

test("a sign-off row ends the list, for a full check and for a re-check under it alike", () => {
  const grid = gridOf(SIGNED);
  const before = lintGrid(grid);
  // The project whose name begins with 注 is a project; the sign-off and what follows it are not.
  expect(before.tables.map((t) => t.name?.text)).toEqual([
    "注册登记服务经费",
    ...FILLER.split("\n").map((l) => l.split("|")[0]),
  ]);
  const row = grid.values.findIndex((r) => r[0] === "项目B");
  const edited = { ...grid, values: grid.values.map((r) => [...r]) };
  edited.values[row][1] = "新目标";
  const live = recheck(edited, before, { top: row, left: 1, bottom: row, right: 1 });
  const full = lintGrid(edited);
  expect(live.tables.map((t) => t.id)).toEqual(full.tables.map((t) => t.id));
  expect(live.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(
    full.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  );
});

test("a project whose name holds 盖章 is a project, not a seal line", () => {
  const grid = gridOf(`
项目名称（资金使用单位）|绩效目标|绩效指标|
普通项目一|目标一|1、1-产出指标；11-数量指标：运维系统数量；实施周期指标值:3个；年度指标值:3个。|
政务服务电子盖章系统运维|目标二|1、1-产出指标；11-数量指标：运维系统数量；实施周期指标值:3个；年度指标值:3个。|
普通项目二|目标三|1、1-产出指标；11-数量指标：运维系统数量；实施周期指标值:3个；年度指标值:3个。|`);
  expect(lintGrid(grid).tables.map((t) => t.name?.text)).toEqual([
    "普通项目一",
    "政务服务电子盖章系统运维",
    "普通项目二",
  ]);
});
