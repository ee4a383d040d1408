/**
 * Table titles: `1.企业搬迁改造工作经费绩效目标表`, `项目支出绩效自评表`,
 * `部门预算项目支出绩效自评表(2023年度)`, `…绩效目标审批表`, `区域绩效目标表`; with its unit after it, bracketed or not
 * (`…绩效目标表 单位：元`).
 */
import { visibleText } from "./normalize";

const TITLE = /绩效.{0,12}表(\s*[(（][^)）]*[)）]|(?:金额)?单位[:：](?:人民币)?(?:元|万元|亿元))?$/;

export function isTableTitle(text: string): boolean {
  if (text.length < 5 || text.length > 120 || text.indexOf("表") < 0) return false;
  // A zero-width space pasted after the title is no text after `表`.
  const t = visibleText(text).replace(/\s+/g, "");
  return TITLE.test(t) && !/^(附件|注)/.test(t);
}
