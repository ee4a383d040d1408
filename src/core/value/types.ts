/** The value grammar's output (spec §4). */

/** What a unit measures. */
export type Dimension =
  | "money" // 元 万元 亿元
  | "moneyPerUnit" // 万元/辆 元/人
  | "percent" // % 百分比 ‰
  | "count" // 个 家 次 人 …
  | "time" // 年 季度 月 天 小时 (durations and periods)
  | "date" // 12月5日, 2024年底, 10月 as a deadline
  | "physical" // 平方米 毫克/公斤 GHz 吨? (see units.ts for the table)
  | "unknown"; // a unit we do not know

export type Comparator = ">=" | "<=" | ">" | "<" | "=";

export interface QuantitativeValue {
  kind: "quantitative";
  /** The normalized comparator, if any. */
  comparator?: Comparator;
  /** The comparator as written (`≧`, `不少于`, `以上`…). */
  comparatorText?: string;
  /** The number (the lower bound of a range). */
  number: number;
  /** The upper bound of a range such as `18-33毫克/公斤`. */
  numberMax?: number;
  /** The unit as written (may be "" when none). */
  unit: string;
  /** The unit in its standard spelling (`百分号` → `%`). */
  unitStandard: string;
  dimension: Dimension;
  /** Where the unit came from: the value itself, the indicator's name `（个）`, or the 计量单位 column. */
  unitSource: "value" | "name" | "column" | "none";
}

export interface QualitativeValue {
  kind: "qualitative";
  /** A comparator written before a qualitative phrase (`≥提升`). */
  comparatorText?: string;
  /** A unit attached to a qualitative phrase (flat layout's 计量单位 `%` on `应保尽保`). */
  unit?: string;
}

export interface UnparseableValue {
  kind: "unparseable";
}

export interface BlankValue {
  kind: "blank";
}

export type ParsedValue = QuantitativeValue | QualitativeValue | UnparseableValue | BlankValue;
