/**
 * Lead dates as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar, no time
 * zone), read from Excel serial numbers or ISO text. Pure integer arithmetic: JavaScript's Date
 * would bring time zones and its own quirks for years below 100.
 */
import { Cell } from "./cells";

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
export function dayNumberFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The last date Excel can show: 9999-12-31. */
export const LAST_EXCEL_SERIAL = 2958465;

// Serial 1 is 1900-01-01. Excel counts a 29 February 1900 that never was (serial 60, kept from
// Lotus 1-2-3), so from serial 61 on the day is 1899-12-30 plus the serial, and before 60 it is
// 1899-12-31 plus the serial.
const DAY_BEFORE_SERIAL_1 = dayNumberFromCivil(1899, 12, 31);
const SERIAL_ZERO_FROM_MARCH_1900 = dayNumberFromCivil(1899, 12, 30);
const PHANTOM_LEAP_DAY = 60;

/**
 * The day number of an Excel serial in the 1900 date system, ignoring the time of day, or null
 * for no date. The phantom 29 February 1900 counts as 28 February: it belongs to February 1900,
 * its quarter, year and ISO week, which is all a period needs.
 */
export function dayNumberFromSerial(serial: number): number | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > LAST_EXCEL_SERIAL) return null;
  if (whole < PHANTOM_LEAP_DAY) return DAY_BEFORE_SERIAL_1 + whole;
  if (whole === PHANTOM_LEAP_DAY) return DAY_BEFORE_SERIAL_1 + PHANTOM_LEAP_DAY - 1;
  return SERIAL_ZERO_FROM_MARCH_1900 + whole;
}

const MARCH_1_1900 = dayNumberFromCivil(1900, 3, 1);

/**
 * A day as Excel counts it: the whole serial number of the 1900 date system, so that the
 * difference of two days is what Excel's own subtraction gives (phantom 29 February 1900
 * included). Text dates before 1900, which Excel cannot hold as numbers, extend the count
 * backwards (0 is 1899-12-31) so that they still have a place in time.
 */
export function serialDayFromDayNumber(dayNumber: number): number {
  return dayNumber >= MARCH_1_1900
    ? dayNumber - SERIAL_ZERO_FROM_MARCH_1900
    : dayNumber - DAY_BEFORE_SERIAL_1;
}

/** The day number of a serial day (see serialDayFromDayNumber); the phantom day is 28 February. */
export function dayNumberFromSerialDay(serialDay: number): number {
  if (serialDay < PHANTOM_LEAP_DAY) return DAY_BEFORE_SERIAL_1 + serialDay;
  if (serialDay === PHANTOM_LEAP_DAY) return DAY_BEFORE_SERIAL_1 + PHANTOM_LEAP_DAY - 1;
  return SERIAL_ZERO_FROM_MARCH_1900 + serialDay;
}

/**
 * A date cell (rule 7) as a serial day, the time of day dropped, or null for no date. A number
 * is its own serial, so Excel dates need no calendar arithmetic at all.
 */
export function serialDayFromCell(cell: Cell): number | null {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return null;
    const whole = Math.floor(cell);
    return whole >= 1 && whole <= LAST_EXCEL_SERIAL ? whole : null;
  }
  if (typeof cell !== "string") return null;
  const day = dayNumberFromIsoText(cell);
  return day === null ? null : serialDayFromDayNumber(day);
}

/** The Excel serial of a day number from 1900-03-01 on (used to write dates back to a sheet). */
export function serialFromDayNumber(dayNumber: number): number {
  return dayNumber - SERIAL_ZERO_FROM_MARCH_1900;
}

// yyyy-mm-dd, then optionally T or a space and a time hh:mm[:ss[.fff]] with an optional zone.
// The zone is accepted but not applied: the date part is the day the lead was written down.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** The day number of ISO text yyyy-mm-dd (years 0001 to 9999), or null if it is not a real date. */
export function dayNumberFromIsoText(text: string): number | null {
  const match = ISO_DATE.exec(text.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (match[4] !== undefined) {
    const hours = Number(match[4]);
    const minutes = Number(match[5]);
    const seconds = match[6] === undefined ? 0 : Number(match[6]);
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
  }
  return dayNumberFromCivil(year, month, day);
}

/** A lead's date cell as a day number, or null for no date. */
export function dayNumberFromCell(cell: Cell): number | null {
  if (typeof cell === "number") return dayNumberFromSerial(cell);
  if (typeof cell === "string") return dayNumberFromIsoText(cell);
  return null;
}

/**
 * The Excel serial of a moment on the owner's clock: the calendar date and time the owner sees,
 * since Excel dates carry no time zone.
 */
export function serialFromLocalTime(moment: Date): number {
  const day = dayNumberFromCivil(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
  const seconds = moment.getHours() * 3600 + moment.getMinutes() * 60 + moment.getSeconds();
  return serialFromDayNumber(day) + seconds / 86400;
}

/** A day as yyyy-mm-dd, as the pane shows dates whatever the owner's format. */
export function isoTextOfDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** A serial day as yyyy-mm-dd, as the pane shows a lead's date whatever the owner's format. */
export function isoTextOfSerialDay(serialDay: number): string {
  return isoTextOfDayNumber(dayNumberFromSerialDay(serialDay));
}
