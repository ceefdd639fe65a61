/**
 * The adapter's readCulture against the fake Excel, taught Application.cultureInfo as documented
 * (office-js-docs-reference: Excel.CultureInfo, name in ExcelApi 1.11; Excel.NumberFormatInfo,
 * currencySymbol in ExcelApi 1.17; office-js-docs-pr docs/excel/excel-add-ins-workbooks.md).
 */
import { createExcelWorkbook } from "../../../src/workbook/excelWorkbook";
import { LeadWorkbook } from "../../../src/workbook/workbook";
import { FakeExcel, FakeOfficeError } from "../../support/excelMock";

let excel: FakeExcel;

beforeEach(() => {
  excel = new FakeExcel();
});

afterEach(() => {
  // Every load names what it loads; nothing is left queued when a batch ends.
  expect(excel.loads.filter((load) => !load.properties)).toEqual([]);
  expect(excel.unsynced).toEqual([]);
});

describe("readCulture", () => {
  // office-js-docs-reference: Excel.CultureInfo (name, ExcelApi 1.11) and Excel.NumberFormatInfo
  // (currencySymbol, ExcelApi 1.17); office-js-docs-pr docs/excel/excel-add-ins-workbooks.md.
  function adapterOn(excelApi: number): LeadWorkbook {
    excel.excelApi = excelApi;
    excel.culture = { ...excel.culture, name: "en-GB", currencySymbol: "£" };
    return createExcelWorkbook({ run: excel.run, isSetSupported: excel.isSetSupported });
  }

  const cultureLoads = () => excel.loads.filter((load) => load.target.includes("ulture"));

  it("tells the culture's name and currency symbol where Excel has ExcelApi 1.17, asked once per session", async () => {
    const adapter = adapterOn(17);
    expect(await adapter.readCulture()).toEqual({ name: "en-GB", currencySymbol: "£" });
    expect(await adapter.readCulture()).toEqual({ name: "en-GB", currencySymbol: "£" });
    expect(cultureLoads()).toEqual([
      { target: "application.cultureInfo", properties: "name" },
      { target: "cultureInfo.numberFormat", properties: "currencySymbol" },
    ]);
    expect(excel.syncs).toHaveLength(1);
  });

  it("tells the name alone before ExcelApi 1.17, and nothing before 1.11, without a failed request", async () => {
    expect(await adapterOn(16).readCulture()).toEqual({ name: "en-GB", currencySymbol: null });
    expect(cultureLoads().map((load) => load.properties)).toEqual(["name"]);
    expect(await adapterOn(10).readCulture()).toEqual({ name: null, currencySymbol: null });
    expect(cultureLoads()).toHaveLength(1);
  });

  it("asks again after a failed read rather than keeping the failure", async () => {
    const adapter = adapterOn(17);
    excel.failOn = (label) =>
      label.includes("cultureInfo") ? new FakeOfficeError("GeneralException", "busy") : undefined;
    await expect(adapter.readCulture()).rejects.toThrow("busy");
    excel.failOn = null;
    expect(await adapter.readCulture()).toEqual({ name: "en-GB", currencySymbol: "£" });
  });
});
