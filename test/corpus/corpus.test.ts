/**
 * The corpus of 29 real tables from 29 bureaus in 12 provinces (test/corpus/tables.txt):
 * per table, it is located, every reviewer's `L` label is found at its cell with
 * its rule, and no error lands on an `M` cell. Over the corpus, the measures of
 * issue 6 (error precision, error recall, warnings on labels) hold.
 */
import { toA1 } from "../../src/core/grid/address";
import { lintGrid, type LintResult } from "../../src/core/lint/lint";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { loadCorpus, type CorpusLabel, type CorpusTable } from "./corpus";

const corpus = loadCorpus();
const results = new Map<string, LintResult>();
for (const [key, grid] of corpus.grids) results.set(key, lintGrid(grid));

function diagnosticsOf(t: CorpusTable): Diagnostic[] {
  const bottom = t.top + t.height - 1;
  return results.get(t.sheetKey)!.diagnostics.filter((d) => d.row >= t.top && d.row <= bottom);
}

const onCells = (d: Diagnostic, l: CorpusLabel) => l.cells.some((c) => c.row === d.row && c.col === d.col);
const onRows = (d: Diagnostic, l: CorpusLabel) => l.rows.includes(d.row);

/** A finding with the label's rule at its cell (anywhere in the table for a table label). */
function strictHit(ds: Diagnostic[], l: CorpusLabel): boolean {
  return ds.some((d) => l.rules.includes(d.ruleId) && (l.table || onCells(d, l)));
}

/** As the shared scorer counts "on a label": the label's rule on its row (or in its table). */
function onLabel(d: Diagnostic, labels: CorpusLabel[]): boolean {
  return labels.some((l) => l.kind === "L" && l.rules.includes(d.ruleId) && (l.table || onCells(d, l) || onRows(d, l)));
}

const EMPTY_ROW_RULES = ["value-missing", "indicator-incomplete", "basis-missing"];

function onNeutral(d: Diagnostic, labels: CorpusLabel[]): boolean {
  return labels.some(
    (l) =>
      l.kind === "N" &&
      (l.table
        ? l.rules.length === 0 || l.rules.includes(d.ruleId)
        : onCells(d, l) || (EMPTY_ROW_RULES.includes(d.ruleId) && onRows(d, l))),
  );
}

describe.each(corpus.tables.map((t) => [t.id, t] as const))("corpus %s", (_, t) => {
  const ds = diagnosticsOf(t);

  test("is located", () => {
    const tables = results.get(t.sheetKey)!.tables;
    expect(tables.some((x) => x.anchor.row >= t.top && x.anchor.row < t.top + t.height)).toBe(true);
  });

  const labels = t.labels.filter((l) => l.kind === "L");
  if (labels.length)
    test.each(labels.map((l) => [`${l.rules.join("|")} @${l.loc}`, l] as const))("finds %s", (_, l) => {
      expect(strictHit(ds, l)).toBe(true);
    });

  const mustNot = t.labels.filter((l) => l.kind === "M");
  if (mustNot.length)
    test("puts no error on a cell the reviewer marked correct", () => {
      const wrong = ds.filter(
        (d) => d.severity === "error" && mustNot.some((m) => onCells(d, m) && !onLabel(d, t.labels)),
      );
      expect(wrong.map((d) => `${toA1(d.row, d.col)} ${d.ruleId}`)).toEqual([]);
    });
});

describe("corpus measures", () => {
  const all = corpus.tables.flatMap((t) => diagnosticsOf(t).map((d) => ({ d, t })));
  const errors = all.filter(({ d }) => d.severity === "error");
  const onLabels = errors.filter(({ d, t }) => onLabel(d, t.labels));
  const unlabelled = errors.filter(({ d, t }) => !onLabel(d, t.labels) && !onNeutral(d, t.labels));

  test("error precision ≥ 0.90: errors on labels / (on labels + unlabelled), neutral ones aside", () => {
    expect(unlabelled.map(({ d, t }) => `${t.id} ${toA1(d.row, d.col)} ${d.ruleId}`)).toEqual([]);
    expect(onLabels.length / (onLabels.length + unlabelled.length)).toBeGreaterThanOrEqual(0.9);
  });

  test("error recall ≥ 0.90: error labels with their rule on their row", () => {
    const labels = corpus.tables.flatMap((t) =>
      t.labels.filter((l) => l.kind === "L" && l.severity === "error").map((l) => ({ l, t })),
    );
    const found = labels.filter(({ l, t }) =>
      diagnosticsOf(t).some((d) => l.rules.includes(d.ruleId) && (l.table || onRows(d, l))),
    );
    expect(found.length / labels.length).toBeGreaterThanOrEqual(0.9);
  });

  test("at least 80% of warnings and infos stand on reviewers' labels", () => {
    const notes = all.filter(({ d }) => d.severity !== "error");
    const labelled = notes.filter(({ d, t }) => onLabel(d, t.labels));
    expect(labelled.length / notes.length).toBeGreaterThanOrEqual(0.8);
    // The rest are on neutral labels (a truncated copy's missing blocks, an OCR slip): none lands elsewhere.
    const elsewhere = notes.filter(({ d, t }) => !onLabel(d, t.labels) && !onNeutral(d, t.labels));
    expect(elsewhere.map(({ d, t }) => `${t.id} ${toA1(d.row, d.col)} ${d.ruleId}`)).toEqual([]);
  });
});
