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
  | "ratio" // 1:15, ≥1:1 (a proportion written as a ratio: no unit)
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
  /**
   * The numbers a ratio (`1:15`: `number` is the first) or a product (`7×24小时`, `2×1.2米`: `number` is their
   * product) is written with.
   */
  terms?: number[];
  /** The unit as written (may be "" when none). */
  unit: string;
  /** The unit in its standard spelling (`百分号` → `%`). */
  unitStandard: string;
  dimension: Dimension;
  /** Where the unit came from: the value itself, the indicator's name `（个）`, or the 计量单位 column. */
  unitSource: "value" | "name" | "column" | "header" | "none";
  /**
   * A bare 万/亿 read as a magnitude and folded into `number` (`≥80万` 浏览数 → 800000,
   * `53万台` → 530000 台). Not set when the indicator speaks of money: there `≤170万`
   * is 170 with unit 万 (standard 万元).
   */
  magnitude?: "万" | "亿";
  /** Dimension "date": the parts written (`2024年12月前` → year 2024, month 12). */
  date?: { year?: number; month?: number; day?: number; part?: string };
  /** `每家20万元`: the thing the amount is per (`家`); the dimension is then moneyPerUnit. */
  per?: string;
  /** Words around the quantity in the cell (`产线建成月产能≥12万`: before `产线建成月产能`). */
  words?: { before: string; after: string };
}

export interface QualitativeValue {
  kind: "qualitative";
  /** A comparator written before a qualitative phrase (`≥提升`). */
  comparatorText?: string;
  /** A unit attached to a qualitative phrase (flat layout's 计量单位 `%` on `应保尽保`). */
  unit?: string;
  /** An ordinal grade (`二级`, `Ⅲ类`, `AAAA`): a comparator on it means "or better" (`≥二级`). */
  grade?: true;
  /** Quantities mentioned inside a descriptive value (`报告1份、报告1份`); absent when none. */
  quantities?: QuantitativeValue[];
}

export interface UnparseableValue {
  kind: "unparseable";
  /** Why, in English, for messages and debugging. */
  reason?: string;
}

export interface BlankValue {
  kind: "blank";
}

export type ParsedValue = QuantitativeValue | QualitativeValue | UnparseableValue | BlankValue;
