/** @fileoverview value-missing — stub: to be written (see the spec's rule catalog). */
import type { RuleModule } from "./rule";

const rule: RuleModule = {
  meta: {
    id: "value-missing",
    severity: "error",
    docs: { description: { zh: "", en: "" }, bad: "", good: "" },
    messages: {},
  },
  check() {
    // not yet written
  },
};

export default rule;
