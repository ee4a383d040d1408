import { parseCommandLine } from "../../src/cli/args";
import { envLocale } from "../../src/cli/locale";

const parse = (...argv: string[]) => parseCommandLine(argv, "zh-CN");

describe("parseCommandLine", () => {
  it("reads files, format, annotate dir and repeated --rule", () => {
    const cmd = parse(
      "check",
      "a.xlsx",
      "-f",
      "json",
      "--annotate=out",
      "--rule",
      "basis-missing=warning",
      "-r",
      "stale-year=off,text-artifact=error",
      "b.xlsx",
    );
    expect(cmd).toEqual({
      kind: "check",
      options: {
        files: ["a.xlsx", "b.xlsx"],
        format: "json",
        annotate: "out",
        rules: { "basis-missing": "warning", "stale-year": "off", "text-artifact": "error" },
        locale: "zh-CN",
      },
    });
  });

  it("defaults to text output in Chinese", () => {
    const cmd = parse("check", "a.xlsx");
    expect(cmd.kind === "check" && cmd.options.format).toBe("text");
    expect(cmd.kind === "check" && cmd.options.locale).toBe("zh-CN");
  });

  it("takes names after -- as files even when they look like options", () => {
    const cmd = parse("check", "--", "-odd.xlsx");
    expect(cmd.kind === "check" && cmd.options.files).toEqual(["-odd.xlsx"]);
  });

  it.each([
    [["check", "a.xlsx", "--fromat", "json"], /未知选项 --fromat/],
    [["check", "a.xlsx", "--format", "html"], /未知输出格式“html”.*text、json/],
    [["check", "a.xlsx", "--format"], /--format 缺少取值/],
    [["check"], /请给出要检查的 .xlsx 文件/],
    [[], /缺少命令/],
    [["lint", "a.xlsx"], /未知命令“lint”/],
    [["check", "a.xlsx", "--rule", "basis-missing"], /<规则>=<级别>/],
    [
      ["check", "a.xlsx", "--rule", "no-such-rule=off"],
      /未知规则“no-such-rule”.*basis-missing, basis-type.*value-unparseable/,
    ],
    [["check", "a.xlsx", "--rule", "basis-missing=warn"], /级别“warn”无效.*off、info、warning、error/],
    [["check", "a.xlsx", "--lang", "fr"], /未知语言“fr”/],
  ])("rejects %j with a message naming the problem", (argv, message) => {
    const cmd = parse(...argv);
    expect(cmd.kind).toBe("usage-error");
    expect(cmd.kind === "usage-error" && cmd.message).toMatch(message);
  });

  it("words usage errors in English with --lang en-US, wherever --lang stands", () => {
    const cmd = parse("check", "a.xlsx", "--rule", "x=off", "--lang", "en-US");
    expect(cmd).toMatchObject({ kind: "usage-error", locale: "en-US" });
    expect(cmd.kind === "usage-error" && cmd.message).toMatch(/^unknown rule "x"; valid rules: basis-missing/);
  });

  it("gives help and version before anything else", () => {
    expect(parse("check", "--help")).toEqual({ kind: "help", locale: "zh-CN" });
    expect(parse("-h", "--lang=en")).toEqual({ kind: "help", locale: "en-US" });
    expect(parse("--version")).toEqual({ kind: "version" });
  });
});

describe("envLocale", () => {
  it("follows JIXIAO_LINT_LANG and ignores LANG", () => {
    expect(envLocale({ JIXIAO_LINT_LANG: "en_US.UTF-8" })).toBe("en-US");
    expect(envLocale({ LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(envLocale({ JIXIAO_LINT_LANG: "klingon" })).toBe("zh-CN");
  });
});
