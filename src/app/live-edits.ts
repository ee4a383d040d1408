/**
 * Checking while the user types: edits wait out a quiet time (debounce),
 * coalesced per sheet, then each edited sheet is re-checked (a row window
 * for a value edit) and, with live marking on, its marks follow.
 */
import type { EditEvent, HostPort } from "../host/port";
import type { MarkKeeper } from "./mark-keeper";
import { PendingEdits, type PendingEdit } from "./pending-edits";
import type { SheetChecks } from "./sheet-checks";
import type { Store } from "./store";

export interface LiveParts {
  host: HostPort;
  store: Store;
  checks: SheetChecks;
  marks: MarkKeeper;
  /** A sheet's rows moved: its fixes can no longer be undone by address. */
  rowsMoved(sheet: string): void;
}

export class LiveEdits {
  private readonly pending = new PendingEdits();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly parts: LiveParts,
    private readonly debounceMs: number,
  ) {}

  /** Queues an edit; `flush` runs once the user has been quiet for the debounce time. */
  add(event: EditEvent, flush: () => void): void {
    this.pending.add(event);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      flush();
    }, this.debounceMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Re-checks everything edited since the last flush. */
  async flush(): Promise<void> {
    const edits = this.pending.take();
    if (!edits.length) return;
    const { host, store } = this.parts;
    // Follow the user: the sheet they are on is the one the pane shows.
    const active = await host.activeSheet();
    if (active !== store.get().activeSheet) store.set({ activeSheet: active, currentId: undefined });
    for (const edit of edits) await this.apply(edit, active);
  }

  private async apply(edit: PendingEdit, active: string): Promise<void> {
    const { store, checks, marks } = this.parts;
    const known = edit.sheet in store.get().sheets;
    // A sheet never checked waits for the user, unless it is the one in front of them.
    if (!known && edit.sheet !== active) return;
    if (edit.structural) this.parts.rowsMoved(edit.sheet);
    const reread = await checks.recheckRows(edit.sheet, edit.range, edit.structural);
    if (!reread) return;
    if (!store.get().liveMarking) {
      // Marks kept from a check by hand no longer match the sheet.
      if (marks.kept(edit.sheet)) marks.stale(edit.sheet, true);
      return;
    }
    if (!known) marks.keep(edit.sheet);
    if (marks.kept(edit.sheet)) await marks.write(edit.sheet, reread === "all" ? undefined : reread);
  }
}
