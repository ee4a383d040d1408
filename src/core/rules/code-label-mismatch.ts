/**
 * @fileoverview code-label-mismatch — compact layout: a code that names another
 * indicator than its label (`12-数量指标`: 12 is 质量指标).
 */
import type { Field } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { canonicalLevel1, canonicalLevel2 } from "../schema/vocabulary";
import { codeOfLevel1, codeOfLevel2, compactLevel1Code, compactLevel2Code } from "../schema/codes";
import { isBlank, textOf } from "./utils/structure-fields";

interface Pair {
  code: Field | undefined;
  label: Field | undefined;
  /** What the code names, what the label names, and the code the label calls for. */
  fromCode: (code: string) => string | undefined;
  fromLabel: (label: string) => string | undefined;
  codeFor: (canonical: string) => string | undefined;
}

function checkPair(context: RuleContext, pair: Pair): void {
  if (!pair.code || !pair.label || isBlank(pair.code) || isBlank(pair.label)) return;
  const code = textOf(pair.code);
  const label = textOf(pair.label);
  const named = pair.fromLabel(label);
  // An unknown label is level1-unknown's or level2-mismatch's to report.
  if (!named) return;
  const codeNames = pair.fromCode(code);
  if (codeNames === named) return;
  const right = pair.codeFor(named);
  const suggestions = right ? [{ text: right, messageId: "useCode", data: { code: right, label: named } }] : [];
  const data = { code, label, codeNames: codeNames ?? "", right: right ?? "" };
  const messageId = !right ? "noCode" : codeNames ? "mismatch" : "unknownCode";
  context.report({ at: pair.code, messageId, data, suggestions });
}

const rule: RuleModule = {
  meta: {
    id: "code-label-mismatch",
    severity: "error",
    layouts: ["compact"],
    hasSuggestions: true,
    docs: {
      description: {
        zh: "广东格式中指标代码与名称不一致",
        en: "Compact layout: an indicator code that disagrees with its label",
      },
      bad: "1-产出指标；12-数量指标",
      good: "1-产出指标；11-数量指标",
    },
    messages: {
      mismatch: {
        zh: "代码“{{code}}”对应“{{codeNames}}”，与名称“{{label}}”不一致：“{{label}}”的代码是“{{right}}”",
        en: "Code {{code}} stands for {{codeNames}}, not “{{label}}”: the code of “{{label}}” is {{right}}",
      },
      unknownCode: {
        zh: "代码“{{code}}”不存在：“{{label}}”的代码是“{{right}}”",
        en: "There is no code {{code}}: the code of “{{label}}” is {{right}}",
      },
      noCode: {
        zh: "代码“{{code}}”与名称“{{label}}”不一致：广东格式中“{{label}}”没有代码，请按代码表选用指标",
        en: "Code {{code}} does not match “{{label}}”, which has no code in the compact scheme: pick an indicator from the code list",
      },
      useCode: { zh: "代码改为“{{code}}”（{{label}}）", en: "Change the code to {{code}} ({{label}})" },
    },
  },
  check(context) {
    for (const indicator of context.table.indicators) {
      checkPair(context, {
        code: indicator.level1Code,
        label: indicator.level1,
        fromCode: compactLevel1Code,
        fromLabel: canonicalLevel1,
        codeFor: codeOfLevel1,
      });
      checkPair(context, {
        code: indicator.level2Code,
        label: indicator.level2,
        fromCode: compactLevel2Code,
        fromLabel: canonicalLevel2,
        codeFor: codeOfLevel2,
      });
    }
  },
};

export default rule;
