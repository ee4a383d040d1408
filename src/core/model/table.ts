/**
 * The model of one 项目支出绩效目标表 (spec §1). Every field keeps the cell it
 * came from so that every finding points at a cell.
 */
import type { CellRange, CellValue } from "../grid/grid";

export type Layout = "form" | "compact" | "flat";

export type MoneyUnit = "元" | "万元" | "亿元";

/** One value read from the sheet, with the cell it came from. */
export interface Field {
  /** The cell's text, trimmed (compact layout: the part of the cell that holds this field). */
  text: string;
  /** The cell's value as the host gave it (compact layout: the whole cell's value). */
  raw: CellValue;
  /** Absolute 0-based position of the cell. */
  row: number;
  col: number;
  /**
   * Compact layout only: the field is a slice of a cell that packs many fields.
   * `cellText` is the whole cell's text and `span` where this field stands in it,
   * so that a fix can rewrite just this part.
   */
  cellText?: string;
  span?: { start: number; end: number };
}

/** 资金支出计划 periods, in order. */
export type SpendPeriod = "3月底" | "6月底" | "9月底" | "10月底" | "12月底";

export interface SpendPlan {
  /** The label cell, e.g. `资金支出计划（%）`. */
  label: Field;
  /** One per period found; the value field may be blank (text ""). */
  points: { period: SpendPeriod; field: Field }[];
}

/** One indicator row (compact layout: one numbered item of the 绩效指标 cell). */
export interface Indicator {
  /** 0-based position among the table's indicators. */
  index: number;
  /** Row of the indicator (compact layout: the row of the packed cell). */
  row: number;
  /** 一级指标; `level1Inherited` when carried down from a merged cell or an earlier row. */
  level1?: Field;
  level1Inherited?: boolean;
  /**
   * The row's own 一级 cell, blank, where the 一级 was carried past it from an earlier row (a group's label written
   * once, or a blank merge), not read from a merge of the label itself: where a 一级 missing from the row belongs.
   */
  level1Blank?: Field;
  /** 二级指标; `level2Inherited` when carried down from a merged cell or an earlier row of its group. */
  level2?: Field;
  level2Inherited?: boolean;
  /** 三级指标 */
  name?: Field;
  /** The sub-project or task the row belongs to, from a column left of 一级 (`子项目名称`, `年度主要任务`). */
  group?: Field;
  /** 绩效指标描述 */
  description?: Field;
  /** 指标值 (form and flat layouts) */
  value?: Field;
  /** Targets per region (one column per county or town): the first is `value`, these are the rest. */
  regionValues?: Field[];
  /** 指标值确定依据 */
  basis?: Field;
  /**
   * 实施周期指标值 and 年度指标值: the compact layout's two values, and a form
   * table's long-term and annual sets (side by side or stacked).
   */
  periodValue?: Field;
  annualValue?: Field;
  /** Compact layout: the codes in `1-产出指标；11-数量指标`, as written (`1`, `11`). */
  level1Code?: Field;
  level2Code?: Field;
  /**
   * The units the value columns' headers state (`指标值（%）`), by which value: a bare number under such a header
   * has its unit.
   */
  headerUnits?: { value?: string; period?: string; annual?: string };
  /**
   * Flat layout: 计量单位, 指标性质/运算符号, 指标值类型 columns. Where each value set has its own 计量单位 or 运算符号
   * (`实施期指标值 | 计量单位 | 年度指标值 | 计量单位`), `unitColumn` and `comparatorColumn` are the period set's.
   */
  unitColumn?: Field;
  comparatorColumn?: Field;
  /** The year's set's own 计量单位 and 运算符号, where each set has its own: the year's target is read with these. */
  annualUnitColumn?: Field;
  annualComparatorColumn?: Field;
  valueType?: Field;
  /** 指标方向 beside a comparator column of its own (`指标方向 | 计算符号`): 正向, 反向. */
  directionColumn?: Field;
  /**
   * A template row left empty (no name worth the word, no target): one finding
   * asks to fill or delete it, and no rule checks its blank fields one by one.
   */
  empty?: boolean;
  /** Flat layout: the `*`-marked columns of this row, label without the star. */
  required?: { label: string; field: Field }[];
}

export interface TargetTable {
  /** Stable key while the table does not move: `<sheet>!<A1 of anchor>`. */
  id: string;
  layout: Layout;
  sheet: string;
  /** Every cell the table covers. */
  range: CellRange;
  /** Where a table-level finding points when no better cell exists (the title or first label). */
  anchor: { row: number; col: number };
  /** 标题 */
  title?: Field;
  /** A line that gives the table's year apart from its title: `(2023年度)`. */
  yearLine?: Field;
  /** 单位 / 资金使用单位 */
  unit?: Field;
  /** 金额单位, from `单位：万元` or `预算数（万元）`; 万元 when absent. */
  moneyUnit: MoneyUnit;
  /**
   * Value fields of the head block. A label that was found but whose value cell
   * is blank gives a Field with text "" at the value cell, so that field-missing
   * can point where the value belongs; a label not found at all leaves it undefined.
   */
  code?: Field;
  name?: Field;
  budget?: Field;
  fiscal?: Field;
  other?: Field;
  /** Every 其中 part of the budget (财政资金, 中央资金, 其他资金 …) in reading order; fiscal and other are among them. */
  fundParts?: Field[];
  /**
   * The funds block holds a part no head word names (`政府性基金 | 50`, `其中：市财政资金 | 250`): the parts read
   * are then not all of the budget, and their sum says nothing certain. Looked for only where the parts read do not
   * add up to the budget.
   */
  fundPartsUnread?: boolean;
  purpose?: Field;
  goal?: Field;
  spendPlan?: SpendPlan;
  /** Whether the layout has a 指标值确定依据 column (basis-missing applies only then). */
  hasBasisColumn: boolean;
  /**
   * The basis column asks for the data source too (上海 `指标值设定依据及数据来源`): that template asks for no standard
   * type, so basis-type does not apply.
   */
  basisWithSource?: boolean;
  /**
   * The header marks the basis column optional: unstarred where the export stars its required columns (湖南 `*指标值 |
   * 指标值确定依据`), or `（选填）`. Officers fill it where they have a standard (the 成本 row): no cell of it is missing.
   */
  basisOptional?: boolean;
  /** Whether the indicator header has a 一级指标 column (level1-missing applies only then). */
  hasLevel1Column?: boolean;
  /**
   * A project of a list (a list export, or the compact layout): the shared
   * header's first cell, which its parse depends on however far above it is
   * (an edit of the header re-checks every project under it).
   */
  listHeader?: { row: number; col: number };
  /** The indicator header's first cell (`一级指标`): where findings about the whole indicator set point. */
  indicatorHeader?: { row: number; col: number };
  indicators: Indicator[];
  /**
   * Rows the officer marked as not applying (`满意度指标 | 服务对象满意度指标 | 无 | 无`): no indicators, so no rule
   * checks their cells; level1-missing names them where their 一级 has no indicator.
   */
  markedRows?: Indicator[];
  /**
   * No indicator was read, though rows under the indicator header hold text (a 评价指标表 whose first column reads
   * `项目年度绩效目标(定量指标)`): the rows were not understood, so "no indicators" is no finding to trust.
   */
  bodyUnread?: boolean;
}

/** The name a finding or a list shows for a table: 项目名称, else the title, else the id. */
export function tableName(table: TargetTable): string {
  return table.name?.text || table.title?.text || table.id;
}
