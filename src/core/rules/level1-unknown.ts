/**
 * @fileoverview level1-unknown — a 一级指标 not in the vocabulary, or left blank;
 * an old or regional name (`效果指标`, 四川's `项目完成指标`) gets an info note
 * instead, once per table.
 */
import type { Field } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { codedLevels, indicatorLevel2, missingLevel1Rows } from "../schema/indicator-kind";
import { compactLevel1Code } from "../schema/codes";
import { currentParents, guessLevel1, lookupLevel1, lookupLevel2, normalizeTerm } from "../schema/vocabulary";
import { isBlank, isDepartmentWide, textOf } from "./utils/structure-fields";

/**
 * Each 一级指标 once: a merged cell stands for many rows, and a label repeated
 * on every row (or an old name used throughout) is one cause, reported at its
 * first cell. A blank 一级 column gives `blank` (its first cell).
 */
function level1Cells(context: RuleContext): { cells: Field[]; blank?: Field } {
  const seen = new Set<string>();
  const cells: Field[] = [];
  let blank: Field | undefined;
  for (const indicator of context.table.indicators) {
    const field = indicator.level1;
    if (!field) continue;
    if (isBlank(field)) {
      if (!indicator.level1Inherited) blank ??= field;
      continue;
    }
    const key = normalizeTerm(field.text);
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push(field);
  }
  return { cells, blank };
}

interface OldName {
  field: Field;
  level1: string;
  name: string;
}

/**
 * A scheme's old names, told once for the table (spec §7): one name with its one-click rename; several
 * (四川's `项目完成指标`, `项目效益指标`) in one note naming each current word (nineteenth session's review).
 */
function reportOldNames(context: RuleContext, old: readonly OldName[]): void {
  if (old.length === 0) return;
  const [first] = old;
  // The cell the note stands on keeps its one-click rename; the others are named in the note.
  const suggestions = [{ text: first.name, messageId: "useName", data: { name: first.name } }];
  const note: { messageId: string; data: Record<string, string> } =
    old.length === 1
      ? { messageId: "oldName", data: { level1: first.level1, name: first.name } }
      : { messageId: "oldNames", data: { names: old.map((o) => `“${o.level1}”→“${o.name}”`).join("、") } };
  context.report({ at: first.field, ...note, severity: "info", suggestions });
}

function checkCell(
  context: RuleContext,
  field: Field,
  coded: ReadonlySet<string>,
  ownFramework: boolean,
  old: OldName[],
): void {
  const level1 = textOf(field);
  // `1 | 11 | …`: codes in both label columns name the 一级 (level2-mismatch weighs the pairing).
  if (coded.has(level1) && compactLevel1Code(level1)) return;
  const match = lookupLevel1(level1);
  if (match && !match.oldName) return;
  if (match) {
    old.push({ field, level1, name: match.canonical });
    return;
  }
  // A department-wide table's 一级 are its own framework's: its score is no project class left out.
  if (SCORE_ONLY.test(level1)) {
    if (!isDepartmentWide(context.table) && !scoreOfLabelAbove(context, field)) reportScoreOnly(context, field, level1);
    return;
  }
  const guess = guessLevel1(level1);
  // A department-wide table's own framework (`履职效能`, `管理效率`): not a project table's class misspelt, nor
  // a 二级 written in the 一级 column (`数量指标`), which is still reported.
  if (!guess && !lookupLevel2(level1) && isDepartmentWide(context.table)) return;
  // …and where the table's 一级 are that framework's (`履职效能 | 管理效率 | 服务满意度`), a word that only looks
  // like a class (`服务满意度`) is the framework's too.
  // Its satisfaction 一级 may be named as the 二级 is (`服务对象满意度`, fourteenth session: 贵州's 运行成本 | 管理效率 |
  // 履职效能 | 社会效应 | 服务对象满意度).
  const asLevel2 = lookupLevel2(level1)?.canonical;
  if (ownFramework && (!asLevel2 || asLevel2 === "服务对象满意度指标")) return;
  const suggestions = guess ? [{ text: guess, messageId: "useName", data: { name: guess } }] : [];
  context.report({ at: field, messageId: "unknown", data: { level1 }, suggestions });
}

/**
 * A 一级 cell holding only its score (`(50分)`, `（30分）`, `（５０分）` typed with a Chinese input method): the class's
 * name left out, not misspelt.
 */
const SCORE_ONLY = /^[(（]?[\d０-９]{1,3}(?:[.．][\d０-９])?分[)）]?$/;

/**
 * `(50分)` over `数量指标 | 质量指标` (安徽's 自评表, the twenty-first session's review): the name is missing. Its rows'
 * 二级 say which, where they all belong to one 一级: offered before the score, which the officer keeps.
 */
function reportScoreOnly(context: RuleContext, field: Field, level1: string): void {
  const parents = new Set<string>();
  for (const indicator of context.table.indicators) {
    // A merged 一级 gives each row below its own copy of the cell: the same cell is the same position.
    const own = indicator.level1;
    if (!own || own.row !== field.row || own.col !== field.col) continue;
    const level2 = indicatorLevel2(indicator);
    for (const parent of level2 ? currentParents(level2) : []) parents.add(parent);
  }
  const [only] = parents;
  const suggestions =
    parents.size === 1 ? [{ text: only + level1, messageId: "useName", data: { name: only + level1 } }] : [];
  context.report({ at: field, messageId: "scoreOnly", data: { level1 }, suggestions });
}

/**
 * `产出指标` over `(50分)` in the next row: the label's score, split off by a conversion (a wrapped cell made two), not
 * a class left out.
 */
function scoreOfLabelAbove(context: RuleContext, field: Field): boolean {
  let above: Field | undefined;
  for (const indicator of context.table.indicators) {
    const own = indicator.level1;
    if (!own || own.col !== field.col || own.row >= field.row || isBlank(own)) continue;
    if (!above || own.row > above.row) above = own;
  }
  return above !== undefined && lookupLevel1(above.text) !== undefined;
}

/** How many 一级 of their own a department-wide table needs to be read as following its own framework. */
const OWN_FRAMEWORK = 2;

/** The 一级 that are no class, no near miss of one and no 二级: a department-wide framework's own words. */
function ownWords(cells: readonly Field[]): number {
  return cells.filter((f) => !lookupLevel1(f.text) && !guessLevel1(f.text) && !lookupLevel2(f.text)).length;
}

/**
 * A group's 一级 left out (`产出指标` above, then blank cells beside `社会效益`): one finding per run of such rows, at
 * the first blank cell, naming the 一级 their 二级 belongs to, with that word as a fix of the cell (the 二级 decides it,
 * but the officer may mean another row order: a suggestion).
 */
function reportMissing(context: RuleContext): void {
  const missing = context.once(missingLevel1Rows);
  let previous: string | undefined;
  for (const indicator of context.table.indicators) {
    const level1 = missing.get(indicator);
    const at = indicator.level1Blank;
    if (!level1 || !at) {
      previous = undefined;
      continue;
    }
    if (previous === level1) continue;
    previous = level1;
    const data = { level1, level2: textOf(indicator.level2) };
    const suggestions = [{ text: level1, messageId: "useName", data: { name: level1 } }];
    context.report({ at, messageId: "blankGroup", data, suggestions });
  }
}

const rule: RuleModule = {
  meta: {
    id: "level1-unknown",
    severity: "error",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "一级指标不是“成本指标”“产出指标”“效益指标”“满意度指标”之一",
        en: "A 一级指标 (level-1 indicator) that is not 成本指标, 产出指标, 效益指标 or 满意度指标",
      },
      bad: "产出类指标",
      good: "产出指标",
    },
    messages: {
      unknown: {
        zh: "一级指标“{{level1}}”不规范：只能填写“成本指标”“产出指标”“效益指标”或“满意度指标”",
        en: "“{{level1}}” is not a 一级指标 (level-1): use 成本指标, 产出指标, 效益指标 or 满意度指标 (cost, output, outcome, satisfaction)",
      },
      scoreOnly: {
        zh: "一级指标只写了分值“{{level1}}”，没有写名称：请写明“成本指标”“产出指标”“效益指标”或“满意度指标”",
        en: "The 一级指标 (level-1) holds only its score “{{level1}}”: write its name (成本指标, 产出指标, 效益指标 or 满意度指标)",
      },
      oldName: {
        zh: "“{{level1}}”是旧称，现行名称为“{{name}}”",
        en: "“{{level1}}” is an old name: the current one is {{name}}",
      },
      oldNames: {
        zh: "本表的一级指标用了旧称：{{names}}",
        en: "The table's 一级指标 (level-1) use old names: {{names}}",
      },
      blankGroup: {
        zh: "一级指标为空：二级指标“{{level2}}”属于“{{level1}}”，请在此填写“{{level1}}”",
        en: "一级指标 (level-1) is empty: the 二级 “{{level2}}” belongs to {{level1}}; write {{level1}} here",
      },
      useName: { zh: "改为“{{name}}”", en: "Change to {{name}}" },
      blank: {
        zh: "一级指标为空：请填写“成本指标”“产出指标”“效益指标”或“满意度指标”",
        en: "一级指标 (level-1) is empty: write 成本指标, 产出指标, 效益指标 or 满意度指标",
      },
    },
  },
  check(context) {
    const { cells, blank } = level1Cells(context);
    // 一级 cells that are codes beside a 二级 code (`1 | 11`), not row numbers beside 二级 words.
    const coded = new Set(context.table.indicators.filter(codedLevels).map((i) => textOf(i.level1)));
    const ownFramework = isDepartmentWide(context.table) && ownWords(cells) >= OWN_FRAMEWORK;
    const old: OldName[] = [];
    for (const field of cells) checkCell(context, field, coded, ownFramework, old);
    reportOldNames(context, old);
    reportMissing(context);
    if (blank) context.report({ at: blank, messageId: "blank" });
  },
};

export default rule;
