/**
 * The parts of a zip package and their declared sizes, read from the central
 * directory without inflating anything: a 1 MB file that inflates to gigabytes
 * is refused before it costs memory.
 */
import { unzipSync } from "fflate";

export interface ZipEntry {
  name: string;
  /** Compressed and uncompressed bytes as the directory declares them. */
  size: number;
  originalSize: number;
}

/** Throws on a damaged zip (fflate's errors). */
export function zipInventory(bytes: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  unzipSync(bytes, {
    filter(file) {
      entries.push({ name: file.name, size: file.size, originalSize: file.originalSize });
      return false;
    },
  });
  return entries;
}

/** The parts a reader inflates: XML of the workbook and its sheets, shared strings, styles. */
export function isReadPart(name: string): boolean {
  return /^xl\/(?:workbook|styles|sharedStrings)\.xml$/i.test(name) || /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}
