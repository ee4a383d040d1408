/**
 * @fileoverview project-code-format — a 项目编码 not in the Shandong form
 * `^\d{8}P\d{11}[0-9A-Z]$` (6-digit region, 2-digit year, P, 11 digits, one check
 * character). Structure only: the check character's algorithm is unknown.
 */
import type { Field, TargetTable } from "../model/table";
import type { RuleModule } from "./rule";
import { toHalfWidth } from "../text/normalize";
import { isBlank } from "./utils/structure-fields";

const SHANDONG = "^\\d{8}P\\d{11}[0-9A-Z]$";
// Codes of this family elsewhere (other layouts, other provinces' systems on the same scheme).
const SHANDONG_LIKE = /^\d{6,10}P/;
// Shandong's region codes start with 37: a code of the province, however malformed.
const SHANDONG_REGION = /^37\d/;

function compiled(pattern: unknown): RegExp {
  try {
    return new RegExp(typeof pattern === "string" && pattern ? pattern : SHANDONG);
  } catch {
    return new RegExp(SHANDONG);
  }
}

/** Full-width digits, spaces and a lower-case letter are typing slips with one right answer. */
function cleaned(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, "")
    .toUpperCase();
}

/**
 * Whether the Shandong form is the code's to meet: a code of its family, or (the form layout being Shandong's
 * template) one with a Shandong region. Another province's code in a table like it (`51000021T000001234567`)
 * has its own form, which a warning naming Shandong's would only mislead about.
 */
function applies(table: TargetTable, code: string, allLayouts: boolean): boolean {
  return allLayouts || SHANDONG_LIKE.test(code) || (table.layout === "form" && SHANDONG_REGION.test(code));
}

const rule: RuleModule = {
  meta: {
    id: "project-code-format",
    severity: "warning",
    layouts: ["form", "flat"],
    fixable: true,
    docs: {
      description: {
        zh: "项目编码不符合山东格式（6位区划+2位年度+P+11位数字+1位校验字符，共21位）",
        en: "A 项目编码 (project code) not in the Shandong form: 6-digit region, 2-digit year, P, 11 digits, 1 check character (21 in all)",
      },
      bad: "37020023P88002810993",
      good: "37020023P880028109936",
    },
    messages: {
      length: {
        zh: "项目编码“{{code}}”为 {{length}} 位，应为21位（6位区划+2位年度+P+11位数字+1位校验字符）：请从预算系统复制完整编码",
        en: "项目编码 “{{code}}” has {{length}} characters, not 21 (region 6 + year 2 + P + 11 digits + check 1): copy the full code from the budget system",
      },
      shape: {
        zh: "项目编码“{{code}}”格式不符：应为8位数字、字母P、11位数字和1位校验字符，请从预算系统复制",
        en: "项目编码 “{{code}}” is malformed: it should be 8 digits, the letter P, 11 digits and a check character; copy it from the budget system",
      },
      custom: {
        zh: "项目编码“{{code}}”不符合设定的格式 {{pattern}}",
        en: "项目编码 “{{code}}” does not match the configured form {{pattern}}",
      },
      number: {
        zh: "项目编码被Excel存成了数字（{{code}}），位数可能已丢失：请把单元格设为文本后重新粘贴编码",
        en: "Excel stored the 项目编码 as a number ({{code}}) and may have lost digits: format the cell as text and paste the code again",
      },
      typing: {
        zh: "项目编码“{{code}}”含空格、全角字符或小写字母：应为“{{fixed}}”",
        en: "项目编码 “{{code}}” holds spaces, full-width characters or a lower-case letter: it should be {{fixed}}",
      },
      useFixed: { zh: "改为“{{fixed}}”", en: "Change to {{fixed}}" },
    },
    defaultOptions: { pattern: SHANDONG, allLayouts: false },
  },
  check(context) {
    const { table, options } = context;
    const field: Field | undefined = table.code;
    if (!field || isBlank(field)) return;
    const code = field.text.trim();
    // Up to 15 digits a number holds a code exactly (`2024001`, a county's own numbering): read as its text. Past
    // that, Excel has rounded it (seventeenth session's review: every numeric code had been reported).
    if (typeof field.raw === "number" && !Number.isSafeInteger(field.raw)) {
      context.report({ at: field, messageId: "number", data: { code } });
      return;
    }
    const fixed = cleaned(code);
    if (!applies(table, fixed, options.allLayouts === true)) return;
    const pattern = compiled(options.pattern);
    if (pattern.test(code)) return;
    if (pattern.test(fixed)) {
      const data = { code, fixed };
      context.report({ at: field, messageId: "typing", data, fix: { text: fixed, messageId: "useFixed", data } });
      return;
    }
    const isDefault = pattern.source === SHANDONG;
    const messageId = !isDefault ? "custom" : fixed.length !== 21 ? "length" : "shape";
    context.report({ at: field, messageId, data: { code, length: fixed.length, pattern: pattern.source } });
  },
};

export default rule;
