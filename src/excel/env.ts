/**
 * The few globals the adapter needs, behind one seam so tests can hand in a
 * fake Excel (test/excel/fake-excel.ts) instead of office.js.
 */

export interface ExcelEnv {
  /** `Excel.run(options, batch)`. */
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Excel.run(context, batch)`: needed to remove an event handler in the context that added it. */
  runIn<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported("ExcelApi", version)`. */
  supports(version: string): boolean;
  /**
   * Writes keep the user's undo history: `ExcelUndoApiAll 1.0` and ExcelApi
   * 1.20 (the undo article's test; a Mac build past 1.20 still cleared undo,
   * office-js-docs-pr #5521).
   */
  supportsUndo(): boolean;
  /** `Office.context.displayLanguage`, e.g. "zh-CN", "en-US". */
  displayLanguage(): string;
  /** The 5 MB request/response limit exists only in Excel on the web. */
  payloadLimited(): boolean;
  /** Lets the browser breathe between long steps, so Office never sees a hung add-in. */
  yieldToHost(): Promise<void>;
}

function safeSupports(version: string, set = "ExcelApi"): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    // Outside Office (or before onReady) nothing beyond the base set is safe to use.
    return false;
  }
}

/** The real environment: office.js globals, read only when called (after Office.onReady). */
export function officeEnv(): ExcelEnv {
  return {
    run: (options, batch) => Excel.run(options, batch),
    runIn: (context, batch) => Excel.run(context, batch),
    supports: (version) => safeSupports(version),
    supportsUndo: () => safeSupports("1.20") && safeSupports("1.0", "ExcelUndoApiAll"),
    displayLanguage: () => Office.context?.displayLanguage ?? "zh-CN",
    // Unknown platform: assume the strictest host.
    payloadLimited: () =>
      Office.context?.platform !== Office.PlatformType.PC && Office.context?.platform !== Office.PlatformType.Mac,
    yieldToHost: () => new Promise((resolve) => setTimeout(resolve, 0)),
  };
}
