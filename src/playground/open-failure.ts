/**
 * Why the playground cannot open a file, in one sentence (never the reader
 * library's own error text), and that the workbook on screen stays.
 */
import type { Locale } from "../core/model/diagnostic";
import { sniffFileKind, type FileKind } from "../xlsx/sniff";

const REASONS: Record<Exclude<FileKind, "zip"> | "corrupt", { zh: string; en: string }> = {
  empty: { zh: "文件是空的", en: "the file is empty" },
  "encrypted-ooxml": { zh: "工作簿有密码保护", en: "the workbook is password-protected" },
  "legacy-xls": {
    zh: "这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx",
    en: "it is a legacy .xls file; save it as .xlsx in Excel",
  },
  "web-table": {
    zh: "这是网页或 XML 格式的表格，不是 .xlsx 工作簿，请在 Excel 中另存为 .xlsx",
    en: "it is a web-page or XML table, not an .xlsx workbook; save it as .xlsx in Excel",
  },
  text: { zh: "这是文本文件，不是 .xlsx 工作簿", en: "it is a text file, not an .xlsx workbook" },
  unknown: { zh: "这不是 .xlsx 工作簿", en: "it is not an .xlsx workbook" },
  corrupt: { zh: "文件已损坏或不是有效的 .xlsx 工作簿", en: "the file is damaged or not a valid .xlsx workbook" },
};

/** The reason a file cannot be opened, told before any parsing; undefined for a zip (an .xlsx candidate). */
export function sniffFailure(bytes: Uint8Array): keyof typeof REASONS | undefined {
  const kind = sniffFileKind(bytes);
  return kind === "zip" ? undefined : kind;
}

/** `无法打开 a.txt：这是文本文件，不是 .xlsx 工作簿。仍显示 qingdao-2023.xlsx。` */
export function openFailureText(
  locale: Locale,
  file: string,
  reason: keyof typeof REASONS,
  current: string | undefined,
): string {
  const why = locale === "en-US" ? REASONS[reason].en : REASONS[reason].zh;
  if (locale === "en-US") return `Cannot open ${file}: ${why}.${current ? ` Still showing ${current}.` : ""}`;
  return `无法打开 ${file}：${why}。${current ? `仍显示 ${current}。` : ""}`;
}
