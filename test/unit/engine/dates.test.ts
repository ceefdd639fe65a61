import {
  civilFromDayNumber,
  dayNumberFromCell,
  dayNumberFromCivil,
  dayNumberFromIsoText,
  dayNumberFromSerial,
  dayNumberFromSerialDay,
  isoTextOfSerialDay,
  serialDayFromCell,
  serialDayFromDayNumber,
  serialFromDayNumber,
} from "../../../src/engine/dates";

function civilOfSerial(serial: number) {
  const day = dayNumberFromSerial(serial);
  return day === null ? null : civilFromDayNumber(day);
}

function civilOfText(text: string) {
  const day = dayNumberFromIsoText(text);
  return day === null ? null : civilFromDayNumber(day);
}

describe("dayNumberFromSerial", () => {
  it("gives no date below 1, beyond 9999-12-31, and for NaN or infinity", () => {
    for (const serial of [0, 0.99, -1, 2958466, NaN, Infinity, -Infinity]) {
      expect(dayNumberFromSerial(serial)).toBeNull();
    }
  });

  it("reads the first serials of the 1900 system", () => {
    expect(civilOfSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
    expect(civilOfSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
    expect(civilOfSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("puts Excel's phantom 29 February 1900 (serial 60) in February 1900", () => {
    expect(civilOfSerial(60)).toEqual({ year: 1900, month: 2, day: 28 });
  });

  it("reads modern serials and ignores the time of day", () => {
    expect(civilOfSerial(45658)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(civilOfSerial(45658.999)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(civilOfSerial(46082)).toEqual({ year: 2026, month: 3, day: 1 });
    expect(civilOfSerial(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
  });

  it("round-trips with serialFromDayNumber from March 1900 on", () => {
    for (const serial of [61, 45658, 2958465]) {
      expect(serialFromDayNumber(dayNumberFromSerial(serial) as number)).toBe(serial);
    }
  });
});

describe("dayNumberFromIsoText", () => {
  it("gives no date for other text and impossible dates", () => {
    for (const text of [
      "2025-02-30",
      "2023-02-29",
      "2025-13-01",
      "2025-00-10",
      "0000-01-01",
      "2025-1-5",
      "05/01/2025",
      "1 March 2026",
      "2025-01-05x",
      "2025-01-05T25:00",
      "2025-01-05T12:60",
      "2025-01-05T",
      "",
    ]) {
      expect(dayNumberFromIsoText(text)).toBeNull();
    }
  });

  it("reads yyyy-mm-dd, leap days included", () => {
    expect(civilOfText("2026-03-01")).toEqual({ year: 2026, month: 3, day: 1 });
    expect(civilOfText("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(civilOfText("2000-02-29")).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilOfText(" 2026-03-01 ")).toEqual({ year: 2026, month: 3, day: 1 });
  });

  it("accepts a time after T or a space, and takes the written date whatever the zone", () => {
    expect(civilOfText("2026-03-01T13:45")).toEqual({ year: 2026, month: 3, day: 1 });
    expect(civilOfText("2026-03-01 13:45:10")).toEqual({ year: 2026, month: 3, day: 1 });
    expect(civilOfText("2026-03-01T23:59:59.999Z")).toEqual({ year: 2026, month: 3, day: 1 });
    expect(civilOfText("2026-03-01T01:00+05:30")).toEqual({ year: 2026, month: 3, day: 1 });
  });
});

describe("dayNumberFromCell", () => {
  it("gives no date for booleans, blanks and other values", () => {
    for (const cell of [true, false, null, undefined, "", {}]) {
      expect(dayNumberFromCell(cell)).toBeNull();
    }
  });

  it("reads serial numbers and ISO text to the same day", () => {
    expect(dayNumberFromCell(46082)).toBe(dayNumberFromCell("2026-03-01"));
  });
});

describe("day numbers", () => {
  it("count from 1970-01-01 and round-trip through the civil date", () => {
    expect(dayNumberFromCivil(1970, 1, 1)).toBe(0);
    expect(dayNumberFromCivil(1969, 12, 31)).toBe(-1);
    for (const [year, month, day] of [
      [1, 1, 1],
      [1900, 2, 28],
      [2000, 2, 29],
      [9999, 12, 31],
    ]) {
      expect(civilFromDayNumber(dayNumberFromCivil(year, month, day))).toEqual({
        year,
        month,
        day,
      });
    }
  });
});

describe("serialDayFromCell", () => {
  it("is the whole Excel serial of a number, or null outside Excel's dates", () => {
    expect([1, 59.9, 60, 61, 46082.99, 2958465.5].map(serialDayFromCell)).toEqual([
      1, 59, 60, 61, 46082, 2958465,
    ]);
    expect([0, 0.5, -1, 2958466, NaN, Infinity].map(serialDayFromCell)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("gives text dates the serial Excel would give them, and extends it before 1900", () => {
    expect(serialDayFromCell("2026-03-01")).toBe(46082);
    expect(serialDayFromCell("1900-03-01 08:00")).toBe(61);
    expect(serialDayFromCell("1900-02-28")).toBe(59);
    expect(serialDayFromCell("1900-01-01")).toBe(1);
    expect(serialDayFromCell("1899-12-31")).toBe(0);
    expect(serialDayFromCell("2025-02-30")).toBeNull();
    expect(serialDayFromCell(true)).toBeNull();
  });

  it("round-trips through dayNumberFromSerialDay, the phantom day being 28 February", () => {
    for (const serial of [-1000, 0, 1, 59, 61, 46082]) {
      expect(serialDayFromDayNumber(dayNumberFromSerialDay(serial))).toBe(serial);
    }
    expect(dayNumberFromSerialDay(60)).toBe(dayNumberFromSerialDay(59));
  });
});

describe("isoTextOfSerialDay", () => {
  it("writes a serial day as yyyy-mm-dd, the phantom 29 February 1900 as the 28th", () => {
    expect(isoTextOfSerialDay(46143)).toBe("2026-05-01");
    expect(isoTextOfSerialDay(1)).toBe("1900-01-01");
    expect(isoTextOfSerialDay(60)).toBe("1900-02-28");
    expect(isoTextOfSerialDay(61)).toBe("1900-03-01");
    expect(isoTextOfSerialDay(2958465)).toBe("9999-12-31");
  });
});
