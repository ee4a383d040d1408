import rule from "../../src/core/rules/code-label-mismatch";
import { compact, form, runRule } from "../helpers/rule-tester";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";

const withItem = (item: CompactItem) =>
  compact({ projects: [{ name: "p", goal: "g", items: [item, ...DEFAULT_ITEMS.slice(1)] }] });
const packed = (item: CompactItem) => withItem(item).indicators[0].level2Code!.cellText!;

runRule(rule, {
  valid: [
    { name: "compact: default codes", table: compact() },
    {
      name: "compact: 14-成本指标",
      table: withItem(["1", "产出指标", "14", "成本指标", "奖补", "每家20万元", "每家20万元"]),
    },
    {
      name: "compact: short label 22-社会效益",
      table: withItem(["2", "效益指标", "22", "社会效益", "影响力", "提升", "提升"]),
    },
    {
      name: "compact: unknown label is another rule's business",
      table: withItem(["1", "产出类指标", "11", "数量", "x", "1个", "1个"]),
    },
    { name: "form: the rule applies to the compact layout only", table: form() },
  ],
  invalid: [
    {
      name: "compact: 12-数量指标 (12 is 质量指标): suggest 11 in the same packed cell",
      table: withItem(["1", "产出指标", "12", "数量指标", "运维业务系统数量", "3个", "3个"]),
      errors: [
        {
          cell: "C3",
          severity: "error",
          messageId: "mismatch",
          suggestions: [packed(["1", "产出指标", "11", "数量指标", "运维业务系统数量", "3个", "3个"])],
        },
      ],
    },
    {
      name: "compact: 2-产出指标",
      table: withItem(["2", "产出指标", "11", "数量指标", "数量", "3个", "3个"]),
      errors: [
        {
          cell: "C3",
          severity: "error",
          messageId: "mismatch",
          suggestions: [packed(["1", "产出指标", "11", "数量指标", "数量", "3个", "3个"])],
        },
      ],
    },
    {
      name: "compact: a code that does not exist",
      table: withItem(["1", "产出指标", "15", "时效指标", "时间", "≤2小时", "≤2小时"]),
      errors: [{ cell: "C3", severity: "error", messageId: "unknownCode" }],
    },
    {
      name: "compact: 成本指标 as a 一级 has no code",
      table: withItem(["1", "成本指标", "14", "成本指标", "经费", "≤10万元", "≤10万元"]),
      errors: [{ cell: "C3", severity: "error", messageId: "noCode", suggestions: [] }],
    },
  ],
});
