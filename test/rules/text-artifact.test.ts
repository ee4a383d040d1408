import rule from "../../src/core/rules/text-artifact";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { lintTable } from "../../src/core/lint/lint-table";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";

const withRow = (i: number, patch: Partial<Record<number, string>>): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? (r.map((c, k) => (k in patch ? patch[k] : c)) as IndicatorRow) : r));

const QINGDAO_11_BASIS =
  "根据2022年平台运行数据进行测算。\t完成指标值得满分，未完成指标值的，按照完成值与指标值的比例扣分。";

runRule(rule, {
  valid: [
    {
      name: "form: `指标` with a number the name goes on with (`指标3个村覆盖数`, a count; no prefix)",
      table: form({ indicators: withRow(1, { 2: "指标3个村覆盖数" }) }),
    },
    {
      // Fifteenth session: Mongolian is written with its vowel separator (U+180E) and joiners; they are no artifact.
      name: "form: a bilingual goal whose Mongolian words hold U+180E and U+200D",
      table: form({ goal: "完成培训500人。ᠰᠤᠷᠭᠠᠯᠲᠠ\u180eᠠ ᠬᠢ\u200dᠬᠦ" }),
    },
    {
      name: "form: goal items numbered `1)` after a space, or by letters (`a)…；b)…`)",
      table: form({ goal: "1)完成培训500人 2)开展宣传10场；a)群众满意度90%以上；b)资金拨付及时" }),
    },
    {
      name: "form: a goal's lines indented as paragraphs (`　　1.…`, the 申报书's first-line indent)",
      table: form({ goal: "　　1.完成道路养护120公里。\n　　2.道路完好率达到95%以上。" }),
    },
    { name: "form: default table", table: form() },
    {
      name: "form: balanced brackets of every kind",
      table: form({ indicators: withRow(1, { 5: "计划标准（青政发〔2021〕18号）、国无办函[2022]40号《食用盐》" }) }),
    },
    {
      name: "form: a leading space alone is left alone",
      table: form({ indicators: withRow(2, { 2: " 实物储备企业政策符合度" }) }),
    },
    {
      name: "form: one space between Latin words",
      table: form({ indicators: withRow(2, { 2: "DCMM 三级企业数量" }) }),
    },
    {
      name: "form: numbered goal lines without template prefixes",
      table: form({ goal: "1.全年组织4场以上活动\n2.发布新闻报道不少于30篇" }),
    },
    {
      name: "form: goal lines numbered 1） and 二)",
      table: form({ goal: "1）全年组织4场以上活动\n二) 发布新闻报道不少于30篇" }),
    },
    {
      name: "form: goal items numbered 1） 2） on one line, after a separator",
      table: form({ goal: "1）完成培训500人；2）群众满意度90%以上，3)开展宣传10场" }),
    },
    { name: "compact: default list", table: compact() },
    { name: "flat: numbers are not text", table: flat() },
    {
      // A Chinese keyboard gives 》 for Shift+.: a comparator (unit-nonstandard's), no stray bracket.
      name: "form: book brackets typed for a comparator (`》=30公里`, `〉95%`, `《=90万元`)",
      table: form({ indicators: withRow(0, { 4: "》=30公里" }) }),
    },
    { name: "form: `〉95%`", table: form({ indicators: withRow(1, { 4: "〉95%" }) }) },
    {
      name: "form: a book title opening with a year (`《2021年全市河道保洁工作方案》`)",
      table: form({ indicators: withRow(1, { 5: "《2021年全市河道保洁工作方案》" }) }),
    },
  ],
  invalid: [
    {
      name: "form: a tab between a basis's type and its document becomes a space",
      table: form({ indicators: withRow(1, { 5: "计划标准\t青政发〔2021〕18号" }) }),
      errors: [
        { cell: "G11", severity: "info", messageId: "tab", fix: "计划标准 青政发〔2021〕18号", suggestions: [] },
      ],
    },
    {
      // The third review: U+180E alone in a Chinese cell is no Mongolian word's separator.
      name: "form: a stray Mongolian vowel separator (U+180E) in a Chinese cell goes",
      table: form({ indicators: withRow(1, { 4: "≥95%\u180e" }) }),
      errors: [{ cell: "F11", severity: "info", messageId: "invisible", fix: "≥95%", suggestions: [] }],
    },
    {
      name: "form: a zero-width space copied from a web page goes (the value reads as written without it)",
      table: form({ indicators: withRow(1, { 4: "≥95%\u200b" }) }),
      errors: [{ cell: "F11", severity: "info", messageId: "invisible", fix: "≥95%", suggestions: [] }],
    },
    {
      // Thirteenth session: a word joiner, a soft hyphen or a direction mark from Word is no less invisible.
      name: "form: a word joiner, a soft hyphen and a direction mark go too",
      table: form({
        indicators: withRow(1, { 4: "95%\u2060" }).concat([
          ["产出指标", "质量指标", "验收合格率", "验收合格率", "100%\u00ad", "计划标准"],
          ["成本指标", "经济成本指标", "项目成本", "项目成本", "≤100万元\u200e", "预算支出标准"],
        ]),
      }),
      errors: [
        { cell: "F11", severity: "info", messageId: "invisible", fix: "95%", suggestions: [] },
        { cell: "F16", severity: "info", messageId: "invisible", fix: "100%", suggestions: [] },
        { cell: "F17", severity: "info", messageId: "invisible", fix: "≤100万元", suggestions: [] },
      ],
    },
    {
      // A tail opening another item or a bracket is content, even when it speaks of a score.
      name: "form: a goal's next item behind a tab that speaks of a score stays, parted by a space",
      table: form({ goal: "1.完成职业技能培训500人次\t2.学员结业考核平均得分≥85分" }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "tab",
          fix: "1.完成职业技能培训500人次 2.学员结业考核平均得分≥85分",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: goal items parted by tabs between Chinese words keep a space",
      table: form({ goal: "完成城区道路养护120公里\t道路完好率达到95%以上\t市民满意度90%以上" }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "tab",
          fix: "完成城区道路养护120公里 道路完好率达到95%以上 市民满意度90%以上",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: a target's scale in brackets behind a tab (`≥85分\t（满分100分）`) stays",
      table: form({ indicators: withRow(1, { 4: "≥85分\t（满分100分）" }) }),
      errors: [{ cell: "F11", severity: "info", messageId: "tab", fix: "≥85分（满分100分）", suggestions: [] }],
    },
    {
      name: "form: Qingdao 1 社会公众满意度】",
      table: form({ indicators: withRow(5, { 3: "社会公众满意度】" }) }),
      errors: [{ cell: "D15", severity: "info", messageId: "strayBracket", fix: "社会公众满意度", suggestions: [] }],
    },
    {
      name: "form: Qingdao 2 ` 指标1：预算控制` (leading space goes too)",
      table: form({ indicators: withRow(0, { 2: " 指标1：预算控制" }) }),
      errors: [{ cell: "C10", severity: "info", messageId: "prefix", fix: "预算控制", suggestions: [] }],
    },
    {
      name: "form: Qingdao 11 scoring note pasted behind a tab",
      table: form({ indicators: withRow(5, { 5: QINGDAO_11_BASIS }) }),
      errors: [
        {
          cell: "G15",
          severity: "info",
          messageId: "trailingNote",
          // The officer's scoring rule: dropping it is offered, not certain (全部修复 leaves it).
          fix: null,
          suggestions: ["根据2022年平台运行数据进行测算。"],
        },
      ],
    },
    {
      // The session's own review: the note's removal is offered; the cell's other leftovers stay a certain fix.
      name: "form: doubled spaces and a note behind a tab: the spaces a fix, the note a suggestion",
      table: form({ indicators: withRow(5, { 5: "计划标准（年度计划）  文件\t完成指标值得满分" }) }),
      errors: [
        {
          cell: "G15",
          severity: "info",
          messageId: "several",
          fix: "计划标准（年度计划） 文件 完成指标值得满分",
          suggestions: ["计划标准（年度计划） 文件"],
        },
      ],
    },
    {
      name: "form: Qingdao basis with a closing bracket too many",
      table: form({ indicators: withRow(1, { 5: "计划标准（青政发〔2008〕44号）、青湾企发〔2009〕11号）" }) }),
      // The first `）` may have come too early (`…44号、青湾企发…11号）`): a choice, not a certain fix.
      errors: [
        {
          cell: "G11",
          severity: "info",
          messageId: "unbalancedBracket",
          fix: null,
          suggestions: [
            "计划标准（青政发〔2008〕44号、青湾企发〔2009〕11号）",
            "计划标准（青政发〔2008〕44号）、青湾企发〔2009〕11号",
          ],
        },
      ],
    },
    {
      name: "form: a stray bracket in the middle of a name is a suggestion",
      table: form({ indicators: withRow(2, { 2: "资金使用】合规性" }) }),
      errors: [
        { cell: "C12", severity: "info", messageId: "unbalancedBracket", fix: null, suggestions: ["资金使用合规性"] },
      ],
    },
    {
      name: "form: a stray `）` at the start beside a round pair is a choice",
      table: form({ indicators: withRow(2, { 2: "）资金使用合规性（含审计）" }) }),
      errors: [
        {
          cell: "C12",
          severity: "info",
          messageId: "unbalancedBracket",
          fix: null,
          suggestions: ["资金使用合规性（含审计）"],
        },
      ],
    },
    {
      name: "form: a stray square bracket at the start beside round ones is certain",
      table: form({ indicators: withRow(2, { 2: "】资金使用合规性（含审计）" }) }),
      errors: [
        { cell: "C12", severity: "info", messageId: "strayBracket", fix: "资金使用合规性（含审计）", suggestions: [] },
      ],
    },
    {
      name: "form: a prefix fixed with certainty, an unbalanced bracket offered as a choice",
      table: form({ indicators: withRow(2, { 2: "指标1：拨付（资金）额度）" }) }),
      errors: [
        {
          cell: "C12",
          severity: "info",
          messageId: "severalUnbalanced",
          fix: "拨付（资金）额度）",
          suggestions: ["拨付（资金额度）", "拨付（资金）额度"],
        },
      ],
    },
    {
      // Seventeenth session's review of fixes: the purpose is prose; doubled spaces part its clauses, one stays.
      name: "form: doubled spaces between a purpose's clauses leave one",
      table: form({ purpose: "用于支付办公用房租金  物业费及水电费" }),
      errors: [
        {
          cell: "B5",
          severity: "info",
          messageId: "doubleSpace",
          fix: "用于支付办公用房租金 物业费及水电费",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: a nested 指标 number goes whole (`指标1.1：`); a number the name goes on with stays (`指标3个村…`)",
      table: form({ indicators: withRow(1, { 2: "指标1.1：项目完成数" }) }),
      errors: [{ cell: "C11", severity: "info", messageId: "prefix", fix: "项目完成数", suggestions: [] }],
    },
    {
      name: "form: `指标1` before a name that opens with a count word's character (`指标1项目完成及时率`)",
      table: form({ indicators: withRow(1, { 2: "指标1项目完成及时率" }) }),
      errors: [{ cell: "C11", severity: "info", messageId: "prefix", fix: "项目完成及时率", suggestions: [] }],
    },
    {
      name: "form: `满分率` behind a tab is the description's content, no scoring note",
      table: form({ indicators: withRow(1, { 3: "组织体育测试\t满分率逐年提升" }) }),
      errors: [{ cell: "D11", severity: "info", messageId: "tab", fix: "组织体育测试满分率逐年提升", suggestions: [] }],
    },
    {
      name: "form: Qingdao 1 purpose ends in three tabs (tabs at the edge are not edge spaces)",
      table: form({ purpose: "用于企业搬迁改造及化工业转型升级工作\t\t\t" }),
      errors: [
        {
          cell: "B5",
          severity: "info",
          messageId: "tab",
          fix: "用于企业搬迁改造及化工业转型升级工作",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: Qingdao 3 goal: prefix, tabs and a last line holding only a quote all go",
      table: form({ goal: '6.目标内容1督促承储企业适时轮换。\n"\t\t\t\t\t\t' }),
      errors: [
        { cell: "B8", severity: "info", messageId: "several", fix: "6.督促承储企业适时轮换。", suggestions: [] },
      ],
    },
    {
      name: "form: Qingdao 6 goal: a tab run before a line break becomes nothing",
      table: form({
        goal: "6.目标内容1:申报车辆数力争达到200辆。\t\t\t\t\t\n\n7.目标内容2：新增推广新能源汽车数量大于3000辆。",
      }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "several",
          fix: "6.申报车辆数力争达到200辆。\n\n7.新增推广新能源汽车数量大于3000辆。",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: Qingdao 8 goal: tab runs before a line break and at the end",
      table: form({ goal: "6.举办2023世界工业互联网产业大会\t\t\t\t\t\t\n\n7.参会代表不少于600人\t\t\t\t\t\t" }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "tab",
          fix: "6.举办2023世界工业互联网产业大会\n\n7.参会代表不少于600人",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: a tab between Latin words still becomes one space",
      table: form({ indicators: withRow(2, { 2: "DCMM\tlevel 3 企业数量" }) }),
      errors: [{ cell: "C12", severity: "info", messageId: "tab", fix: "DCMM level 3 企业数量", suggestions: [] }],
    },
    {
      name: "form: Qingdao goal `6.目标内容1：` lines keep their numbers",
      table: form({ goal: "6.目标内容1：组织指导全市工作\n7.目标内容2：继续推进土地处置" }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "prefix",
          fix: "6.组织指导全市工作\n7.继续推进土地处置",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: Qingdao 2 goal `目标内容1` without a colon",
      table: form({ goal: "6.目标内容1确定政府食盐储备承储企业" }),
      errors: [
        { cell: "B8", severity: "info", messageId: "prefix", fix: "6.确定政府食盐储备承储企业", suggestions: [] },
      ],
    },
    {
      // Goal items parted by a tab or two spaces (a Word list pasted): one space keeps them apart; 说明会 is no note.
      name: "form: goal items parted by a tab, or by two spaces, keep a space between them",
      table: form({ goal: "1.完成培训500人\t2.开展政策说明会10场" }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "tab",
          fix: "1.完成培训500人 2.开展政策说明会10场",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: goal items parted by two spaces",
      table: form({ goal: "目标1：完成城区路灯维护1.2万盏  目标2：亮灯率98%以上" }),
      errors: [
        {
          cell: "B8",
          severity: "info",
          messageId: "doubleSpace",
          fix: "目标1：完成城区路灯维护1.2万盏 目标2：亮灯率98%以上",
          suggestions: [],
        },
      ],
    },
    {
      name: "form: a tab and doubled spaces inside names",
      table: form({ indicators: withRow(1, { 2: "办公用房\t租赁数量", 3: "集中办公用房  租赁数量" }) }),
      errors: [
        { cell: "C11", severity: "info", messageId: "tab", fix: "办公用房租赁数量", suggestions: [] },
        { cell: "D11", severity: "info", messageId: "doubleSpace", fix: "集中办公用房租赁数量", suggestions: [] },
      ],
    },
    {
      name: "form: a dangling opening bracket at the end",
      table: form({ indicators: withRow(2, { 2: "资金使用合规性（" }) }),
      errors: [{ cell: "C12", severity: "info", messageId: "strayBracket", fix: "资金使用合规性", suggestions: [] }],
    },
    {
      name: "compact: a stray bracket inside the packed cell rewrites only that part",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ["1", "产出指标", "11", "数量指标", "运维业务系统数量】", "3个", "3个"] as CompactItem,
              ...DEFAULT_ITEMS.slice(1),
            ],
          },
        ],
      }),
      errors: [
        {
          cell: "C3",
          severity: "info",
          messageId: "strayBracket",
          fix: compact({ projects: [{ name: "p", goal: "g", items: DEFAULT_ITEMS }] }).indicators[0].name!.cellText!,
          suggestions: [],
        },
      ],
    },
  ],
});

describe("text-artifact messages name what was found", () => {
  const messages = (table: ReturnType<typeof form>) => lintTable(table, undefined, [rule]).map((d) => d.message.zh);

  it("quotes the prefix as written: `目标内容1` without a colon", () => {
    const [zh] = messages(form({ goal: "6.目标内容1确定政府食盐储备承储企业" }));
    expect(zh).toContain("“目标内容1”");
    expect(zh).not.toContain("指标1：");
  });

  it("quotes a name's `指标2：`", () => {
    expect(messages(form({ indicators: withRow(0, { 2: "指标2：预算控制" }) }))[0]).toContain("“指标2：”");
  });

  // Seventeenth session's review: a line break shown as a space in the message would be typed as one.
  it("shows a line break in the fixed text as ↵, not as a space", () => {
    const [zh] = messages(form({ indicators: withRow(1, { 2: "补助发放\n  准确率" }) }));
    expect(zh).toContain("“补助发放↵准确率”");
  });

  it("lists every kind removed at once (Qingdao 3 B51)", () => {
    const [zh] = messages(form({ goal: '6.目标内容1督促承储企业适时轮换。\n"\t\t\t' }));
    expect(zh).toContain("编号前缀“目标内容1”");
    expect(zh).toContain("制表符");
    expect(zh).toContain("引号");
  });
});
