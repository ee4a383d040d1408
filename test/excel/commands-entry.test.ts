/** The ribbon's function file registers its command at the top level, before Office.onReady resolves (office-js #5176). */
describe("src/commands/commands.ts", () => {
  test("associates checkActiveSheet when the file loads, without waiting for onReady", () => {
    const associate = jest.fn();
    const onReady = jest.fn(() => new Promise(() => undefined)); // never resolves, as when Office is slow
    (globalThis as Record<string, unknown>).Office = { actions: { associate }, onReady };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/commands/commands");
    });
    expect(associate).toHaveBeenCalledWith("checkActiveSheet", expect.any(Function));
    delete (globalThis as Record<string, unknown>).Office;
  });
});
