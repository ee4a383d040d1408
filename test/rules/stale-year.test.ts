import rule from "../../src/core/rules/stale-year";
import { compact, flat, form, runRule, type InvalidCase } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";

const withRow = (i: number, name: string, description = name, basis = "计划标准"): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([r[0], r[1], name, description, r[4], basis] as IndicatorRow) : r));
const compactWith = (name: string) =>
  compact({
    projects: [
      {
        name: "p",
        goal: "g",
        items: [["1", "产出指标", "11", "数量指标", name, "≥2场", "≥2场"] as CompactItem, ...DEFAULT_ITEMS],
      },
    ],
  });

/** A 2023 row in a table whose title states 2025 in numerals, its code an older year's: stale by the title's year. */
const numeralTitle = (title: string): InvalidCase => ({
  name: `form: the year of a title in numerals (\`${title.slice(0, 7)}…\`) before the code's`,
  table: form({ title, code: "37020021P880031204417", indicators: withRow(1, "2023年度棚户区改造完成户数", "户数") }),
  errors: [
    { cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2025年度棚户区改造完成户数"] },
  ],
});

runRule(rule, {
  valid: [
    {
      name: "form: the funding batch a 续建 project is named by (`2023年增发国债`, `2021年度第二批中央预算内投资`)",
      table: form({
        indicators: withRow(1, "2021年增发国债项目完工数量").map((r, j) =>
          j === 2 ? ([...r.slice(0, 2), "2021年度第二批中央预算内投资项目完工率", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      name: "form: batches by their full names (`2021年中央财政衔接推进乡村振兴补助资金`, `2020年特别国债`)",
      table: form({
        indicators: withRow(1, "2021年中央财政衔接推进乡村振兴补助资金项目完工数量").map((r, j) =>
          j === 2 ? ([...r.slice(0, 2), "2020年特别国债项目完工率", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      // Thirteenth session: a class by the year it entered, a debt by the year it was raised.
      name: "form: a class (`2022级本科生`), a debt (`2021年发行的一般债券`) and works begun (`2023年度已开工段`) named by a year",
      table: form({
        indicators: withRow(1, "资助2022级本科生人数").map((r, j) =>
          j === 2
            ? ([...r.slice(0, 2), "偿还2021年发行的一般债券利息笔数", ...r.slice(3)] as IndicatorRow)
            : j === 3
              ? ([...r.slice(0, 2), "2023年度已开工段完工率", ...r.slice(3)] as IndicatorRow)
              : j === 4
                ? ([...r.slice(0, 2), "2023年开工项目竣工验收数", ...r.slice(3)] as IndicatorRow)
                : r,
        ),
      }),
    },
    {
      // Seventeenth session: descriptions cite the year a target was set by; the year itself is no target.
      name: "form: a description's baseline (`参照2021年实际完成情况设定`, `在2021年基础上提高10%`, `参考2021年同类项目`)",
      table: form({
        indicators: withRow(1, "培训场次", "参照2021年实际完成情况设定")
          .map((r, j) => (j === 2 ? ([...r.slice(0, 3), "在2021年基础上提高10%", ...r.slice(4)] as IndicatorRow) : r))
          .map((r, j) => (j === 3 ? ([...r.slice(0, 3), "参考2021年同类项目测算", ...r.slice(4)] as IndicatorRow) : r))
          .map((r, j) => (j === 4 ? ([...r.slice(0, 3), "2021年实际完成120场", ...r.slice(4)] as IndicatorRow) : r)),
      }),
    },
    {
      name: "form: a cohort by year (2000年以前建成的老旧小区) is no deadline",
      table: form({ indicators: withRow(1, "改造2000年以前建成的老旧小区数量") }),
    },
    {
      name: "form: cohorts, editions and base years are no deadlines",
      table: form({
        indicators: withRow(1, "2000年以前建成小区改造数量")
          .map((r, j) =>
            j === 2 ? ([...r.slice(0, 2), "2014年认定的贫困户帮扶人数", ...r.slice(3)] as IndicatorRow) : r,
          )
          .map((r, j) =>
            j === 3 ? ([...r.slice(0, 2), "2019版医保目录药品配备率", ...r.slice(3)] as IndicatorRow) : r,
          ),
      }),
    },
    {
      name: "form: 2005年前建成的, 2020年后新建, 1949年前 (a cut-off, whatever follows, long ago)",
      table: form({
        indicators: withRow(1, "2005年前建成的住宅小区改造数")
          .map((r, j) => (j === 2 ? ([...r.slice(0, 2), "2020年后新建农房抽查数", ...r.slice(3)] as IndicatorRow) : r))
          .map((r, j) => (j === 3 ? ([...r.slice(0, 2), "1949年前老党员慰问人数", ...r.slice(3)] as IndicatorRow) : r)),
      }),
    },
    {
      // Fourteenth session: events and standards named by their year (冰雪 tables after the Games; 文明城市 创建).
      name: "form: an event or a standard named by its year (`2008年北京奥运会场馆`, `对标2020年全国文明城市测评体系`)",
      table: form({
        indicators: withRow(1, "2008年北京奥运会场馆开放天数").map((r, j) =>
          j === 2 ? ([...r.slice(0, 2), "对标2020年全国文明城市测评体系达标率", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      name: "form: a cut-off year (1998年以前参加工作) is no stale target",
      table: form({ indicators: withRow(1, "1998年以前参加工作的退休人员补贴发放人数") }),
    },
    { name: "form: default table", table: form() },
    {
      name: "form: the year before the table's (2022 in a 2023 table)",
      table: form({ indicators: withRow(1, "2022年度遗留项目完成数") }),
    },
    {
      name: "form: Qingdao 9, this year's event",
      table: form({ indicators: withRow(1, "2023世界工业互联网产业大会参会人数") }),
    },
    {
      name: "form: a standard number GB5461-2016",
      table: form({ indicators: withRow(2, "储备食盐质量合格率", "储备食盐是否符合国家标准GB5461-2016《食用盐》") }),
    },
    {
      name: "form: a year inside a book title",
      table: form({ indicators: withRow(2, "政策符合度", "符合《2016年新能源汽车推广应用办法》") }),
    },
    {
      name: "form: document numbers 〔2019〕 and [2019]",
      table: form({ indicators: withRow(2, "政策符合度", "按青工信字〔2019〕28号和国无办函[2019]40号执行") }),
    },
    {
      name: "form: a baseline (较2016年, 2016年以来)",
      table: form({ indicators: withRow(4, "较2016年产值增长率", "2016年以来累计完成投资") }),
    },
    {
      name: "form: a baseline to recover to (恢复至2019年同期水平, 2019年同期)",
      table: form({ indicators: withRow(4, "接待游客人次恢复至2019年同期水平", "2019年同期游客恢复率") }),
    },
    {
      name: "form: what the year names (carried-over funds, an audit's findings, arrears, a named disaster)",
      table: form({
        indicators: withRow(4, "2023年度结转资金支出金额", "2022年度审计发现问题整改率").map((r, j) =>
          j === 1 ? ([r[0], r[1], "2023年“7·31”特大暴雨灾毁设施修复数量", r[3], r[4], r[5]] as IndicatorRow) : r,
        ),
      }),
    },
    {
      name: "form: a count (≥2000吨)",
      table: form({ indicators: withRow(1, "储备2000吨食盐", "确保储备2000吨小包装食盐") }),
    },
    {
      name: "form: a basis citing an old document is not checked",
      table: form({ indicators: withRow(1, "数量", "数量", "计划标准（青政发〔2008〕44号）2016年标准") }),
    },
    {
      name: "form: no year from code or title",
      table: form({
        code: "",
        title: "企业搬迁改造工作经费绩效目标表",
        indicators: withRow(1, "2016新能源汽车补贴发放及时性"),
      }),
    },
    {
      name: "compact: Guangzhou 2024 list, no table year given",
      table: compactWith("2016 广州国际数控机床展览会举办同期活动场次"),
    },
    {
      name: "compact: 2023 in a 2024 list",
      table: compactWith("2023 广州国际数控机床展览会举办同期活动场次"),
      options: { year: 2024 },
    },
    { name: "flat: default export", table: flat() },
    {
      name: "date targets of the table's year or the year before; a baseline or a range of years in a value",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 3
            ? (["", "时效指标", "资金拨付完成时间", "租金支付时间", "2022年12月底前", "计划标准"] as IndicatorRow)
            : r,
        ).concat([
          ["", "时效指标", "项目竣工时间", "竣工验收", "2023年6月30日前", "计划标准"],
          ["", "数量指标", "游客接待量", "恢复至2019年同期水平", "恢复至2019年同期水平", "历史标准"],
          ["", "时效指标", "实施周期", "建设周期", "2019年-2023年", "计划标准"],
          ["", "时效指标", "一期工程完工时间", "续建项目已完成的一期", "2019年10月底前已完工", "计划标准"],
          [
            "",
            "质量指标",
            "改造范围",
            "2000年12月31日以前建成的住宅小区",
            "2000年12月31日以前建成的住宅小区",
            "计划标准",
          ],
        ]),
      }),
    },
    {
      // A month and day between the year and its cut-off; 开工 and 建档立卡 name cohorts too.
      name: "form: cohorts by a date (`2019年12月31日前登记在册的`, `2020年底前开工的续建项目`, `2014年底前建档立卡脱贫户`)",
      table: form({
        indicators: withRow(1, "2019年12月31日前登记在册的退役士兵人数", "2020年底前开工的续建项目个数").map((r, j) =>
          j === 2 ? ([r[0], r[1], "2014年底前建档立卡脱贫户收入增长率", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      // A 中期 table's period states no one budget year: the code's year stays (2023 here), not the period's end.
      name: "form: a period title (`2023-2025年度…`) leaves the code's year",
      table: form({ title: "2023-2025年度项目支出绩效目标表", indicators: withRow(1, "2022年度培训完成人次") }),
    },
    {
      // Qingdao titles each table `N.<项目名称>绩效目标表`: a year in the name is the project's, not the budget year.
      name: "form: a title whose one year is the project's name leaves the code's year",
      table: form({
        title: "2.2026年青岛国际帆船周筹备经费绩效目标表",
        name: "2026年青岛国际帆船周筹备经费",
        code: "37020024P880031204417",
        indicators: withRow(1, "2023年度赛事筹备完成数"),
      }),
    },
    {
      name: "form: cohorts by a decision (`2021年12月底前批复的项目`), and a storm's recovery (`2023年特大暴雨灾后恢复重建`)",
      table: form({
        indicators: withRow(1, "对2020年12月底前批复的项目开展绩效评价数", "2020年特大暴雨灾后恢复重建项目完成数"),
      }),
    },
    {
      // Fifteenth session (科研, 农业, 水利 tables): words between the verb and 项目, grants checked later, aftermaths.
      name: "form: cohorts with words before 项目 (`2021年立项的科研项目结题数`), grants checked later, flood damage",
      table: form({
        indicators: withRow(1, "2021年立项的科研项目结题数", "2021年度资助项目中期检查完成率").map((r, j) =>
          j === 2
            ? ([r[0], r[1], "2021年水毁工程修复数量", "2021年灾后恢复重建项目完工率", ...r.slice(4)] as IndicatorRow)
            : r,
        ),
      }),
    },
    {
      name: "form: years that name an inspection round, a disaster, arrears up to a year or a standard's edition",
      table: form({
        indicators: withRow(1, "2021年中央生态环境保护督察反馈问题整改率", "按2020年版地方排放标准考核").map((r, j) =>
          j === 2
            ? ([
                r[0],
                r[1],
                "2018年及以前年度欠款清偿率",
                "2021年地震灾后恢复重建项目完工率",
                ...r.slice(4),
              ] as IndicatorRow)
            : r,
        ),
      }),
    },
  ],
  invalid: [
    {
      // Grants are counted each year: a past year's count is copied, unless the grants are checked later.
      name: "form: `2021年资助项目数` is a past year's count",
      table: form({ indicators: withRow(1, "2021年资助项目数", "资助项目数") }),
      errors: [{ cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年资助项目数"] }],
    },
    {
      // The session's review: a yearly event (进博会) and a deliverable (`建立…考核评价体系`) named by a past year are
      // copied targets; only one-off games and national standards are named by their year.
      name: "form: a yearly event or a deliverable after a past year (`2021年进博会志愿者人数`, `2021年建立考核评价体系数量`)",
      table: form({
        indicators: withRow(1, "2021年进博会志愿者人数", "志愿者人数").map((r, j) =>
          j === 2 ? ([...r.slice(0, 2), "2021年建立考核评价体系数量", "体系数量", ...r.slice(4)] as IndicatorRow) : r,
        ),
      }),
      errors: [
        { cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年进博会志愿者人数"] },
        {
          cell: "C12",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2023年建立考核评价体系数量"],
        },
      ],
    },
    {
      // The baseline words make only a cited year no target: a past year's deadline stays one.
      name: "form: a description that sets a past year's target (`2021年完成120场`) beside a baseline",
      table: form({ indicators: withRow(1, "培训场次", "2021年完成120场，参照2020年实际") }),
      errors: [
        {
          cell: "D11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2023年完成120场，参照2020年实际"],
        },
      ],
    },
    {
      // Without 的 the year is the issuing's own: a copied target, as `2021年台风防御演练次数` is.
      name: "form: a year's own issuing (`2021年发行债券数量`), not a debt named by it",
      table: form({ indicators: withRow(1, "2021年发行债券数量") }),
      errors: [
        { cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年发行债券数量"] },
        { cell: "D11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年发行债券数量"] },
      ],
    },
    {
      // `2025年…绩效目标表` without 年度 states the budget year too; the 延续项目's code (2021) is its entry year.
      name: "form: a title's one year without 年度 before an older code's",
      table: form({
        title: "2025年智慧城管平台运维绩效目标表",
        name: "智慧城管平台运维",
        code: "37020021P880077701101",
        indicators: withRow(1, "2023年度系统迁移完成数"),
      }),
      errors: [
        { cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2025年度系统迁移完成数"] },
        { cell: "D11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2025年度系统迁移完成数"] },
      ],
    },
    {
      // The deadline's wordings: with the work done by then, after 于, in digits; a year's own drill is no event.
      name: "form: old deadlines as officers word them, and a year's own work named with an event word",
      table: form({
        indicators: withRow(1, "2021年台风防御演练次数").concat([
          ["产出指标", "时效指标", "完成时间", "完成时间", "2021年12月底前完成", "计划标准"],
          ["产出指标", "时效指标", "验收时间", "验收时间", "于2021年6月底前完成验收", "计划标准"],
          ["产出指标", "时效指标", "办结时间", "办结时间", "2021.12.31", "计划标准"],
        ]),
      }),
      errors: [
        { cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年台风防御演练次数"] },
        { cell: "D11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年台风防御演练次数"] },
        { cell: "F16", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年12月底前完成"] },
        { cell: "F17", severity: "warning", messageId: "stale", fix: null, suggestions: ["于2023年6月底前完成验收"] },
        { cell: "F18", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023.12.31"] },
      ],
    },
    // Seventeenth session: a title may write its year in numerals, as official documents date themselves, and
    // with the circle officers type for 〇.
    numeralTitle("二〇二五年度城市更新专项经费绩效目标表"),
    numeralTitle("二○二五年城市更新专项经费绩效目标表"),
    {
      // A 延续项目 keeps the code it entered the project library with: the title's one year is the budget year.
      name: "form: the title's year before a 延续项目's older code year",
      table: form({
        title: "2025年度城市更新专项经费绩效目标表",
        code: "37020021P880031204417",
        indicators: withRow(1, "2022年度棚户区改造完成户数"),
      }),
      errors: [
        {
          cell: "C11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2025年度棚户区改造完成户数"],
        },
        {
          cell: "D11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2025年度棚户区改造完成户数"],
        },
      ],
    },
    {
      name: "form: a date target years before the table's (`2019年12月底前` in a 2023 table)",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 3
            ? (["", "时效指标", "资金拨付完成时间", "租金支付时间", "2019年12月底前", "计划标准"] as IndicatorRow)
            : r,
        ),
      }),
      errors: [{ cell: "F13", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年12月底前"] }],
    },
    {
      // The year inside the title is read past, and the suggestion must change the stale one, not the title's.
      name: "form: a stale year after a document's title holding the same year",
      table: form({ indicators: withRow(1, "专项检查完成数", "按照《2021年全市检查方案》，2021年完成检查") }),
      errors: [
        {
          cell: "D11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["按照《2021年全市检查方案》，2023年完成检查"],
        },
      ],
    },
    {
      name: "form: a deadline with 年底前 and any verb is stale (`2021年底前全部完成`)",
      table: form({ indicators: withRow(1, "2021年底前全部完成改造户数") }),
      errors: [
        {
          cell: "C11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2023年底前全部完成改造户数"],
        },
        {
          cell: "D11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2023年底前全部完成改造户数"],
        },
      ],
    },
    {
      name: "form: a deadline written 2020年之前完成 is as stale as 2016年底前",
      table: form({ indicators: withRow(1, "2020年之前完成老旧小区改造数量") }),
      errors: [
        {
          cell: "C11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2023年之前完成老旧小区改造数量"],
        },
        {
          cell: "D11",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: ["2023年之前完成老旧小区改造数量"],
        },
      ],
    },
    {
      name: "form: Qingdao 6, 2016新能源汽车补贴发放及时性 in a 2023 table (year from the code)",
      table: form({ indicators: withRow(3, "2016新能源汽车补贴发放及时性", "补贴发放及时性") }),
      errors: [
        {
          cell: "C13",
          severity: "warning",
          messageId: "stale",
          suggestions: ["2023新能源汽车补贴发放及时性"],
          fix: null,
        },
      ],
    },
    {
      name: "form: a year in the description, year from the title",
      table: form({
        code: "",
        title: "2023年企业搬迁改造工作经费绩效目标表",
        indicators: withRow(1, "办公用房租赁数量", "2020年底前完成租赁"),
      }),
      errors: [
        { cell: "D11", severity: "warning", messageId: "stale", suggestions: ["2023年底前完成租赁"], fix: null },
      ],
    },
    {
      name: "compact: the year given as an option",
      table: compactWith("2021 广州国际数控机床展览会举办同期活动场次"),
      options: { year: 2024 },
      errors: [
        {
          cell: "C3",
          severity: "warning",
          messageId: "stale",
          fix: null,
          suggestions: [
            "1、1-产出指标；11-数量指标：2024 广州国际数控机床展览会举办同期活动场次；实施周期指标值:≥2场；年度指标值:≥2场。2、1-产出指标；11-数量指标：运维业务系统数量；实施周期指标值:3个；年度指标值:3个。3、1-产出指标；12-质量指标：系统正常运行率；实施周期指标值:≥95%；年度指标值:≥95%。4、1-产出指标；13-时效指标：故障响应时间；实施周期指标值:≤2小时；年度指标值:≤2小时。5、2-效益指标；22-社会效益：无线电安全保障能力；实施周期指标值:提升；年度指标值:提升。6、3-满意度指标；31-服务对象满意度：服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。",
          ],
        },
      ],
    },
    {
      name: "flat: year from a code on the Shandong scheme",
      table: flat({
        code: "43060223P000000000010",
        rows: [["产出指标", "数量指标", "2019年培训人次", "≥", 500, "人次", "x", "y", "计划标准"]],
      }),
      errors: [{ cell: "C7", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年培训人次"] }],
    },
    {
      name: "form: maxAge 0 flags last year too",
      table: form({ indicators: withRow(1, "2022年度遗留项目完成数", "遗留项目") }),
      options: { maxAge: 0 },
      errors: [
        { cell: "C11", severity: "warning", messageId: "stale", fix: null, suggestions: ["2023年度遗留项目完成数"] },
      ],
    },
  ],
});
