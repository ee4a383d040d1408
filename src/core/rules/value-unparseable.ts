/** @fileoverview value-unparseable — stub: to be written (see the spec's rule catalog). */
import type { RuleModule } from "./rule";

const rule: RuleModule = {
  meta: {
    id: "value-unparseable",
    severity: "warning",
    docs: { description: { zh: "", en: "" }, bad: "", good: "" },
    messages: {},
  },
  check() {
    // not yet written
  },
};

export default rule;
