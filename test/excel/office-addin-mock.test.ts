/** The same adapter against Microsoft's office-addin-mock: load, then sync, then read. */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "../../src/excel";
import type { ExcelEnv } from "../../src/excel/env";

function mockEnv(seed: Record<string, unknown>) {
  const mock = new OfficeMockObject(seed) as unknown as { context: { sync(): Promise<void> }; run: ExcelEnv["run"] };
  const env: ExcelEnv = {
    run: (options, batch) => mock.run(options, batch),
    runIn: (context, batch) => batch(context),
    supports: () => true,
    supportsUndo: () => true,
    displayLanguage: () => "zh-CN",
    payloadLimited: () => false,
    yieldToHost: () => Promise.resolve(),
  };
  return { mock, env };
}

test("activeSheet loads the name and syncs once before reading it", async () => {
  const { mock, env } = mockEnv({
    context: {
      workbook: {
        worksheets: {
          active: { name: "绩效目标表" },
          getActiveWorksheet: function () {
            return (this as { active: unknown }).active;
          },
        },
      },
    },
    run: async function (_options: unknown, batch: (context: unknown) => Promise<unknown>) {
      return batch((this as { context: unknown }).context);
    },
  });
  const sync = jest.spyOn(mock.context, "sync");
  // office-addin-mock answers a read made before load + sync with an error string, not the name.
  expect(await new ExcelHost(env).activeSheet()).toBe("绩效目标表");
  expect(sync).toHaveBeenCalledTimes(1);
});
