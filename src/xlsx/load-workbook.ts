/**
 * Bytes → exceljs Workbook, or the reason it cannot be read. The reasons are
 * codes; each host words them (the CLI from its message table).
 */
import { Workbook } from "exceljs";
import { sniffFileKind } from "./sniff";

export type LoadFailure = "empty" | "encrypted" | "legacy-xls" | "text" | "not-xlsx" | "corrupt" | "no-sheets";

export type LoadResult = { ok: true; workbook: Workbook } | { ok: false; reason: LoadFailure; detail?: string };

const KIND_FAILURE: Record<string, LoadFailure> = {
  empty: "empty",
  "encrypted-ooxml": "encrypted",
  "legacy-xls": "legacy-xls",
  text: "text",
  unknown: "not-xlsx",
};

/**
 * exceljs wants the file's own ArrayBuffer. A view into a larger one (a Node
 * Buffer from the pool, a subarray) is copied; note Buffer#slice would not copy.
 */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : new Uint8Array(bytes).buffer) as ArrayBuffer;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<LoadResult> {
  const kind = sniffFileKind(bytes);
  if (kind !== "zip") return { ok: false, reason: KIND_FAILURE[kind] };
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(bytes));
  } catch (error) {
    // jszip and the sax parser throw plain Errors; their text helps a bug report, not the user.
    return { ok: false, reason: "corrupt", detail: error instanceof Error ? error.message : String(error) };
  }
  if (workbook.worksheets.length === 0) return { ok: false, reason: "no-sheets" };
  return { ok: true, workbook };
}
