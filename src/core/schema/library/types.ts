/**
 * The indicator library (指标库): 三级指标 an officer can pick instead of writing
 * one from scratch, keyed by project type (项目类型) and 二级指标, shaped like the
 * budget systems' own libraries (计算符号, 计量单位, 指标值确定依据). Data only.
 */
import type { BasisType } from "../basis";
import type { Level1, Level2 } from "../vocabulary";

/** The project types of the common (共性) libraries, plus 通用 for indicators every project may use. */
export type ProjectType =
  "购置" | "培训" | "会议" | "课题/编纂" | "信息化建设与运维" | "补助/奖励" | "工程建设" | "宣传" | "储备" | "通用";

export const PROJECT_TYPES: readonly ProjectType[] = [
  "购置",
  "培训",
  "会议",
  "课题/编纂",
  "信息化建设与运维",
  "补助/奖励",
  "工程建设",
  "宣传",
  "储备",
  "通用",
];

/** 计算符号 as the budget systems write it; ＝ is written without a sign in the value, 定性 has no unit. */
export type LibraryComparator = "≥" | "≤" | "＝" | "定性";

/**
 * Where an entry came from: a seed document, a corpus table (`corpus:<id>`),
 * the public common-indicator examples (`reference`), or written by us (`curated`).
 */
export type LibrarySource = "seed:qingdao-2023" | "seed:guangzhou-2024" | `corpus:${string}` | "reference" | "curated";

export interface LibraryEntry {
  type: ProjectType;
  level1: Level1;
  level2: Level2;
  /** 三级指标 */
  name: string;
  comparator: LibraryComparator;
  /** 计量单位; "" for 定性 and for dates. */
  unit: string;
  basis: BasisType;
  /** The typical value with its number left blank for the officer: `≥__%`, `≤__万元`, `≤__月__日`. */
  form: string;
  /** A typical value, filled: `≥95%`. */
  example: string;
  source: LibrarySource;
}

/** One row of the data files: [二级, 三级, 计算符号, 计量单位, typical number or phrase, 依据, source]. */
export type EntryRow = readonly [Level2, string, LibraryComparator, string, string, BasisType, LibrarySource];
