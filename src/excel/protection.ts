/**
 * Protected sheets: Excel refuses format, note and value writes there
 * (AccessDenied), and a batch stops at its first failing operation — part of
 * our marks would be written, part not. So every write loads the sheet's
 * protection with its first read and refuses up front, writing nothing.
 */
export class SheetProtectedError extends Error {
  readonly code = "SheetProtected";
  constructor(readonly sheet: string) {
    super(`SheetProtected: ${sheet} is protected`);
  }
}

/** Queues the read of the sheet's protection (ExcelApi 1.2); check it after the next sync. */
export function loadProtection(worksheet: Excel.Worksheet): Excel.WorksheetProtection {
  const protection = worksheet.protection;
  protection.load("protected");
  return protection;
}

export function refuseProtected(protection: Excel.WorksheetProtection, sheet: string): void {
  if (protection.protected) throw new SheetProtectedError(sheet);
}
