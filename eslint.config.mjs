// office-addin-lint's own configuration (Office add-in rules + Prettier), for TypeScript:
// the compiler already reports undefined names, and knows Office's and Node's globals.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "test-output/**", "coverage/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off" },
  },
  {
    // The Office.js rules read any `.load()`/`.sync()` as Office's; these folders never call Office.js
    // (exceljs, the playground's in-memory workbook, the pure core).
    files: ["src/core/**", "src/xlsx/**", "src/cli/**", "src/playground/**", "test/**", "scripts/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
