/**
 * What one workbook may cost. Past these a file is refused with a reason
 * (`too-large`) instead of taking the batch's memory: the CLI checks hundreds
 * of files and one of them must never stop the rest. docs/cli.md lists them.
 */
export const LIMITS = {
  /** Uncompressed bytes of any one XML part (a sheet, the shared strings); a 10,000-table sheet is ~45 MB. */
  partBytes: 400 * 1024 * 1024,
  /** Uncompressed bytes of the parts we read, together (a zip bomb stops here before anything is inflated). */
  totalBytes: 800 * 1024 * 1024,
  /** Cells holding a value, per sheet; a sheet of 10,000 target tables holds ~1.4 million. */
  cellsPerSheet: 5_000_000,
  /** Merged areas per sheet; 10,000 tables hold ~200,000. */
  mergesPerSheet: 1_000_000,
};

export type Limits = typeof LIMITS;
