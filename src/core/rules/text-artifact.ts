/**
 * @fileoverview text-artifact — leftovers of copying and templates: `指标1：` and
 * `目标内容1：` prefixes, stray brackets, a note pasted behind a tab, tabs,
 * doubled spaces, invisible characters. The fix removes them.
 */
import { cellText } from "../grid/grid";
import type { Field, TargetTable } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { alreadyClean, removeArtifacts, type ArtifactKind, type Cleaned } from "./text-artifact-clean";

const SHOWN = 40;

/**
 * The text the cell (or the compact slice, trimmed) really holds, spaces and invisible characters included: the
 * field's text is read without the invisible ones.
 */
function writtenText(field: Field): string {
  if (field.cellText === undefined) return cellText(field.raw);
  return field.span ? field.cellText.slice(field.span.start, field.span.end).trim() : field.text;
}

/** The text on one line for a message: a line break shown as ↵, so no one types a space for it. */
function short(text: string): string {
  const line = text.replace(/[ \t]*\r?\n[ \t]*/g, "↵").replace(/\s+/g, " ");
  return line.length > SHOWN ? `${line.slice(0, SHOWN)}…` : line;
}

// How each artifact is named when several are listed in one message.
const KIND_NAMES: Record<Exclude<ArtifactKind, "edgeSpace">, [string, string]> = {
  prefix: ["编号前缀", "the numbering prefix"],
  strayBracket: ["多余的括号", "a stray bracket"],
  trailingNote: ["制表符后粘贴的备注", "a note pasted behind a tab"],
  tab: ["制表符", "tabs"],
  strayQuote: ["单独一行的引号", "a quotation mark on a line of its own"],
  doubleSpace: ["连续空格", "doubled spaces"],
  invisible: ["看不见的字符", "invisible characters"],
};

function kindName(kind: Exclude<ArtifactKind, "edgeSpace">, cleaned: Cleaned, en: boolean): string {
  const [zh, english] = KIND_NAMES[kind];
  if (kind !== "prefix" || !cleaned.prefix) return en ? english : zh;
  const more = (cleaned.prefixCount ?? 1) > 1;
  return en
    ? `${english} “${cleaned.prefix}”${more ? " and the like" : ""}`
    : `${zh}“${cleaned.prefix}”${more ? "等" : ""}`;
}

function checkField(context: RuleContext, field: Field | undefined, goal = false, prose = goal): void {
  if (!field || typeof field.raw === "number" || typeof field.raw === "boolean") return;
  const written = writtenText(field);
  if (alreadyClean(written, goal)) return;
  const cleaned = removeArtifacts(written, goal, prose);
  if (!cleaned.kinds.length && !cleaned.bracketChoices) return;
  // Spaces at the edges alone are invisible and harmless; they go only along with a visible artifact.
  const kinds = [...new Set(cleaned.kinds)].filter((k): k is Exclude<ArtifactKind, "edgeSpace"> => k !== "edgeSpace");
  const choices = cleaned.bracketChoices;
  if (!kinds.length && !choices) return;
  // Nothing left (`指标2：` alone, a name to be written): no leftover to tidy but a field to fill, which the structure
  // rules ask for; a fix would empty the cell (eighteenth session's review).
  if (cleaned.text.trim() === "" && !choices) return;
  const fixed = short(cleaned.text);
  const list = kinds.map((k) => kindName(k, cleaned, false)).join("、");
  const listEn = kinds.map((k) => kindName(k, cleaned, true)).join(", ");
  const suggestions = choices?.map((text) => ({ text, messageId: "choose", data: { fixed: short(text) } }));
  if (choices) {
    const data = { fixed: short(choices[0]), list, listEn };
    const messageId = kinds.length ? "severalUnbalanced" : "unbalancedBracket";
    context.report({
      at: field,
      messageId,
      data,
      fix: kinds.length ? { text: cleaned.text, messageId: "clean", data: { fixed } } : undefined,
      suggestions,
    });
    return;
  }
  const data = {
    fixed,
    list,
    listEn,
    prefix: cleaned.prefix ?? "",
    more: (cleaned.prefixCount ?? 1) > 1 ? "等" : "",
    moreEn: (cleaned.prefixCount ?? 1) > 1 ? " and the like" : "",
  };
  const messageId = kinds.length > 1 ? "several" : kinds[0];
  const clean = { text: cleaned.text, messageId: "clean", data };
  if (!kinds.includes("trailingNote")) {
    context.report({ at: field, messageId, data, fix: clean });
    return;
  }
  // A note behind a tab is the officer's words (a scoring rule pasted with the basis): it may belong in another
  // column, so dropping it is offered, never certain, and 全部修复 leaves it (eighteenth session's review). The cell's
  // other leftovers stay a certain fix, the note kept.
  const others = kinds.some((k) => k !== "trailingNote");
  const kept = others ? removeArtifacts(written, goal, prose, true).text : written;
  const fix = kept !== written ? { text: kept, messageId: "clean", data: { ...data, fixed: short(kept) } } : undefined;
  context.report({ at: field, messageId, data, fix, suggestions: [clean] });
}

/** Checks each text field once: a merged 一级指标 or a repeated field is one finding per cell part. */
function checkTextFields(context: RuleContext, table: TargetTable): void {
  const seen = new Set<number | string>();
  const visit = (f: Field | undefined, prose = false) => {
    if (!f) return;
    const key = cellPartKey(f);
    if (seen.has(key)) return;
    seen.add(key);
    checkField(context, f, false, prose);
  };
  visit(table.name);
  // The purpose is prose, as the goal and the basis: doubled spaces part its clauses (`用于支付办公用房租金  物业费`),
  // one stays (seventeenth session's review). A description is a phrase (`集中办公用房  租赁数量`): joined.
  visit(table.purpose, true);
  for (const i of table.indicators) {
    if (!i.level1Inherited) visit(i.level1);
    visit(i.level2);
    // An empty template row's `指标2：` is its one finding's (indicator-incomplete: fill in or delete the row).
    if (!i.empty) visit(i.name);
    visit(i.description);
    visit(i.value);
    for (const region of i.regionValues ?? []) visit(region);
    visit(i.periodValue);
    visit(i.annualValue);
    visit(i.basis, true);
  }
}

const COLS = 1 << 20;
const PART = 1 << 16;

/**
 * A cell part as one number, no string built per field: a whole cell as
 * row·2^20 + col; a compact slice as −(1 + (row·2^16 + col)·2^16 + start)
 * (within 2^52); past those bounds, as text.
 */
function cellPartKey(f: Field): number | string {
  if (!f.span) return f.col >= 0 && f.col < COLS ? f.row * COLS + f.col : `${f.row}:${f.col}`;
  const { start } = f.span;
  return f.row < COLS && f.col >= 0 && f.col < PART && start < PART
    ? -(1 + (f.row * PART + f.col) * PART + start)
    : `${f.row}:${f.col}:${start}`;
}

const rule: RuleModule = {
  meta: {
    id: "text-artifact",
    severity: "info",
    // A cell of invisible characters alone is empty: value-missing says what to write there (thirteenth session).
    yieldsTo: ["value-missing"],
    fixable: true,
    hasSuggestions: true,
    docs: {
      description: {
        zh: "复制或套用模板留下的多余文字：“指标1：”“目标内容1：”前缀、多余括号、制表符及其后的备注、连续空格",
        en: "Leftovers of copying and templates: 指标1：/目标内容1： prefixes, stray brackets, tabs and notes pasted behind them, doubled spaces",
      },
      bad: "社会公众满意度】",
      good: "社会公众满意度",
    },
    messages: {
      prefix: {
        zh: "编号前缀“{{prefix}}”{{more}}是模板残留：应为“{{fixed}}”",
        en: "The numbering prefix “{{prefix}}”{{moreEn}} is left from the template: write “{{fixed}}”",
      },
      strayBracket: { zh: "多余的括号：应为“{{fixed}}”", en: "A stray bracket: write “{{fixed}}”" },
      trailingNote: {
        zh: "制表符后粘贴了评分说明等备注：应为“{{fixed}}”",
        en: "A note (e.g. scoring) was pasted behind a tab: write “{{fixed}}”",
      },
      tab: { zh: "单元格中有制表符：应为“{{fixed}}”", en: "The cell holds a tab: write “{{fixed}}”" },
      strayQuote: {
        zh: "单独一行的引号是复制留下的：应为“{{fixed}}”",
        en: "A quotation mark on a line of its own is left from copying: write “{{fixed}}”",
      },
      doubleSpace: { zh: "连续空格：应为“{{fixed}}”", en: "Doubled spaces: write “{{fixed}}”" },
      invisible: {
        zh: "单元格中有看不见的字符（零宽空格等，多为从网页复制而来）：应为“{{fixed}}”",
        en: "The cell holds invisible characters (zero-width spaces, often copied from web pages): write “{{fixed}}”",
      },
      several: { zh: "多余文字（{{list}}）：应为“{{fixed}}”", en: "Leftovers ({{listEn}}): write “{{fixed}}”" },
      unbalancedBracket: {
        zh: "括号不配对，无法确定哪一个是多余的：可能应为“{{fixed}}”，请核对",
        en: "The brackets do not pair up and the stray one is not certain: perhaps “{{fixed}}”; check it",
      },
      severalUnbalanced: {
        zh: "多余文字（{{list}}）可以删除；另有括号不配对，请核对：可能应为“{{fixed}}”",
        en: "Leftovers ({{listEn}}) can go; the brackets do not pair up either, check them: perhaps “{{fixed}}”",
      },
      clean: { zh: "删除多余文字", en: "Remove the leftovers" },
      choose: { zh: "改为“{{fixed}}”", en: "Change to “{{fixed}}”" },
    },
  },
  check(context) {
    const { table } = context;
    checkTextFields(context, table);
    checkField(context, table.goal, true);
  },
};

export default rule;
