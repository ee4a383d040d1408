/**
 * Reads the money amounts of the head block (预算数, 财政资金, 其他资金, the
 * 资金支出计划 points). Amounts are plain numbers, sometimes with thousands
 * separators, full-width digits or a money unit (`170万元`).
 */
import type { Field, MoneyUnit } from "../../model/table";
import { toHalfWidth } from "../../text/normalize";
import { isBlank } from "./structure-fields";

export type Amount =
  | { kind: "blank" }
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "text"; text: string };

const TO_WAN: Readonly<Record<MoneyUnit, number>> = { 元: 0.0001, 万元: 1, 亿元: 10000 };
const AMOUNT = /^([+-]?\d+(?:\.\d+)?)(%|元|万元|万|亿元|亿)?$/;

/**
 * The amount a field holds, in the table's money unit. A unit written in the
 * cell (`1,700元` under 单位：万元) is converted; `%` is kept as a flag.
 */
export function readAmount(field: Field | undefined, moneyUnit: MoneyUnit = "万元"): Amount {
  if (!field || isBlank(field)) return { kind: "blank" };
  if (typeof field.raw === "number" && Number.isFinite(field.raw)) return { kind: "number", value: field.raw, percent: false };
  const flat = toHalfWidth(field.text).replace(/[\s,\u00a0]/g, "").replace(/[￥¥]/g, "");
  const m = AMOUNT.exec(flat);
  if (!m) return { kind: "text", text: field.text };
  const value = Number(m[1]);
  const unit = m[2];
  if (unit === "%") return { kind: "number", value, percent: true };
  if (!unit) return { kind: "number", value, percent: false };
  const written: MoneyUnit = unit.startsWith("亿") ? "亿元" : unit.startsWith("万") ? "万元" : "元";
  return { kind: "number", value: (value * TO_WAN[written]) / TO_WAN[moneyUnit], percent: false };
}

/** The number, treating a blank as 0 (spec: budget-sum-mismatch); undefined when not a number. */
export function amountOrZero(amount: Amount): number | undefined {
  if (amount.kind === "blank") return 0;
  return amount.kind === "number" ? amount.value : undefined;
}

/** Numbers as officers write them: at most two decimals, no trailing zeros. */
export function formatAmount(value: number): string {
  return String(Math.round(value * 100) / 100);
}
