/**
 * Unit, component and CLI tests. Browser tests run apart (test/browser/run.js).
 * SWC only strips types (fast, per file); `npm run typecheck` (tsc --noEmit) is the type check.
 */
const swc = {
  jsc: {
    parser: { syntax: "typescript", tsx: true },
    transform: { react: { runtime: "automatic" } },
    target: "es2021",
  },
  module: { type: "commonjs" },
};

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", swc],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    "\\.(css|less)$": "<rootDir>/test/stubs/style.js",
  },
  // Jest's default is one worker fewer than the cores: on CI's 2 cores that is every file in one process.
  maxWorkers: "100%",
  // A safety net for a machine under load, not a budget: no test waits on real time.
  testTimeout: 30000,
};
