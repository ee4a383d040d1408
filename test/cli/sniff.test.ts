import { sniffFileKind } from "../../src/xlsx/sniff";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { fakeCfb, gridsToWorkbook } from "./helpers/workbooks";

describe("sniffFileKind", () => {
  it.each([
    ["empty", Buffer.alloc(0)],
    ["zip", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ["encrypted-ooxml", fakeCfb(["Root Entry", "EncryptionInfo", "EncryptedPackage"])],
    ["legacy-xls", fakeCfb(["Root Entry", "Workbook"])],
    ["text", Buffer.from("项目名称,预算数\n企业搬迁,170\n", "utf8")],
    ["web-table", Buffer.from("<html><body><table><tr><td>项目名称</td></tr></table></body></html>", "utf8")],
    ["web-table", Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook>', "utf8")],
    ["unknown", Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe])],
  ])("recognises %s", (kind, bytes) => {
    expect(sniffFileKind(bytes)).toBe(kind);
  });
});

describe("readXlsx", () => {
  it("reads a real workbook", async () => {
    const bytes = Buffer.from(
      await gridsToWorkbook([{ sheet: "表1", top: 0, left: 0, values: [["x"]], merges: [] }]).xlsx.writeBuffer(),
    );
    const result = readXlsx(bytes);
    expect(result.ok && result.grids.map((g) => g.sheet)).toEqual(["表1"]);
  });

  it("calls a damaged zip corrupt instead of throwing", async () => {
    const bytes = Buffer.from(
      await gridsToWorkbook([{ sheet: "S", top: 0, left: 0, values: [["x"]], merges: [] }]).xlsx.writeBuffer(),
    );
    expect(readXlsx(bytes.subarray(0, bytes.length >> 1))).toMatchObject({ ok: false, reason: "corrupt" });
  });

  it("names a password-protected workbook", () => {
    expect(readXlsx(fakeCfb(["EncryptedPackage"]))).toEqual({ ok: false, reason: "encrypted" });
  });
});
