/**
 * 忽略 and 恢复忽略: keys saved in the workbook first, so that should the
 * write fail the pane keeps showing what the workbook holds; then the marks
 * of every kept sheet follow.
 */
import type { HostPort } from "../host/port";
import { orderedFindings } from "./findings";
import type { MarkKeeper } from "./mark-keeper";
import type { Store } from "./store";

export async function ignoreFinding(host: HostPort, store: Store, marks: MarkKeeper, findingId: string): Promise<void> {
  const state = store.get();
  const finding = Object.values(state.sheets)
    .flatMap((s) => s.findings)
    .find((f) => f.id === findingId);
  if (!finding) return;
  const order = orderedFindings(state);
  const after = order[order.findIndex((f) => f.id === findingId) + 1];
  const currentId = state.currentId === findingId ? after?.id : state.currentId;
  await saveIgnored(host, store, marks, [...new Set([...state.ignored, finding.key])], currentId);
}

export async function saveIgnored(
  host: HostPort,
  store: Store,
  marks: MarkKeeper,
  ignored: string[],
  currentId: string | undefined,
): Promise<void> {
  await host.saveIgnored(ignored);
  store.set({ ignored, currentId });
  await marks.rewriteAll();
}
