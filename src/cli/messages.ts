/**
 * Every text the CLI prints, Chinese first and English beside it, from one table.
 * Placeholders are `{{name}}`, filled by `t()`.
 */
import { localize, type Locale, type LocalizedText } from "../core/model/diagnostic";
import { formatMessage } from "../core/lint/format-message";

export const MESSAGES = {
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
  noFiles: { zh: "请给出要检查的 .xlsx 文件", en: "give the .xlsx files to check" },
  seeHelp: { zh: "运行 jixiao-lint --help 查看用法", en: "run jixiao-lint --help for usage" },

  cannotRead: { zh: "{{file}}：无法读取：{{reason}}", en: "{{file}}: cannot read: {{reason}}" },
  notFound: { zh: "文件不存在", en: "no such file" },
  noMatch: { zh: "没有与该通配符匹配的文件", en: "no file matches this pattern" },
  isDirectory: {
    zh: "这是一个目录，请给出其中的 .xlsx 文件（可用通配符，如 目录/*.xlsx）",
    en: "this is a directory; give the .xlsx files in it (a pattern such as dir/*.xlsx works)",
  },
  notFile: { zh: "不是普通文件", en: "not a regular file" },
  noAccess: { zh: "没有读取权限", en: "permission denied" },
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
  "not-xlsx": { zh: "不是 .xlsx 工作簿", en: "not an .xlsx workbook" },
  corrupt: { zh: "文件已损坏或不是有效的 .xlsx 工作簿", en: "the file is damaged or not a valid .xlsx workbook" },
  "no-sheets": { zh: "不是 Excel 工作簿（没有工作表）", en: "not an Excel workbook (no worksheets)" },
  internal: {
    zh: "检查时出现内部错误（{{detail}}），请报告此问题",
    en: "internal error while checking ({{detail}}); please report it",
  },

  annotateDir: {
    zh: "无法创建标注目录 {{dir}}：{{detail}}",
    en: "cannot create the annotation directory {{dir}}: {{detail}}",
  },
  annotateIsInput: {
    zh: "{{file}}：标注副本会覆盖原文件，未写入；请换一个 --annotate 目录",
    en: "{{file}}: the annotated copy would overwrite the input, not written; choose another --annotate directory",
  },
  annotateWrite: {
    zh: "{{file}}：无法写入标注副本 {{target}}：{{detail}}",
    en: "{{file}}: cannot write the annotated copy {{target}}: {{detail}}",
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
  annotated: { zh: "标注副本已写入 {{dir}}", en: "annotated copies written to {{dir}}" },
} satisfies Record<string, LocalizedText>;

export type MessageKey = keyof typeof MESSAGES;

export const SEVERITY_LABEL = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
} satisfies Record<string, LocalizedText>;

export function t(key: MessageKey, locale: Locale, data: Record<string, string | number> = {}): string {
  return localize(formatMessage(MESSAGES[key], data), locale);
}

/** English plural of a counted noun (Chinese needs none). */
export function plural(count: number, word: string): string {
  return count === 1 ? word : word + "s";
}
