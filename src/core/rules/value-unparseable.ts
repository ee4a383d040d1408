/**
 * @fileoverview value-unparseable — a 指标值 that reads neither as a quantitative
 * target (`≥130次`) nor as a qualitative phrase (`提升`): `≤12.05月|日`, `≥`, `——`.
 */
import { isCellError, UNCALCULATED } from "../grid/grid";
import type { RuleContext, RuleModule } from "./rule";
import { NO_SUCH_DATE, parseValueShared } from "../value/parse-value";
import { alreadyClean, removeArtifacts } from "./text-artifact-clean";
import { findPlaceholder } from "./utils/structure-placeholder";
import { isBlankOrDash } from "./utils/structure-fields";
import { eachValue, type ValueFact } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

/**
 * A value that reads once text-artifact's certain cleanup is made (`≥95%）`, a tab before a note): that rule's
 * finding, whose fix leaves a value that reads. One cause, one finding.
 */
function readsWhenCleaned(value: ValueFact): boolean {
  const text = value.field.text;
  if (alreadyClean(text, false)) return false;
  const cleaned = removeArtifacts(text, false);
  return (
    cleaned.kinds.some((k) => k !== "edgeSpace") && parseValueShared(cleaned.text, value.hints).kind !== "unparseable"
  );
}

/** `854万854万`: a suggestion, not a fix — the cell may hold two targets run together that only look alike. */
function reportDoubled(context: RuleContext, name: string, value: ValueFact, single: string): void {
  const data = { ...whereData(value.role), name: shownName(name), text: value.field.text, single };
  context.report({
    at: value.field,
    messageId: "doubled",
    data,
    suggestions: [{ text: single, messageId: "keepOne", data }],
  });
}

const rule: RuleModule = {
  meta: {
    id: "value-unparseable",
    severity: "warning",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "指标值既不是定量值（比较符+数值+单位），也不是定性短语",
        en: "A value that is neither quantitative (comparator, number, unit) nor a qualitative phrase",
      },
      bad: "≤12.05月|日",
      good: "≤12月5日",
    },
    messages: {
      unparseable: {
        zh: "“{{name}}”的{{where}}“{{text}}”无法识别，请写成定量值（如 ≥130次、100%、≤12月5日）或定性短语（如 提升）",
        en: '{{whereEn}} "{{text}}" of "{{name}}" cannot be read; write a quantitative target (≥130次, 100%, ≤12月5日) or a qualitative phrase (提升)',
      },
      doubled: {
        zh: "“{{name}}”的{{where}}“{{text}}”是同一个值写了两遍，请只保留一个（{{single}}）",
        en: '{{whereEn}} "{{text}}" of "{{name}}" is one value written twice; keep one ({{single}})',
      },
      keepOne: { zh: "改为“{{single}}”", en: 'Change to "{{single}}"' },
      noSuchDate: {
        zh: "“{{name}}”的{{where}}“{{text}}”中的日期不存在，请核对月份和日期",
        en: '{{whereEn}} "{{text}}" of "{{name}}" names a date that does not exist; check the month and the day',
      },
      cellError: {
        zh: "“{{name}}”的{{where}}单元格显示错误“{{text}}”，请检查公式或改为直接填写",
        en: '{{whereEn}} of "{{name}}" shows the error "{{text}}"; check the formula or type the value',
      },
      uncalculated: {
        zh: "“{{name}}”的{{where}}是文件中没有计算结果的公式（由程序生成、未经 Excel 保存），无法检查：请在 Excel 或 WPS 中打开并保存后再检查",
        en: '{{whereEn}} of "{{name}}" is a formula the file holds no result for (written by a program, never saved by Excel) and cannot be checked; open and save the file in Excel or WPS, then check again',
      },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      if (value.doubled) {
        reportDoubled(context, facts.name, value, value.doubled);
        continue;
      }
      // Template placeholders (`≥XX%`) are placeholder-unfilled's finding; a lone dash or slash (`——`, `/`) is
      // value-missing's (an empty value, decisions: Value rules 2), one finding for one defect.
      if (value.parsed.kind !== "unparseable" || findPlaceholder(value.field.text) || readsWhenCleaned(value)) continue;
      // A unit and no number (`公里`) is a missing target: value-missing says so (in the rule, not by yieldsTo,
      // which works per cell: a packed cell holds every item's value).
      if (isBlankOrDash(value.field) || value.unitOnly) continue;
      const raw = value.field.raw;
      const messageId = isCellError(raw)
        ? raw.error === UNCALCULATED
          ? "uncalculated"
          : "cellError"
        : value.parsed.reason === NO_SUCH_DATE
          ? "noSuchDate"
          : "unparseable";
      context.report({
        at: value.field,
        messageId,
        data: { ...whereData(value.role), name: shownName(facts.name), text: value.field.text },
      });
    }
  },
};

export default rule;
