/**
 * A small require hook so that plain Node can load the TypeScript the bench needs
 * but lib/ does not hold (test/excel, src/excel, src/app, and what they import):
 * each .ts/.tsx file of this repository is transpiled on first require with
 * `typescript.transpileModule` to CommonJS. No type checking (work in progress
 * still runs), no build, nothing written to disk. node_modules is never touched.
 *
 *   const { register } = require("./ts-require");
 *   register();
 *   const { measureExcelCheck } = require("../../test/excel/bench-probe");
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");

const ROOT = path.resolve(__dirname, "..", "..");
const NODE_MODULES = path.sep + "node_modules" + path.sep;

let registered = false;

function register() {
  if (registered) return;
  registered = true;
  const ts = require(path.join(ROOT, "node_modules", "typescript"));
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    jsx: ts.JsxEmit.ReactJSX,
    esModuleInterop: true,
    sourceMap: false,
    inlineSourceMap: false,
    isolatedModules: true,
  };
  const load = (module, filename) => {
    if (!filename.startsWith(ROOT + path.sep) || filename.includes(NODE_MODULES)) {
      throw new Error(`ts-require: will not transpile ${filename}`);
    }
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions,
      fileName: filename,
      reportDiagnostics: false,
    });
    module._compile(outputText, filename);
  };
  // Registering the extensions also makes Node's resolver try them: `require("../../src/excel")` finds index.ts.
  for (const ext of [".ts", ".tsx"]) if (!Module._extensions[ext]) Module._extensions[ext] = load;
}

module.exports = { register, ROOT };
