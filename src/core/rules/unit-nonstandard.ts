/**
 * @fileoverview unit-nonstandard — a unit or comparator spelled the non-standard
 * way (`≥99百分号`, `≦10`, `万元|家`, `≤170万` on a cost, `Ghz`), fixed with certainty. A cell
 * unit-mismatch reports (a count in 百分号) is left to it: its value must be rewritten, not respelt.
 */
import type { Field } from "../model/table";
import { applySpellings as apply, nonstandardSpellings, type Spelling } from "../value/spelling";
import { isKnownUnit, standardUnit } from "../value/units";
import type { RuleContext, RuleModule } from "./rule";
import { tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { whereData } from "./utils/value-text";

const BAR = /^[|｜]$/;

function describe(spellings: Spelling[]): string {
  return spellings.map((s) => `“${s.found}”→“${s.standard}”`).join("、");
}

// Full-width digits are respelt in a target, where a system reads a number; in words (`１、２号楼`, `ＧＢ５０２６８`)
// they name lots and standards, and respelling the digits alone would leave the text half in one width.
const FULL_WIDTH_DIGITS = /^[０-９]/;
const CODE_OR_TITLE = /[A-Za-zＡ-Ｚａ-ｚ《]/;

// A bar becomes a per-unit slash only where the grammar read a per-unit value
// (`万元|家`); in `≤12.05月|日` it is a mangled date and no slash would mend it.
function valueSpellings(facts: IndicatorFacts, value: ValueFact): Spelling[] {
  const all = nonstandardSpellings(value.field.text, { name: facts.name, money: facts.economicCost });
  const quantity = value.parsed.kind === "quantitative";
  const perUnit = quantity && value.parsed.dimension !== "unknown";
  // A quantity of a known kind: `１－１２号站` (a code range) is none.
  const digits = perUnit && !CODE_OR_TITLE.test(value.field.text);
  return all.filter(
    (s) =>
      (perUnit || !BAR.test(s.found)) &&
      (digits || !FULL_WIDTH_DIGITS.test(s.found)) &&
      !(BAR.test(s.found) && joinedUnit(value.field.text, s)),
  );
}

/** `100人|次`: the characters either side of the bar make a unit together (人次): `/` is no certain reading. */
function joinedUnit(text: string, bar: Spelling): boolean {
  return isKnownUnit(text.slice(bar.start - 1, bar.start) + text.slice(bar.end, bar.end + 1));
}

function report(
  context: RuleContext,
  at: Field,
  where: { where: string; whereEn: string },
  fixed: string,
  changes: string,
): void {
  const data = { ...where, text: at.text, fixed, changes };
  context.report({ at, messageId: "nonstandard", data, fix: { text: fixed, messageId: "fix", data } });
}

function checkValue(context: RuleContext, facts: IndicatorFacts, value: ValueFact): void {
  const spellings = valueSpellings(facts, value);
  if (!spellings.length) return;
  report(context, value.field, whereData(value.role), apply(value.field.text, spellings), describe(spellings));
}

/** Flat layout: the 计量单位 column holds a bare unit (`百分比`, `万` on a cost); each set's, where each has one. */
function checkUnitColumn(context: RuleContext, facts: IndicatorFacts, field: Field | undefined): void {
  const text = field?.text ?? "";
  if (!field || !text) return;
  const fixed = standardUnit(text, facts.economicCost);
  if (fixed === text) return;
  report(context, field, { where: "计量单位", whereEn: "the unit column (计量单位)" }, fixed, `“${text}”→“${fixed}”`);
}

// The budget systems' own spelling of the column: officers pick it from a list.
const SYSTEM_COMPARATOR = /^(＞＝|＜＝)$/;
/** Flat layout: the 指标性质/运算符号 column holds a hand-typed `>=`, `≧`…; each set's, where each has one. */
function checkComparatorColumn(context: RuleContext, field: Field | undefined): void {
  if (!field?.text) return;
  const spellings = nonstandardSpellings(field.text).filter(
    (s) => !BAR.test(s.found) && !SYSTEM_COMPARATOR.test(s.found),
  );
  if (!spellings.length) return;
  report(
    context,
    field,
    { where: "运算符号", whereEn: "the comparator column (运算符号)" },
    apply(field.text, spellings),
    describe(spellings),
  );
}

const rule: RuleModule = {
  meta: {
    id: "unit-nonstandard",
    severity: "warning",
    fixable: true,
    // A value those rules say must be rewritten (`≥120百分号` on a 合格率, `≧提升`) is not polished first.
    yieldsTo: ["unit-mismatch", "percent-out-of-range", "qualitative-with-sign"],
    docs: {
      description: {
        zh: "指标值中的单位或比较符写法不规范（百分号、≦、|、金额后只写“万”、Ghz）",
        en: "A unit or comparator in a value is spelled the non-standard way (百分号, ≦, |, a bare 万 after money, Ghz)",
      },
      bad: "≥99百分号",
      good: "≥99%",
    },
    messages: {
      nonstandard: {
        zh: "{{where}}“{{text}}”写法不规范（{{changes}}），应写作“{{fixed}}”",
        en: '{{whereEn}} "{{text}}" uses a non-standard spelling ({{changes}}); write "{{fixed}}"',
      },
      fix: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) {
      // A unit and no number (`≧ %`) is value-missing's: tidying its sign leaves the target as empty.
      // A value written twice (`854万854万`) is value-unparseable's: respelling its last unit would fix half of it.
      for (const value of facts.values) if (!value.unitOnly && !value.doubled) checkValue(context, facts, value);
      const { unitColumn, annualUnitColumn, comparatorColumn, annualComparatorColumn } = facts.indicator;
      for (const unit of [unitColumn, annualUnitColumn]) checkUnitColumn(context, facts, unit);
      for (const comparator of [comparatorColumn, annualComparatorColumn]) checkComparatorColumn(context, comparator);
    }
  },
};

export default rule;
