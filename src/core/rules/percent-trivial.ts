/** @fileoverview percent-trivial — stub: to be written (see the spec's rule catalog). */
import type { RuleModule } from "./rule";

const rule: RuleModule = {
  meta: {
    id: "percent-trivial",
    severity: "warning",
    docs: { description: { zh: "", en: "" }, bad: "", good: "" },
    messages: {},
  },
  check() {
    // not yet written
  },
};

export default rule;
