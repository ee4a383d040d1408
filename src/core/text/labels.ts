/**
 * The label vocabulary of the three layouts (spec §2): which cell texts are
 * labels, and of what. Officers vary labels freely (spaces, full-width
 * punctuation, `（万元）`, a `年度` prefix, a `*` for required columns), so a
 * label is recognised by its normalized form, looked up in a Map.
 */
import type { MoneyUnit } from "../model/table";
import { YEAR_LINE, type HeadKey } from "../schema/head-words";
import { boundedMemo } from "./memo";
import { normalizeLabel } from "./normalize";

export type LabelKey =
  // head block
  | HeadKey
  // indicator header
  | "level1"
  | "level2"
  | "indicatorName"
  | "description"
  | "value"
  | "basis"
  | "valueType"
  | "unitColumn"
  | "comparator"
  | "scoring"
  | "remark"
  // compact header
  | "indicators";

export interface Label {
  key: LabelKey;
  /** From a bracketed unit: `预算数（万元）`. */
  moneyUnit?: MoneyUnit;
  /** Marked `*` (flat layout: a required column). */
  required: boolean;
  /** The label as written, without the `*` (e.g. `评(扣)分标准`). */
  written: string;
}

const WORDS: Record<string, LabelKey> = {
  项目编码: "code",
  项目代码: "code",
  项目名称: "name",
  预算数: "budget",
  预算金额: "budget",
  资金总额: "budget",
  项目资金总额: "budget",
  "其中:财政资金": "fiscal",
  财政资金: "fiscal",
  "其中:财政拨款": "fiscal",
  财政拨款: "fiscal",
  其他资金: "other",
  "其中:其他资金": "other",
  预算规模及资金用途: "purpose",
  资金用途: "purpose",
  资金支出计划: "spendPlan",
  绩效目标: "goal",
  总体绩效目标: "goal",
  总体目标: "goal",
  项目绩效目标: "goal",
  项目年度绩效目标: "goal",
  年度目标: "goal",
  实施单位: "unitName",
  资金使用单位: "unitName",
  单位名称: "unitName",
  主管部门: "dept",
  "3月底": "period3",
  "6月底": "period6",
  "10月底": "period10",
  "12月底": "period12",
  "3月末": "period3",
  "6月末": "period6",
  "10月末": "period10",
  "12月末": "period12",
  一级指标: "level1",
  二级指标: "level2",
  三级指标: "indicatorName",
  绩效指标描述: "description",
  指标描述: "description",
  指标解释: "description",
  指标值: "value",
  指标值确定依据: "basis",
  指标值设定依据: "basis",
  取值依据: "basis",
  "评(指)标值确定依据": "basis",
  指标值类型: "valueType",
  计量单位: "unitColumn",
  指标性质: "comparator",
  运算符号: "comparator",
  "评(扣)分标准": "scoring",
  评分标准: "scoring",
  扣分标准: "scoring",
  备注: "remark",
  绩效指标: "indicators",
};

const MONEY_UNITS: ReadonlySet<string> = new Set(["元", "万元", "亿元"]);

/** Labels are short; longer texts are values and are never normalized. */
export const MAX_LABEL_LENGTH = 28;

/** `预算数(万元)` → base `预算数`, bracket `万元`; `评(扣)分标准` keeps its inner bracket. */
function splitTrailingBracket(text: string): [string, string | undefined] {
  if (!text.endsWith(")")) return [text, undefined];
  const open = text.lastIndexOf("(");
  if (open <= 0) return [text, undefined];
  return [text.slice(0, open), text.slice(open + 1, -1)];
}

function lookup(base: string): LabelKey | undefined {
  const key = WORDS[base];
  if (key) return key;
  // 年度绩效目标, 年度总体绩效目标, 年度预算数 …
  if (base.startsWith("年度")) return WORDS[base.slice(2)];
  return undefined;
}

function parseLabel(text: string): Label | undefined {
  let norm = normalizeLabel(text).replace(/[:]$/, "");
  const required = norm.startsWith("*");
  if (required) norm = norm.slice(1);
  const direct = lookup(norm);
  const [base, bracket] = splitTrailingBracket(norm);
  const key = direct ?? (bracket !== undefined ? lookup(base) : undefined);
  if (!key) return undefined;
  const label: Label = { key, required, written: text.trim().replace(/^[*＊]\s*/, "") };
  if (!direct && bracket !== undefined && MONEY_UNITS.has(bracket)) label.moneyUnit = bracket as MoneyUnit;
  return label;
}

/*
 * First characters a label can start with. Most values fail this test, so they
 * are neither normalized nor cached (a big sheet holds hundreds of thousands of
 * distinct short values, which would thrash the cache).
 */
const FIRST_CHARS: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (const word of Object.keys(WORDS)) set.add(word.charCodeAt(0));
  for (const ch of "年*＊（(【[３６１ \t\r\n\u00a0\u3000") set.add(ch.charCodeAt(0));
  return set;
})();

/* Remembered by raw text: a workbook repeats the same few labels thousands of times. */
const parseRemembered = boundedMemo(parseLabel, 50000);

/** The label a cell text is, or undefined; cheap for values (length check first, then a Map). */
export function labelOf(text: string): Label | undefined {
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH || !FIRST_CHARS.has(text.charCodeAt(0))) return undefined;
  return parseRemembered(text);
}

/** `单位：万元`, `金额单位:元` → the money unit; undefined when the text is no unit line. */
export function unitLine(text: string): MoneyUnit | "unknown" | undefined {
  // Cheap test first: this runs on every short value of a head block.
  if (text.length > MAX_LABEL_LENGTH || text.indexOf("单") < 0) return undefined;
  const norm = normalizeLabel(text);
  const m = /^(?:金额)?单位(?::(.*)|\((.*)\))$/.exec(norm);
  if (!m) return undefined;
  const unit = m[1] ?? m[2];
  return MONEY_UNITS.has(unit) ? (unit as MoneyUnit) : "unknown";
}

/** A head block's year or unit line (`（2024年度）`, `单位：万元`): a page's furniture, no field's value. */
export function isYearOrUnitLine(text: string): boolean {
  return unitLine(text) !== undefined || YEAR_LINE.test(text.replace(/\s+/g, ""));
}

/** A table title such as `1.企业搬迁改造工作经费绩效目标表` or `项目支出绩效目标申报表`. */
export function isTitle(text: string): boolean {
  if (text.length < 4 || text.length > 200 || text.indexOf("表") < 0) return false;
  const t = text.trim();
  return /绩效目标.{0,6}表$/.test(t) || /绩效目标表[(（]/.test(t);
}
