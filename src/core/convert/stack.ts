/** Stacks template blocks one below another with blank rows between, as one block for a new sheet. */
import { placeRange, type TemplateBlock } from "../template/block";

export function stackBlocks(blocks: readonly TemplateBlock[], gap: number): TemplateBlock {
  const cols = Math.max(1, ...blocks.map((b) => b.cols));
  const out: TemplateBlock = {
    rows: 0,
    cols,
    values: [],
    merges: [],
    lists: [],
    prompts: [],
    labels: [],
    bold: [],
    borders: [],
  };
  for (const block of blocks) {
    const top = out.rows === 0 ? 0 : out.rows + gap;
    while (out.values.length < top) out.values.push(Array<string | null>(cols).fill(null));
    for (const line of block.values) out.values.push([...line, ...Array<string | null>(cols - line.length).fill(null)]);
    const move = <T extends { range: TemplateBlock["merges"][number] }>(x: T): T => ({
      ...x,
      range: placeRange(x.range, top, 0),
    });
    out.merges.push(...block.merges.map((m) => placeRange(m, top, 0)));
    out.labels.push(...block.labels.map((m) => placeRange(m, top, 0)));
    out.bold.push(...block.bold.map((m) => placeRange(m, top, 0)));
    out.borders.push(...block.borders.map((m) => placeRange(m, top, 0)));
    out.lists.push(...block.lists.map(move));
    out.prompts.push(...block.prompts.map(move));
    out.rows = out.values.length;
  }
  return out;
}
