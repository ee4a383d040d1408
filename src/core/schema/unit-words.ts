/**
 * Unit spellings that name one unit (`平米` is `平方米`, `12个月` is as long as
 * `12月`), as data. unit-inconsistent compares units through `sameUnit`; the
 * value grammar keeps each spelling (unit-nonstandard tidies some of them).
 */

const SAME_UNIT: Readonly<Record<string, string>> = {
  月份: "月",
  个月: "月",
  个小时: "小时",
  个工作日: "工作日",
  个季度: "季度",
  星期: "周",
  平米: "平方米",
  千克: "公斤",
};

/** The one spelling of a standard unit that its synonyms share (`个月` → `月`). */
export function sameUnit(unitStandard: string): string {
  return SAME_UNIT[unitStandard] ?? unitStandard;
}
