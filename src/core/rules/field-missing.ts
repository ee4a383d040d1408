/**
 * @fileoverview field-missing — a required head field (项目名称, 预算数, 绩效目标,
 * 项目编码) left empty, and in the flat layout a `*` column left empty.
 */
import type { Field, Layout, TargetTable } from "../model/table";
import type { Severity } from "../model/diagnostic";
import type { RuleContext, RuleModule } from "./rule";
import { isBlank } from "./utils/structure-fields";

type HeadKey = "name" | "budget" | "goal" | "code";

interface HeadField {
  key: HeadKey;
  severity: Severity;
  /** Layouts where the label is always present, so a missing label is itself a finding. */
  always: Layout[];
  /** Layouts where the field exists at all (an empty value is reported). */
  layouts: Layout[];
}

// The compact layout has no 预算数 and no 项目编码; flat exports vary in their head
// block, so there only a label found with an empty value is reported.
const HEAD: readonly HeadField[] = [
  { key: "name", severity: "error", always: ["form", "compact", "flat"], layouts: ["form", "compact", "flat"] },
  { key: "budget", severity: "error", always: ["form"], layouts: ["form", "flat"] },
  { key: "goal", severity: "error", always: ["form", "compact"], layouts: ["form", "compact", "flat"] },
  { key: "code", severity: "warning", always: ["form"], layouts: ["form", "flat"] },
];

// 指标值 is a `*` column too, but value-missing reports it (once, not twice).
const OWNED_ELSEWHERE = new Set(["指标值"]);

function checkHead(context: RuleContext, table: TargetTable, head: HeadField): void {
  if (!head.layouts.includes(table.layout)) return;
  const field: Field | undefined = table[head.key];
  if (field && !isBlank(field)) return;
  if (!field && !head.always.includes(table.layout)) return;
  context.report({
    at: field ?? table.anchor,
    messageId: field ? head.key : `${head.key}Absent`,
    severity: head.severity,
  });
}

function checkRequiredColumns(context: RuleContext, table: TargetTable): void {
  for (const indicator of table.indicators) {
    for (const { label, field } of indicator.required ?? []) {
      if (OWNED_ELSEWHERE.has(label.replace(/\s+/g, "")) || !isBlank(field)) continue;
      context.report({ at: field, messageId: "column", data: { label } });
    }
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
      nameAbsent: {
        zh: "未找到项目名称：请在表头填写“项目名称”及其内容",
        en: "No 项目名称 (project name) found: add the label and the project's name to the head of the table",
      },
      budget: {
        zh: "预算数为空：请填写本项目的预算数（金额单位见表头）",
        en: "预算数 (budget) is empty: fill in the project's budget in the table's money unit",
      },
      budgetAbsent: {
        zh: "未找到预算数：请在表头填写“预算数”及金额",
        en: "No 预算数 (budget) found: add the label and the amount to the head of the table",
      },
      goal: {
        zh: "绩效目标为空：请填写本项目的年度绩效目标",
        en: "绩效目标 (performance goal) is empty: describe what the project will achieve this year",
      },
      goalAbsent: {
        zh: "未找到绩效目标：请填写“绩效目标”及其内容",
        en: "No 绩效目标 (performance goal) found: add the label and the goal",
      },
      code: {
        zh: "项目编码为空：请填写预算系统中的项目编码",
        en: "项目编码 (project code) is empty: fill in the code from the budget system",
      },
      codeAbsent: {
        zh: "未找到项目编码：请在表头填写“项目编码”及预算系统中的编码",
        en: "No 项目编码 (project code) found: add the label and the code from the budget system",
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
