/**
 * @fileoverview level2-mismatch — a 二级指标 that does not belong to its 一级指标
 * (成本指标 under 产出指标 is the old scheme: an info note, and standard in the
 * compact layout's code 14).
 */
import type { Field, Indicator } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { codedLevels, indicatorLevel1, missingLevel1Rows } from "../schema/indicator-kind";
import { codeOfLevel2, compactLevel2Code } from "../schema/codes";
import { LEVEL2_BY_LEVEL1, level2BelongsTo, lookupLevel1, lookupLevel2, olderLevel2 } from "../schema/vocabulary";
import { isBlank, isDepartmentWide, textOf } from "./utils/structure-fields";

/**
 * A department-wide row in its own framework: its 二级 no 一级 word, and either its 一级 not written as a project
 * table's or its 二级 no near miss of a project table's (`产出指标 | 职责履行`, `效益指标 | 履职效益`; but
 * `产出指标 | 数量指示` is a slip).
 */
function ownFramework(indicator: Indicator, level2: string): boolean {
  if (lookupLevel1(level2)) return false;
  return !lookupLevel1(textOf(indicator.level1))?.exact || !PROJECT_LEVEL2_STEM.test(level2);
}

/** A satisfaction named after whoever is served (`学生满意度`, `患者满意度`, `社会满意度`). */
const SATISFACTION_OF_SERVED = /^(?!.*(?:不满意|效益|数量|质量|时效|成本))[\u4e00-\u9fff]{1,8}满意(?:度|率)$/;

/** Words of the project table's 二级, one of which a misspelt one keeps. */
const PROJECT_LEVEL2_STEM = /数量|质量|时效|经济效益|社会效益|生态效益|可持续|满意|经济成本|社会成本|环境成本/;

function checkIndicator(context: RuleContext, indicator: Indicator, oldSchemes: Set<string>): void {
  const field = indicator.level2;
  const level1 = indicatorLevel1(indicator);
  // Without a known 一级指标 there is nothing to compare with: level1-unknown reports it.
  if (!field || isBlank(field) || !level1) return;
  // A department-wide table's own 一级 (`履职效能`), taken for a class only by a guess: its 二级 are its own too.
  if (isDepartmentWide(context.table) && !lookupLevel1(textOf(indicator.level1))) return;
  // `1 | 11 | …`: codes in both label columns stand for their 一级 and 二级.
  const code = codedLevels(indicator) ? compactLevel2Code(textOf(field)) : undefined;
  const level2 = code ?? textOf(field);
  // The 一级 written again in the 二级 column, unless the word is also one of that 一级's own 二级 (上海's lasting
  // management, merged over both columns, names the class and its 二级 at once).
  const again = lookupLevel1(level2)?.canonical === level1 && level2BelongsTo(level1, level2) !== "yes";
  // `满意度指标 | 满意度指标`: the 一级 written again where its one 二级 belongs — nothing is unclear.
  if (level1 === "满意度指标" && again) return;
  // `满意度指标 | 学生满意度`: in the 二级 column, a satisfaction of whoever is served is the one 二级 there, as
  // `学生满意度指标` is (eighteenth session's review; as a 三级 name the words stay a name).
  if (level1 === "满意度指标" && SATISFACTION_OF_SERVED.test(level2)) return;
  const data = { level1, level2, allowed: LEVEL2_BY_LEVEL1[level1].join("、") };
  if (olderScheme(context, indicator, oldSchemes)) return;
  // `成本指标` merged over both columns: its 二级 is not written, which is no 二级 of another 一级.
  if (!lookupLevel2(level2) || again) {
    // `产出 | 职责履行`, `投入 | 预算配置` (the department-wide framework) are no project table's 二级 misspelt; under a
    // 一级 written as the project table's (`产出指标 | 数量指示`) or in a 一级's words (`产出指标`) it is reported.
    if (isDepartmentWide(context.table) && ownFramework(indicator, level2)) return;
    context.report({ at: field, messageId: "unknown", data, suggestions: onlyLevel2(level1, level2) });
    return;
  }
  const belonging = level2BelongsTo(level1, level2);
  // `产出指标` carried over a blank 一级 cell beside `社会效益`: the 一级 left out is the cause, level1-unknown's
  // (nineteenth session's review: the officer had been told to rewrite a right 二级).
  if (belonging === "no" && context.once(missingLevel1Rows).has(indicator)) return;
  if (belonging === "no") context.report({ at: field, messageId: "mismatch", data });
  else if (belonging === "old-scheme" && context.table.layout !== "compact" && !guangdongCost(field))
    reportOldScheme(context, field, { level1, level2 }, oldSchemes);
  // The compact list's code list files 成本 under 产出 (code 14) but satisfaction only under 3-满意度指标 (code 31):
  // `2-效益指标；31-服务对象满意度` is filed under the wrong 一级 (fourteenth session). Without its code, the old scheme.
  else if (belonging === "old-scheme" && indicator.level2Code?.text && lookupLevel2(level2)?.canonical !== "成本指标")
    context.report({ at: field, messageId: "mismatch", data });
}

/**
 * The one 二级 a 一级 has (满意度指标's 服务对象满意度指标) offered for a word that is none (`满意度指标 | 具体指标`, a
 * template's filler: the twenty-first session's review). Under a 一级 of several, which one was meant is unknown; a
 * satisfaction of someone not served (`部门满意度指标`, `工作人员满意度指标`) is a wrong indicator, which relabelling
 * would hide; a score (`（10分）`) would be lost.
 */
function onlyLevel2(level1: keyof typeof LEVEL2_BY_LEVEL1, written: string) {
  const allowed = LEVEL2_BY_LEVEL1[level1];
  if (allowed.length !== 1 || /满意|\d/.test(written)) return [];
  return [{ text: allowed[0], messageId: "useLevel2", data: { level2: allowed[0] } }];
}

/**
 * An older scheme's 二级 under the 一级 it stands under there (spec §7; 东莞's 2019–2020 批复表): several 效益 kinds in
 * one (`效果指标 | 社会、经济、生态效益指标`) is told once per table, naming the current words, as the old scheme is;
 * a word of its own (`预期产出指标 | 预算(或投资规模)控制指标`) under a 一级 in that scheme's name is its scheme's, which
 * level1-unknown tells at the 一级. Each was an error on every row. True when the 二级 is so read.
 */
function olderScheme(context: RuleContext, indicator: Indicator, reported: Set<string>): boolean {
  const level2 = textOf(indicator.level2);
  const older = lookupLevel2(level2) ? undefined : olderLevel2(level2);
  if (!older || older.level1 !== indicatorLevel1(indicator)) return false;
  if (!older.now.length) return lookupLevel1(textOf(indicator.level1))?.oldName === true;
  const key = `several:${older.level1}`;
  if (!reported.has(key)) {
    reported.add(key);
    const now = older.now.map((l) => `“${l}”`).join("");
    const data = { level1: older.level1, level2, now, nowEn: older.now.join(", ") };
    context.report({ at: indicator.level2!, messageId: "severalInOne", data, severity: "info" });
  }
  return true;
}

/**
 * `14-成本指标` under `1-产出指标` in columns (江门's list export): Guangdong's code list files 成本 there, as the
 * compact layout does (fifteenth session: an info on each such row).
 */
function guangdongCost(field: Field): boolean {
  const code = /^\s*(\d{2})\s*[-－—、.．]/.exec(textOf(field))?.[1];
  return code === codeOfLevel2("成本指标") && lookupLevel2(textOf(field))?.canonical === "成本指标";
}

/**
 * The old scheme: `成本指标` under 产出, satisfaction under 效益, each naming the 一级 it now is. Once per table for
 * each placement, at its first cell (spec §7: the scheme is one cause, reported once per table, never once per
 * row; a table that files every cost row under 产出 had an info on each).
 */
function reportOldScheme(
  context: RuleContext,
  field: Field,
  levels: { level1: string; level2: string },
  reported: Set<string>,
): void {
  const now = lookupLevel2(levels.level2)?.canonical === "成本指标" ? "成本指标" : "满意度指标";
  if (reported.has(now)) return;
  reported.add(now);
  context.report({ at: field, messageId: "oldScheme", data: { ...levels, now }, severity: "info" });
}

const rule: RuleModule = {
  meta: {
    id: "level2-mismatch",
    severity: "error",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "二级指标不属于所在的一级指标",
        en: "A 二级指标 (level-2 indicator) that does not belong to its 一级指标 (level-1)",
      },
      bad: "效益指标 | 数量指标",
      good: "产出指标 | 数量指标",
    },
    messages: {
      mismatch: {
        zh: "“{{level2}}”不属于“{{level1}}”：{{level1}}下的二级指标应为{{allowed}}",
        en: "“{{level2}}” does not belong to {{level1}}: under {{level1}} use {{allowed}}",
      },
      unknown: {
        zh: "二级指标“{{level2}}”不规范：{{level1}}下的二级指标应为{{allowed}}",
        en: "“{{level2}}” is not a 二级指标 (level-2): under {{level1}} use {{allowed}}",
      },
      useLevel2: { zh: "改为“{{level2}}”", en: 'Change to "{{level2}}"' },
      severalInOne: {
        zh: "“{{level2}}”是旧的指标体系的写法，现行体系中{{level1}}下分为{{now}}：每个三级指标填写它所属的一个",
        en: "{{level2}} is an older scheme's word: under {{level1}} the current scheme has {{nowEn}}; give each indicator the one it belongs to",
      },
      oldScheme: {
        zh: "“{{level2}}”列在“{{level1}}”下是旧的指标体系，现行体系中“{{now}}”是一级指标",
        en: "{{level2}} under {{level1}} is the old scheme: {{now}} is now a level-1 indicator of its own",
      },
    },
  },
  check(context) {
    // An empty template row is indicator-incomplete's one finding.
    const oldSchemes = new Set<string>();
    for (const indicator of context.table.indicators)
      if (!indicator.empty) checkIndicator(context, indicator, oldSchemes);
  },
};

export default rule;
