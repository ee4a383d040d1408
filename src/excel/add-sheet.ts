/**
 * 转换为标准表: a new sheet holding a block (the converted tables), written as a
 * template is (values, merges, formats, dropdowns, prompts), then shown. The
 * name is never one taken: the caller picks a free one, and should Excel still
 * refuse it (a sheet added meanwhile), nothing else is written.
 * Syncs: 3 (add, write, show). A sheet just added is empty: unlike an insert,
 * nothing is read first to see what is in the way.
 */
import type { TemplateBlock } from "../core/template/block";
import type { ExcelEnv } from "./env";
import { queueBlock } from "./insert-template";
import { withEventsOff } from "./write-marks";

export async function addSheetIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  name: string,
  block: TemplateBlock,
): Promise<void> {
  const ws = context.workbook.worksheets.add(name);
  await context.sync();
  await withEventsOff(env, context, async () => queueBlock(env, ws, block, { row: 0, col: 0 }));
  ws.activate();
  await context.sync();
}
