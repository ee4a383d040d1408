/** @fileoverview text-artifact — stub: to be written (see the spec's rule catalog). */
import type { RuleModule } from "./rule";

const rule: RuleModule = {
  meta: {
    id: "text-artifact",
    severity: "info",
    docs: { description: { zh: "", en: "" }, bad: "", good: "" },
    messages: {},
  },
  check() {
    // not yet written
  },
};

export default rule;
