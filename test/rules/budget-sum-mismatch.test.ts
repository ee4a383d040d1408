import rule from "../../src/core/rules/budget-sum-mismatch";
import type { TargetTable } from "../../src/core/model/table";
import { UNCALCULATED } from "../../src/core/grid/grid";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { lintTable } from "../../src/core/lint/lint-table";

/** The table as a form with no 其他资金 label reads: no 其他资金, and no part of it among the funds. */
const withoutOther = (table: TargetTable): TargetTable => ({
  ...table,
  other: undefined,
  fundParts: table.fundParts?.filter((p) => p.row !== table.other?.row || p.col !== table.other?.col),
});

/** A 中央预算内投资 table whose head holds the whole investment and the sources `rows` names. */
const investment = (rows: string) =>
  written(`2024年中央预算内投资项目绩效目标表|<|<|<|<|<
项目名称|定西市安定区城乡供水一体化工程|<|<|<|<
${rows}
年度绩效目标|新建供水管网85公里，受益人口8万人。|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<
产出指标|数量指标|新建供水管网|≥85公里|计划标准|<`);

/** A multi-year project's head: the whole's money and the year's down column A, each row with its parts. */
const wholeAndYear = (rows: string) =>
  written(`项目支出绩效目标申报表|<|<|<|<|<
项目名称|社区养老服务中心建设|<|<|<|<
${rows}
绩效目标|完成年度建设任务|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<
产出指标|数量指标|补助人数|≥500人|计划标准|<`);

/** A head whose funds block is `rows` (label column B, amounts in F), over a small indicator block. */
const funds = (rows: string) =>
  written(`项目支出绩效目标表|<|<|<|<|<
项目名称|测试项目|<|<|<|<
${rows}
绩效目标|完成任务|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|备注
产出指标|数量指标|培训人次|≥500人次|计划标准|`);

/** The central template: 中期 and 年度 funds side by side, each with its parts. */
const periods = (yearFiscal: number) =>
  written(`项目支出绩效目标申报表|<|<|<|<|<|<
项目名称|测试项目|<|<|<|<|<
项目资金（万元）|中期资金总额：|<|3600|年度资金总额：|<|1200
^|其中：财政拨款|<|3000|其中：财政拨款|<|${yearFiscal}
^|其他资金|<|600|其他资金|<|200
绩效目标|完成任务|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|备注|<
产出指标|数量指标|培训人次|≥500人次|计划标准||<`);

runRule(rule, {
  valid: [
    // Seventeenth session's review: the whole project's parts are the whole's, the year's the year's.
    {
      name: "the whole's parts and the year's, each on its own rows (`项目总投资` over `本年度预算`)",
      table: wholeAndYear(`项目总投资（万元）|1350|其中：财政资金|1200|<|<
其他资金|150|<|<|<|<
本年度预算（万元）|450|其中：财政资金|400|<|<
其他资金|50|<|<|<|<`),
    },
    {
      name: "the whole's parts on its row, none on the year's (`项目总投资 | 500 | 其中：中央资金 | 300 | 地方资金 | 200`)",
      table: wholeAndYear(`项目总投资（万元）|500|其中：中央资金|300|地方资金|200
本年度预算（万元）|100|<|<|<|<`),
    },
    {
      // The second review: units that differ between the labels leave nothing to compare.
      name: "`项目总投资（亿元） | 1.2` beside `中央补助资金（万元） | 5000`",
      table: investment(`项目总投资（亿元）|1.2|<|中央补助资金（万元）|5000|<`),
    },
    {
      // Fifteenth session: a 中央预算内投资 table names the central share beside the whole investment, no other source.
      name: "`项目总投资 | 9000` beside `中央补助资金 | 5000`, no 其他资金: the other sources are not listed",
      table: investment(`项目总投资（万元）|9000|<|中央补助资金（万元）|5000|<`),
    },
    {
      // Sixteenth session: 发改's own word for the central share, short of the whole.
      name: "`项目总投资 | 9000` beside `中央预算内投资 | 5000`, no 其他资金",
      table: investment(`项目总投资（万元）|9000|<|中央预算内投资（万元）|5000|<`),
    },
    {
      name: "a fund source named otherwise (中央转移支付) under the parts read",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|100
^|其中：财政资金|<|<|<|60
^|中央转移支付|<|<|<|40
^|其他资金|<|<|<|0`),
    },
    { name: "中期 and 年度 funds side by side: each part against its own total", table: periods(1000) },
    {
      // Thirteenth session (海南, 财预〔2021〕61号 template): 其他资金 is a part of 项目总投资, beside 资本金 and 债券.
      name: "a bond table: this year's bonds as the budget, 其他资金 of the whole investment, no 财政资金",
      table: funds(`项目总投资（万元）|<|<|<|<|186000
项目资本金（万元）|<|<|<|<|37200
专项债券资金（万元）|<|<|<|<|120000
其中：本年申请债券资金|<|<|<|<|50000
其他资金（万元）|<|<|<|<|28800`),
    },
    {
      name: "fund sources across a row, one the words do not know (`自治区资金`): the sum says nothing certain",
      table: funds(`资金总额|中央资金|自治区资金|县级资金|<|<
100|60|30|10|<|<`),
    },
    {
      name: "a part captioned over its own sub-columns (`财政拨款` over `中央 | 省级 | 市县级`): no cell is its amount",
      table: funds(`资金总额|财政拨款|<|<|其他资金|<
^|中央|省级|市县级|^|<
1000|400|300|300|0|<`),
    },
    {
      name: "short county labels across (`总额 | 中央 | 省级 | 县级 | 自筹`) over the amounts",
      table: funds(`项目资金（万元）|总额|中央|省级|县级|自筹
^|1500|1000|300|150|50`),
    },
    {
      name: "label-and-amount cells across (`其中：中央资金：50 | 自治区资金：30 | 县级资金：20`)",
      table: funds(`项目资金（万元）|年度资金总额：100|其中：中央资金：50|自治区资金：30|县级资金：20|<`),
    },
    {
      name: "a part no head word names (市财政资金, 政府性基金): the sum says nothing certain",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|300
^|其中：市财政资金|<|<|<|250
^|其他资金|<|<|<|50`),
    },
    {
      name: "a third part under the named ones",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|300
^|其中：财政拨款|<|<|<|200
^|其他资金|<|<|<|50
^|政府性基金|<|<|<|50`),
    },
    { name: "form: Qingdao 170.00 = 170.00 + blank", table: form({ budget: "170.00", fiscal: "170.00", other: " " }) },
    { name: "form: numbers from the host", table: form({ budget: 195, fiscal: 150, other: 45 }) },
    {
      name: "form: closing punctuation after an amount",
      table: form({ budget: "500万元。", fiscal: "450；", other: "50." }),
    },
    { name: "form: rounding within 0.005", table: form({ budget: 10.01, fiscal: 3.337, other: 6.676 }) },
    {
      name: "form: thousands separators and full-width digits",
      table: form({ budget: "1,500.00", fiscal: "１５００", other: null }),
    },
    { name: "form: an amount with its money unit", table: form({ budget: "170万元", fiscal: "1700000元", other: "" }) },
    { name: "form: 其他资金 written 无 (none)", table: form({ budget: 170, fiscal: 170, other: "无" }) },
    { name: "form: empty 预算数 is field-missing's business", table: form({ budget: null, fiscal: 170 }) },
    { name: "compact: no budget in this layout", table: compact() },
    { name: "flat: default export", table: flat() },
    { name: "form: no 其他资金 label, 财政资金 equals 预算数", table: withoutOther(form({ budget: 20, fiscal: 20 })) },
  ],
  invalid: [
    {
      // Nineteenth session's review: a 0 total had agreed with a blank 其他资金; the total is reported, and no fix
      // sets 财政资金 to 0.
      name: "a total of 0 over a fiscal part of 90: at the total, no suggestion",
      table: funds(`资金情况（万元）|年度资金总额|0|<|<|<
^|其中：财政拨款|90|<|<|<
^|其他资金||<|<|<`),
      errors: [{ cell: "C3", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      // Twentieth session's review (the national 自评 template's rows): a blank 上年结转资金 row beside the fiscal
      // part had made the blank parts "break it down" into 0.
      name: "a total of 0 over a fiscal part of 90 with blank 上年结转资金 and 其他资金 rows: at the total",
      table: funds(`资金情况（万元）|年度资金总额|0|<|<|<
^|其中：本年财政拨款|90|<|<|<
^|上年结转资金||<|<|<
^|其他资金||<|<|<`),
      errors: [{ cell: "C3", severity: "error", messageId: "partsMismatch", fix: null, suggestions: [] }],
    },
    {
      // The session's review: a source above the whole is an entry error, whatever else is not listed.
      name: "`项目总投资 | 9000` beside `中央补助资金 | 12000`: a source above the whole",
      table: investment(`项目总投资（万元）|9000|<|中央补助资金（万元）|12000|<`),
      errors: [{ cell: "E3", severity: "error", messageId: "mismatch", fix: null, suggestions: ["9000"] }],
    },
    {
      // Sixteenth session: 中央预算内投资 had been no part at all, so nothing was weighed.
      name: "`项目总投资 | 9000` beside `中央预算内投资 | 12000`: a source above the whole",
      table: investment(`项目总投资（万元）|9000|<|中央预算内投资（万元）|12000|<`),
      errors: [{ cell: "E3", severity: "error", messageId: "mismatch", fix: null, suggestions: ["9000"] }],
    },
    {
      // With its 其他资金 written, the sources are all listed: they must add up.
      name: "`项目总投资 | 9000` beside `中央补助资金 | 5000` and `其他资金 | 3000`",
      table: investment(`项目总投资（万元）|9000|<|中央补助资金（万元）|5000|<
^|^|^|其他资金（万元）|3000|<`),
      errors: [{ cell: "E3", severity: "error", messageId: "mismatch", fix: null, suggestions: ["6000"] }],
    },
    {
      // Thirteenth session: with no 财政资金 the sum is not weighed, unless the part alone is more than the whole.
      name: "其他资金 alone above the total",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|500
^|其中：其他资金|<|<|<|600`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      name: "form: an error in 预算数 is the formula's to mend, not a number to type over it",
      table: form({ budget: { error: "#DIV/0!" }, fiscal: 150, other: 45 }),
      errors: [{ cell: "C4", severity: "warning", messageId: "cellError", fix: null, suggestions: [] }],
    },
    {
      name: "form: a 预算数 formula the file holds no result for (written by a program)",
      table: form({ budget: { error: UNCALCULATED }, fiscal: 150, other: 45 }),
      errors: [{ cell: "C4", severity: "warning", messageId: "uncalculated", fix: null, suggestions: [] }],
    },
    {
      name: "the 区域 template's parts (`中央财政资金`, `市县资金`) are read, and their wrong sum is found",
      table: funds(`资金情况（万元）|年度资金总额|<|<|<|380000
^|其中：中央财政资金|<|<|<|215600
^|省级资金|<|<|<|82300
^|市县资金|<|<|<|88600
^|其他资金|<|<|<|0`),
      errors: [{ cell: "F3", severity: "error", messageId: "partsMismatch", fix: null, suggestions: [] }],
    },
    {
      name: "the central 自评表's funds block: a total labelled 年度资金总额 under 全年预算数 is no unread part",
      table: written(`项目支出绩效自评表|<|<|<|<|<|<
项目名称|某设备购置项目|<|<|<|<|<
项目资金（万元）||<|年初预算数|全年预算数|全年执行数|分值
^|年度资金总额|<|200|180|176.5|10
^|其中：财政拨款|<|200|150|146.5|—
^|其他资金|<||20|20|—
年度总体目标|购置医疗设备12台。|<|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分
产出指标|数量指标|设备购置数量|12台|12台|30|30`),
      errors: [{ cell: "E5", severity: "error", messageId: "mismatch", fix: null, suggestions: ["160"] }],
    },
    {
      // Seventeenth session: a form with no 其他资金 label may have sources it does not ask for.
      name: "form: no 其他资金 label, 财政资金 short of 预算数: a warning that says the form has no 其他资金",
      table: withoutOther(form({ budget: 300, fiscal: 100 })),
      errors: [{ cell: "E4", severity: "warning", messageId: "fiscalShort", fix: null, suggestions: ["300"] }],
    },
    {
      name: "form: no 其他资金 label, 财政资金 above 预算数: an error",
      table: withoutOther(form({ budget: 100, fiscal: 300 })),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["100"] }],
    },
    {
      name: "the year's own parts that do not add up, under a whole whose parts do",
      table: wholeAndYear(`项目总投资（万元）|1350|其中：财政资金|1200|其他资金|150
本年度预算（万元）|450|其中：财政资金|400|其他资金|100`),
      errors: [{ cell: "D4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["350"] }],
    },
    {
      name: "a 其中 line under 财政 breaks it down in part: 财政 + 其他 is the sum weighed, with its fix",
      table: funds(`预算数（万元）|100|<|<|<|<
资金来源|财政拨款|<|<|<|60
^|其中：上级补助|<|<|<|40
^|其他资金|<|<|<|30`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["70"] }],
    },
    {
      name: "中央补助 | 地方资金 | 其他资金 that disagree: their total is named, and no cell's fix is offered",
      table: funds(`资金情况（万元）|年度金额|<|<|<|86500
^|其中：中央补助|<|<|<|80000
^|地方资金|<|<|<|5500
^|其他资金|<|<|<|0`),
      errors: [{ cell: "F3", severity: "error", messageId: "partsMismatch", fix: null, suggestions: [] }],
    },
    {
      // `1100` in a table whose cells say 元 would mean 1,100元: the suggestion writes what the cell writes.
      name: "amounts written with their unit and thousands separators: the suggestion keeps both",
      table: funds(`项目资金|年度资金总额|<|<|<|12,000,000元
^|其中：财政拨款|<|<|<|10,000,000元
^|其他资金|<|<|<|1,000,000元`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["11,000,000元"] }],
    },
    {
      name: "财政 and 其他 with 财政's own 其中 parts: 财政 + 其他 is the sum weighed, with its fix",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|100
^|财政资金|<|<|<|90
^|其他资金|<|<|<|20
^|其中：中央资金|<|<|<|60
^|省级资金|<|<|<|30`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["80"] }],
    },
    {
      name: "three parts that disagree: their total is named, and no one cell's fix is offered",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|100
^|其中：中央资金|<|<|<|60
^|省级资金|<|<|<|20
^|市级资金|<|<|<|30`),
      errors: [{ cell: "F3", severity: "error", messageId: "partsMismatch", fix: null, suggestions: [] }],
    },
    {
      name: "sub-rows that add up to 财政拨款 break it down: the mismatch with the budget stands",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|100
^|其中：财政资金|<|<|<|80
^|本级|<|<|<|50
^|上级|<|<|<|30
^|其他资金|<|<|<|10`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["90"] }],
    },
    {
      name: "a contact row or a 合计 row under the parts is no unnamed part: the mismatch stands",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|300
^|其中：财政拨款|<|<|<|200
^|其他资金|<|<|<|50
^|合计|<|<|<|250`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["250"] }],
    },
    {
      name: "中期 and 年度 funds side by side: the year's parts disagree with the year's total",
      table: periods(900),
      errors: [{ cell: "G4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["1000"] }],
    },
    {
      name: "named parts that disagree are still reported",
      table: funds(`项目资金（万元）|年度资金总额|<|<|<|300
^|其中：财政拨款|<|<|<|200
^|其他资金|<|<|<|50`),
      errors: [{ cell: "F4", severity: "error", messageId: "mismatch", fix: null, suggestions: ["250"] }],
    },
    {
      name: "form: fiscal short of the budget suggests budget − other",
      table: form({ budget: 170, fiscal: 150, other: null }),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", suggestions: ["170"], fix: null }],
    },
    {
      name: "form: both blank count as 0",
      table: form({ budget: "120.00", fiscal: "", other: "" }),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", suggestions: ["120"], fix: null }],
    },
    {
      name: "form: sum above the budget, other alone too large: no suggestion",
      table: form({ budget: 100, fiscal: 80, other: 120 }),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", suggestions: [], fix: null }],
    },
    {
      name: "form: a budget written in words",
      table: form({ budget: "一百七十万", fiscal: 170 }),
      errors: [{ cell: "C4", severity: "warning", messageId: "notNumber", fix: null, suggestions: [] }],
    },
    {
      name: "flat: 28.8 ≠ 20 + 0",
      table: flat({ budget: 28.8, fiscal: 20, other: 0 }),
      errors: [{ cell: "D4", severity: "error", messageId: "mismatch", suggestions: ["28.8"], fix: null }],
    },
  ],
});

describe("budget-sum-mismatch: a level beside a breakdown that adds up", () => {
  it("counts the level in the sum it reports, though no set of levels closes the budget", () => {
    // Fifteenth session: the message had said 财政资金 800 + 其他资金 0 = 800, leaving 县级 150 out.
    const table = funds(`项目资金（万元）|年度资金总额|<|<|<|1000
^|上级资金|<|<|<|800
^|其中：中央资金|<|<|<|500
^|省级资金|<|<|<|300
^|县级资金|<|<|<|150
^|其他资金|<|<|<|0`);
    expect(table.fundParts?.map((f) => f.text)).toEqual(["800", "0", "150"]);
    const found = lintTable(table, {}, [rule]);
    expect(found.map((d) => [d.messageId, d.data.sum])).toEqual([["partsMismatch", "950"]]);
  });
});
