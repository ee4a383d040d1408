/**
 * What the user may configure: severity per rule (off/info/warning/error) and rule options.
 * Treat a config as immutable once passed to the linter: resolved settings are cached per config object.
 */
import type { SeveritySetting } from "../model/diagnostic";

export interface LintConfig {
  /** ruleId → severity; absent ids use the rule's own severity. */
  rules?: Record<string, SeveritySetting>;
  /** ruleId → option name → value (e.g. `satisfaction-threshold`: `{ floor: 85 }`). */
  options?: Record<string, Record<string, number | string | boolean>>;
}

const SETTINGS: readonly SeveritySetting[] = ["off", "info", "warning", "error"];

export function isSeveritySetting(value: string): value is SeveritySetting {
  return (SETTINGS as readonly string[]).includes(value);
}
