import rule from "../../src/core/rules/project-code-format";
import { compact, flat, form, runRule } from "../helpers/rule-tester";

runRule(rule, {
  valid: [
    // Seventeenth session's review: a short numeric code lost no digits, and is no Shandong code.
    { name: "form: a county's own numbering stored as a number (`2024001`)", table: form({ code: 2024001 }) },
    { name: "form: Qingdao code with a digit check character", table: form({ code: "37020023P880028109936" }) },
    { name: "form: Qingdao code with a letter check character", table: form({ code: "37020023P88002810992J" }) },
    { name: "form: empty code is field-missing's business", table: form({ code: "" }) },
    { name: "flat: a code on the same scheme", table: flat({ code: "43060223P000000000010" }) },
    { name: "flat: another province's form is not checked", table: flat({ code: "2023-430602-0015" }) },
    { name: "form: another province's code is not checked", table: form({ code: "51000021T000001234567" }) },
    { name: "form: a code of no Shandong shape or region is not checked", table: form({ code: "XM2024001" }) },
    { name: "compact: no code in this layout", table: compact() },
    {
      name: "flat: a custom pattern for another province",
      table: flat({ code: "430602-2023-0015" }),
      options: { pattern: "^\\d{6}-\\d{4}-\\d{4}$", allLayouts: true },
    },
    {
      name: "form: an invalid custom pattern falls back to the Shandong form",
      table: form(),
      options: { pattern: "([" },
    },
  ],
  invalid: [
    {
      name: "form: one character short",
      table: form({ code: "37020023P88002810993" }),
      errors: [{ cell: "B3", severity: "warning", messageId: "length", fix: null, suggestions: [] }],
    },
    {
      name: "form: P in the wrong place",
      table: form({ code: "3702002P3880028109936" }),
      errors: [{ cell: "B3", severity: "warning", messageId: "shape", fix: null, suggestions: [] }],
    },
    {
      name: "form: spaces, full-width digits and a lower-case p are fixed",
      table: form({ code: "３７020023 p880028109936" }),
      errors: [{ cell: "B3", severity: "warning", messageId: "typing", fix: "37020023P880028109936", suggestions: [] }],
    },
    {
      name: "form: a code Excel stored as a number",
      table: form({ code: 3.702002388002811e20 }),
      errors: [{ cell: "B3", severity: "warning", messageId: "number", fix: null, suggestions: [] }],
    },
    {
      name: "flat: a Shandong-like code with a missing digit",
      table: flat({ code: "43060223P00000000010" }),
      errors: [{ cell: "E2", severity: "warning", messageId: "length", fix: null, suggestions: [] }],
    },
    {
      name: "flat: every layout checked when asked, against a custom form",
      table: flat({ code: "2023-430602-0015" }),
      options: { pattern: "^\\d{6}-\\d{4}-\\d{4}$", allLayouts: true },
      errors: [{ cell: "E2", severity: "warning", messageId: "custom", fix: null, suggestions: [] }],
    },
  ],
});
