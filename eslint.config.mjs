// office-addin-lint's own configuration (Office add-in rules + Prettier), for TypeScript:
// the compiler already reports undefined names, and knows Office's and Node's globals.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/**
 * The layers point one way (docs/architecture.md): an import naming a folder of a higher layer fails
 * `npm run lint`. Imports are relative, so a folder is matched by name anywhere in the path.
 */
const folder = (...names) => ({ regex: `(^|/)(${names.join("|")})(/|$)` });
const layer = (files, ...patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});
const ABOVE_CORE = [
  "app",
  "cli",
  "commands",
  "excel",
  "help",
  "host",
  "i18n",
  "playground",
  "taskpane",
  "xlsx",
  "test",
  "scripts",
];

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "test-output/**", "coverage/**"] },
  // The plugin's TypeScript block lists .ts but not .tsx: without this the pane's components were never linted.
  ...officeAddins.configs.recommended.map((config) =>
    config.files ? { ...config, files: [...config.files, "**/*.tsx"] } : config,
  ),
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
  layer(
    ["src/core/**"],
    { ...folder(...ABOVE_CORE), message: "src/core imports nothing outside src/core." },
    { regex: "^[^.]", message: "src/core is pure: no packages, no Node, no DOM, no Office." },
    // A barrel's re-exports compile to getters that every call goes through (2–3% of a cold check): inside the
    // core, a module imports from the module that defines the name; the barrels serve the layers above.
    {
      regex: "^\\.\\.?/(\\.\\./)*(schema|value|template)$",
      message: "Inside src/core, import from the defining module.",
    },
  ),
  layer(["src/i18n/**"], {
    ...folder(...ABOVE_CORE.filter((f) => f !== "i18n")),
    message: "src/i18n sits just above the core and imports only src/core.",
  }),
  layer(["src/host/**"], {
    ...folder("app", "cli", "commands", "excel", "playground", "taskpane", "xlsx"),
    message: "The host port imports only src/core and src/i18n.",
  }),
  layer(["src/excel/**", "src/app/**"], {
    ...folder("taskpane", "playground", "cli"),
    message: "src/excel and src/app never import the pane (or the playground, or the CLI).",
  }),
  layer(["src/cli/**", "src/xlsx/**"], {
    ...folder("excel", "app", "taskpane", "playground", "commands"),
    message: "src/cli and src/xlsx never import the add-in's layers (excel, app, taskpane).",
  }),
  {
    ...layer(["src/taskpane/**"], {
      ...folder("excel", "playground", "cli", "xlsx"),
      message:
        "The pane talks to a host port, never to Office.js (only the entry, src/taskpane/index.tsx, picks ExcelHost).",
    }),
    ignores: ["src/taskpane/index.tsx"],
  },
  {
    // The linter (locate, parse, the rules) is the task pane's lazy chunk (src/app/core-api.ts): the layers the
    // pane's initial JS is built from take its types only, and its code through `import()`.
    files: ["src/app/**", "src/taskpane/**", "src/excel/**", "src/host/**", "src/i18n/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex:
                "core/(lint/lint|lint/lint-table|rules|rules/index|rules/(?!names$|rule$)[^/]+|locate/.+|parse/.+|template/place|convert(/.+)?)$",
              allowTypeImports: true,
              message: "The linter loads lazily (src/app/core-api.ts): import its types, or its code through import().",
            },
          ],
        },
      ],
    },
  },
  {
    // A fake's method keeps the real signature it stands for (`merge(across)`): its unused parameters are named `_…`.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
];
