/**
 * Every string the pane (and the controller's outputs: notes, CSV, the results
 * sheet) shows, in one table: zh-CN first, en-US alongside. `{{name}}` is
 * filled from data, as in the core's rule messages.
 */
import { fillPlaceholders } from "../../core/lint/format-message";
import type { Locale, LocalizedText, Severity } from "../../core/model/diagnostic";

export const MESSAGES = {
  appTitle: { zh: "绩效目标表检查", en: "Performance target check" },
  sheetHeading: { zh: "工作表：{{sheet}}", en: "Sheet: {{sheet}}" },
  sheetPicker: { zh: "显示工作表", en: "Show sheet" },
  sheetOption: { zh: "{{sheet}}（{{n}} 个问题）", en: "{{sheet}} ({{n}} findings)" },
  actions: { zh: "操作", en: "Actions" },
  checkSheet: { zh: "检查本表", en: "Check this sheet" },
  checkWorkbook: { zh: "检查整个工作簿", en: "Check whole workbook" },
  clearMarks: { zh: "清除标记", en: "Clear marks" },
  liveMarking: { zh: "实时标记", en: "Mark while typing" },
  liveOffReason: {
    zh: "此版本的 Excel 在加载项写入单元格时会清空撤销记录，所以实时标记默认关闭。打开后，编辑后的标记写入会使之前的操作无法用 Ctrl+Z 撤销。",
    en: "This Excel version clears the undo history whenever an add-in writes to cells, so marking while typing is off by default. If you turn it on, marks written after an edit make earlier steps impossible to undo with Ctrl+Z.",
  },
  exportCsv: { zh: "导出 CSV", en: "Export CSV" },
  exportSheet: { zh: "生成“检查结果”表", en: "Write results sheet" },
  resultSheetName: { zh: "检查结果", en: "Check results" },
  csvFileName: { zh: "检查结果.csv", en: "check-results.csv" },
  colSheet: { zh: "工作表", en: "Sheet" },
  colCell: { zh: "单元格", en: "Cell" },
  colTable: { zh: "表", en: "Table" },
  colRule: { zh: "规则", en: "Rule" },
  colSeverity: { zh: "严重程度", en: "Severity" },
  colMessage: { zh: "说明", en: "Message" },
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
  severityTag: { zh: "【{{severity}}】", en: "[{{severity}}] " },
  noteLine: { zh: "【{{severity}}】{{message}}", en: "[{{severity}}] {{message}}" },
  countButton: { zh: "{{severity}} {{n}}", en: "{{severity}} {{n}}" },
  filterSeverity: { zh: "按严重程度筛选", en: "Filter by severity" },
  filterRule: { zh: "按规则筛选", en: "Filter by rule" },
  allRules: { zh: "全部规则", en: "All rules" },
  previous: { zh: "上一个", en: "Previous" },
  next: { zh: "下一个", en: "Next" },
  position: { zh: "第 {{index}} / {{total}} 个", en: "{{index}} of {{total}}" },
  ignore: { zh: "忽略", en: "Ignore" },
  ignoreLabel: { zh: "忽略 {{cell}} 的问题", en: "Ignore the finding at {{cell}}" },
  fix: { zh: "修复：{{title}}", en: "Fix: {{title}}" },
  fixTooltip: { zh: "将 {{cell}} 改为“{{replacement}}”", en: "Write “{{replacement}}” to {{cell}}" },
  suggestion: { zh: "建议：{{title}}", en: "Suggestion: {{title}}" },
  undo: { zh: "撤销修复（{{n}}）", en: "Undo fix ({{n}})" },
  restoreIgnored: { zh: "恢复已忽略（{{n}}）", en: "Restore ignored ({{n}})" },
  findings: { zh: "检查结果", en: "Findings" },
  tableGroup: { zh: "{{name}}（{{n}} 条）", en: "{{name}} ({{n}})" },
  cellRef: { zh: "单元格 {{cell}}", en: "Cell {{cell}}" },
  ruleDoc: { zh: "规则：{{id}}", en: "Rule: {{id}}" },
  docExample: { zh: "错误示例：{{bad}} → 正确示例：{{good}}", en: "Bad: {{bad}} → good: {{good}}" },
  docBad: { zh: "错误示例：{{bad}}", en: "Bad: {{bad}}" },
  checking: { zh: "正在检查…", en: "Checking…" },
  progress: { zh: "正在检查“{{sheet}}”（{{done}}/{{total}}）", en: "Checking “{{sheet}}” ({{done}}/{{total}})" },
  dismiss: { zh: "关闭", en: "Dismiss" },
  notChecked: { zh: "尚未检查本表。", en: "This sheet has not been checked yet." },
  noTable: { zh: "未找到绩效目标表", en: "No performance-target table found" },
  noTableBody: {
    zh: "本表中没有“项目名称”“绩效目标”“一级指标”等标签。",
    en: "The sheet has no labels such as 项目名称, 绩效目标 or 一级指标.",
  },
  noFindings: { zh: "未发现问题", en: "No problems found" },
  allFiltered: { zh: "没有符合筛选条件的问题。", en: "No findings match the filters." },
  readFailed: { zh: "读取工作表“{{sheet}}”失败：{{error}}", en: "Could not read sheet “{{sheet}}”: {{error}}" },
  marksFailed: { zh: "无法写入标记：{{error}}", en: "Could not write the marks: {{error}}" },
  sheetProtected: {
    zh: "工作表“{{sheet}}”受保护，未写入任何内容。撤消工作表保护后再试。",
    en: "Sheet “{{sheet}}” is protected; nothing was written. Unprotect the sheet and try again.",
  },
  recordUntrusted: {
    zh: "工作表“{{sheet}}”的标记记录由更新版本的加载项写入，本版本无法读取，因此不改写它，也不在此表写入标记（以免丢失其中保存的原有填充色）。请更新加载项；或点“重置标记记录”：只清除显示为本加载项标记颜色的单元格填充，并删除该记录。",
    en: "The mark record of sheet “{{sheet}}” was written by a newer version of the add-in. This version cannot read it, so it leaves it and writes no marks on this sheet (the original fills it holds would be lost). Update the add-in, or choose “Reset mark record”: only fills in the add-in's mark colours are removed, and the record is deleted.",
  },
  resetMarkRecord: { zh: "重置标记记录", en: "Reset mark record" },
  marksReset: {
    zh: "已重置“{{sheet}}”的标记记录：清除了 {{n}} 个标记颜色的单元格填充。",
    en: "Reset the mark record of “{{sheet}}”: cleared the mark colour of {{n}} cells.",
  },
  actionFailed: { zh: "操作失败：{{error}}", en: "The action failed: {{error}}" },
  fixApplied: { zh: "已修复 {{cell}}。", en: "Fixed {{cell}}." },
  fixStale: {
    zh: "单元格 {{cell}} 在检查后已被修改，未写入任何内容。已重新检查。",
    en: "Cell {{cell}} changed after the check; nothing was written. Checked again.",
  },
  undone: { zh: "已撤销对 {{cell}} 的修复。", en: "Undid the fix of {{cell}}." },
  undoStale: {
    zh: "单元格 {{cell}} 在修复后又被修改，无法撤销，未写入任何内容。",
    en: "Cell {{cell}} changed after the fix, so it cannot be undone; nothing was written.",
  },
  ribbonDone: {
    zh: "功能区“检查本表”已检查“{{sheet}}”：{{error}} 个错误，{{warning}} 个警告，{{info}} 个提示。",
    en: "The ribbon's check of “{{sheet}}” found {{error}} errors, {{warning}} warnings, {{info}} infos.",
  },
  ribbonFailed: {
    zh: "功能区“检查本表”未能检查“{{sheet}}”：{{error}}",
    en: "The ribbon could not check “{{sheet}}”: {{error}}",
  },
  workbookDone: { zh: "已检查 {{n}} 个工作表，共 {{count}} 个问题。", en: "Checked {{n}} sheets: {{count}} findings." },
  exported: { zh: "已生成“{{name}}”工作表。", en: "Wrote the “{{name}}” sheet." },
  insertTemplate: { zh: "插入模板", en: "Insert template" },
  templateHint: {
    zh: "插入到所选单元格；在表内选中指标行时，新指标行插入到其下方。不会覆盖任何内容。",
    en: "Inserted at the selected cell; with an indicator row of a table selected, the new row goes below it. Nothing is ever overwritten.",
  },
  templateTable: { zh: "空白绩效目标表", en: "Blank performance-target table" },
  templateRows: { zh: "指标行", en: "Indicator row" },
  templateTableName: { zh: "空白绩效目标表", en: "blank performance-target table" },
  templateRowName: { zh: "指标行（{{level1}}·{{level2}}）", en: "indicator row ({{level1}}·{{level2}})" },
  templateKind: { zh: "{{level1}}·{{level2}}", en: "{{level1}}·{{level2}}" },
  templateInserted: {
    zh: "已在 {{range}} 插入{{what}}，请填写空白处。",
    en: "Inserted the {{what}} at {{range}}: fill in the blanks.",
  },
  templateRowsInserted: {
    zh: "已在 {{range}} 插入{{what}}（下方各行已下移），请填写空白处。",
    en: "Inserted the {{what}} at {{range}} (the rows below moved down): fill in the blanks.",
  },
  templateOccupied: {
    zh: "未插入{{what}}：目标区域 {{range}} 中的 {{cell}} 已有内容或合并单元格，模板不会覆盖任何内容。请选中一个足够大的空白区域的左上角后重试。",
    en: "The {{what}} was not inserted: {{cell}} in the target area {{range}} holds content or a merged cell, and a template never overwrites anything. Select the top-left cell of a large enough empty area and try again.",
  },
} as const satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;
export type MessageData = Record<string, string | number>;

export function t(locale: Locale, id: MessageId, data: MessageData = {}): string {
  const template = locale === "en-US" ? MESSAGES[id].en : MESSAGES[id].zh;
  return fillPlaceholders(template, data);
}

export function severityLabel(locale: Locale, severity: Severity): string {
  return t(locale, severity);
}

/** Office gives tags like "en-US", "en-GB", "zh-CN"; everything not English reads Chinese. */
export function localeFromTag(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? "en-US" : "zh-CN";
}
