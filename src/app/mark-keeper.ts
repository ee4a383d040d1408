/**
 * Which sheets the pane keeps marked, and what it last wrote to each: an
 * unchanged re-check writes nothing, since each write is an undo step.
 */
import type { RowSpan } from "../core/lint/lint";
import type { HostPort } from "../host/port";
import { errorText } from "./action-queue";
import { diagnosticsToMarks } from "../i18n";
import type { Notice } from "./state";
import type { Store } from "./store";

export class MarkKeeper {
  /** Sheets whose marks we keep current (checked explicitly, not cleared since). */
  private readonly marked = new Set<string>();
  /** What we last wrote per sheet. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly host: HostPort,
    private readonly store: Store,
  ) {}

  keep(sheet: string): void {
    this.marked.add(sheet);
    const { clearedMarks } = this.store.get();
    if (clearedMarks.includes(sheet)) this.store.set({ clearedMarks: clearedMarks.filter((s) => s !== sheet) });
  }

  kept(sheet: string): boolean {
    return this.marked.has(sheet);
  }

  /** Brings a sheet's marks up to date if the pane marks it. */
  async remark(sheet: string): Promise<void> {
    if (this.marked.has(sheet)) await this.write(sheet);
  }

  async rewriteAll(): Promise<void> {
    for (const sheet of this.marked) await this.write(sheet);
  }

  /**
   * Brings the sheet's marks up to date. With `rows` (a value edit's window)
   * only those rows are reconciled, and only if our last write to the sheet
   * succeeded: the rest of the sheet then still shows what we wrote.
   */
  async write(sheet: string, rows?: RowSpan): Promise<void> {
    const state = this.store.get();
    const checked = state.sheets[sheet];
    if (!checked) return;
    const ignored = new Set(state.ignored);
    const diagnostics = checked.findings.filter((f) => !ignored.has(f.key)).map((f) => f.diagnostic);
    const marks = diagnosticsToMarks(diagnostics, state.locale);
    const signature = JSON.stringify(marks);
    const last = this.written.get(sheet);
    if (last === signature) return this.stale(sheet, false);
    try {
      await this.host.writeMarks(sheet, marks, last === undefined ? undefined : rows);
      this.written.set(sheet, signature);
      this.stale(sheet, false);
    } catch (e) {
      this.written.delete(sheet);
      this.store.set({ notice: writeNotice(e, sheet) });
    }
  }

  /** 重置标记记录 of one sheet (hosts with a record of their own only). */
  async reset(sheet: string): Promise<void> {
    if (!this.host.resetMarks) return;
    const n = await this.host.resetMarks(sheet);
    this.marked.delete(sheet);
    this.written.delete(sheet);
    this.store.notify("success", "marksReset", { sheet, n });
  }

  async clear(): Promise<void> {
    await this.host.clearMarks();
    const cleared = Object.keys(this.store.get().sheets);
    this.marked.clear();
    this.written.clear();
    this.store.set({ staleMarks: [], clearedMarks: cleared });
  }

  /** Whether the sheet's marks lag its list (live marking off since an edit): the pane says so. */
  stale(sheet: string, stale: boolean): void {
    const { staleMarks } = this.store.get();
    if (staleMarks.includes(sheet) === stale) return;
    this.store.set({ staleMarks: stale ? [...staleMarks, sheet] : staleMarks.filter((s) => s !== sheet) });
  }
}

/** Why a write failed, as the pane says it: a protected sheet and a newer add-in's record have their own words. */
function writeNotice(e: unknown, sheet: string | undefined): Notice {
  const code = (e as { code?: string } | null)?.code;
  const where = (e as { sheet?: string } | null)?.sheet ?? sheet ?? "";
  if (code === "SheetProtected") return { intent: "warning", id: "sheetProtected", data: { sheet: where } };
  if (code === "MarkRecordUnknownVersion") return { intent: "warning", id: "recordUntrusted", data: { sheet: where } };
  return { intent: "warning", id: "marksFailed", data: { error: errorText(e) } };
}

/** A failed action's notice: a protected sheet and a newer record in their own words, anything else as such. */
export function failureNotice(e: unknown): Notice {
  const notice = writeNotice(e, undefined);
  return notice.id === "marksFailed" ? { intent: "error", id: "actionFailed", data: { error: errorText(e) } } : notice;
}
