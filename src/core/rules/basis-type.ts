/**
 * @fileoverview basis-type — a 指标值确定依据 that names none of the five standard
 * types. `历史指标`/`历史数据` → 历史标准 is a certain fix; a bare document, a
 * spending standard on a 成本 row and a `…测算` get suggestions.
 */
import { isCellError } from "../grid/grid";
import type { Field, Indicator } from "../model/table";
import type { FixSpec, RuleContext, RuleModule } from "./rule";
import { BASIS_TYPES, lookupBasis } from "../schema/basis";
import { isCostIndicator } from "../schema/indicator-kind";
import { toHalfWidth } from "../text/normalize";
import { isBlankOrDash, textOf } from "./utils/structure-fields";
import { cleanArtifacts } from "./text-artifact-clean";

// The type's first word with 指标/数据 in place of 标准: the same type, misspelt.
const MISSPELT = /^(历史|计划|行业|其他|预算支出)(?:指标|数据|数值|值)/;
const NOTE_AFTER = /^\s*[(（[【《:：,，;；。]/;
// A cost standard by its kind (`…工程造价指标`, `计价依据`, `单价标准`: sixteenth session) is a spending standard too.
// A rule of what an expense may cost (`《中央和国家机关差旅费管理办法》`) is one as well (eighteenth session's review);
// a fund's management rule (`专项经费管理办法`) is not.
const SPENDING =
  /补助标准|补贴标准|费标准|开支标准|支出标准|定额|造价|计价|单价标准|价格标准|(?:差旅|会议|培训|接待|出国|公务用车|劳务)费(?:用)?(?:管理)?办法/;
// A document by its number, its title or the kind of paper it is (方案, 办法, 合同 …).
const DOCUMENT =
  /《[^》]+》|[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d+\s*号|方案|规划|办法|规定|细则|合同|协议|通知|文件|制度/;
// A national or trade standard or code (`GB5749-2022`, `《生活饮用水卫生标准》`, `《城市道路养护技术规范》`): its targets
// are 行业标准.
// A code's title may end with its edition (`《预防接种工作规范（2023年版）》`, `《…规范（第三版）》`), or be a standard's
// `基本要求`, `通则`, `技术要求` (GB/T 22239, GB/T 30600; fifteenth session).
const STANDARD_DOCUMENT =
  /\bGB\s*(?:\/\s*T)?\s*\d|\b(?:HJ|JGJ|CJJ|DB\d*)\s*(?:\/\s*T)?\s*\d|国家标准|《[^》]*(?:标准|规范|规程|基本要求|通则|技术要求)(?:[(（][^()（）》]*[)）])?》/;
// Figures worked out (测算), or taken from earlier years' data or results: the message says which.
const ESTIMATE = /测算|推算|估算/;
const PAST = /历年|往年|以往|上年|(?:19|20)\d{2}年.*(?:数据|结果|情况)/;
const PAST_WHAT = /数据|结果|情况|水平/;
const WHAT_EN: Record<string, string> = { 数据: "data", 结果: "results", 情况: "figures", 水平: "levels" };

/** The basis as the suggestion should hold it: no leftovers, no closing full stop. */
function tidy(text: string): string {
  return cleanArtifacts(text, false, true).text.replace(/[。.；;，,\s]+$/, "");
}

/** `计划标准（国无办函[2022]40号）`, or `计划标准《…》` for a text that opens with a book title. */
function wrap(type: string, text: string): string {
  return text.startsWith("《") ? `${type}${text}` : `${type}（${text}）`;
}

function suggest(type: string, text: string): FixSpec[] {
  const tidied = tidy(text);
  // A type written short (`支出标准` for 预算支出标准) is the type alone, not the type with itself in brackets.
  const fixed = type.endsWith(tidied) ? type : wrap(type, tidied);
  return [{ text: fixed, messageId: "useType", data: { type, fixed } }];
}

/**
 * A standard by its tier (`国家标准`, `省级标准（冀财预〔2023〕5号）`, `地方标准DB37/T 1234`): a 行业标准 whose tier the
 * suggestion keeps, its document after it in the same brackets (`行业标准（国家标准GB 3095-2012）`, not brackets in
 * brackets: eighteenth session's review).
 */
const TIER_STANDARD = /^(国家|国际|省级|省|市级|市|县级|地方)标准/;

/**
 * The tier and what follows it, brackets off (`国家标准（GB 3095-2012）` → 国家标准, GB 3095-2012): where that is
 * nothing or a standard's code or title. A finance document's number after it (`省级标准（冀财预〔2023〕5号）`) is a
 * document's target, the document branch's.
 */
function tierStandard(text: string): { tier: string; document: string } | undefined {
  const tidied = tidy(text);
  const tier = TIER_STANDARD.exec(tidied)?.[0];
  if (!tier) return undefined;
  const document = tidied
    .slice(tier.length)
    .replace(/^[\s:：]+/, "")
    .replace(/^[(（]([^()（）]*)[)）]$/, "$1");
  return document === "" || STANDARD_DOCUMENT.test(toHalfWidth(document)) ? { tier, document } : undefined;
}

function suggestTier({ tier, document }: { tier: string; document: string }): FixSpec[] {
  const fixed = `行业标准（${tier}${document ? `，${document}` : ""}）`;
  return [{ text: fixed, messageId: "useType", data: { type: "行业标准", fixed } }];
}

function checkBasis(context: RuleContext, indicator: Indicator, field: Field): void {
  const text = textOf(field);
  const flat = toHalfWidth(text);
  if (lookupBasis(text) || BASIS_TYPES.some((t) => flat.includes(t))) return;
  const misspelt = MISSPELT.exec(flat);
  if (misspelt) {
    const type = `${misspelt[1]}标准`;
    const rest = text.slice(misspelt[0].length);
    // Certain only where the misspelt word stands alone or before a note (`历史数据（2023年）`): in a sentence
    // (`计划指标下达文件…`) it may name a document, which a fix must not rename.
    if (rest.trim() === "" || NOTE_AFTER.test(rest)) {
      const fixed = `${type}${rest}`;
      const data = { text, type, fixed };
      context.report({ at: field, messageId: "misspelt", data, fix: { text: fixed, messageId: "useType", data } });
    } else {
      context.report({ at: field, messageId: "misspelt", data: { text, type }, suggestions: suggest(type, text) });
    }
    return;
  }
  const data = { text };
  const tier = tierStandard(field.text);
  if (isCostIndicator(indicator) && SPENDING.test(flat)) {
    context.report({ at: field, messageId: "spending", data, suggestions: suggest("预算支出标准", field.text) });
  } else if (tier) {
    context.report({ at: field, messageId: "standard", data, suggestions: suggestTier(tier) });
  } else if (STANDARD_DOCUMENT.test(flat)) {
    context.report({ at: field, messageId: "standard", data, suggestions: suggest("行业标准", field.text) });
  } else if (DOCUMENT.test(flat)) {
    context.report({ at: field, messageId: "document", data, suggestions: suggest("计划标准", field.text) });
  } else if (ESTIMATE.test(flat)) {
    const how = ESTIMATE.exec(flat)![0];
    context.report({
      at: field,
      messageId: "estimate",
      data: { ...data, how },
      suggestions: suggest("历史标准", field.text),
    });
  } else if (PAST.test(flat)) {
    const what = PAST_WHAT.exec(flat)?.[0] ?? "数据";
    const pastData = { ...data, what, whatEn: WHAT_EN[what] };
    context.report({ at: field, messageId: "pastData", data: pastData, suggestions: suggest("历史标准", field.text) });
  } else {
    context.report({ at: field, messageId: "noType", data });
  }
}

const rule: RuleModule = {
  meta: {
    id: "basis-type",
    severity: "warning",
    fixable: true,
    hasSuggestions: true,
    docs: {
      description: {
        zh: "指标值确定依据未写明标准类型（计划标准、行业标准、历史标准、预算支出标准、其他标准）",
        en: "A 指标值确定依据 (basis) that names none of the standard types: 计划标准, 行业标准, 历史标准, 预算支出标准, 其他标准",
      },
      bad: "历史指标",
      good: "历史标准",
    },
    messages: {
      misspelt: {
        zh: "“{{text}}”不是规范的标准类型：应为“{{type}}”",
        en: "“{{text}}” is not a standard type: write {{type}}",
      },
      document: {
        zh: "“{{text}}”只写了文件，未写标准类型：依据文件设定的目标一般为“计划标准（文件名或文号）”",
        en: "“{{text}}” cites a document but no type: a target set by a document is usually 计划标准 (plan standard) followed by the document",
      },
      standard: {
        zh: "“{{text}}”是国家或行业的标准、规范，未写标准类型：依据它设定的目标一般为“行业标准（标准名或编号）”",
        en: "“{{text}}” is a national or trade standard but names no type: a target set by it is usually 行业标准 (industry standard) followed by it",
      },
      spending: {
        zh: "成本指标的依据“{{text}}”是支出标准：应写“预算支出标准”，并注明所依据的标准",
        en: "The basis “{{text}}” of a cost indicator is a spending standard: write 预算支出标准 (budget spending standard) and name it",
      },
      estimate: {
        zh: "“{{text}}”是{{how}}得出的：应写“历史标准”，并注明{{how}}所依据的数据",
        en: "“{{text}}” is an estimate ({{how}}): write 历史标准 (historical standard) and name the data it rests on",
      },
      pastData: {
        zh: "“{{text}}”依据的是以往的{{what}}：应写“历史标准”，并注明来源",
        en: "“{{text}}” rests on earlier {{whatEn}}: write 历史标准 (historical standard) and name the source",
      },
      noType: {
        zh: "指标值确定依据“{{text}}”未写明标准类型：请以“计划标准”“行业标准”“历史标准”“预算支出标准”或“其他标准”开头",
        en: "The basis “{{text}}” names no standard type: begin it with 计划标准, 行业标准, 历史标准, 预算支出标准 or 其他标准",
      },
      useType: { zh: "改为“{{fixed}}”", en: "Change to {{fixed}}" },
    },
  },
  check(context) {
    // A basis with its data source (上海) names no type by its template's design.
    if (context.table.basisWithSource) return;
    for (const indicator of context.table.indicators) {
      const field = indicator.basis;
      // An empty basis is basis-missing's; an error value (a formula without a result) is no words of the officer's.
      if (field && !isBlankOrDash(field) && !isCellError(field.raw)) checkBasis(context, indicator, field);
    }
  },
};

export default rule;
