/** The package version, read at run time: package.json sits outside the compiled tree. */
import { readFileSync } from "node:fs";
import * as path from "node:path";

export function packageVersion(): string {
  try {
    const file = path.join(__dirname, "..", "..", "package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
