/**
 * The pane's strings for filling a table faster (issue 10): 全部修复, the
 * indicator library, convert, the flat template, and the list's calmer
 * notices. Kept apart from pane-messages.ts so the two tables merge without
 * conflict; spread into PANE_MESSAGES there.
 */
import type { LocalizedText } from "../core/model/diagnostic";

export const FILL_MESSAGES = {
  fixableHeading: { zh: "可一键修复", en: "Certain fixes" },
  fixByRule: { zh: "按类修复（{{n}} 类）", en: "By rule ({{n}})" },
  fixGroup: { zh: "“{{rule}}” ×{{n}}", en: "“{{rule}}” ×{{n}}" },
  fixAllButton: { zh: "全部修复", en: "Fix all" },
  fixAllRuleLabel: { zh: "全部修复“{{rule}}”（{{n}} 处）", en: "Fix all “{{rule}}” ({{n}} cell{{n:s}})" },
  fixAllSheet: { zh: "修复本表全部（{{n}} 处）", en: "Fix all on this sheet ({{n}})" },
  fixAllWorkbook: { zh: "修复整个工作簿（{{n}} 处）", en: "Fix all in the workbook ({{n}})" },
  fixAllApplied: { zh: "已修复 {{n}} 处。", en: "Fixed {{n}} cell{{n:s}}." },
  fixAllPartly: {
    zh: "已修复 {{n}} 处；{{stale}} 处在检查后已被修改，未写入。",
    en: "Fixed {{n}} cell{{n:s}}; {{stale}} changed after the check and were left as they are.",
  },
  fixAllStale: {
    zh: "这 {{n}} 处在检查后都已被修改，未写入任何内容。已重新检查。",
    en: "All {{n}} cells changed after the check; nothing was written. Checked again.",
  },
  undoneAll: { zh: "已撤销 {{n}} 处修复。", en: "Undid {{n}} fix{{n:es}}." },
  undoAllPartly: {
    zh: "已撤销 {{n}} 处修复；{{stale}} 处在修复后又被修改，保持不变。",
    en: "Undid {{n}} fix{{n:es}}; {{stale}} cell{{stale:s}} changed after the fix and were left as they are.",
  },
  undoHere: { zh: "撤销", en: "Undo" },
  marksFromLastCheck: {
    zh: "实时标记已关闭：单元格上的标记和批注来自上次检查，可能与下面的列表不同。点“检查本表”更新标记。",
    en: "Live marking is off: the marks and notes on the cells are from the last check and may differ from the list below. Click “Check this sheet” to update them.",
  },
  marksCleared: {
    zh: "标记已清除：编辑后列表仍会更新，但单元格不会重新着色。点“检查本表”恢复标记。",
    en: "Marks cleared: the list still follows your edits, but the cells are not marked again. Click “Check this sheet” to mark them.",
  },
  severityFilterHint: {
    zh: "点击只看这一级别的问题，再点一次显示全部",
    en: "Click to show only this severity; click again to show all",
  },
  templateFlatTable: { zh: "空白绩效目标表（导出版式）", en: "Blank table, export layout" },
  templateFlatTableName: { zh: "空白绩效目标表（导出版式）", en: "blank performance-target table (export layout)" },
  recommendHeading: { zh: "推荐指标", en: "Suggested indicators" },
  recommendRefresh: { zh: "按选中的行重新推荐", en: "Suggest for the selected row" },
  recommendClose: { zh: "收起推荐", en: "Close suggestions" },
  recommendPresent: {
    zh: "已略去表中已有的 {{n}} 个指标。",
    en: "{{n}} indicators the table already has are left out.",
  },
  recommendNone: {
    zh: "指标库中没有“{{type}}”类项目的“{{level2}}”指标：可换一个项目类型或二级指标。",
    en: "The library has no {{level2}} indicator for {{type}} projects: try another project type or 二级指标.",
  },
  recommendHint: {
    zh: "选中表中的一行，按项目类型和该行的二级指标推荐；点击插入到该行下方。",
    en: "Select a row of a table: indicators are suggested by project type and the row's 二级指标; click one to insert it below.",
  },
  projectType: { zh: "项目类型", en: "Project type" },
  projectTypeGuessed: { zh: "{{type}}（按项目名称推测）", en: "{{type}} (guessed from the project name)" },
  recommendFor: { zh: "{{level2}}的推荐指标", en: "Suggestions for {{level2}}" },
  recommendAll: { zh: "全部二级指标", en: "Every 二级指标" },
  recommendEntry: { zh: "{{name}}　{{form}}", en: "{{name}}  {{form}}" },
  recommendNoTable: {
    zh: "先选中一张绩效目标表中的单元格。",
    en: "Select a cell of a performance-target table first.",
  },
  libraryRowName: { zh: "推荐指标“{{name}}”", en: "suggested indicator “{{name}}”" },
  libraryInserted: {
    zh: "已在 {{range}} 插入“{{name}}”，请在选中的单元格输入指标值。",
    en: "Inserted “{{name}}” at {{range}}: type the target value in the selected cell.",
  },
  convertForm: { zh: "转换为标准表", en: "Convert to standard tables" },
  convertFlat: { zh: "转换为导出格式", en: "Convert to export layout" },
  converted: {
    zh: "已把 {{tables}} 张表（{{indicators}} 个指标）转换到新工作表“{{sheet}}”，原表未改动。原表没有的栏目（如预算数、项目编码、指标值确定依据）在标准表中留空并标出，请补填。",
    en: "Converted {{tables}} table{{tables:s}} ({{indicators}} indicator{{indicators:s}}) onto the new sheet “{{sheet}}”; the original is unchanged. Fields the original lacks (such as the budget, the project code or the basis) are left blank on the standard tables and marked: fill them in.",
  },
  convertNothing: {
    zh: "没有可转换的绩效目标表：请先检查含有绩效目标表的工作表。",
    en: "No target table to convert: check a sheet holding target tables first.",
  },
  ruleColumn: { zh: "规则", en: "Rule" },
} as const satisfies Record<string, LocalizedText>;
