/**
 * @fileoverview field-missing — a required head field (项目名称, 预算数, 绩效目标,
 * 项目编码) whose label is there with nothing after it, and in the flat layout a
 * `*` column left empty.
 */
import type { Field, Indicator, Layout, TargetTable } from "../model/table";
import { parseValueShared } from "../value/parse-value";
import type { Severity } from "../model/diagnostic";
import type { RuleContext, RuleModule } from "./rule";
import { isBlank, typedQualitative } from "./utils/structure-fields";
import { columnRole, headerKey, type ColumnRole } from "../schema/columns";
import { normalizeLabel } from "../text/normalize";
import { boundedMemo } from "../text/memo";

type HeadKey = "name" | "budget" | "goal" | "code";

interface HeadField {
  key: HeadKey;
  severity: Severity;
  /** Layouts where the field exists at all. */
  layouts: Layout[];
}

// The compact layout has no 预算数 and no 项目编码.
const HEAD: readonly HeadField[] = [
  { key: "name", severity: "error", layouts: ["form", "compact", "flat"] },
  { key: "budget", severity: "error", layouts: ["form", "flat"] },
  { key: "goal", severity: "error", layouts: ["form", "compact", "flat"] },
  { key: "code", severity: "warning", layouts: ["form", "flat"] },
];

/**
 * `*` columns whose blanks other rules report, once and knowing what a blank there means: 指标值 (value-missing),
 * 三级指标 and a 二级 left blank (indicator-incomplete), 一级 (level1-unknown), 指标值确定依据 (basis-missing).
 * A 一级 or 二级 blank below its group carries the group's: no blank at all.
 */
const OWNED_ELSEWHERE: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["level1", "level2", "name", "value", "basis"]);

/** Remembered by label: a flat table asks of each `*` column on every row. */
const ownedElsewhere = boundedMemo((label: string): boolean => {
  const role = columnRole(headerKey(label, normalizeLabel));
  return role !== undefined && OWNED_ELSEWHERE.has(role);
}, 1000);

/**
 * A label found with nothing after it. A label the table does not have is not
 * reported: templates differ by region (a 区域 table has 专项名称 and no 项目编码),
 * and a field the template lacks is not missing (spec §7).
 */
function checkHead(context: RuleContext, table: TargetTable, head: HeadField): void {
  if (!head.layouts.includes(table.layout)) return;
  const field: Field | undefined = table[head.key];
  if (!field || !isBlank(field)) return;
  context.report({ at: field, messageId: head.key, severity: head.severity });
}

const UNIT_LABEL = /^(?:计量|度量|计算)?单位$/;

/** A 定性 row (by its type or comparator column, or its value): a unit is not asked of it. */
function qualitativeRow(indicator: Indicator): boolean {
  if (typedQualitative(indicator)) return true;
  const value = indicator.value ?? indicator.annualValue ?? indicator.periodValue;
  return value !== undefined && parseValueShared(value.text).kind === "qualitative";
}

function checkRequiredColumns(context: RuleContext, table: TargetTable): void {
  const empty = new Map<string, Field[]>();
  const filled = new Set<string>();
  for (const indicator of table.indicators) {
    // An empty template row is indicator-incomplete's one finding, not one per blank cell (nineteenth session's
    // review: `*指标解释` blank on an unused row had been an error beside it).
    if (indicator.empty) continue;
    for (const { label, field } of indicator.required ?? []) {
      if (ownedElsewhere(label)) continue;
      if (!isBlank(field)) {
        filled.add(label);
        continue;
      }
      // `*计量单位` on a 定性 row: a phrase has no unit to write.
      if (UNIT_LABEL.test(label.replace(/\s+/g, "")) && qualitativeRow(indicator)) continue;
      const list = empty.get(label);
      if (list) list.push(field);
      else empty.set(label, [field]);
    }
  }
  // A column left blank on every row is one finding, at its first cell (as basis-missing's columnEmpty).
  for (const [label, fields] of empty) {
    for (const field of filled.has(label) ? fields : fields.slice(0, 1))
      context.report({ at: field, messageId: "column", data: { label } });
  }
}

const rule: RuleModule = {
  meta: {
    id: "field-missing",
    severity: "error",
    docs: {
      description: {
        zh: "项目名称、预算数、绩效目标、项目编码未填写；平台导出表中带 * 的必填列为空",
        en: "An empty 项目名称 (project name), 预算数 (budget), 绩效目标 (goal) or 项目编码 (project code); an empty `*` column in the flat layout",
      },
      bad: "预算数：（空）",
      good: "预算数：170.00",
    },
    messages: {
      name: { zh: "项目名称为空：请填写项目名称", en: "项目名称 (project name) is empty: fill in the project's name" },
      budget: {
        zh: "预算数为空：请填写本项目的预算数（金额单位见表头）",
        en: "预算数 (budget) is empty: fill in the project's budget in the table's money unit",
      },
      goal: {
        zh: "绩效目标为空：请填写本项目的年度绩效目标",
        en: "绩效目标 (performance goal) is empty: describe what the project will achieve this year",
      },
      code: {
        zh: "项目编码为空：请填写预算系统中的项目编码",
        en: "项目编码 (project code) is empty: fill in the code from the budget system",
      },
      column: { zh: "必填列“{{label}}”为空：请填写", en: "The required column “{{label}}” is empty: fill it in" },
    },
  },
  check(context) {
    const { table } = context;
    for (const head of HEAD) checkHead(context, table, head);
    if (table.layout === "flat") checkRequiredColumns(context, table);
  },
};

export default rule;
