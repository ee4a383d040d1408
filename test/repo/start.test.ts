/** npm start's choice of http or https, which its printed URLs and hints must match. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wantsHttp } = require("../../scripts/start.js") as {
  wantsHttp(env: Record<string, string | undefined>, platform: string): boolean;
};

describe("scripts/start.js: http or https", () => {
  it("serves http on Linux by default, https elsewhere", () => {
    expect(wantsHttp({}, "linux")).toBe(true);
    expect(wantsHttp({}, "win32")).toBe(false);
    expect(wantsHttp({}, "darwin")).toBe(false);
  });

  it("follows JIXIAO_HTTP when it is set, on every platform (the hint's JIXIAO_HTTP=0 gives https on Linux)", () => {
    expect(wantsHttp({ JIXIAO_HTTP: "0" }, "linux")).toBe(false);
    expect(wantsHttp({ JIXIAO_HTTP: "" }, "linux")).toBe(false);
    expect(wantsHttp({ JIXIAO_HTTP: "1" }, "win32")).toBe(true);
  });
});
