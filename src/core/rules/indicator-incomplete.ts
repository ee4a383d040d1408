/**
 * @fileoverview indicator-incomplete — an indicator row without its 二级指标 or
 * 三级指标 name. A blank 一级指标 is level1-unknown's; a 二级 merged over its
 * group or left blank below its first row belongs to the group (spec §7).
 */
import type { RuleModule } from "./rule";
import { isBlank, pointFor } from "./utils/structure-fields";

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
        zh: "二级指标为空：请按一级指标填写，如“数量指标”“质量指标”“时效指标”",
        en: "二级指标 (level-2) is empty: write the level-2 indicator that fits the level-1, e.g. 数量指标, 质量指标, 时效指标",
      },
      empty: {
        zh: "空的指标行：请填写三级指标名称和指标值，不需要的空行请删除",
        en: "An empty indicator row: fill in the indicator's name and target, or delete the row",
      },
      name: {
        zh: "三级指标为空：请填写具体指标名称，如“举办培训班期数”",
        en: "三级指标 (indicator name) is empty: name what is measured, e.g. 举办培训班期数",
      },
    },
  },
  check(context) {
    const { table } = context;
    for (const indicator of table.indicators) {
      // One finding per row: the missing name, else the missing 二级 (a merged or carried one is its group's).
      if (indicator.empty) context.report({ at: pointFor(indicator.name, indicator, table), messageId: "empty" });
      else if (isBlank(indicator.name))
        context.report({ at: pointFor(indicator.name, indicator, table), messageId: "name" });
      else if (
        isBlank(indicator.level2) &&
        !indicator.level2Inherited &&
        (indicator.level2 || table.layout === "compact")
      )
        context.report({ at: pointFor(indicator.level2, indicator, table), messageId: "level2" });
    }
  },
};

export default rule;
