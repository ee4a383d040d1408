/**
 * @fileoverview budget-sum-mismatch — 财政资金 + 其他资金 ≠ 预算数 (a blank counts
 * as 0; amounts within 0.005 agree, for rounding to 分 in 万元 tables).
 */
import { isCellError, UNCALCULATED } from "../grid/grid";
import type { Field } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { amountLike, amountOrZero, formatAmount, readAmount, type Amount } from "./utils/structure-number";

const TOLERANCE = 0.005;

/**
 * Whether the breakdown adds up: 财政资金 + 其他资金, every 其中 part (中央资金 +
 * 市级资金 + …), or 财政资金 with its own sub-parts left out (财政拨款 and, under
 * it, 中央补助 + 地方资金).
 */
function partsAgree(context: RuleContext, budget: number, fiscal: number, other: number): boolean {
  const near = (x: number) => Math.abs(x - budget) <= TOLERANCE;
  if (near(fiscal + other)) return true;
  const parts = (context.table.fundParts ?? []).map((f) => amountOrZero(readAmount(f, context.table.moneyUnit)));
  if (parts.some((p) => p === undefined)) return true; // a part holds no number: nothing certain to say
  const all = (parts as number[]).reduce((a, b) => a + b, 0);
  // Parts beside 财政 that break it down (`中央 | 省级` under it) add up to it: then 财政 + 其他 is the sum. With
  // no parts but 财政 and 其他 there is nothing to break down (a 0 total had agreed with a blank 其他资金), nor with
  // only blank parts beside it (a 0 total over `本年财政拨款 90` and a blank 上年结转资金 row).
  const rest = all - fiscal;
  return near(all) || (parts.length > 2 && rest > TOLERANCE && near(rest));
}

function packed(amount: Amount): boolean {
  return amount.kind === "number" && amount.packed !== undefined;
}

function sameCell(a: Field, b: Field | undefined): boolean {
  return b !== undefined && a.row === b.row && a.col === b.col;
}

/** The field's amount, or undefined (and a report) when it holds no number. */
function amountOf(context: RuleContext, field: Field | undefined, label: string): number | undefined {
  const amount = readAmount(field, context.table.moneyUnit);
  const value = amount.kind === "number" && amount.percent ? undefined : amountOrZero(amount);
  if (value === undefined && field)
    context.report({ at: field, ...notNumber(field), data: { label, text: field.text } });
  return value;
}

/** A cell's error is a formula's to mend, not a number to type over it. */
function notNumber(field: Field): { messageId: string; severity: "warning" } {
  const raw = field.raw;
  if (!isCellError(raw)) return { messageId: "notNumber", severity: "warning" };
  return { messageId: raw.error === UNCALCULATED ? "uncalculated" : "cellError", severity: "warning" };
}

const rule: RuleModule = {
  meta: {
    id: "budget-sum-mismatch",
    severity: "error",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "财政资金与其他资金之和不等于预算数（空白按0计，允许0.005的误差）",
        en: "财政资金 (fiscal funds) + 其他资金 (other funds) differs from 预算数 (budget); a blank counts as 0, tolerance 0.005",
      },
      bad: "预算数 170.00 | 其中：财政资金 150.00 | 其他资金 （空）",
      good: "预算数 170.00 | 其中：财政资金 170.00 | 其他资金 （空）",
    },
    messages: {
      mismatch: {
        zh: "财政资金 {{fiscal}}{{unit}} + 其他资金 {{other}}{{unit}} = {{sum}}{{unit}}，与预算数 {{budget}}{{unit}} 不符：请核对金额",
        en: "财政资金 (fiscal) {{fiscal}} {{unit}} + 其他资金 (other) {{other}} {{unit}} = {{sum}} {{unit}}, but 预算数 (budget) is {{budget}} {{unit}}: check the amounts",
      },
      partsMismatch: {
        zh: "其中 {{count}} 项资金合计 {{sum}}{{unit}}，与预算数 {{budget}}{{unit}} 不符：请核对各项金额",
        en: "The {{count}} parts of the budget add up to {{sum}} {{unit}}, but 预算数 (budget) is {{budget}} {{unit}}: check the amounts",
      },
      notNumber: {
        zh: "{{label}}“{{text}}”不是数字：请只填写金额，如“170.00”",
        en: "{{label}} “{{text}}” is not a number: write the amount only, e.g. 170.00",
      },
      cellError: {
        zh: "{{label}}单元格显示错误“{{text}}”：请检查公式，或直接填写金额",
        en: "{{label}} shows the error “{{text}}”: check the formula, or type the amount",
      },
      uncalculated: {
        zh: "{{label}}是文件中没有计算结果的公式（由程序生成、未经 Excel 保存），无法核对：请在 Excel 或 WPS 中打开并保存后再检查",
        en: "{{label}} is a formula the file holds no result for (written by a program, never saved by Excel) and cannot be checked; open and save the file in Excel or WPS, then check again",
      },
      fiscalShort: {
        zh: "财政资金 {{fiscal}}{{unit}} 少于预算数 {{budget}}{{unit}}，表中没有其他资金一栏：请核对金额，或写明其余资金的来源",
        en: "财政资金 (fiscal) {{fiscal}} {{unit}} is less than 预算数 (budget) {{budget}} {{unit}} and the form has no 其他资金 (other funds): check the amounts, or name where the rest comes from",
      },
      setFiscal: { zh: "财政资金改为 {{value}}", en: "Set 财政资金 (fiscal) to {{value}}" },
    },
  },
  check(context) {
    const { table } = context;
    // Nothing to add up when the table has no breakdown; an empty 预算数 is field-missing's.
    if (!table.budget || (!table.fiscal && !table.other)) return;
    if (readAmount(table.budget).kind === "blank") return;
    // A cell that packs several amounts (`财政资金200万元，其他资金50万元`) holds parts the head did not read apart.
    if ([table.budget, table.fiscal, table.other].some((f) => packed(readAmount(f, table.moneyUnit)))) return;
    const budget = amountOf(context, table.budget, "预算数");
    const fiscal = amountOf(context, table.fiscal, "财政资金");
    const other = amountOf(context, table.other, "其他资金");
    if (budget === undefined || fiscal === undefined || other === undefined) return;
    if (partsAgree(context, budget, fiscal, other)) return;
    // 其他资金 without a 财政资金 beside it (a bond table's `专项债券资金 | 其他资金`, parts of 项目总投资): the head
    // names funds the checker does not read as 财政, and their sum is not this budget's to weigh, unless the part
    // alone is more than the whole.
    if (!table.fiscal && !(table.fundParts ?? []).some((p) => !sameCell(p, table.other)) && other <= budget) return;
    // A part the checker could not name (`政府性基金 | 50`) may be what is missing from the sum.
    if (table.fundPartsUnread) return;
    // More parts than 财政 and 其他 (`中央资金 | 省级资金 | 市级资金`, `中央补助 | 地方资金 | 其他资金`): say their
    // total; no one cell's fix is certain. Parts that add up to 财政 break it down: 财政 + 其他 is then the sum.
    const parts = table.fundParts ?? [];
    const extra = parts.filter((p) => !sameCell(p, table.fiscal) && !sameCell(p, table.other));
    const total = (list: Field[]) => list.reduce((s, p) => s + (amountOrZero(readAmount(p, table.moneyUnit)) ?? 0), 0);
    if (extra.length && !(table.fiscal && Math.abs(total(extra) - fiscal) <= TOLERANCE)) {
      const data = {
        count: parts.length,
        sum: formatAmount(total(parts)),
        budget: formatAmount(budget),
        unit: table.moneyUnit,
      };
      context.report({ at: table.budget, messageId: "partsMismatch", data });
      return;
    }
    const sum = fiscal + other;
    // 财政资金 short of the budget in a head with no 其他资金 label: the rest may come from sources the form does not
    // ask for; a warning that says so, not an error that names a 其他资金 of 0 the form lacks (seventeenth session).
    const noOther = !table.other && !extra.length && fiscal < budget;
    const data = {
      fiscal: formatAmount(fiscal),
      other: formatAmount(other),
      sum: formatAmount(sum),
      budget: formatAmount(budget),
      unit: table.moneyUnit,
    };
    // A total of 0 over parts that hold money (`年度资金总额：0` over `本年财政拨款 90`): the total is what was left
    // unfilled; 财政资金 0 is no fix (nineteenth session's review).
    const zeroTotal = budget === 0 && sum > 0;
    const rest = budget - other;
    const restText = amountLike(table.fiscal, rest, table.moneyUnit);
    const suggestions =
      table.fiscal && rest >= 0 && !zeroTotal
        ? [{ text: restText, messageId: "setFiscal", data: { value: restText } }]
        : [];
    context.report({
      at: zeroTotal ? table.budget : (table.fiscal ?? table.other ?? table.budget),
      messageId: noOther ? "fiscalShort" : "mismatch",
      data,
      suggestions,
      ...(noOther ? { severity: "warning" as const } : {}),
    });
  },
};

export default rule;
