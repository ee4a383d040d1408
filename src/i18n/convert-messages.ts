/**
 * The texts of `jixiao-lint convert`, Chinese first and English beside it
 * (an unknown option is worded by the CLI's own `unknownOption`).
 */
import type { LocalizedText } from "../core/model/diagnostic";

export const CONVERT_MESSAGES = {
  convertUsage: {
    zh: "用法：jixiao-lint convert <输入.xlsx> --to form|flat -o <输出.xlsx>\n把表中读到的绩效目标表（任何版式）转换为标准表单版式（form）或预算系统导出版式（flat），写在输出文件的新工作表上；输入文件不会被修改。\n",
    en: "usage: jixiao-lint convert <in.xlsx> --to form|flat -o <out.xlsx>\nConverts the target tables read in any layout into the standard form layout (form) or the budget systems' export layout (flat), on a new sheet of the output file; the input is never written.\n",
  },
  convertNoInput: { zh: "请给出一个要转换的 .xlsx 文件", en: "give one .xlsx file to convert" },
  convertManyInputs: { zh: "一次只能转换一个文件", en: "convert takes one file at a time" },
  convertNoOutput: { zh: "请用 -o <输出.xlsx> 给出输出文件", en: "give the output file with -o <out.xlsx>" },
  convertBadTarget: {
    zh: "--to 的取值应为 form 或 flat，收到“{{value}}”",
    en: '--to takes form or flat; got "{{value}}"',
  },
  convertOutputIsInput: {
    zh: "输出文件不能是输入文件本身：{{file}}",
    en: "the output cannot be the input itself: {{file}}",
  },
  convertOutputExists: {
    zh: "输出文件已存在，不会覆盖：{{file}}",
    en: "the output file exists and is not overwritten: {{file}}",
  },
  convertNoTables: {
    zh: "{{file}}：没有找到绩效目标表，未写入任何文件",
    en: "{{file}}: no target table found; nothing written",
  },
  convertCannotWrite: { zh: "无法写入 {{file}}：{{reason}}", en: "cannot write {{file}}: {{reason}}" },
  convertExtension: {
    zh: "输出文件名应以 {{ext}} 结尾，与输入的工作簿类型（是否启用宏）一致：Excel 不打开扩展名不符的文件",
    en: "the output file name should end in {{ext}}, the input's kind of workbook (with or without macros): Excel opens no file whose extension says otherwise",
  },
  convertDone: {
    zh: "已把 {{tables}} 张表（{{indicators}} 个指标）转换为{{layout}}，写入 {{file}} 的工作表“{{sheet}}”\n",
    en: 'converted {{tables}} tables ({{indicators}} indicators) to the {{layout}} layout in sheet "{{sheet}}" of {{file}}\n',
  },
  convertLayoutForm: { zh: "表单版式", en: "form" },
  convertLayoutFlat: { zh: "导出版式", en: "flat" },
} satisfies Record<string, LocalizedText>;
