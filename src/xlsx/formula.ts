/**
 * The result of a formula a file holds without one (`<f>SUM(D5:D6)</f>` and no `<v>`): programs that write
 * workbooks (openpyxl, exceljs, POI, budget systems' exports) leave results for Excel to calculate on opening, so
 * the officer sees 50 where the file holds nothing. The add-in reads Excel's result; the CLI works it out for the
 * formulas such tables use — sums, arithmetic, `&` and ROUND over cells of the same sheet — and gives up on the
 * rest (undefined). Pure: cells are looked up through `cellOf`.
 */

export type FormulaValue = number | string | boolean;

/** A cell's stored value, or its formula when it holds no result; `error` for an error value (`#REF!`). */
export interface FormulaCell {
  value?: FormulaValue;
  formula?: string;
  error?: boolean;
}

/** How deep formulas may refer to formulas without results before we give up (a cycle, or a long chain). */
const MAX_DEPTH = 8;
/** How many cells one SUM may read: a whole-column range is no sum of a table's amounts. */
const MAX_RANGE_CELLS = 10_000;

type Token =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "ref"; text: string }
  | {
      kind: "op";
      value: string;
    }
  | { kind: "name"; value: string };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(!])|([A-Za-z_][\w.]*)(?=\s*\()|(<>|<=|>=|[-+*/&%(),:^=<>]))/y;

function tokenize(formula: string): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const text = formula.trim();
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || m.index !== at) return /^\s*$/.test(text.slice(at)) ? tokens : undefined;
    if (m[1] !== undefined) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: "str", value: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: "ref", text: m[3].replace(/\$/g, "").toUpperCase() });
    else if (m[4] !== undefined) tokens.push({ kind: "name", value: m[4].toUpperCase() });
    else tokens.push({ kind: "op", value: m[5] });
  }
  return tokens;
}

/** `B12` → 0-based row and column. */
function position(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

class GiveUp extends Error {}

/** Evaluates one formula by recursive descent; throws GiveUp on anything it does not model. */
class Evaluator {
  private at = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly valueAt: (row: number, col: number) => FormulaValue | undefined,
  ) {}

  run(): FormulaValue {
    const value = this.concat();
    if (this.at !== this.tokens.length) throw new GiveUp();
    return value;
  }

  private peekOp(...ops: string[]): string | undefined {
    const t = this.tokens[this.at];
    return t?.kind === "op" && ops.includes(t.value) ? t.value : undefined;
  }

  /** Operands of one precedence joined left to right (`a - b + c`). */
  private chain(
    ops: string[],
    operand: () => FormulaValue,
    apply: (op: string, left: FormulaValue, right: FormulaValue) => FormulaValue,
  ): FormulaValue {
    let left = operand();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.at++;
      left = apply(op, left, operand());
    }
    return left;
  }

  private concat(): FormulaValue {
    return this.chain(
      ["&"],
      () => this.additive(),
      (_, a, b) => text(a) + text(b),
    );
  }

  private additive(): FormulaValue {
    return this.chain(
      ["+", "-"],
      () => this.term(),
      (op, a, b) => (op === "+" ? number(a) + number(b) : number(a) - number(b)),
    );
  }

  private term(): FormulaValue {
    return this.chain(
      ["*", "/"],
      () => this.unary(),
      (op, a, b) => {
        if (op === "/" && number(b) === 0) throw new GiveUp(); // #DIV/0!, which Excel would show
        return op === "*" ? number(a) * number(b) : number(a) / number(b);
      },
    );
  }

  private unary(): FormulaValue {
    const sign = this.peekOp("-", "+");
    if (sign) {
      this.at++;
      const value = number(this.unary());
      return sign === "-" ? -value : value;
    }
    const value = this.primary();
    if (this.peekOp("%")) {
      this.at++;
      return number(value) / 100;
    }
    return value;
  }

  private primary(): FormulaValue {
    const t = this.tokens[this.at++];
    if (!t) throw new GiveUp();
    if (t.kind === "num" || t.kind === "str") return t.value;
    if (t.kind === "ref") {
      if (t.text.includes(":")) throw new GiveUp(); // a range outside a function
      const { row, col } = position(t.text);
      return this.valueAt(row, col) ?? ""; // a blank cell: 0 in a sum, "" after &, as Excel has it
    }
    if (t.kind === "name") return this.call(t.value);
    if (t.value === "(") {
      const value = this.concat();
      if (!this.peekOp(")")) throw new GiveUp();
      this.at++;
      return value;
    }
    throw new GiveUp();
  }

  private call(name: string): FormulaValue {
    this.at++; // (
    const args: FormulaValue[][] = [];
    if (this.peekOp(")")) this.at++;
    else
      for (;;) {
        args.push(this.argument());
        const next = this.peekOp(",", ")");
        if (!next) throw new GiveUp();
        this.at++;
        if (next === ")") break;
      }
    if (name === "SUM") return args.flat().reduce((s: number, v) => s + (typeof v === "number" ? v : 0), 0);
    if (name === "ROUND" && args.length === 2) {
      const digits = number(args[1][0]);
      const factor = 10 ** digits;
      return Math.round(number(args[0][0]) * factor) / factor;
    }
    throw new GiveUp();
  }

  /** A function's argument: a range's values, or one value. */
  private argument(): FormulaValue[] {
    const t = this.tokens[this.at];
    const closes = this.tokens[this.at + 1];
    if (t?.kind === "ref" && t.text.includes(":") && (closes?.kind !== "op" || /[,)]/.test(closes.value))) {
      this.at++;
      return this.range(t.text);
    }
    return [this.concat()];
  }

  private range(text: string): FormulaValue[] {
    const [a, b] = text.split(":").map(position);
    const [top, bottom] = [Math.min(a.row, b.row), Math.max(a.row, b.row)];
    const [left, right] = [Math.min(a.col, b.col), Math.max(a.col, b.col)];
    if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) throw new GiveUp();
    const out: FormulaValue[] = [];
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const v = this.valueAt(r, c);
        if (v !== undefined) out.push(v);
      }
    return out;
  }
}

function number(v: FormulaValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = v.trim() === "" ? 0 : Number(v.replace(/,/g, ""));
  if (!Number.isFinite(n)) throw new GiveUp(); // #VALUE!
  return n;
}

function text(v: FormulaValue): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "number" ? String(Number(v.toPrecision(15))) : v;
}

/**
 * The value a formula gives, looking up the cells it names through `cellOf` (formulas without results there are
 * worked out too, to `MAX_DEPTH`); undefined for anything not modelled (other functions, other sheets, names,
 * errors, cycles).
 */
export function evaluateFormula(
  formula: string,
  cellOf: (row: number, col: number) => FormulaCell | undefined,
  depth = 0,
): FormulaValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const tokens = tokenize(formula.replace(/^=/, ""));
  if (!tokens || tokens.length === 0) return undefined;
  const valueAt = (row: number, col: number): FormulaValue | undefined => {
    const cell = cellOf(row, col);
    if (!cell) return undefined;
    if (cell.error) throw new GiveUp();
    if (cell.value !== undefined) return cell.value;
    if (cell.formula === undefined) return undefined;
    const value = evaluateFormula(cell.formula, cellOf, depth + 1);
    if (value === undefined) throw new GiveUp();
    return value;
  };
  try {
    const value = new Evaluator(tokens, valueAt).run();
    return typeof value === "number" && !Number.isFinite(value) ? undefined : value;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
