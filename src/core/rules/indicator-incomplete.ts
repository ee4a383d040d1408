/**
 * @fileoverview indicator-incomplete — an indicator row without its 二级指标 or
 * 三级指标 name. A blank 一级指标 is level1-unknown's; a 二级 merged over its
 * group or left blank below its first row belongs to the group (spec §7).
 * Empty template rows are one finding at most (spec §7): an error on the first
 * of a 一级 with nothing filled, which the table needs; one note for the table on
 * the others, which a reviewer would ask to delete rather than fill (the optional
 * 二级 a 2021 template prints, 社会成本, 生态效益 …, or `指标2`/`……` rows, left
 * blank beside the ones filled).
 */
import type { Indicator, TargetTable } from "../model/table";
import { indicatorLevel1 } from "../schema/indicator-kind";
import { LEVEL2_BY_LEVEL1 } from "../schema/vocabulary";
import { FILLER_NAME } from "../schema/artifact-words";
import type { RuleModule } from "./rule";
import { isBlank, pointFor } from "./utils/structure-fields";

/**
 * The 二级 of the row's 一级 as examples (产出's where the 一级 is unknown): following a hint of 产出's under 效益
 * had made a level2-mismatch error (eighteenth session's review).
 */
function level2Examples(indicator: Indicator): { examples: string; examplesEn: string } {
  const level2s = LEVEL2_BY_LEVEL1[indicatorLevel1(indicator) ?? "产出指标"].slice(0, 3);
  return { examples: level2s.map((l) => `“${l}”`).join(""), examplesEn: level2s.join(", ") };
}

/** The compact template's value labels (`实施周期指标值:`, `年度指标值：`). */
const VALUE_LABEL = /指标值\s*[:：]/;

function level1Key(indicator: Indicator): string {
  return indicatorLevel1(indicator) ?? indicator.level1?.text.trim() ?? "";
}

/** Per 一级, its first empty template row, where none of its rows is filled. */
function unfilledGroups(table: TargetTable): Set<Indicator> {
  const filled = new Set<string>();
  const firstEmpty = new Map<string, Indicator>();
  for (const indicator of table.indicators) {
    const key = level1Key(indicator);
    if (!indicator.empty) filled.add(key);
    else if (!firstEmpty.has(key)) firstEmpty.set(key, indicator);
  }
  return new Set([...firstEmpty].filter(([key]) => !filled.has(key)).map(([, indicator]) => indicator));
}

/**
 * Every spare row shares its table row with a filled indicator of another set (长期 | 年度 side by side): deleting
 * "the row" would delete the filled one (twentieth session's review, a 武汉 form whose 长期 set was left blank).
 */
function besideFilled(table: TargetTable, spare: readonly Indicator[]): boolean {
  const filledRows = new Set(table.indicators.filter((i) => !i.empty).map((i) => i.row));
  return spare.every((i) => filledRows.has(i.row));
}

const rule: RuleModule = {
  meta: {
    id: "indicator-incomplete",
    severity: "error",
    docs: {
      description: {
        zh: "指标行缺少二级指标或三级指标名称",
        en: "An indicator row without its 二级指标 (level-2) or 三级指标 (indicator name)",
      },
      bad: "产出指标 | （空） | 举办培训班期数 | … | ≥5期",
      good: "产出指标 | 数量指标 | 举办培训班期数 | … | ≥5期",
    },
    messages: {
      level2: {
        zh: "二级指标为空：请按一级指标填写，如{{examples}}",
        en: "二级指标 (level-2) is empty: write the level-2 indicator that fits the level-1, e.g. {{examplesEn}}",
      },
      empty: {
        zh: "空的指标行：请填写三级指标名称和指标值，不需要的空行请删除",
        en: "An empty indicator row: fill in the indicator's name and target, or delete the row",
      },
      emptySpare: {
        zh: "本表有 {{count}} 行空的指标行（所属一级指标下已填写其他指标），不需要的空行请删除",
        en: "The table has {{count}} empty indicator rows beside filled ones of their 一级 (level-1): delete those not needed",
      },
      emptyBeside: {
        zh: "本表有 {{count}} 项指标未填写三级指标和指标值（同一行的另一组指标已填写）：请补充，或清空这些单元格",
        en: "The table has {{count}} indicators with no name or target beside another set's filled ones on their rows: fill them in, or clear those cells",
      },
      name: {
        zh: "三级指标为空：请填写具体指标名称，如“举办培训班期数”",
        en: "三级指标 (indicator name) is empty: name what is measured, e.g. 举办培训班期数",
      },
    },
  },
  check(context) {
    const { table } = context;
    const needed = table.indicators.some((i) => i.empty) ? unfilledGroups(table) : undefined;
    const spare = table.indicators.filter((i) => i.empty && !needed?.has(i));
    // A compact cell that names no level anywhere (`建设监测站20个；设备验收合格率100%`, a summary's free text) asks
    // for none (eighteenth session's review); one in the template's item form (`年度指标值:`) still does.
    const leveled =
      table.layout !== "compact" ||
      table.indicators.some(
        (i) => !isBlank(i.level1) || !isBlank(i.level2) || VALUE_LABEL.test(i.name?.cellText ?? ""),
      );
    if (spare.length)
      context.report({
        at: pointFor(spare[0].name, spare[0], table),
        messageId: besideFilled(table, spare) ? "emptyBeside" : "emptySpare",
        data: { count: spare.length },
        severity: "info",
      });
    for (const indicator of table.indicators) {
      // One finding per row: the missing name, else the missing 二级 (a merged or carried one is its group's).
      if (indicator.empty) {
        if (needed?.has(indicator))
          context.report({ at: pointFor(indicator.name, indicator, table), messageId: "empty" });
      } else if (isBlank(indicator.name) || FILLER_NAME.test(indicator.name!.text.replace(/\s+/g, "")))
        context.report({ at: pointFor(indicator.name, indicator, table), messageId: "name" });
      else if (
        isBlank(indicator.level2) &&
        !indicator.level2Inherited &&
        (indicator.level2 || (table.layout === "compact" && leveled))
      )
        context.report({
          at: pointFor(indicator.level2, indicator, table),
          messageId: "level2",
          data: level2Examples(indicator),
        });
    }
  },
};

export default rule;
