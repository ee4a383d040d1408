/** The ribbon speaks English to every en-* Office and Chinese to the rest; the production URL is a setting, never contoso. */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
// Office matches <Override Locale> exactly (localization docs): en-GB does not fall back to en-US.
const ENGLISH = ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-IE", "en-NZ", "en-SG", "en-ZA"];

describe("manifest locales", () => {
  test("the default is Chinese, and every string has an English override for each English locale", () => {
    expect(manifest).toContain("<DefaultLocale>zh-CN</DefaultLocale>");
    const english = [...manifest.matchAll(/<(?:bt:)?Override Locale="en-US" Value="([^"]*)"/g)].map((m) => m[1]);
    expect(english.length).toBeGreaterThan(5);
    for (const locale of ENGLISH)
      for (const value of english) expect(manifest).toContain(`Locale="${locale}" Value="${value}"`);
    expect(manifest).not.toMatch(/Locale="(?!en-)[a-z]{2}-[A-Z]{2}"/);
  });
});

describe("webpack's production URL", () => {
  const config = async (url: string | undefined) => {
    const saved = process.env.JIXIAO_URL_PROD;
    if (url === undefined) delete process.env.JIXIAO_URL_PROD;
    else process.env.JIXIAO_URL_PROD = url;
    try {
      jest.resetModules();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const make = require(path.join(ROOT, "webpack.config.js"));
      return await make({ WEBPACK_BUILD: true }, { mode: "production" });
    } finally {
      if (saved === undefined) delete process.env.JIXIAO_URL_PROD;
      else process.env.JIXIAO_URL_PROD = saved;
    }
  };
  const manifestTransform = (cfg: {
    plugins: { patterns?: { from: string; transform?: (c: Buffer) => unknown }[] }[];
  }) => cfg.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest*.xml")!.transform!;

  test("the template's contoso placeholder is refused", async () => {
    await expect(config("https://www.contoso.com/")).rejects.toThrow(/placeholder/);
  });

  test("a set URL replaces localhost in the production manifest", async () => {
    const cfg = await config("https://addin.example.cn/jixiao/");
    const out = String(manifestTransform(cfg)(Buffer.from(manifest)));
    expect(out).not.toContain("https://localhost:3000/");
    expect(out).toContain("https://addin.example.cn/jixiao/taskpane.html");
    expect(out).not.toContain("contoso");
  });

  test("without a setting the manifest keeps localhost (and never says contoso)", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const cfg = await config(undefined);
    warn.mockRestore();
    expect(String(manifestTransform(cfg)(Buffer.from(manifest)))).not.toContain("contoso");
  });
});
