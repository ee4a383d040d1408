/**
 * 转换为标准表: a new sheet holding a block (the converted tables), written as a
 * template is (values, merges, formats, dropdowns, prompts), then shown. The
 * name is never one taken: the caller picks a free one, and should Excel still
 * refuse it (a sheet added meanwhile), nothing else is written.
 */
import type { TemplateBlock } from "../core/template/block";
import type { ExcelEnv } from "./env";
import { insertTemplateIn } from "./insert-template";

export async function addSheetIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  name: string,
  block: TemplateBlock,
): Promise<void> {
  const ws = context.workbook.worksheets.add(name);
  await context.sync();
  await insertTemplateIn(env, context, name, { row: 0, col: 0 }, block, "at");
  ws.activate();
  await context.sync();
}
