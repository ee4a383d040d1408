/**
 * @fileoverview level1-missing — a table without any indicator of a 一级指标:
 * 产出 is an error; 效益, 满意度 (and 成本 in the form and flat layouts, from 2021) are
 * warnings. One finding per table names every missing 一级; a table whose 一级
 * words are blank or unknown gets none (level1-unknown reports the cause).
 */
import type { Indicator, Layout, TargetTable } from "../model/table";
import type { Severity } from "../model/diagnostic";
import type { RuleModule } from "./rule";
import { indicatorLevel1, indicatorLevel2, isCostIndicator, isSatisfaction } from "../schema/indicator-kind";
import { currentParents, type Level1 } from "../schema/vocabulary";
import { tableYear } from "../model/table-year";
import { isDepartmentWide, isRegionalTransfer, pointFor, type At } from "./utils/structure-fields";

interface Expected {
  level1: Level1;
  severity: Severity;
  /** Layouts that expect it; all when absent. */
  layouts?: Layout[];
  /** The first budget year whose scheme has it as a 一级 (成本 became one in 2021). */
  since?: number;
}

// The compact (Guangdong) scheme has no 成本 一级. A flat table (a form with a 计量单位 or 指标性质 column, or a system's
// export) follows the 2021 scheme as a form does: a 计量单位 column had decided whether 成本 was asked (the
// twenty-first session's metamorphic test), and its year still says which scheme it follows.
const EXPECTED: readonly Expected[] = [
  { level1: "产出指标", severity: "error" },
  { level1: "效益指标", severity: "warning" },
  { level1: "满意度指标", severity: "warning" },
  { level1: "成本指标", severity: "warning", layouts: ["form", "flat"], since: 2021 },
];

function present(table: TargetTable): Set<Level1> {
  const found = new Set<Level1>();
  for (const indicator of table.indicators) {
    const level1 = indicatorLevel1(indicator);
    if (level1) found.add(level1);
    // Old schemes: 成本指标 under 产出指标, satisfaction under 效益指标, still set those targets.
    if (isCostIndicator(indicator)) found.add("成本指标");
    if (isSatisfaction(indicator)) found.add("满意度指标");
    // A 效益 二级 under 产出 (a merge run one row too far) is level2-mismatch's one finding: its 一级 is there.
    // The current scheme's parent only: an old scheme's (满意度 under 效益) stands for no 一级 of its own.
    const level2 = indicatorLevel2(indicator);
    if (level2) for (const l1 of currentParents(level2)) found.add(l1);
  }
  return found;
}

/**
 * A 一级 the table's own words leave open: a blank 一级 cell, or one outside
 * the vocabulary (`产出类指标`, `实施效果指标`), may stand for the missing one —
 * level1-unknown reports the cause, once.
 */
function unclear(table: TargetTable): boolean {
  return table.indicators.some((i) => !i.level1 || i.level1.text.trim() === "" || !indicatorLevel1(i));
}

/** The table's indicator area: its header's first cell, else the first indicator's 一级指标 cell. */
function indicatorArea(table: TargetTable): At {
  if (table.indicatorHeader) return table.indicatorHeader;
  const first = table.indicators[0];
  return pointFor(first.level1, first, table);
}

/**
 * 成本 is the project table's (财预〔2021〕101号): a department-wide table or a transfer payment's regional one follows
 * its own template, which has no 成本 block (eighteenth session's review: a warning on every such table).
 */
function projectOnly(e: Expected, table: TargetTable): boolean {
  return e.level1 === "成本指标" && (isDepartmentWide(table) || isRegionalTransfer(table));
}

function missing(table: TargetTable): Expected[] {
  const found = present(table);
  const year = tableYear(table);
  return EXPECTED.filter(
    (e) =>
      !found.has(e.level1) &&
      (!e.layouts || e.layouts.includes(table.layout)) &&
      !(e.since && year !== undefined && year < e.since) &&
      !projectOnly(e, table),
  );
}

/** The rows marked as not applying (`无 | 无`) under a 一级 the table lacks. */
function markedRows(table: TargetTable, absent: readonly Expected[]): Indicator[] {
  const lacking = new Set(absent.map((e) => e.level1));
  return (table.markedRows ?? []).filter((row) => {
    const level1 = indicatorLevel1(row);
    return level1 !== undefined && lacking.has(level1);
  });
}

/** The mark the officer wrote: the row's first non-blank cell past its levels. */
function markOf(row: Indicator): string {
  const cells = [row.name, row.value, row.description, row.basis];
  return cells.map((f) => f?.text.trim() ?? "").find((t) => t !== "") ?? "无";
}

const rule: RuleModule = {
  meta: {
    id: "level1-missing",
    severity: "warning",
    docs: {
      description: {
        zh: "表中缺少某类一级指标：缺产出指标为错误；缺效益指标、满意度指标（2021年起的表单、平铺样式表还有成本指标）为警告",
        en: "A table without any indicator of a 一级指标 (level-1): no 产出指标 (output) is an error; no 效益指标 (outcome), 满意度指标 (satisfaction) or, in the form and flat layouts from 2021, 成本指标 (cost) is a warning",
      },
      bad: "某运行经费项目：只有“3-满意度指标”",
      good: "某运行经费项目：产出指标、效益指标、满意度指标各有指标",
    },
    messages: {
      missing: {
        zh: "本表没有{{level1}}：请在每类一级指标下至少设置一个三级指标",
        en: "The table has no {{level1}}: add at least one indicator under each",
      },
      marked: {
        zh: "本表没有{{level1}}（{{marked}}填为“{{mark}}”）：请在每类一级指标下至少设置一个三级指标",
        en: "The table has no {{level1}} ({{marked}} is marked “{{mark}}”): add at least one indicator under each",
      },
      unread: {
        zh: "本表指标行的格式未能识别，指标未经检查：请人工核对",
        en: "The indicator rows of this table are in a format not recognised: they were not checked; review them by hand",
      },
      none: {
        zh: "本表没有任何绩效指标：请填写产出、效益、满意度等指标",
        en: "The table has no indicators at all: add output, outcome and satisfaction indicators",
      },
    },
  },
  check(context) {
    const { table } = context;
    if (table.indicators.length === 0) {
      // Rows were there but not understood (table.bodyUnread): saying there are none would be false, and saying
      // nothing would pass the table as checked. A note says its indicators went unchecked.
      if (table.bodyUnread) context.report({ at: table.anchor, messageId: "unread", severity: "info" });
      else context.report({ at: table.anchor, messageId: "none", severity: "error" });
      return;
    }
    if (table.hasLevel1Column === false || unclear(table)) return;
    const absent = missing(table);
    if (absent.length === 0) return;
    // One finding for the table, naming every missing 一级: the error when 产出 is among them.
    const severity = absent.some((e) => e.severity === "error") ? "error" : "warning";
    const level1 = absent.map((e) => e.level1).join("、");
    const marked = markedRows(table, absent);
    if (marked.length === 0) {
      context.report({ at: indicatorArea(table), messageId: "missing", data: { level1 }, severity });
      return;
    }
    // The officer's `无` on the row is where the indicator belongs: the finding says it was seen, and points there.
    const first = marked[0];
    const data = {
      level1,
      marked: [...new Set(marked.map(indicatorLevel1))].join("、"),
      mark: markOf(first),
    };
    context.report({ at: pointFor(first.name, first, table), messageId: "marked", data, severity });
  },
};

export default rule;
