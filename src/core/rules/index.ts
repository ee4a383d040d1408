/** Every rule, by id, kept in alphabetical order. */
import type { RuleModule } from "./rule";
import basisMissing from "./basis-missing";
import basisType from "./basis-type";
import budgetSumMismatch from "./budget-sum-mismatch";
import codeLabelMismatch from "./code-label-mismatch";
import costOverBudget from "./cost-over-budget";
import fieldMissing from "./field-missing";
import indicatorDuplicate from "./indicator-duplicate";
import indicatorIncomplete from "./indicator-incomplete";
import level1Missing from "./level1-missing";
import level1Unknown from "./level1-unknown";
import level2Mismatch from "./level2-mismatch";
import operatorDirection from "./operator-direction";
import percentOutOfRange from "./percent-out-of-range";
import percentTrivial from "./percent-trivial";
import placeholderUnfilled from "./placeholder-unfilled";
import projectCodeFormat from "./project-code-format";
import qualitativeQuantity from "./qualitative-quantity";
import qualitativeWithSign from "./qualitative-with-sign";
import satisfactionThreshold from "./satisfaction-threshold";
import spendPlanInvalid from "./spend-plan-invalid";
import spendPlanLabel from "./spend-plan-label";
import staleYear from "./stale-year";
import textArtifact from "./text-artifact";
import timelinessVague from "./timeliness-vague";
import unitInconsistent from "./unit-inconsistent";
import unitMismatch from "./unit-mismatch";
import unitMissing from "./unit-missing";
import unitNonstandard from "./unit-nonstandard";
import valueMissing from "./value-missing";
import valueUnparseable from "./value-unparseable";

/* Sorted by id: the order findings of one cell are listed in. */
export const RULES: readonly RuleModule[] = [
  basisMissing,
  basisType,
  budgetSumMismatch,
  codeLabelMismatch,
  costOverBudget,
  fieldMissing,
  indicatorDuplicate,
  indicatorIncomplete,
  level1Missing,
  level1Unknown,
  level2Mismatch,
  operatorDirection,
  percentOutOfRange,
  percentTrivial,
  placeholderUnfilled,
  projectCodeFormat,
  qualitativeQuantity,
  qualitativeWithSign,
  satisfactionThreshold,
  spendPlanInvalid,
  spendPlanLabel,
  staleYear,
  textArtifact,
  timelinessVague,
  unitInconsistent,
  unitMismatch,
  unitMissing,
  unitNonstandard,
  valueMissing,
  valueUnparseable,
];

export const RULES_BY_ID: ReadonlyMap<string, RuleModule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
