/**
 * Node's own inflate for SheetJS. SheetJS inflates a workbook's parts in
 * JavaScript unless it is handed a zlib (`CFB.utils.use_zlib`); the native one
 * reads the CLI's 100-file batch ~10% faster, most of it in a reader thread's
 * first files, before the JIT has compiled the JavaScript inflate.
 * Two differences from handing it `node:zlib` as it is:
 * - SheetJS reads `bytesRead`, which Node deprecates (DEP0108, a warning on the
 *   user's stderr) for `bytesWritten`, the same count;
 * - no part inflates past `maxOutputLength`: a part that declares a small size
 *   and inflates to gigabytes fails with ERR_BUFFER_TOO_LARGE instead of taking
 *   the memory (the JavaScript inflate grows its buffer without bound).
 */
import * as zlib from "node:zlib";

type InflateRawClass = new (options?: zlib.ZlibOptions) => zlib.InflateRaw & { bytesWritten: number };

/** What `CFB.utils.use_zlib` takes: SheetJS uses only `InflateRaw` to read. */
export function inflateFor(maxOutputLength: number): { InflateRaw: InflateRawClass } {
  const Base = (zlib as unknown as { InflateRaw: InflateRawClass }).InflateRaw;
  class InflateRaw extends Base {
    constructor() {
      super({ maxOutputLength });
    }

    get bytesRead(): number {
      return this.bytesWritten;
    }
  }
  return { InflateRaw };
}

/** Whether Node still has the private `_processChunk` SheetJS calls; if not, SheetJS keeps its own inflate. */
export function canInflateNatively(): boolean {
  const probe = new (inflateFor(1024).InflateRaw)() as unknown as {
    _processChunk?: (chunk: Uint8Array, flag: number) => unknown;
    _finishFlushFlag: number;
    bytesRead: number;
  };
  try {
    probe._processChunk?.(new Uint8Array([3, 0]), probe._finishFlushFlag);
    return probe.bytesRead > 0;
  } catch {
    return false;
  }
}

/** An error of the native inflate's bound (a part larger than it may be), not of a broken zip. */
export function isInflateBound(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ERR_BUFFER_TOO_LARGE";
}
