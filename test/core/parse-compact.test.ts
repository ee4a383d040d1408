/** Compact layout: the builder's contract, and the packed-cell forms of the Guangzhou seed. */
import type { Grid } from "../../src/core/grid/grid";
import { locateTables } from "../../src/core/locate/locate";
import { parseTable } from "../../src/core/parse/parse";
import { parsePacked } from "../../src/core/parse/packed";
import { buildCompactTables, DEFAULT_ITEMS, type CompactProject } from "../helpers/compact-table";

const parseAll = (grid: Grid) => locateTables(grid).map((l) => parseTable(grid, l));

const projects: CompactProject[] = [
  { name: "无线电监测运维经费", goal: "保障运行。", items: DEFAULT_ITEMS },
  { name: "培训经费", goal: "提升能力。", items: DEFAULT_ITEMS.slice(0, 2) },
  { name: "购置经费", goal: "更新设备。", items: [["1", "产出指标", "11", "数量指标", "车辆采购数量", "2辆", "2辆"]] },
];

describe("compact layout: builder contract", () => {
  it("one project", () => {
    const { grid, tables } = buildCompactTables();
    expect(parseAll(grid)).toEqual(tables);
  });

  it("several projects", () => {
    const { grid, tables } = buildCompactTables({ projects, sheet: "广州" });
    expect(parseAll(grid)).toEqual(tables);
  });

  it("several unit rows: each project takes the latest unit row", () => {
    const { grid } = buildCompactTables({ projects });
    grid.values.splice(3, 0, ["广州市工业和信息化产业发展中心", null, null]);
    grid.values.push(
      [null, null, null],
      ["项目名称（资金使用单位）", "绩效目标", "绩效指标"],
      ["尾项目", "目标", "1、1-产出指标；11-数量指标：x；实施周期指标值:1个；年度指标值:1个。"],
    );
    const parsed = parseAll(grid);
    expect(parsed.map((t) => [t.name?.text, t.unit?.text, t.unit?.row])).toEqual([
      ["无线电监测运维经费", "广州市无线电监测站", 1],
      ["培训经费", "广州市工业和信息化产业发展中心", 3],
      ["购置经费", "广州市工业和信息化产业发展中心", 3],
      ["尾项目", "广州市工业和信息化产业发展中心", 3],
    ]);
  });

  it("a list below a title, with the header repeated per page and offset columns", () => {
    const row = (name: string, goal: string | null, ind: string | null) => [null, name, goal, ind];
    const header = row("项目名称（资金使用单位）", "绩效目标", "绩效指标");
    const item = "1、3-满意度指标；31-服务对象满意度；服务对象满意度；实施周期指标值:≥95%；年度指标值:≥95%。";
    const grid: Grid = {
      sheet: "S",
      top: 0,
      left: 0,
      merges: [],
      values: [
        [null, "项目支出绩效目标表（含转移支付项目）"],
        [null, "部门名称：广州市工业和信息化局"],
        header,
        row("其他运行经费", "目标", item),
        [],
        header,
        row("广州市无线电监测站", null, null),
        row("业务用房物业管理费", "目标", item),
      ],
    };
    const parsed = parseAll(grid);
    expect(parsed.map((t) => [t.id, t.unit?.text, t.indicators.length])).toEqual([
      ["S!B4", undefined, 1],
      ["S!B8", "广州市无线电监测站", 1],
    ]);
    expect(parsed[0].range).toEqual({ top: 3, left: 1, bottom: 3, right: 3 });
  });
});

function parts(text: string) {
  return parsePacked(text).map((item) =>
    Object.fromEntries(Object.entries(item).map(([k, s]) => [k, text.slice(s!.start, s!.end)])),
  );
}

describe("packed indicator cells", () => {
  it("reads the builder's form", () => {
    expect(parts("1、1-产出指标；11-数量指标：运维业务系统数量；实施周期指标值:3个；年度指标值:3个。")).toEqual([
      {
        level1Code: "1",
        level1: "产出指标",
        level2Code: "11",
        level2: "数量指标",
        name: "运维业务系统数量",
        periodValue: "3个",
        annualValue: "3个",
      },
    ]);
  });

  it.each([
    [
      "；after level2",
      "4、2-效益指标；21-经济效益；落户以来累计创造就业岗位（含劳务外包）（个）；实施周期指标值:3500；年度指标值:3500。",
      "落户以来累计创造就业岗位（含劳务外包）（个）",
      "3500",
      "3500",
    ],
    [
      "。 before the values",
      "4、2-效益指标；21-经济效益；带动培育省级及以上专精特新企业。实施周期指标值:1,500家以上；年度指标值:1,500家以上。",
      "带动培育省级及以上专精特新企业",
      "1,500家以上",
      "1,500家以上",
    ],
    [
      "：after level2 in a later item",
      "1、1-产出指标；12-质量指标：队员使用装备、设备熟练程度；实施周期指标值:达100%；年度指标值:达100%。",
      "队员使用装备、设备熟练程度",
      "达100%",
      "达100%",
    ],
    [
      "、 and ， inside a value",
      "6、1-产出指标；11-数量指标；无线电网管理宣传公益广告播放频率；实施周期指标值:上、下半年各播放4周，≥20次/日；年度指标值:上、下半年各播放4周，≥20次/日。",
      "无线电网管理宣传公益广告播放频率",
      "上、下半年各播放4周，≥20次/日",
      "上、下半年各播放4周，≥20次/日",
    ],
    [
      "full-width colon after the keyword",
      "1、1-产出指标；11-数量指标；调研报告；实施周期指标值：2份；年度指标值：2份",
      "调研报告",
      "2份",
      "2份",
    ],
  ])("%s", (_, text, name, period, annual) => {
    const [item] = parts(text);
    expect(item).toMatchObject({ name, periodValue: period, annualValue: annual });
  });

  it("splits items at their numbers only", () => {
    const text =
      "1、1-产出指标；11-数量指标；产业数据处理服务工作报告数量；实施周期指标值:2；年度指标值:产业数据加工与治理服务工作报告1份、产业数据业务支撑服务工作报告1份。2、1-产出指标；11-数量指标；新增或更新的重点企业档案数量；实施周期指标值:1；年度指标值:完成。";
    const items = parts(text);
    expect(items).toHaveLength(2);
    expect(items[0].annualValue).toBe("产业数据加工与治理服务工作报告1份、产业数据业务支撑服务工作报告1份");
    expect(items[1]).toMatchObject({ level1Code: "1", level2Code: "11", periodValue: "1", annualValue: "完成" });
  });

  it.each([
    [
      "（N）",
      "（1）1-产出指标；11-数量指标：调研报告；实施周期指标值:2份；年度指标值:2份。（2）2-效益指标；22-社会效益：服务能力；实施周期指标值:提升；年度指标值:提升。",
    ],
    [
      "N.",
      "1.1-产出指标；11-数量指标：调研报告；实施周期指标值:2份；年度指标值:2份。2.2-效益指标；22-社会效益：服务能力；实施周期指标值:提升；年度指标值:提升。",
    ],
    [
      "N)",
      "1)1-产出指标；11-数量指标：调研报告；实施周期指标值:2份；年度指标值:2份。2)2-效益指标；22-社会效益：服务能力；实施周期指标值:提升；年度指标值:提升。",
    ],
    [
      "①",
      "①1-产出指标；11-数量指标：调研报告；实施周期指标值:2份；年度指标值:2份。②2-效益指标；22-社会效益：服务能力；实施周期指标值:提升；年度指标值:提升。",
    ],
  ])("items numbered %s are split there too", (_, text) => {
    const items = parts(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ level1Code: "1", level2Code: "11", name: "调研报告", annualValue: "2份" });
    expect(items[1]).toMatchObject({ level1Code: "2", level2Code: "22", name: "服务能力", annualValue: "提升" });
  });

  // Thirteenth session (东莞): typed in an IME's full-width mode; the spans still stand in the cell as written.
  it("items numbered and coded in full-width digits are split and read", () => {
    const text =
      "１、１-产出指标；１１-数量指标：监督检查生产建设项目；指标值：≥300个。２、２-效益指标；２３-生态效益：水土保持率；指标值：≥92%。";
    const items = parts(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ level1Code: "１", level2Code: "１１", name: "监督检查生产建设项目" });
    expect(items[1]).toMatchObject({ level1Code: "２", level2Code: "２３", name: "水土保持率" });
  });

  // Thirteenth session: `N、` after a space or a comma inside a value numbers things (`1、2号楼`), not items.
  it("a number with 、 inside a value after a space or a comma splits nothing", () => {
    const text =
      "1、1-产出指标；11-数量指标：改造楼栋；实施周期指标值: 1、2号楼；年度指标值: １、２号楼。2、1-产出指标；12-质量指标：巡查次数；实施周期指标值:≥24次，1、3季度各8次；年度指标值:≥24次。";
    const items = parts(text);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ name: "改造楼栋", periodValue: "1、2号楼", annualValue: "１、２号楼" });
    expect(items[1]).toMatchObject({ name: "巡查次数", periodValue: "≥24次，1、3季度各8次", annualValue: "≥24次" });
  });

  it("items one per line without numbers are split at each line that opens with a 一级", () => {
    const items = parts(
      "1-产出指标；11-数量指标：调研报告；实施周期指标值:2份；年度指标值:2份。\n2-效益指标；22-社会效益：服务能力；实施周期指标值:提升；年度指标值:提升。",
    );
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ level1Code: "1", name: "调研报告", annualValue: "2份" });
    expect(items[1]).toMatchObject({ level1Code: "2", level2Code: "22", name: "服务能力", annualValue: "提升" });
  });

  it.each([
    [
      "成本指标 as the old scheme's 二级 on a line of its own",
      "产出指标；\n成本指标：培训费用；实施周期指标值:≤10万元；年度指标值:≤10万元。",
    ],
    [
      "a value's next line opening with a 一级 word",
      "1-产出指标；11-数量指标：培训场次；实施周期指标值:20场；年度指标值:20场，\n产出指标完成后开展评估。",
    ],
  ])("%s splits nothing", (_, text) => {
    expect(parts(text)).toHaveLength(1);
  });

  it("a line break inside an item (before its 二级) splits nothing", () => {
    const items = parts("1-产出指标；\n11-数量指标：调研报告；实施周期指标值:2份；年度指标值:2份。");
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ level1Code: "1", level2Code: "11", name: "调研报告" });
  });

  it.each([
    ["a decimal", "1.5万元"],
    ["a decimal range", "1.5-2小时"],
    ["a dotted date range", "1.1-12.31"],
  ])("%s in a value is no item number", (_, value) => {
    const items = parts(`1、1-产出指标；13-时效指标：响应时间；实施周期指标值: ${value}；年度指标值: ${value}。`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ periodValue: value, annualValue: value });
  });

  it("keeps what it can of an item without codes or values", () => {
    // Items numbered （N） with a bare name, one after another's full stop.
    const named = parts(
      "（1）培训人次；实施周期指标值:≥1500人次；年度指标值:≥500人次。（2）培训合格率；实施周期指标值:≥95%；年度指标值:≥95%。",
    );
    expect(named.map((i) => i.name)).toEqual(["培训人次", "培训合格率"]);

    // Circled points inside a value number the value's points, not items.
    const points = parts(
      "1、1-产出指标；12-质量指标：工程验收情况；实施周期指标值:①合格率100%；②优良率≥80%；年度指标值:合格率100%。",
    );
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ periodValue: "①合格率100%；②优良率≥80%", annualValue: "合格率100%" });

    expect(parts("产出指标；数量指标；调研报告2份")).toEqual([
      { level1: "产出指标", level2: "数量指标", name: "调研报告2份" },
    ]);
    expect(parts("  ")).toEqual([]);
    expect(parts("随便写的一段话")).toEqual([{ name: "随便写的一段话" }]);
  });

  it("gives fields with spans into the whole cell", () => {
    const { grid } = buildCompactTables();
    const [table] = parseAll(grid);
    const value = table.indicators[1].periodValue!;
    expect(value.cellText!.slice(value.span!.start, value.span!.end)).toBe("≥95%");
    expect(value).toMatchObject({ row: 2, col: 2, text: "≥95%" });
  });
});
