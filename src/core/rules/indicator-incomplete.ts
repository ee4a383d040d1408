/**
 * @fileoverview indicator-incomplete — an indicator row without its 二级指标 or
 * 三级指标 name (or, on the first row of a group, without its 一级指标).
 */
import type { RuleModule } from "./rule";
import { isBlank, pointFor } from "./utils/structure-fields";

const rule: RuleModule = {
  meta: {
    id: "indicator-incomplete",
    severity: "error",
    docs: {
      description: {
        zh: "指标行缺少一级指标、二级指标或三级指标名称",
        en: "An indicator row without its 一级指标 (level-1), 二级指标 (level-2) or 三级指标 (indicator name)",
      },
      bad: "产出指标 | （空） | 培训人次 | … | ≥500人次",
      good: "产出指标 | 数量指标 | 培训人次 | … | ≥500人次",
    },
    messages: {
      level1: {
        zh: "一级指标为空：请填写“成本指标”“产出指标”“效益指标”或“满意度指标”",
        en: "一级指标 (level-1) is empty: write 成本指标, 产出指标, 效益指标 or 满意度指标",
      },
      level2: {
        zh: "二级指标为空：请按一级指标填写，如“数量指标”“质量指标”“时效指标”",
        en: "二级指标 (level-2) is empty: write the level-2 indicator that fits the level-1, e.g. 数量指标, 质量指标, 时效指标",
      },
      name: {
        zh: "三级指标为空：请填写具体指标名称，如“培训人次”",
        en: "三级指标 (indicator name) is empty: name what is measured, e.g. 培训人次",
      },
    },
  },
  check(context) {
    const { table } = context;
    for (const indicator of table.indicators) {
      // An inherited 一级指标 continues the group above; only its own cell can be empty.
      if (!indicator.level1Inherited && isBlank(indicator.level1)) {
        context.report({ at: pointFor(indicator.level1, indicator, table), messageId: "level1" });
      }
      if (isBlank(indicator.level2))
        context.report({ at: pointFor(indicator.level2, indicator, table), messageId: "level2" });
      if (isBlank(indicator.name))
        context.report({ at: pointFor(indicator.name, indicator, table), messageId: "name" });
    }
  },
};

export default rule;
