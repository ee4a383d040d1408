/**
 * Tells what kind of file some bytes are before exceljs sees them, so that a
 * password-protected workbook or an old .xls gets a reason instead of a zip error.
 * Host-free: the add-in's playground hands us bytes too.
 */

export type FileKind = "empty" | "zip" | "encrypted-ooxml" | "legacy-xls" | "web-table" | "text" | "unknown";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** UTF-16LE, as CFB directory entries spell stream names. */
function utf16le(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  return out;
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

/** Mostly printable bytes in the first KiB: a CSV, a TSV or an HTML "xls". */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
    if (b === 0) return false;
  }
  return printable === n;
}

/**
 * An encrypted OOXML file is a CFB (OLE) container holding an `EncryptedPackage`
 * stream; any other CFB spreadsheet is a legacy BIFF .xls.
 */
export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, CFB_MAGIC)) return contains(bytes, ENCRYPTED_PACKAGE) ? "encrypted-ooxml" : "legacy-xls";
  if (!looksLikeText(bytes)) return "unknown";
  return isWebTable(bytes) ? "web-table" : "text";
}

/**
 * An HTML page or an Excel 2003 XML workbook saved under an .xlsx name: what many budget systems' "导出Excel" write.
 * Looked for in the first KiB, as ASCII (a BOM or a declaration may come first).
 */
function isWebTable(bytes: Uint8Array): boolean {
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += String.fromCharCode(bytes[i]);
  return /<(?:!doctype\s+html|html|table)\b|urn:schemas-microsoft-com:office:spreadsheet|<\?mso-application/i.test(
    head,
  );
}
