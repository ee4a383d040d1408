import rule from "../../src/core/rules/basis-type";
import { UNCALCULATED } from "../../src/core/grid/grid";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { lintTable } from "../../src/core/lint/lint-table";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";

const withBasis = (i: number, basis: string): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([...r.slice(0, 5), basis] as IndicatorRow) : r));

const QINGDAO_11 = "根据2022年平台运行数据进行测算。";

/** 上海's header asks for the basis and its data source; the same rows under 指标值确定依据 ask for a type. */
const shanghai = (basisHeader: string) =>
  written(`项目名称|营养午餐补贴|<|<|<
年度资金总额|2800|<|<|<
年度绩效目标|保障学生营养健康。|<|<|<
一级指标|二级指标|三级指标|指标值|${basisHeader}
产出指标|数量指标|受助学生人数|≥1.2万人|根据2024年实际受助人数测算，数据来源于学生资助管理系统
效益指标|社会效益指标|辍学人数|0人|教育统计年报
满意度指标|服务对象满意度指标|学生满意度|≥90%|问卷调查`);

runRule(rule, {
  valid: [
    {
      name: "a basis that is a formula the file holds no result for is no words of the officer's",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 1 ? ([...r.slice(0, 5), { error: UNCALCULATED }] as unknown as IndicatorRow) : r,
        ),
      }),
    },
    { name: "form: the five types", table: form() },
    {
      name: "form: a type with a document in brackets",
      table: form({ indicators: withBasis(1, "计划标准（青政发〔2021〕18号文件）") }),
    },
    {
      name: "form: a type with a book title (Qingdao 2)",
      table: form({ indicators: withBasis(1, "行业标准《青岛市政府食盐储备合同》") }),
    },
    { name: "form: a type written inside the text", table: form({ indicators: withBasis(1, "参照行业标准") }) },
    { name: "form: full-width and spaces", table: form({ indicators: withBasis(1, " 历史 标准 ") }) },
    { name: "form: 其它标准, the other spelling of 其他", table: form({ indicators: withBasis(1, "其它标准") }) },
    { name: "form: empty basis is basis-missing's", table: form({ indicators: withBasis(1, "") }) },
    { name: "compact: no basis column", table: compact() },
    { name: "flat: default export", table: flat() },
    { name: "上海: a basis with its data source names no type", table: shanghai("指标值设定依据及数据来源") },
    { name: "上海: a column of data sources", table: shanghai("数据来源") },
  ],
  invalid: [
    {
      name: "form: Qingdao 21 历史指标 → 历史标准 (certain fix)",
      table: form({ indicators: withBasis(1, "历史指标") }),
      errors: [{ cell: "G11", severity: "warning", messageId: "misspelt", fix: "历史标准", suggestions: [] }],
    },
    {
      name: "form: 历史数据 with a source keeps the source",
      table: form({ indicators: withBasis(1, "历史数据（2022年统计）") }),
      errors: [
        { cell: "G11", severity: "warning", messageId: "misspelt", fix: "历史标准（2022年统计）", suggestions: [] },
      ],
    },
    {
      // `计划指标下达文件` names a document: a fix would rename it, so the type is only offered.
      name: "form: a misspelt word opening a sentence is a suggestion, not a fix",
      table: form({ indicators: withBasis(1, "计划指标下达文件（湘建保〔2023〕5号）") }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "misspelt",
          fix: null,
          suggestions: ["计划标准（计划指标下达文件（湘建保〔2023〕5号））"],
        },
      ],
    },
    {
      name: "form: Qingdao 11 测算 suggests 历史标准",
      table: form({ indicators: withBasis(1, QINGDAO_11) }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "estimate",
          fix: null,
          suggestions: ["历史标准（根据2022年平台运行数据进行测算）"],
        },
      ],
    },
    {
      name: "form: Qingdao 11 with the scoring note behind a tab: the suggestion drops the note",
      table: form({ indicators: withBasis(1, `${QINGDAO_11}\t完成指标值得满分，未完成的按比例扣分。`) }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "estimate",
          suggestions: ["历史标准（根据2022年平台运行数据进行测算）"],
          fix: null,
        },
      ],
    },
    {
      name: "form: a national or trade standard, by number or title: 行业标准",
      table: form({ indicators: withBasis(1, "GB5749-2022") }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "standard",
          suggestions: ["行业标准（GB5749-2022）"],
          fix: null,
        },
      ],
    },
    // Eighteenth session's review: a standard by its tier keeps the tier, its document beside it, not nested.
    ...(
      [
        ["国家标准", "行业标准（国家标准）"],
        ["国家标准（GB 3095-2012）", "行业标准（国家标准，GB 3095-2012）"],
        ["省级标准", "行业标准（省级标准）"],
        ["地方标准", "行业标准（地方标准）"],
      ] as const
    ).map(([basis, suggested]) => ({
      name: `form: a standard by its tier, \`${basis}\`: 行业标准 with the tier kept`,
      table: form({ indicators: withBasis(1, basis) }),
      errors: [
        { cell: "G11", severity: "warning" as const, messageId: "standard", suggestions: [suggested], fix: null },
      ],
    })),
    {
      name: "form: a trade code by its title: 行业标准",
      table: form({ indicators: withBasis(1, "《城市道路养护技术规范》") }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "standard",
          suggestions: ["行业标准《城市道路养护技术规范》"],
          fix: null,
        },
      ],
    },
    ...["《信息安全技术 网络安全等级保护基本要求》", "《高标准农田建设 通则》", "《预防接种工作规范（2023年版）》"].map(
      (basis) => ({
        // Fifteenth session: a standard's 基本要求 or 通则, a code with its edition.
        name: `form: ${basis} is a standard: 行业标准`,
        table: form({ indicators: withBasis(1, basis) }),
        errors: [
          {
            cell: "G11",
            severity: "warning" as const,
            messageId: "standard",
            suggestions: [`行业标准${basis}`],
            fix: null,
          },
        ],
      }),
    ),
    {
      name: "form: Qingdao 20 a bare document number",
      table: form({ indicators: withBasis(1, "国无办函[2022]40号") }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "document",
          suggestions: ["计划标准（国无办函[2022]40号）"],
          fix: null,
        },
      ],
    },
    {
      name: "form: Qingdao 19 a bare book title",
      table: form({
        indicators: withBasis(1, "《青岛市智能网联汽车道路测试与示范应用管理实施细则》（青工信规〔2022〕1号）"),
      }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "document",
          suggestions: ["计划标准《青岛市智能网联汽车道路测试与示范应用管理实施细则》（青工信规〔2022〕1号）"],
          fix: null,
        },
      ],
    },
    {
      name: "form: Qingdao 9, a plan document named by its kind",
      table: form({ indicators: withBasis(1, "2023年整体活动方案") }),
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "document",
          suggestions: ["计划标准（2023年整体活动方案）"],
          fix: null,
        },
      ],
    },
    {
      name: "form: Qingdao 9, earlier years' results suggest 历史标准",
      table: form({ indicators: withBasis(1, "根据2021年2022年项目公开招标结果") }),
      // The text says nothing of 测算: the message speaks of earlier results, not of an estimate.
      errors: [
        {
          cell: "G11",
          severity: "warning",
          messageId: "pastData",
          suggestions: ["历史标准（根据2021年2022年项目公开招标结果）"],
          fix: null,
        },
      ],
    },
    {
      name: "form: a subsidy standard on a 成本 row suggests 预算支出标准",
      table: form({ indicators: withBasis(0, "新能源汽车财政补助标准") }),
      errors: [
        {
          cell: "G10",
          severity: "warning",
          messageId: "spending",
          suggestions: ["预算支出标准（新能源汽车财政补助标准）"],
          fix: null,
        },
      ],
    },
    {
      // Eighteenth session's review: a rule of what may be spent, and the type written short.
      name: "form: a spending rule (`《…差旅费管理办法》`) and `支出标准` on 成本 rows suggest 预算支出标准",
      table: form({
        indicators: withBasis(0, "《中央和国家机关差旅费管理办法》").concat([
          ["", "经济成本指标", "会议费", "会议费", "≤10万元", "支出标准"],
        ]),
      }),
      errors: [
        {
          cell: "G10",
          severity: "warning",
          messageId: "spending",
          suggestions: ["预算支出标准《中央和国家机关差旅费管理办法》"],
          fix: null,
        },
        { cell: "G16", severity: "warning", messageId: "spending", suggestions: ["预算支出标准"], fix: null },
      ],
    },
    {
      // Sixteenth session: a cost standard by its kind (`…工程造价指标`) had been offered 计划标准.
      name: "form: a works cost index on a 成本 row suggests 预算支出标准",
      table: form({ indicators: withBasis(0, "《烟台市中小学校舍维修改造工程造价指标》") }),
      errors: [
        {
          cell: "G10",
          severity: "warning",
          messageId: "spending",
          suggestions: ["预算支出标准《烟台市中小学校舍维修改造工程造价指标》"],
          fix: null,
        },
      ],
    },
    {
      name: "form: the same words on a 产出 row name no type: no suggestion",
      table: form({ indicators: withBasis(1, "会议费标准") }),
      errors: [{ cell: "G11", severity: "warning", messageId: "noType", suggestions: [], fix: null }],
    },
    {
      name: "flat: free text",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 0 ? ([...r.slice(0, 8), "会场单位的统计"] as FlatRow) : r)),
      }),
      errors: [{ cell: "I7", severity: "warning", messageId: "noType", fix: null, suggestions: [] }],
    },
    {
      name: "上海's rows under 指标值确定依据 still name no type",
      table: shanghai("指标值确定依据"),
      errors: [
        {
          cell: "E5",
          severity: "warning",
          messageId: "estimate",
          fix: null,
          suggestions: ["历史标准（根据2024年实际受助人数测算，数据来源于学生资助管理系统）"],
        },
        { cell: "E6", severity: "warning", messageId: "noType", fix: null, suggestions: [] },
        { cell: "E7", severity: "warning", messageId: "noType", fix: null, suggestions: [] },
      ],
    },
  ],
});

describe("basis-type messages say what the basis says", () => {
  const zh = (basis: string) => lintTable(form({ indicators: withBasis(1, basis) }), undefined, [rule])[0].message.zh;

  it("earlier results are not called an estimate (Qingdao 10 G198)", () => {
    const message = zh("根据2021年2022年项目公开招标结果");
    expect(message).not.toContain("测算");
    expect(message).toContain("以往的结果");
  });

  it("a 测算 is called one", () => {
    expect(zh("根据2022年平台运行数据进行测算。")).toContain("测算得出");
  });
});
