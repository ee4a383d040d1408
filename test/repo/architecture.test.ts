/** docs/architecture.md's folder table says what each folder may import; the imports must agree with it. */
import { readdirSync, readFileSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const root = join(__dirname, "..", "..");
const src = join(root, "src");

/** Table rows: `src/...` path → the src folders it may import ("core" for any of src/core). */
function allowedByDoc(): Map<string, Set<string>> {
  const doc = readFileSync(join(root, "docs", "architecture.md"), "utf8");
  const rows = new Map<string, Set<string>>();
  for (const [, path, may] of doc.matchAll(/^\| `(src\/[^`]+)` \|[^|]*\| ([^|]*) \|$/gm)) {
    rows.set(path, new Set(may.split(",").map((w) => w.trim())));
  }
  return rows;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The layer a src path belongs to: `core/<part>` inside the core, else its top folder. */
function layerOf(path: string): string {
  const [top, sub] = relative(src, path).split("/");
  return top === "core" ? `core/${sub}` : top;
}

/** The most specific table row for a file (a file row before its folder's). */
function rowFor(rows: Map<string, Set<string>>, file: string): [string, Set<string>] | undefined {
  const rel = relative(root, file);
  const match = [...rows.keys()]
    .filter((p) => rel === p || rel.startsWith(p + "/"))
    .sort((a, b) => b.length - a.length);
  return match.length ? [match[0], rows.get(match[0])!] : undefined;
}

describe("docs/architecture.md's table", () => {
  const rows = allowedByDoc();

  it("has a row for every folder of src", () => {
    const folders = files(src).map((f) => layerOf(f).replace(/^core\/.*\.tsx?$/, "core/index.ts"));
    const missing = [...new Set(folders)].filter((l) => l !== "core/index.ts" && !rows.has(`src/${l}`));
    expect(missing).toEqual([]);
  });

  it("allows every import src makes", () => {
    const crossings: string[] = [];
    for (const file of files(src)) {
      const row = rowFor(rows, file);
      if (!row) continue;
      const [rowPath, allowed] = row;
      const from = layerOf(file);
      const text = readFileSync(file, "utf8");
      for (const [, spec] of text.matchAll(/(?:import|export)\s[^"';]*?from\s+"(\.[^"]+)"/g)) {
        const to = layerOf(resolve(dirname(file), spec));
        if (to === from) continue;
        const name = to.startsWith("core/") ? "core" : to;
        const ok = to.startsWith("core/") && from.startsWith("core/") ? !allowed.has("nothing") : allowed.has(name);
        if (!ok)
          crossings.push(`${relative(root, file)} → src/${to} (${rowPath} may import: ${[...allowed].join(", ")})`);
      }
    }
    expect(crossings).toEqual([]);
  });
});
