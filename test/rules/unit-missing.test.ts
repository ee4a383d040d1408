import rule from "../../src/core/rules/unit-missing";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { lintTable } from "../../src/core/lint/lint-table";
import { compactOf, flatOf, flatRow, formOf, item, packed, row } from "./value-rows";

const count = (name: string, value: string | number) => row("产出指标", "数量指标", name, value);
const quality = (name: string, value: string | number) => row("产出指标", "质量指标", name, value);
const timely = (name: string, value: string | number) => row("产出指标", "时效指标", name, value);

runRule(rule, {
  valid: [
    {
      // Seventeenth session's review: the scale in brackets says the score's unit.
      name: "a score with its scale in brackets (`≥4.5（满分5分）`, `≥85（满分100）`)",
      table: formOf([
        row("满意度指标", "服务对象满意度指标", "群众满意度", "≥4.5（满分5分）"),
        row("效益指标", "社会效益指标", "考核得分", "≥85（满分100）"),
      ]),
    },
    {
      // A unit the grammar does not know is still a unit: saying there is none, or suggesting `%`, would harm the cell.
      name: "units of engineering and health the grammar does not know, after the number or in the name's brackets",
      table: formOf([
        quality("出厂水电导率", "≤500μS/cm"),
        quality("环境γ辐射空气吸收剂量率", "≤200nGy/h"),
        count("农机作业量", "≥1200机时"),
        quality("视频监控分辨率", "≥4K"),
        quality("网络时延（ms）", "≤50"),
        quality("工程质量验收", "符合SL 176-2007合格标准"),
        // Blood pressure: two readings sharing the unit after the second.
        quality("高血压患者血压控制目标", "≤140/90mmHg"),
        quality("糖尿病患者血压控制目标", "130/80毫米汞柱以下"),
        // A power factor and visual acuity on the five-point scale need none (eighteenth session's review).
        quality("功率因数", "≥0.9"),
        quality("儿童青少年平均视力", "≥5.0"),
        quality("库区水质", "达到GB3838-2002 Ⅲ类标准"),
      ]),
    },
    {
      name: "sectors' count units (顶, 班, 道, 孔, 炮次, 画幅), foreign money, an index's abbreviation (`指数MQI`)",
      table: formOf([
        count("储备帐篷", "≥500顶"),
        count("举办培训班", "≥6班"),
        count("新建涵洞", "12道"),
        count("新建桥梁", "≥3孔"),
        count("人工增雨作业", "≥60炮次"),
        count("档案数字化", "≥50万画幅"),
        row("效益指标", "经济效益指标", "实际利用外资", "≥2.5亿美元"),
        quality("公路技术状况指数MQI", "≥80"),
      ]),
    },
    {
      name: "pupils or beds per one teacher or nurse need no unit (`生师比 ≤19`)",
      table: formOf([row("产出指标", "质量指标", "小学生师比", "≤19"), row("产出指标", "质量指标", "床护比", "≥1")]),
    },
    {
      name: "works and environmental units (`延米`, `m`, `km²`, `MPN/L`) and unitless indices (`AQI`, `pH`)",
      table: formOf([
        row("产出指标", "数量指标", "新建挡墙", "≥2500延米"),
        row("产出指标", "数量指标", "管道铺设", "≥1200m"),
        row("产出指标", "数量指标", "治理面积", "≥10km²"),
        row("产出指标", "质量指标", "粪大肠菌群", "≤1000MPN/L"),
        row("效益指标", "生态效益指标", "空气质量AQI", "≤100"),
        row("产出指标", "质量指标", "出水pH", "6-9"),
      ]),
    },
    {
      name: "a unit in the name's brackets with a magnitude, two things or per a day or pupil (`（万亩）`, `（元/人·月）`)",
      table: formOf([
        row("产出指标", "数量指标", "造林面积（万亩）", "≥0.5"),
        row("产出指标", "数量指标", "污水处理量（万吨/日）", "≥5"),
        row("产出指标", "数量指标", "污水处理量（m³/d）", "≥50000"),
        row("产出指标", "数量指标", "生均图书（册/生）", "≥35"),
        row("成本指标", "经济成本指标", "城市低保标准（元/人·月）", "≤950"),
      ]),
    },
    {
      name: "a unit in brackets after the magnitude (`≥2万（户）`, `≥5万（人次）`)",
      table: formOf([
        row("产出指标", "数量指标", "参保动员户数", "≥2万（户）"),
        row("产出指标", "数量指标", "宣传覆盖人次", "≥5万（人次）"),
      ]),
    },
    { name: "default form", table: form() },
    {
      name: "a unit in brackets after the number, as other provinces write it",
      table: formOf([
        count("发放补贴人数", "≥3（人）"),
        count("培训人次", "500（人次）"),
        count("受益人数", "1000余人"),
        quality("验收合格率", "100（%）"),
      ]),
    },
    {
      name: "a grade in letters and a dose count are units (`≥4A`, `≥10万剂`)",
      table: formOf([quality("景区等级", "≥4A"), count("疫苗接种剂次", "≥10万剂")]),
    },
    {
      name: "units in letters and rates per a base (`≤35μg/m³`, `≤0.5mg/L`, `≤10/10万`)",
      table: formOf([
        quality("PM2.5平均浓度", "≤35μg/m³"),
        quality("出水氨氮浓度", "≤0.5mg/L"),
        quality("孕产妇死亡率", "≤10/10万"),
      ]),
    },
    {
      // Thirteenth session: a day counted from a request (政务数据, 信息化运维), rates per a base the name states,
      // a road's condition index by its letters.
      name: "`T+1`, `特种设备万台死亡率`, `…十万人生产安全事故死亡率`, `路况MQI`",
      table: formOf([
        row("产出指标", "时效指标", "数据更新时效", "T+1"),
        quality("特种设备万台死亡率", "≤0.15"),
        quality("工矿商贸就业人员十万人生产安全事故死亡率", "≤1.2"),
        quality("路况MQI", "≥80"),
        quality("路面PCI", "≥85"),
      ]),
    },
    {
      // Fourteenth session: a fraction of a measure the value names needs no unit of its own.
      name: "a fraction of a named measure (`≤管径的1/5`, `不超过桩径的1/10`)",
      table: formOf([quality("管道沉降量", "≤管径的1/5"), quality("桩位偏差", "不超过桩径的1/10")]),
    },
    {
      // Thirteenth session: engineers write a probability or a part per million so, with no unit.
      name: "a fraction written as a power of ten (`误码率 ≤1×10⁻⁶`, `泄漏率 ≤1E-9`, `≤10^-9`)",
      table: formOf([
        quality("光纤传输误码率", "≤1×10⁻⁶"),
        quality("阀门泄漏率", "≤1E-9"),
        quality("传输误码率", "≤10^-9"),
      ]),
    },
    {
      name: "an index, a coefficient, a ratio by nature, a rate whose base the name states need no unit",
      table: formOf([
        quality("灌溉水有效利用系数", "≥0.58"),
        quality("居民消费价格指数", "≤103"),
        // A bracketed note after the index's name (`布雷图指数（BI）`).
        quality("布雷图指数（BI）", "＜5"),
        quality("数据中心PUE值", "≤1.3"),
        quality("容积率", "≤2.5"),
        quality("道路交通万车死亡率", "≤1.5"),
      ]),
    },
    {
      // Fifteenth session (卫健, 科研, 财务, 统计 and 信息化 tables).
      name: "ratios and indices published bare (`流动比率 ≥1.5`, `城乡居民收入比 ≤2.2`, `影响因子`, `CMI值`, `分辨率`)",
      table: formOf([
        quality("流动比率", "≥1.5"),
        quality("城乡居民收入比", "≤2.2"),
        quality("期刊论文平均影响因子", "≥5"),
        quality("病例组合指数CMI值", "≥1.0"),
        quality("摄像机分辨率", "≥1920×1080"),
      ]),
    },
    {
      // Thirteenth session: a bond's coverage as a multiple, energy and grid ratios, a coefficient's abbreviation.
      name: "ratios written bare (`偿债备付率 ≥1.2`, `本息覆盖倍数 ≥1.25`, `能效比 ≥3.2`, `性能系数COP ≥3.0`)",
      table: formOf([
        quality("偿债备付率", "≥1.2"),
        quality("项目收益与融资自求平衡倍数", "≥1.3"),
        quality("本息覆盖倍数", "≥1.25"),
        quality("项目收益覆盖率", "1.35"),
        quality("热泵机组能效比", "≥3.2"),
        quality("热泵机组性能系数COP", "≥3.0"),
        quality("电网容载比", "1.8-2.2"),
      ]),
    },
    {
      name: "units of trades, ages and hours in letters",
      table: formOf([quality("人均预期寿命", "≥79岁"), count("获得金牌数", "≥3枚"), quality("系统可用时间", "7×24h")]),
    },
    {
      name: "a rate per a base stated in the name (`孕产妇死亡率（1/10万）`, `发病率（例/10万）`)",
      table: formOf([quality("孕产妇死亡率（1/10万）", "≤10"), quality("甲类传染病发病率（例/10万）", "≤5")]),
    },
    {
      name: "a ratio needs no unit",
      table: formOf([quality("师生比", "1:15"), count("配套资金比例", "≥1：1")]),
    },
    {
      name: "a 时效指标's date written with dots or dashes has no unit to add",
      table: formOf([
        timely("项目完成时间", "2023.12"),
        timely("资金拨付时间", "12.31前"),
        timely("验收时间", "2023-12"),
      ]),
    },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "Guangzhou: the unit is in the name （个）",
      table: compactOf([item("21", "落户以来累计创造就业岗位（含劳务外包）（个）", "3500", "3500")]),
    },
    {
      name: "the unit is in the name （%）, also for a number cell",
      table: formOf([
        row("满意度指标", "服务对象满意度指标", "服务对象满意度（%）", 95),
        quality("资金使用合规率（%）", "100"),
      ]),
    },
    {
      name: "flat: the unit is in the 计量单位 column",
      table: flatOf([flatRow("产出指标", "数量指标", "培训人次", "≥", 500, "人次")]),
    },
    {
      name: "values with units, qualitative values and blanks",
      table: formOf([
        count("开展活动次数", "≥7次"),
        quality("储备食盐含碘量", "18-33毫克/公斤"),
        quality("服务质量", "提升"),
        count("车辆数", ""),
      ]),
    },
    {
      name: "flat: a qualitative row has no unit",
      table: flatOf([flatRow("效益指标", "社会效益指标", "从业人员技能水平", "定性", "有效提升", "")]),
    },
  ],
  invalid: [
    {
      // Twentieth session: a yes/no question answered with a checkbox's digit had been told to add a unit.
      name: "a yes/no question answered `1` or `0`: 是 or 否, as a suggestion",
      table: formOf([quality("是否按时完成", 1), quality("资金使用是否合规", "0")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "yesNo", fix: null, suggestions: ["是"] },
        { cell: "F11", severity: "warning", messageId: "yesNo", fix: null, suggestions: ["否"] },
      ],
    },
    {
      // Twenty-first session (乌海 2021's export): a date shown as its serial number had been told to add a unit.
      // The table's year (its code's) is 2023.
      name: "a date as Excel's serial number on a row that asks for a date: the date, as a suggestion",
      table: formOf([
        timely("资金到位时间", "45,291"),
        quality("验收完成日期", 45107),
        // A count of the same size, a count or a duration on a 时效 row (the session's own review), and a serial far
        // from any year a target falls in, are numbers with their unit missing.
        count("服务人次", "44,561"),
        timely("及时结算人次", 45000),
        timely("平均响应时间", 45000),
        timely("项目完成时间", 12000),
      ]),
      errors: [
        {
          cell: "F10",
          severity: "warning",
          messageId: "dateSerial",
          data: { fixed: "2023年12月31日" },
          fix: null,
          suggestions: ["2023年12月31日"],
        },
        { cell: "F11", severity: "warning", messageId: "dateSerial", fix: null, suggestions: ["2023年6月30日"] },
        { cell: "F12", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F13", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F14", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F15", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
      ],
    },
    {
      // The session's own review: a day years from the table's is no target date (a 1904-system workbook's serial
      // reads four years early); a floor beside the number says it is a count.
      name: "a serial whose day is years from the table's, or under a floor: a missing unit",
      table: written(`2024年项目支出绩效目标表|<|<|<|<|<
项目名称|培训经费|<|<|<|<
一级指标|二级指标|三级指标|指标性质|指标值|计量单位
产出指标|时效指标|资金到位时间|=|44561|
^|^|项目完成时间|≥|45657|
^|^|验收完成时间|=|45657|`),
      errors: [
        { cell: "F4", severity: "warning", messageId: "missingColumn", fix: null, suggestions: [] },
        { cell: "F5", severity: "warning", messageId: "missingColumn", fix: null, suggestions: [] },
        { cell: "E6", severity: "warning", messageId: "dateSerial", fix: null, suggestions: ["2024年12月31日"] },
      ],
    },
    {
      // Twentieth session: `比例` after the number is the share's name, not a unit.
      name: "a share's name where its % goes (`≥95比例`, `≥0.97比例`): no unit; % offered in its place, not for a fraction",
      table: formOf([quality("达标率", "≥95比例"), quality("验收合格比例", "≥0.97比例")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥95%"] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
      ],
    },
    {
      // Twentieth session's reviews: the suggestion agrees with unit-nonstandard's fix of the same cell, keeps the
      // floor a template's hint asks for, and offers no 20% satisfaction (a score typed into 指标值).
      name: "suggestions: the comparator respelt (`>=85`), the hint's sign and unit (`(≥**%)`, `（≥**人）`)",
      table: formOf([
        quality("验收合格率", ">=85"),
        quality("苗木成活率(≥**%)", "85"),
        count("受益人数（≥**人）", "300"),
        count("培训人数（≥**）", "300"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥85%"] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥85%"] },
        { cell: "F12", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥300人"] },
        { cell: "F13", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
      ],
    },
    {
      // Twentieth session's review (宁夏 同心): a price per plant with its money left out.
      name: "an economic cost per a thing without money (`≤28.40/株`): 元 or 万元 offered",
      table: formOf([row("成本指标", "经济成本指标", "苗木单价", "≤28.40/株")]),
      errors: [
        {
          cell: "F10",
          severity: "warning",
          messageId: "missing",
          fix: null,
          suggestions: ["≤28.40元/株", "≤28.40万元/株"],
        },
      ],
    },
    {
      // The session's own review: a hint's sign only where operator-direction and percent-trivial would keep it, and
      // only before a bare number; its unit not where a % is refused (a fraction, a satisfaction score).
      name: "a hint's sign against the direction, at the bound, before a range; its % on a fraction or a score",
      table: formOf([
        row("成本指标", "经济成本指标", "项目总投入(≥**万元)", "6070"),
        quality("验收合格率(≥**%)", "100"),
        row("效益指标", "社会效益指标", "病死率(≥**%)", "3"),
        quality("苗木成活率(≥**%)", "80-90"),
        quality("苗木成活率(≥**%)", "0.85"),
        row("满意度指标", "服务对象满意度指标", "群众满意度(≥**%)", "20"),
        row("成本指标", "经济成本指标", "项目总投入(≤**万元)", "6070"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: ["6070万元"] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: ["100%"] },
        { cell: "F12", severity: "warning", messageId: "missing", fix: null, suggestions: ["3%"] },
        { cell: "F13", severity: "warning", messageId: "missing", fix: null, suggestions: ["80-90%"] },
        { cell: "F14", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F15", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F16", severity: "warning", messageId: "missing", fix: null, suggestions: ["≤6070万元"] },
      ],
    },
    {
      name: "a question about an absence answered 0 (no suggestion); a counted question is a count",
      table: formOf([quality("是否实现零事故", "0"), count("是否新增户数", "1")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "yesNo", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a cost per a thing: the comparator respelt, the hint's money unit alone",
      table: formOf([
        row("成本指标", "经济成本指标", "苗木单价", "<=28.40/株"),
        row("成本指标", "经济成本指标", "补助标准(≤**元)", "28.40/株"),
      ]),
      errors: [
        {
          cell: "F10",
          severity: "warning",
          messageId: "missing",
          fix: null,
          suggestions: ["≤28.40元/株", "≤28.40万元/株"],
        },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: ["28.40元/株"] },
      ],
    },
    {
      name: "a satisfaction under 50 is more likely a score: no % offered; 90 gets it",
      table: formOf([
        row("满意度指标", "服务对象满意度指标", "群众满意度", "20"),
        row("满意度指标", "服务对象满意度指标", "游客满意度", "≥90"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥90%"] },
      ],
    },
    {
      name: "flat: a yes/no question answered `1`, its 计量单位 blank: reported at the value",
      table: flatOf([flatRow("产出指标", "质量指标", "是否按时完成", "=", 1, "")]),
      errors: [{ cell: "E7", severity: "warning", messageId: "yesNo", fix: null, suggestions: ["是"] }],
    },
    {
      name: "a yes/no question's name with a count after it is a count (`是否新增户数 2`): a unit is missing",
      table: formOf([count("是否新增户数", "2")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      // A count is no fraction of anything: its total is not stated (the session's review).
      name: "a count as a fraction of an unstated total (`覆盖乡镇数 | 覆盖全县的1/3`)",
      table: formOf([row("产出指标", "数量指标", "覆盖乡镇数", "覆盖全县的1/3")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      // A coverage of ten or more is a percent with its sign left off; a concentration as a power of ten needs mg/L.
      name: "`偿债备付率 ≥120` (a percent without %) and `饮用水铅含量 ≤1×10⁻²` (no mg/L)",
      table: formOf([
        quality("偿债备付率", "≥120"),
        quality("饮用水铅含量", "≤1×10⁻²"),
        // PCI away from a road is a procedure counted (胸痛中心), no index.
        count("开展急诊PCI", "≥100"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
      ],
    },
    {
      // A power of ten at or above one counts something: its unit is still needed.
      name: "a count written as a power of ten (`≥5×10⁴`) needs its unit",
      table: formOf([count("菌落检测样本数", "≥5×10⁴")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      // An approximation or an outcome after the number is no unit; nor a pollutant or a device named in brackets.
      name: "words after the number that are no unit, and brackets in the name that name no unit",
      table: formOf([
        count("门诊救助人次", "85左右"),
        quality("水质达标率", "≥90 合格"),
        quality("细颗粒物浓度（PM2.5）", "≤35"),
        count("新增床位（ICU）", "≥10"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥90% 合格"] },
        { cell: "F12", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
        { cell: "F13", severity: "warning", messageId: "missing", fix: null, suggestions: [] },
      ],
    },
    {
      name: "the suggested unit goes right after the number, before a note or closing punctuation",
      table: formOf([
        quality("道路完好率", "≥95（抽样检查）"),
        quality("验收合格率", "≥98。"),
        quality("病害处置率", "95以上（含）"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥95%（抽样检查）"] },
        { cell: "F11", severity: "warning", messageId: "missing", fix: null, suggestions: ["≥98%。"] },
        { cell: "F12", severity: "warning", messageId: "missing", fix: null, suggestions: ["95%以上（含）"] },
      ],
    },
    {
      name: "a year.month is a date only on a 时效指标: elsewhere a bare number",
      table: formOf([count("新建道路长度", "2023.12")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      name: "Guangzhou: 完成评审任务数 85 (the annual >90% is unit-mismatch's)",
      table: compactOf([item("11", "完成评审任务数", "85", ">90%")]),
      errors: [{ cell: "C3", severity: "warning", messageId: "missing", suggestions: [], fix: null }],
    },
    {
      name: "Guangzhou: 系统用户数 50 in both values",
      table: compactOf([item("11", "系统用户数", "50", "50")]),
      errors: [
        { cell: "C3", severity: "warning", suggestions: [], messageId: "missing", fix: null },
        { cell: "C3", severity: "warning", suggestions: [], messageId: "missing", fix: null },
      ],
    },
    {
      name: "Guangzhou: the sibling value shows the unit (60台 / 60)",
      table: compactOf([item("11", "运维桌面办公设备数量", "60台", "60")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          suggestions: [packed([item("11", "运维桌面办公设备数量", "60台", "60台")])],
          messageId: "missing",
          fix: null,
        },
      ],
    },
    {
      name: "Guangzhou: ≥35 next to 35批次 keeps the comparator",
      table: compactOf([item("11", "运行监测工作问卷发放量", "≥35", "35批次")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          suggestions: [packed([item("11", "运行监测工作问卷发放量", "≥35批次", "35批次")])],
          messageId: "missing",
          fix: null,
        },
      ],
    },
    {
      name: "a rate with a bare number: suggest %",
      table: formOf([quality("资金支付率", "≥90"), count("购置其他小型客车", 1)]),
      errors: [
        { cell: "F10", severity: "warning", suggestions: ["≥90%"], messageId: "missing", fix: null },
        { cell: "F11", severity: "warning", suggestions: [], messageId: "missing", fix: null },
      ],
    },
    {
      name: "a rate written as a fraction: no `%` offered (0.95 is likelier 95% than 0.95%)",
      table: formOf([quality("验收合格率", "0.95")]),
      errors: [{ cell: "F10", severity: "warning", suggestions: [], messageId: "missing", fix: null }],
    },
    {
      name: "a suffix comparator stays after the suggested unit",
      table: formOf([quality("设备完好率", "90以上")]),
      errors: [{ cell: "F10", severity: "warning", suggestions: ["90%以上"], messageId: "missing", fix: null }],
    },
    {
      // 万 is a magnitude here: 80万 what? 人次 or 次 must be written.
      name: "Qingdao 9: ≥80万 views names no unit",
      table: formOf([count("线上观众浏览数", "≥80万")]),
      // The name says what is counted (浏览), so 次 and 人次 are offered; the message calls 万 a magnitude.
      errors: [
        { cell: "F10", severity: "warning", messageId: "magnitude", fix: null, suggestions: ["≥80万次", "≥80万人次"] },
      ],
    },
    {
      name: "a magnitude on a name that says nothing of the unit: no suggestion",
      table: formOf([count("培训覆盖", "≥5万")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "magnitude", fix: null, suggestions: [] }],
    },
    {
      name: "a magnitude with a suffix comparator: the unit goes before it",
      table: formOf([count("参会人数", "2万以上")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "magnitude", suggestions: ["2万人以上"], fix: null }],
    },
    {
      name: "0 accidents still needs 次",
      table: formOf([row("效益指标", "生态效益指标", "环境污染事故发生数", "0")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      name: "flat: no unit anywhere, reported at the 计量单位 cell",
      table: flatOf([
        flatRow("产出指标", "质量指标", "培训合格率", "≥", 95, ""),
        flatRow("产出指标", "数量指标", "培训人次", "≥", 500, ""),
      ]),
      errors: [
        { cell: "F7", severity: "warning", suggestions: ["%"], messageId: "missingColumn", fix: null },
        { cell: "F8", severity: "warning", suggestions: [], messageId: "missingColumn", fix: null },
      ],
    },
  ],
});

describe("unit-missing: a magnitude is not called a missing unit", () => {
  it("says 万 is a magnitude (Qingdao 9 F180 `≥80万`)", () => {
    const [d] = lintTable(formOf([count("线上观众浏览数", "≥80万")]), undefined, [rule]);
    expect(d.message.zh).toContain("数量级");
    expect(d.message.zh).not.toContain("没有单位");
  });
});
