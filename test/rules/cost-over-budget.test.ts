import { DEFAULT_INDICATORS } from "../helpers/form-table";
import rule from "../../src/core/rules/cost-over-budget";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { sideBySideSets, stackedSets } from "../helpers/set-tables";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const cost = (name: string, value: string | number) => row("成本指标", "经济成本指标", name, value);
const budget = (b: number | string | null) => ({ budget: b, fiscal: b });

runRule(rule, {
  valid: [
    {
      // Seventeenth session's review: per whom said before the amount or in a note after it.
      name: "costs per head or household said in the value (`人均≤200元`, `≤3万元（每户）`, `户均≤3万元`) are not summed",
      table: formOf(
        [
          cost("培训费", "≤95万元"),
          cost("场地租赁费", "≤5万元"),
          cost("学员伙食补助", "人均≤200元"),
          cost("危房改造补助", "≤3万元（每户）"),
          cost("产业奖补", "户均≤3万元"),
        ],
        budget(100),
      ),
    },
    {
      // Fourteenth session (海南, 湖南, 甘肃 部门整体 tables): the budget split by class, and items within the classes.
      name: "a department's budget split by class beside the items kept within them: no sum",
      table: written(`部门整体支出绩效目标表|<|<|<|<
部门名称|琼海市人力资源和社会保障局|<|<|<
部门预算（万元）|3250|<|<|<
部门整体绩效目标|落实就业创业政策。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|城镇新增就业人数|≥4500人|计划标准
成本指标|经济成本指标|人员经费支出|≤1860万元|预算支出标准
^|^|日常公用经费支出|≤240万元|预算支出标准
^|^|项目经费支出|≤1150万元|预算支出标准
^|^|培训费|≤12万元|预算支出标准
满意度指标|服务对象满意度指标|办事群众满意度|≥90%|计划标准`),
    },
    {
      name: "a cost passes the budget by no more than its own rounding (≤326万元 against 3,256,789元)",
      table: formOf(
        [cost("项目总成本", "≤326万元"), cost("设备购置费", "≤325.68万元"), cost("工程费用", "≤0.033亿元")],
        budget("3256789元"),
      ),
    },
    {
      name: "floors are money to be found, not spent (`地方配套资金 ≥4000万元`, `项目资本金 ≥2400万元`)",
      table: formOf([cost("项目资本金", "≥2400万元"), cost("地方配套资金", "≥4000万元")], budget(3000)),
    },
    {
      name: "a department's `“三公”经费` and `机关运行经费` lie within its 公用经费: not summed with it",
      table: formOf(
        [
          cost("人员经费", "≤2,500万元"),
          cost("公用经费", "≤500万元"),
          cost("项目支出", "≤2,200万元"),
          cost("“三公”经费", "≤35万元"),
          cost("机关运行经费", "≤300万元"),
        ],
        budget(5200),
      ),
    },
    {
      name: "a works project's whole (`工程总概算`, `总造价`, `合同总金额`, `项目总预算`) spans its years",
      table: formOf(
        [
          cost("工程总概算", "≤50000万元"),
          cost("工程总造价", "≤48000万元"),
          cost("施工合同总金额", "≤30000万元"),
          cost("项目总预算", "≤50000万元"),
          cost("本年度工程款支付", "≤12000万元"),
        ],
        budget(12000),
      ),
    },
    {
      name: "a total and its breakdown under `其中：` are counted once",
      table: formOf(
        [cost("项目总成本", "≤95万元"), cost("其中：设备购置费", "≤60万元"), cost("其中：运维服务费", "≤35万元")],
        budget(100),
      ),
    },
    {
      name: "a cost equal to the others together is their total",
      table: formOf(
        [cost("项目总成本", "≤95万元"), cost("设备购置费", "≤60万元"), cost("运维服务费", "≤35万元")],
        budget(100),
      ),
    },
    {
      name: "money that is not the year's budget: total investment, private capital",
      table: formOf([cost("项目总投资", "≤8000万元"), cost("撬动社会资本投入", "≥500万元")], budget(3500)),
    },
    {
      name: "a …标准 far below the budget is a rate per head, not part of the total",
      table: formOf([cost("生活补助标准", "≤0.25万元"), cost("补助资金总额", "≤99.8万元")], budget(100)),
    },
    {
      name: "a cap on one item (单个项目最高补助, 单家企业奖励上限) and money per a thing (`≤8万元/村`) are no part of the total",
      table: formOf(
        [
          cost("奖补资金总额", "≤280万元"),
          cost("单个项目最高补助", "≤30万元"),
          cost("单家企业奖励上限", "≤20万元"),
          cost("村级组织运转经费", "≤8万元/村"),
        ],
        budget(300),
      ),
    },
    ...[
      ["泵站建设费", "≤900万元", "单座泵站造价", "≤180万元", 1000],
      ["泵站建设费", "≤900万元", "座均投资", "≤180万元", 1000],
      ["道路建设费", "≤900万元", "单公里造价", "≤180万元", 1000],
      ["项目资助经费", "≤3150万元", "重点项目资助强度", "≤80万元", 3200],
      ["车辆购置费", "≤1900万元", "单车购置价", "≤95万元", 1950],
      ["改造工程费", "≤949.8万元", "平方米造价", "≤3000元", 950],
    ].map(([total, totalValue, unit, unitValue, b]) => ({
      // Fifteenth session (水利, 交通, 科研 tables): a unit price beside the total it makes up.
      name: `a price per unit by its name (\`${unit}\`) is no part of the total`,
      table: formOf(
        [cost(total as string, totalValue as string), cost(unit as string, unitValue as string)],
        budget(b as number),
      ),
    })),
    {
      // Fifteenth session: a line of the approved estimate spans the works' years, as 项目总投资 does.
      name: "a cost whose basis is the approved estimate (`建安工程费 ≤14500万元`, `预算支出标准（批复概算）`)",
      table: formOf(
        [row("成本指标", "经济成本指标", "建安工程费", "≤14500万元", "预算支出标准（批复概算）")],
        budget(3000),
      ),
    },
    {
      name: "a cost named as the whole, with one of its parts beside it",
      table: formOf([cost("项目总成本", "≤98万元"), cost("设备购置费", "≤60万元")], budget(100)),
    },
    {
      name: "a saving amount is no part of the costs' total",
      table: formOf([cost("项目经费", "≤90万元"), cost("资金节约额", "≥10万元")], budget(95)),
    },
    {
      name: "a cost per unit named so (单价, 户均, 补助标准) is no part of the total",
      table: form({
        budget: 100,
        fiscal: 100,
        indicators: [
          ["成本指标", "经济成本指标", "设备采购单价", "设备单价", "≤8万元", "预算支出标准"],
          ["", "经济成本指标", "设备购置费", "设备购置费", "≤85万元", "预算支出标准"],
          ["", "经济成本指标", "安装调试费", "安装调试费", "≤10万元", "预算支出标准"],
          ...DEFAULT_INDICATORS.slice(1),
        ],
      }),
    },
    {
      // 预算数 is the year's; the long-term set's cost covers the whole 实施期.
      name: "a long-term set's cost above the year's budget, stacked or side by side",
      table: stackedSets("≤30万元", "≤10万元"),
    },
    { name: "the same, side by side", table: sideBySideSets("≤30万元", "≤10万元") },
    { name: "default form (≤170万元, budget 170)", table: form() },
    { name: "default flat (28.8 万元, budget 28.8)", table: flat() },
    {
      name: "Qingdao 1: ≤170万 on a cost means 170 万元",
      table: formOf([cost("企业搬迁改造及化工业转型升级工作经费", "≤170万")]),
    },
    { name: "Qingdao 21: ≤450元 against 29 万元", table: formOf([cost("会议培训", "≤450元")], budget(29)) },
    {
      name: "Qingdao 9: two costs that add up to the budget",
      table: formOf([cost("技术和运维成本", "≤36万元"), cost("招商推广成本", "≤56万元")], budget(92)),
    },
    {
      name: "per-unit costs and percentages are neither compared nor summed",
      table: formOf(
        [cost("新能源汽车财政补助标准", "≤500万元/辆"), cost("成本控制率", "≤110%"), cost("企业补贴", "每家200万元")],
        budget(106),
      ),
    },
    {
      // The total restated, with its parts below it.
      name: "a cost equal to the budget and its parts",
      table: formOf([cost("项目总成本", "≤170万元"), cost("其中：培训费", "≤50万元"), cost("其中：会议费", "≤30万元")]),
    },
    { name: "money that is no cost", table: formOf([row("效益指标", "经济效益指标", "市场成交额", "≥5000万元")]) },
    { name: "a table in 元", table: { ...formOf([cost("项目经费", "≤170万元")], budget(1700000)), moneyUnit: "元" } },
    { name: "no budget, or a budget that is no number", table: formOf([cost("项目经费", "≤200万元")], budget(null)) },
    { name: "a budget in words", table: formOf([cost("项目经费", "≤200万元")], budget("壹佰柒拾万元")) },
    {
      name: "blank, bare and qualitative costs",
      table: formOf([cost("项目经费", ""), cost("项目经费", "200"), cost("项目经费", "控制在预算内")]),
    },
    {
      name: "flat: 288000 元 in the 计量单位 column against 28.8 万元",
      table: flatOf([flatRow("成本指标", "经济成本指标", "培训经费", "≤", 288000, "元")]),
    },
    {
      name: "compact: no budget, the rule does not run",
      table: compactOf([item("14", "奖补资金", "≤2000万元")]),
    },
    { name: "default compact", table: compact() },
  ],
  invalid: [
    {
      // Nineteenth session's reviews: a 0 beside costs is the cause; one finding at it, not one per cost.
      name: "a budget of 0 beside costs in money: one finding at the budget",
      table: formOf([cost("培训费", "≤95万元"), cost("场地租赁费", "≤5万元")], { budget: 0, fiscal: null }),
      errors: [{ cell: "C4", severity: "error", messageId: "zeroBudget", fix: null, suggestions: [] }],
    },
    {
      // The session's review: a project whose name says 单位整体 (… 维修改造) is no department table: its costs are summed.
      name: "a project titled `…单位整体维修改造项目绩效目标表`: costs summed as a project's",
      table: written(`2025年县直机关单位整体维修改造项目绩效目标表|<|<|<|<
项目名称|县直机关单位整体维修改造项目|<|<|<
预算数（万元）|100|<|<|<
年度绩效目标|完成县直机关办公楼维修改造。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|维修改造面积|≥8000平方米|计划标准
成本指标|经济成本指标|材料费|≤60万元|预算支出标准
^|^|工程施工费|≤50万元|预算支出标准
满意度指标|服务对象满意度指标|干部职工满意度|≥90%|计划标准`),
      errors: [{ cell: "D7", severity: "error", messageId: "sum", fix: null, suggestions: [] }],
    },
    {
      // Fourteenth session: a unit price times its count is the money it comes to.
      name: "a cost written as unit price × count (`≤18万元/个×8个` = 144万元 against 120万元)",
      table: formOf([cost("业务系统运维费用", "≤18万元/个×8个")], budget(120)),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      // The session's review: 合计 states a total, whatever its 每处 says.
      name: "`每处内涝点整治费用合计` is a total: summed",
      table: formOf([cost("每处内涝点整治费用合计", "≤200万元"), cost("泵站建设费", "≤900万元")], budget(1000)),
      errors: [{ cell: "F11", severity: "error", messageId: "sum", fix: null, suggestions: [] }],
    },
    {
      // 共享单车 is a service, not one vehicle: its cost is part of the total.
      name: "`共享单车运营维护费` is no price per vehicle: summed",
      table: formOf([cost("共享单车运营维护费", "≤600万元"), cost("车辆调度费", "≤500万元")], budget(1000)),
      errors: [{ cell: "F10", severity: "error", messageId: "sum", fix: null, suggestions: [] }],
    },
    {
      // Fifteenth session: with the total it comes to written after it.
      name: "a product with its total (`18万元/个×8个=144万元` against 120万元)",
      table: formOf([cost("业务系统运维费用", "18万元/个×8个=144万元")], budget(120)),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      // Thirteenth session: a floor per pupil (`营养膳食补助 ≥5元/生·天`) is no floor on the programme's whole money.
      name: "a programme's total under a per-pupil floor's name (`营养膳食补助资金 ≥900万元` against 800万元)",
      table: formOf([cost("营养膳食补助资金", "≥900万元")], budget(800)),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "a cost rounded up past the budget's own rounding is over it (≤0.4亿元 against 3,256万元, which is 0.3)",
      table: formOf([cost("项目总成本", "≤0.4亿元")], budget(3256)),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "a cost past the budget by more than its own rounding (≤325.8万元 against 3,256,789元)",
      table: formOf([cost("项目总成本", "≤325.8万元")], budget("3256789元")),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "a budget written with a closing full stop or an invisible space (`500万元。`, `450\u200b`) is read",
      table: formOf([cost("道路养护成本", "≤600万元")], { budget: "500万元。", fiscal: "500\u200b" }),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "two equal costs are two costs (not a total and its part), and a year's total investment is budget money",
      table: formOf([cost("培训费", "≤60万元"), cost("设备购置费", "≤60万元")], budget(100)),
      errors: [{ cell: "F10", severity: "error", messageId: "sum", fix: null, suggestions: [] }],
    },
    {
      name: "本年度总投资 is this year's money",
      table: formOf([cost("本年度总投资", "≤150万元")], budget(100)),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "a total named …标准 in plain 万元 is summed with the others",
      table: formOf([cost("培训费标准", "≤60万元"), cost("场地费标准", "≤50万元")], budget(100)),
      errors: [{ cell: "F10", severity: "error", messageId: "sum", fix: null, suggestions: [] }],
    },
    {
      name: "the annual set's cost above the budget is still reported",
      table: stackedSets("≤30万元", "≤20万元"),
      errors: [{ cell: "D11", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "≤200万元 with budget 170",
      table: formOf([cost("项目经费", "≤200万元")]),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "亿元 converted into 万元, a range's upper end, a floor above the budget",
      table: formOf([cost("项目经费", "≤1.7亿元"), cost("培训经费", "100-200万元"), cost("会议费", "≥171万元")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "single", fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "single", fix: null, suggestions: [] },
      ],
    },
    {
      name: "the sum above the budget, reported at the largest cost",
      table: formOf([cost("培训费", "≤80万元"), cost("会议费", "≤100万元"), cost("差旅费", "≤5万元")]),
      errors: [{ cell: "F11", severity: "error", messageId: "sum", fix: null, suggestions: [] }],
    },
    {
      name: "Qingdao 12: a budget of 3.50 and a cost in 元 above it",
      table: formOf([cost("拨付资金额度", "≤36000元")], budget(3.5)),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "a budget written as text with decimals",
      table: formOf([cost("项目经费", "≤120.01万元")], budget("120.00")),
      errors: [{ cell: "F10", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
    {
      name: "flat: the unit in its column",
      table: flatOf([flatRow("成本指标", "经济成本指标", "培训经费", "≤", 30, "万元")]),
      errors: [{ cell: "E7", severity: "error", messageId: "single", fix: null, suggestions: [] }],
    },
  ],
});
