/**
 * @fileoverview value-missing — an indicator without its 指标值 (compact layout:
 * without its 实施周期指标值 or 年度指标值).
 */
import type { Field, Indicator, TargetTable } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { isBlank, isBlankOrDash, pointFor, typedQualitative, unitWritten } from "./utils/structure-fields";
import { isUnitOnly } from "../value/units";

function checkOne(
  context: RuleContext,
  table: TargetTable,
  indicator: Indicator,
  field: Field | undefined,
  messageId: string,
): void {
  if (field && isUnitOnly(field.text)) {
    context.report({ at: field, messageId: "unitOnly", data: { text: field.text.trim() } });
    return;
  }
  if (!isBlankOrDash(field)) return;
  const data = { name: indicator.name?.text || "" };
  // A row typed 定性 whose name states the aim (`促进社会和谐 | 定性 | `): a system's export leaves such targets
  // blank on every project (重庆's 表十二), so the missing phrase is worth a review, not an error on each row.
  // A unit beside it (`验收合格率 | 定性 | | %`) asks for a number: the type is the slip, the blank still an error.
  if (messageId === "value" && typedQualitative(indicator) && !unitWritten(indicator.unitColumn)) {
    context.report({ at: pointFor(field, indicator, table), messageId: "qualitative", data, severity: "warning" });
    return;
  }
  context.report({ at: pointFor(field, indicator, table), messageId, data });
}

/**
 * A form's `长期指标值 | 年度指标值` row that writes `/` in one set and a target in the other (深圳: `社康机构诊疗量 |
 * / | ≥5000万人次`) measures that set only: the mark was written on purpose, unlike a blank. The compact
 * template asks for both in every item.
 */
function markedUnused(field: Field | undefined, other: Field | undefined): boolean {
  return !isBlank(field) && isBlankOrDash(field) && isTarget(other);
}

function isTarget(field: Field | undefined): boolean {
  return !isBlankOrDash(field) && !NO_TARGET.test(field!.text.trim());
}

/**
 * Words that say a cell holds no target (`不适用`): beside a mark, the row measures neither set. `无` is a target on
 * an accident's or a breach's row (`医疗安全责任事故 | / | 无`: none to happen; the second review).
 */
const NO_TARGET = /^(?:不适用|不涉及|暂无)$/;

const rule: RuleModule = {
  meta: {
    id: "value-missing",
    severity: "error",
    docs: {
      description: {
        zh: "指标没有填写指标值（广东格式：实施周期指标值或年度指标值为空）",
        en: "An indicator without its 指标值 (target value); in the compact layout, without its 实施周期指标值 or 年度指标值",
      },
      bad: "举办培训班期数 | （空）",
      good: "举办培训班期数 | ≥5期",
    },
    messages: {
      // Nineteenth session's value review: `公里`, `万亩`, `≧ %` had been value-unparseable warnings.
      unitOnly: {
        zh: "指标值“{{text}}”只有单位，没有数值：请填写目标数值",
        en: '指标值 (target) "{{text}}" has a unit and no number: write the target figure',
      },
      value: {
        zh: "指标值为空：请填写目标值，如“≥500人次”“100%”或“有效提升”",
        en: "指标值 (target value) is empty: write the target, e.g. ≥500人次, 100% or 有效提升",
      },
      qualitative: {
        zh: "定性指标“{{name}}”没有填写指标值：请写明要达到的程度，如“有效提升”“明显改善”",
        en: 'The qualitative indicator "{{name}}" has no 指标值 (target): state the level to reach, e.g. 有效提升 or 明显改善',
      },
      periodValue: {
        zh: "实施周期指标值为空：请填写整个实施周期的目标值",
        en: "实施周期指标值 (target for the whole period) is empty: write the target",
      },
      periodColumn: {
        zh: "实施期（长期）指标值一列全部为空：一年期项目可不填；多年期项目请填写整个实施期的目标值",
        en: "The 实施期指标值 (whole-period target) column is empty on every row: a one-year project may leave it; a multi-year project must state its targets for the whole period",
      },
      annualValue: {
        zh: "年度指标值为空：请填写本年度的目标值",
        en: "年度指标值 (target for the year) is empty: write this year's target",
      },
    },
  },
  check(context) {
    const { table } = context;
    const compact = table.layout === "compact";
    // A packed cell that never writes 实施周期指标值 (a one-year project) lacks the field, not the values.
    const periodWritten = compact && table.indicators.some((i) => i.periodValue);
    const annualWritten = compact && table.indicators.some((i) => i.annualValue);
    // A set whose every row is a mark holds no target at all: each mark is missing (the session's review).
    const periodTargets = table.indicators.some((i) => isTarget(i.periodValue));
    const annualTargets = table.indicators.some((i) => isTarget(i.annualValue));
    // A 实施期 column blank on every row beside the year's targets: a one-year project's, whose period is the year,
    // or a multi-year project's omission: one warning for the column, not an error per row (eighteenth session's
    // review). The year's column blank throughout is still missing row by row.
    const periodUnused = !compact && annualTargets && table.indicators.every((i) => isBlank(i.periodValue));
    const first = table.indicators.find((i) => !i.empty && i.periodValue);
    if (periodUnused && first)
      context.report({ at: pointFor(first.periodValue, first, table), messageId: "periodColumn", severity: "warning" });
    for (const indicator of table.indicators) {
      // An empty template row is one finding (indicator-incomplete), not one per blank cell.
      if (indicator.empty) continue;
      // The compact layout has both values; a form table has them when it holds two sets.
      const sets = compact || indicator.periodValue || indicator.annualValue;
      const { periodValue, annualValue } = indicator;
      const skipPeriod = !compact && periodTargets && markedUnused(periodValue, annualValue);
      const skipAnnual = !compact && annualTargets && markedUnused(annualValue, periodValue);
      if (sets && (periodWritten || periodValue) && !skipPeriod && !periodUnused)
        checkOne(context, table, indicator, periodValue, "periodValue");
      if (sets && (annualWritten || annualValue) && !skipAnnual)
        checkOne(context, table, indicator, annualValue, "annualValue");
      if (!sets) checkOne(context, table, indicator, indicator.value, "value");
    }
  },
};

export default rule;
