/**
 * Every text the CLI prints, Chinese first and English beside it.
 * Placeholders are `{{name}}`, filled by `t()` (./t.ts).
 */
import type { LocalizedText } from "../core/model/diagnostic";

export const CLI_MESSAGES = {
  unknownCommand: {
    zh: "未知命令“{{command}}”，可用命令：check、convert",
    en: 'unknown command "{{command}}"; available: check, convert',
  },
  noCommand: { zh: "缺少命令，可用命令：check、convert", en: "missing command; available: check, convert" },
  unknownOption: { zh: "未知选项 {{option}}", en: "unknown option {{option}}" },
  missingValue: { zh: "选项 {{option}} 缺少取值", en: "option {{option}} needs a value" },
  badFormat: { zh: "未知输出格式“{{value}}”，可用：text、json", en: 'unknown format "{{value}}"; valid: text, json' },
  badLang: { zh: "未知语言“{{value}}”，可用：zh-CN、en-US", en: 'unknown language "{{value}}"; valid: zh-CN, en-US' },
  badRuleSyntax: {
    zh: "--rule 的取值应为 <规则>=<级别>，例如 basis-missing=warning，收到“{{value}}”",
    en: '--rule takes <rule>=<severity>, e.g. basis-missing=warning; got "{{value}}"',
  },
  unknownRule: { zh: "未知规则“{{id}}”，可用规则：{{valid}}", en: 'unknown rule "{{id}}"; valid rules: {{valid}}' },
  badSeverity: {
    zh: "规则 {{id}} 的级别“{{value}}”无效，可用：off、info、warning、error",
    en: 'invalid severity "{{value}}" for rule {{id}}; valid: off, info, warning, error',
  },
  badNumber: {
    zh: "选项 {{option}} 的取值应为正整数，收到“{{value}}”",
    en: 'option {{option}} takes a positive whole number; got "{{value}}"',
  },
  noFiles: { zh: "请给出要检查的 .xlsx 文件", en: "give the .xlsx files to check" },
  seeHelp: { zh: "运行 jixiao-lint --help 查看用法", en: "run jixiao-lint --help for usage" },

  cannotRead: { zh: "{{file}}：无法读取：{{reason}}", en: "{{file}}: cannot read: {{reason}}" },
  notFound: { zh: "文件不存在", en: "no such file" },
  folderNotFound: { zh: "所在文件夹不存在", en: "its folder does not exist" },
  noMatch: { zh: "没有与该通配符匹配的文件", en: "no file matches this pattern" },
  isDirectory: {
    zh: "这是一个目录，请给出其中的 .xlsx 文件（可用通配符，如 目录/*.xlsx）",
    en: "this is a directory; give the .xlsx files in it (a pattern such as dir/*.xlsx works)",
  },
  notFile: { zh: "不是普通文件", en: "not a regular file" },
  noAccess: { zh: "没有访问权限", en: "permission denied" },
  notDirectory: { zh: "路径中有一部分不是目录", en: "part of the path is not a directory" },
  exists: { zh: "已有同名文件，不会覆盖", en: "a file of that name exists and is not overwritten" },
  noSpace: { zh: "磁盘空间不足", en: "the disk is full" },
  readOnly: { zh: "磁盘或目录只读", en: "the disk or directory is read-only" },
  busy: { zh: "文件正被其他程序占用", en: "the file is in use by another program" },
  nameTooLong: { zh: "路径过长", en: "the path is too long" },
  tooManyOpen: { zh: "同时打开的文件过多，请减少 --jobs", en: "too many open files; lower --jobs" },
  fsOther: { zh: "文件系统出错，请检查路径和磁盘", en: "a file-system error occurred; check the path and the disk" },
  empty: { zh: "文件为空", en: "the file is empty" },
  encrypted: {
    zh: "工作簿受密码保护（已加密），请在 Excel 中取消密码后另存再检查",
    en: "the workbook is password-protected (encrypted); remove the password in Excel, save, and check again",
  },
  "legacy-xls": {
    zh: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再检查",
    en: "this is a legacy .xls file; save it as .xlsx in Excel and check again",
  },
  text: {
    zh: "这是文本文件（如 CSV），不是 .xlsx 工作簿，请在 Excel 中另存为 .xlsx",
    en: "this is a text file (such as CSV), not an .xlsx workbook; save it as .xlsx in Excel",
  },
  "web-table": {
    zh: "这是网页或 XML 格式的表格（多为系统“导出Excel”所生成），不是 .xlsx 工作簿，请在 Excel 中打开并另存为 .xlsx",
    en: "this is a web-page or XML table (as systems' “export to Excel” write), not an .xlsx workbook; open it in Excel and save it as .xlsx",
  },
  "not-xlsx": { zh: "不是 .xlsx 工作簿", en: "not an .xlsx workbook" },
  xlsb: {
    zh: "这是 .xlsb 二进制工作簿，请在 Excel 中另存为 .xlsx 后再检查",
    en: "this is a binary .xlsb workbook; save it as .xlsx in Excel and check again",
  },
  ods: {
    zh: "这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再检查",
    en: "this is an OpenDocument spreadsheet (.ods); save it as .xlsx and check again",
  },
  corrupt: { zh: "文件已损坏或不是有效的 .xlsx 工作簿", en: "the file is damaged or not a valid .xlsx workbook" },
  "damaged-sheet": {
    zh: "工作表“{{detail}}”已损坏；请在 Excel 中打开、修复并另存后再检查",
    en: "the sheet “{{detail}}” is damaged and cannot be read; open the file in Excel, let it repair, save it and check again",
  },
  "no-sheets": { zh: "不是 Excel 工作簿（没有工作表）", en: "not an Excel workbook (no worksheets)" },
  "too-large": {
    zh: "工作簿过大，超出检查上限（{{detail}}）；可用 --max-cells 调整每张工作表的单元格上限",
    en: "the workbook is larger than the checker's limit ({{detail}}); --max-cells sets the cells allowed per sheet",
  },
  memory: {
    zh: "工作簿过大，检查所需内存超过 {{mib}} MiB，已停止（可用 --max-memory 调整）",
    en: "the workbook is too large: checking it needs more than {{mib}} MiB of memory; stopped (--max-memory sets the limit)",
  },
  timeout: {
    zh: "检查超过 {{seconds}} 秒仍未完成，已停止（可用 --timeout 调整）",
    en: "checking took longer than {{seconds}} s and was stopped (--timeout sets the limit)",
  },
  internal: {
    zh: "检查时出现内部错误（{{detail}}），请报告此问题",
    en: "internal error while checking ({{detail}}); please report it",
  },

  annotateDir: {
    zh: "无法创建标注目录 {{dir}}：{{reason}}",
    en: "cannot create the annotation directory {{dir}}: {{reason}}",
  },
  annotateIsInput: {
    zh: "{{file}}：标注副本 {{target}} 会覆盖一个输入文件，未写入；请换一个 --annotate 目录",
    en: "{{file}}: the annotated copy {{target}} would overwrite an input file, not written; choose another --annotate directory",
  },
  annotateExists: {
    zh: "{{file}}：标注副本 {{target}} 已存在，未覆盖；请换一个空目录或先移走它",
    en: "{{file}}: the annotated copy {{target}} already exists and was not overwritten; use an empty directory or move it",
  },
  annotateWrite: {
    zh: "{{file}}：无法写入标注副本 {{target}}：{{reason}}",
    en: "{{file}}: cannot write the annotated copy {{target}}: {{reason}}",
  },
  annotateEdit: {
    zh: "{{file}}：无法生成标注副本（工作簿结构异常：{{detail}}）；检查结果不受影响",
    en: "{{file}}: cannot make the annotated copy (unusual workbook structure: {{detail}}); the findings are unaffected",
  },

  noTables: { zh: "未找到绩效目标表", en: "no target tables found" },
  summary: {
    zh: "✖ {{problems}} 个问题（{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 个提示）",
    en: "✖ {{problems}} {{problemsWord}} ({{errors}} {{errorsWord}}, {{warnings}} {{warningsWord}}, {{infos}} {{infosWord}})",
  },
  summaryClean: { zh: "✔ 未发现问题", en: "✔ no problems found" },
  checked: {
    zh: "共检查 {{files}} 个文件，{{tables}} 张绩效目标表",
    en: "checked {{files}} {{filesWord}}, {{tables}} target {{tablesWord}}",
  },
  unreadable: { zh: "，{{count}} 个文件无法读取", en: ", {{count}} could not be read" },
  cliProgress: { zh: "检查中 {{done}}/{{total}}", en: "checking {{done}}/{{total}}" },
  annotated: { zh: "标注副本已写入 {{dir}}", en: "annotated copies written to {{dir}}" },
} satisfies Record<string, LocalizedText>;

/** English plural of a counted noun (Chinese needs none). */
export function plural(count: number, word: string): string {
  return count === 1 ? word : word + "s";
}
