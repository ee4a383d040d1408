/**
 * No table-specific code: the reading and rule code (src/core outside its
 * vocabulary data in schema/ and the templates' data) holds no cell text of a
 * real table, from the corpus or the seeds. A new region's table is read from
 * its header words, never from strings seen once.
 */
import * as fs from "fs";
import * as path from "path";
import { lintGrid } from "../../src/core/lint/lint";
import { loadGrids } from "../seeds/seed-helpers";
import { loadCorpus } from "./corpus";

const ROOT = path.join(__dirname, "..", "..");
const CORE = path.join(ROOT, "src", "core");
const DATA_DIRS = [path.join(CORE, "schema"), path.join(CORE, "template")];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return DATA_DIRS.includes(p) ? [] : sourceFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

const CJK = /[\u4e00-\u9fff]/;

/** The 项目名称 and 三级指标 texts of the corpus and the seeds, as the reader finds them. */
async function tableTexts(): Promise<Set<string>> {
  const texts = new Set<string>();
  const add = (t: string | undefined) => {
    const s = (t ?? "").trim();
    if (s.length >= 4 && s.length <= 60 && CJK.test(s)) texts.add(s);
  };
  const grids = [...loadCorpus().grids.values()];
  for (const file of ["qingdao-2023.xlsx", "guangzhou-2024.xlsx", "flat-sample.xlsx"])
    grids.push(...(await loadGrids(file)));
  for (const grid of grids)
    for (const table of lintGrid(grid).tables) {
      add(table.name?.text);
      for (const i of table.indicators) add(i.name?.text);
    }
  return texts;
}

test("src/core outside its vocabulary data holds no 项目名称 or 三级指标 of a real table", async () => {
  const vocabulary = [...DATA_DIRS]
    .flatMap(sourceFiles)
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");
  // Header and label words are vocabulary: a text that the schema data holds is allowed anywhere.
  const specific = [...(await tableTexts())].filter((t) => !vocabulary.includes(t));
  expect(specific.length).toBeGreaterThan(300); // the corpus and the seeds were read
  const hits: string[] = [];
  for (const file of sourceFiles(CORE)) {
    const code = fs.readFileSync(file, "utf8");
    for (const t of specific) if (code.includes(t)) hits.push(`${path.relative(ROOT, file)}: ${t}`);
  }
  expect(hits).toEqual([]);
});
