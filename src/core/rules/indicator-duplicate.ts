/**
 * @fileoverview indicator-duplicate — the same 三级指标 twice in one table (in one sub-project or task, where a
 * column left of 一级 names them), after removing `指标1：` prefixes, spaces and brackets. The second one is reported.
 */
import { toA1 } from "../grid/address";
import type { Field, Indicator } from "../model/table";
import { NAME_PREFIX } from "../schema/artifact-words";
import { toHalfWidth } from "../text/normalize";
import { isKnownUnit } from "../value/units";
import type { RuleModule } from "./rule";
import { isBlank, textOf } from "./utils/structure-fields";

// A unit in brackets (`（%）`, `（个）`, `（万元）`) or a note (`（必填）`) says how, not what, is measured; a qualifier
// (`（线上）`, `（一类）`, `（城市）`) says what.
const BRACKETED = /[(（]\s*([^()（）]{1,12}?)\s*[)）]/g;
const NOTE = /^(?:必填|选填|可选|如有|若有|参考)$/;

function dropUnits(text: string): string {
  return text.replace(BRACKETED, (all, inner: string) => (isKnownUnit(inner) || NOTE.test(inner) ? "" : all));
}

/** A 三级指标 in comparable form: no `指标1：` prefix, bracketed unit, spaces, brackets or case. */
function comparableName(text: string): string {
  return dropUnits(toHalfWidth(text).replace(NAME_PREFIX, ""))
    .replace(/^\s*\d+\s*[.、]\s*/, "")
    .replace(/[\s\u00a0()[\]【】〔〕《》〈〉「」]+/g, "")
    .toLowerCase();
}

/**
 * Which set an indicator belongs to: a table's long-term and annual sets name the same indicators, one
 * target each (`培训班期数 ≥15期` for the 实施期, `≥5期` for the year), and that is no duplicate.
 */
function setOf(indicator: Indicator): string {
  if (indicator.periodValue && !indicator.annualValue) return "period";
  if (indicator.annualValue && !indicator.periodValue) return "annual";
  return "";
}

/** The same cell, or the same slice of a compact cell (two slices of one cell are two names). */
function sameCellPart(a: Field, b: Field): boolean {
  return a.row === b.row && a.col === b.col && a.span?.start === b.span?.start;
}

const rule: RuleModule = {
  meta: {
    id: "indicator-duplicate",
    severity: "warning",
    docs: {
      description: {
        zh: "同一张表中三级指标重复（忽略“指标1：”前缀、空格和括号）",
        en: "The same 三级指标 (indicator name) twice in one table, ignoring 指标1： prefixes, spaces and brackets",
      },
      bad: "指标1：参会人员满意度 … 参会人员满意度",
      good: "参会人员满意度 … 承储企业履约率",
    },
    messages: {
      duplicate: {
        zh: "三级指标“{{name}}”与 {{first}} 重复：请合并，或改为不同的指标",
        en: "The indicator “{{name}}” repeats {{first}}: merge them or measure something else",
      },
    },
  },
  check(context) {
    const firstSeen = new Map<string, Field>();
    for (const indicator of context.table.indicators) {
      if (indicator.empty) continue; // `……`, `指标2` left from the template are not names
      const field = indicator.name;
      if (!field || isBlank(field)) continue;
      const name = comparableName(field.text);
      if (!name) continue;
      // Each sub-project or task (a column left of 一级) owns its targets: one name under two of them is no repeat.
      const key = `${setOf(indicator)}\u0000${indicator.group?.text.trim() ?? ""}\u0000${name}`;
      const first = firstSeen.get(key);
      if (!first) {
        firstSeen.set(key, field);
        continue;
      }
      // One 三级 merged over rows that split its target (`培训人次` over `线上 | ≥300` and `线下 | ≥200`): one name.
      if (sameCellPart(first, field)) continue;
      context.report({
        at: field,
        messageId: "duplicate",
        data: { name: textOf(field), first: `${toA1(first.row, first.col)}“${textOf(first)}”` },
      });
    }
  },
};

export default rule;
