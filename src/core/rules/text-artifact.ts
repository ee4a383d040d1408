/**
 * @fileoverview text-artifact — leftovers of copying and templates: `指标1：` and
 * `目标内容1：` prefixes, stray brackets, a note pasted behind a tab, tabs,
 * doubled spaces. The fix removes them.
 */
import { cellText } from "../grid/grid";
import type { Field, TargetTable } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { cleanArtifacts } from "./utils/structure-text";

const SHOWN = 40;

/** The text the cell (or the compact slice) really holds, spaces included. */
function writtenText(field: Field): string {
  return field.cellText !== undefined ? field.text : cellText(field.raw);
}

function short(text: string): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > SHOWN ? `${line.slice(0, SHOWN)}…` : line;
}

function checkField(context: RuleContext, field: Field | undefined, goal = false): void {
  if (!field || typeof field.raw === "number" || typeof field.raw === "boolean") return;
  const written = writtenText(field);
  const cleaned = cleanArtifacts(written, goal);
  // Spaces at the edges alone are invisible and harmless; they go only along with a visible artifact.
  const kind = cleaned.kinds.find((k) => k !== "edgeSpace");
  if (!kind) return;
  const data = { fixed: short(cleaned.text) };
  context.report({ at: field, messageId: kind, data, fix: { text: cleaned.text, messageId: "clean", data } });
}

function textFields(table: TargetTable): Field[] {
  const fields = [table.name, table.purpose];
  for (const i of table.indicators) {
    if (!i.level1Inherited) fields.push(i.level1);
    fields.push(i.level2, i.name, i.description, i.value, i.periodValue, i.annualValue, i.basis);
  }
  const seen = new Set<number | string>();
  // One finding per cell part: a merged 一级指标 or a repeated field is checked once.
  return fields.filter((f): f is Field => {
    if (!f) return false;
    const key = cellPartKey(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const COLS = 1 << 20;

/** A whole cell as one number (no string built per field); a compact slice, or a column past 2^20, as text. */
function cellPartKey(f: Field): number | string {
  return f.span || f.col >= COLS || f.col < 0 ? `${f.row}:${f.col}:${f.span?.start ?? ""}` : f.row * COLS + f.col;
}

const rule: RuleModule = {
  meta: {
    id: "text-artifact",
    severity: "info",
    fixable: true,
    docs: {
      description: {
        zh: "复制或套用模板留下的多余文字：“指标1：”“目标内容1：”前缀、多余括号、制表符及其后的备注、连续空格",
        en: "Leftovers of copying and templates: 指标1：/目标内容1： prefixes, stray brackets, tabs and notes pasted behind them, doubled spaces",
      },
      bad: "社会公众满意度】",
      good: "社会公众满意度",
    },
    messages: {
      prefix: { zh: "编号前缀“指标1：”“目标内容1：”是模板残留：应为“{{fixed}}”", en: "The 指标1：/目标内容1： prefix is left from the template: write “{{fixed}}”" },
      strayBracket: { zh: "多余的括号：应为“{{fixed}}”", en: "A stray bracket: write “{{fixed}}”" },
      trailingNote: { zh: "制表符后粘贴了评分说明等备注：应为“{{fixed}}”", en: "A note (e.g. scoring) was pasted behind a tab: write “{{fixed}}”" },
      tab: { zh: "单元格中有制表符：应为“{{fixed}}”", en: "The cell holds a tab: write “{{fixed}}”" },
      doubleSpace: { zh: "连续空格：应为“{{fixed}}”", en: "Doubled spaces: write “{{fixed}}”" },
      clean: { zh: "删除多余文字", en: "Remove the leftovers" },
    },
  },
  check(context) {
    const { table } = context;
    for (const field of textFields(table)) checkField(context, field);
    checkField(context, table.goal, true);
  },
};

export default rule;
