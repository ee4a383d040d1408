/**
 * Reads the money amounts of the head block (预算数, 财政资金, 其他资金, the
 * 资金支出计划 points). Amounts are plain numbers, sometimes with thousands
 * separators, full-width digits, a money unit (`170万元`) or a `%`.
 */
import type { Field, MoneyUnit, TargetTable } from "../../model/table";
import { INVISIBLE, toHalfWidth } from "../../text/normalize";
import { parseNumber } from "../../value/number";
import { toWan } from "../../value/units";
import { isBlank } from "./structure-fields";

/**
 * `packed`: the cell holds several amounts, and `value` is the one that is the whole: after a total's word
 * (`中央资金200万元，省级资金100万元，合计300万元`) or first (`250万元；财政资金200万元，自筹资金50万元`);
 * `parts` where neither says which is (`省级100万元、市级配套200万元`): then the cell gives no certain total.
 */
export type Amount =
  | { kind: "blank" }
  | { kind: "number"; value: number; percent: boolean; packed?: "whole" | "parts" }
  | { kind: "text"; text: string };

const UNIT_AT_END = /(%|千元|万元|亿元|元|万|亿)$/;

/**
 * The amount a field holds, in the table's money unit. A unit written in the
 * cell (`1,700元` under 单位：万元) is converted; `%` is kept as a flag.
 */
// A dash, `无`, or a unit alone (`万元` with no number), is how officers write "none".
const NONE = /^([-—–－/／]+|无|元|万元|亿元)$/;
// An amount after a description (`中央衔接推进乡村振兴补助资金(少数民族发展任务)50`).
const TRAILING_AMOUNT = /[\u4e00-\u9fff)）]\s*(\d[\d,]*(?:\.\d+)?\s*(?:元|万元|亿元|万|亿)?)$/;

export function readAmount(field: Field | undefined, moneyUnit: MoneyUnit = "万元"): Amount {
  if (!field) return BLANK;
  // Several rules read the same head fields (budget-sum-mismatch alone reads each twice): once per field.
  const known = amountsRead.get(field);
  if (known && known.moneyUnit === moneyUnit) return known.amount;
  const amount = readUncached(field, moneyUnit);
  amountsRead.set(field, { moneyUnit, amount });
  return amount;
}

const BLANK: Amount = Object.freeze({ kind: "blank" });
const amountsRead = new WeakMap<Field, { moneyUnit: MoneyUnit; amount: Amount }>();

function readUncached(field: Field, moneyUnit: MoneyUnit): Amount {
  if (isBlank(field) || NONE.test(field.text.replace(/\s+/g, ""))) return BLANK;
  if (typeof field.raw === "number" && Number.isFinite(field.raw))
    return { kind: "number", value: field.raw, percent: false };
  const flat = toHalfWidth(field.text)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[￥¥]/g, "")
    // `其中：财政资金：250万元` read as `财政资金` leaves the second colon before the amount.
    .replace(/^[:;,]+/, "")
    // A note after the amount: `6923.3552万元(其中:上级财政资金…)`.
    .replace(/(\d(?:元|万元|亿元|万|亿)?)\(.*\)$/, "$1")
    // Closing punctuation (`500万元。`, `450；`, `1200.`), as a value's is read past; and characters nobody sees.
    .replace(INVISIBLE, "")
    .replace(/(\d(?:元|万元|亿元|万|亿)?)[.。;；,，、]+$/, "$1");
  const amounts = [...flat.matchAll(AMOUNT)];
  if (amounts.length > 1) {
    const total = amounts.find((m) => TOTAL_BEFORE.test(flat.slice(Math.max(0, m.index! - 4), m.index)));
    const whole = total ?? (amounts[0].index === 0 ? amounts[0] : undefined);
    const read = convert(field, (whole ?? amounts[0])[0], moneyUnit);
    return read.kind === "number" ? { ...read, packed: whole ? "whole" : "parts" } : read;
  }
  const amountText = TRAILING_AMOUNT.exec(flat)?.[1] ?? flat;
  return convert(field, amountText, moneyUnit);
}

// A number and its money unit; not a year, date, share or count (`2024年`, `3月`, `50%`, `2个`).
const AMOUNT = /(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:千元|万元|亿元|元|万|亿)?(?![\d.,]|[年月日号%个项期次人户])/g;

/** A total's word right before an amount (`合计300万元`, `总额：250`). */
const TOTAL_BEFORE = /(?:合计|总计|共计|合共|总额|共)[:：]?$/;

function convert(field: Field, flat: string, moneyUnit: MoneyUnit): Amount {
  const unit = UNIT_AT_END.exec(flat)?.[1] ?? "";
  const value = parseNumber(flat.slice(0, flat.length - unit.length));
  if (value === undefined) return { kind: "text", text: field.text };
  if (unit === "%") return { kind: "number", value, percent: true };
  if (!unit) return { kind: "number", value, percent: false };
  const wan = toWan(value, unit);
  const per = toWan(1, moneyUnit);
  if (wan === undefined || !per) return { kind: "text", text: field.text };
  return { kind: "number", value: wan / per, percent: false };
}

/** The number, treating a blank as 0 (spec: budget-sum-mismatch); undefined when not a number. */
export function amountOrZero(amount: Amount): number | undefined {
  if (amount.kind === "blank") return 0;
  return amount.kind === "number" ? amount.value : undefined;
}

/**
 * An amount in the table's money unit written as `field` writes its own: in the cell's unit, with thousands
 * separators if it has them (`10,000,000元` → `11,000,000元`, not `1100`, which in a 元 table means 1,100元).
 */
export function amountLike(field: Field | undefined, value: number, moneyUnit: MoneyUnit = "万元"): string {
  const flat = toHalfWidth(field?.text ?? "").replace(/\s+/g, "");
  const unit = /^[\d,.]+(千元|万元|亿元|元|万|亿)$/.exec(flat)?.[1];
  const wanPer = unit ? toWan(1, unit) : undefined;
  const tablePer = toWan(1, moneyUnit);
  const inCell = wanPer && tablePer ? (value * tablePer) / wanPer : value;
  const digits = formatAmount(inCell);
  const grouped = flat.includes(",") ? groupThousands(digits) : digits;
  return wanPer ? grouped + unit : grouped;
}

function groupThousands(digits: string): string {
  const [whole, fraction] = digits.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/**
 * The table's budget in its money unit (`预算数：80万元` written with its unit counts), or undefined: parts with no
 * total written (`省级100万元、市级配套200万元`) give no certain budget.
 */
export function tableBudget(table: TargetTable): number | undefined {
  const amount = readAmount(table.budget, table.moneyUnit);
  return amount.kind === "number" && !amount.percent && amount.packed !== "parts" ? amount.value : undefined;
}

/** Numbers as officers write them: at most four decimals, no trailing zeros. */
export function formatAmount(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}
