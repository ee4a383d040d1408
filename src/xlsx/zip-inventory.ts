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

/**
 * The entries, and the parts `inflate` asks for (by their declared entry, so that a caller can bound them) in the
 * same pass. Throws on a damaged zip (fflate's errors).
 */
export function zipInventory(
  bytes: Uint8Array,
  inflate: (entry: ZipEntry) => boolean = () => false,
): { entries: ZipEntry[]; parts: Record<string, Uint8Array> } {
  const entries: ZipEntry[] = [];
  const parts = unzipSync(bytes, {
    filter(file) {
      const entry = { name: file.name, size: file.size, originalSize: file.originalSize };
      entries.push(entry);
      return inflate(entry);
    },
  });
  return { entries, parts };
}

/** The parts a reader inflates: XML of the workbook and its sheets, shared strings, styles. */
export function isReadPart(name: string): boolean {
  return /^xl\/(?:workbook|styles|sharedStrings)\.xml$/i.test(name) || /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}
