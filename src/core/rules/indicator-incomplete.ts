/** @fileoverview indicator-incomplete — stub: to be written (see the spec's rule catalog). */
import type { RuleModule } from "./rule";

const rule: RuleModule = {
  meta: {
    id: "indicator-incomplete",
    severity: "error",
    docs: { description: { zh: "", en: "" }, bad: "", good: "" },
    messages: {},
  },
  check() {
    // not yet written
  },
};

export default rule;
