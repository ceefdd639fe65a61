/*
 * The TALLY custom functions. Each is its JSDoc (read at build time by
 * custom-functions-metadata-plugin to make functions.json) and one call into the engine.
 */
import {
  costPerClientFormula,
  costPerLeadFormula,
  marketingRoiFormula,
  Result,
  Table,
  TallyError,
  conversionRateFormula,
  daysToConvertFormula,
  errors,
  isTallyError,
  leadsByOutcomeFormula,
  leadsByPeriodFormula,
  leadsBySourceFormula,
  openLeadsByAgeFormula,
  projectedConversionFormula,
  salesVelocityFormula,
  serialFromLocalTime,
  winRateFormula,
} from "../engine";

/* global CustomFunctions */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands ranges over as any[][]; the engine checks every value. */

/**
 * Excel shows a message only with #VALUE! and #N/A; #DIV/0! takes none (CustomFunctions.ErrorCode
 * reference, divisionByZero: "A custom error message can't be used"), so none is sent with it.
 */
function toExcelError(error: TallyError): CustomFunctions.Error {
  switch (error.code) {
    case "divisionByZero":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "notAvailable":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    default:
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
  }
}

/**
 * The computer's local date as a serial day, for an as_of left out. The functions are not
 * volatile, so this is the day the cell was computed; the engine never reads the clock.
 */
function today(): number {
  return Math.floor(serialFromLocalTime(new Date()));
}

/**
 * Runs a computation and hands Excel its value. An error for the whole result is thrown as a
 * CustomFunctions.Error; anything unexpected is caught too, because an exception that escapes
 * shows as a bare #VALUE! with no reason.
 */
function answer<T>(compute: () => Result<T>): T {
  let result: Result<T>;
  try {
    result = compute();
  } catch (exception) {
    throw toExcelError(errors.unexpected(describe(exception)));
  }
  if (!result.ok) throw toExcelError(result.error);
  return result.value;
}

function describe(exception: unknown): string {
  if (exception instanceof Error) return exception.message;
  try {
    return String(exception);
  } catch {
    return "an unknown error";
  }
}

/** Error cells inside a spilled table become Excel errors in those cells. */
function spill(table: Table): any[][] {
  return table.map((row) => row.map((cell) => (isTallyError(cell) ? toExcelError(cell) : cell)));
}

/**
 * The share of leads that became clients: clients ÷ leads, open leads included.
 * @customfunction CONVERSION_RATE
 * @helpurl https://localhost:3000/help.html#conversion_rate
 * @param sources The lead source of each lead: one column (or one row) of the leads table, such as Leads[Source].
 * @param outcomes The outcome of each lead, the same size as sources, such as Leads[Outcome].
 * @param [source] Only the leads of this source. Leave out for all leads.
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for won, closed won, client, customer, converted, sale, sold, closed - converted, closed - won, closedwon.
 * @returns A number from 0 to 1.
 */
export function conversionRate(
  sources: any[][],
  outcomes: any[][],
  source?: any,
  won?: any[][]
): number {
  return answer(() => conversionRateFormula(sources, outcomes, source, won));
}

/**
 * The share of decided leads that were won: won ÷ (won + lost). Open leads do not count.
 * @customfunction WIN_RATE
 * @helpurl https://localhost:3000/help.html#win_rate
 * @param sources The lead source of each lead: one column (or one row) of the leads table.
 * @param outcomes The outcome of each lead, the same size as sources.
 * @param [source] Only the leads of this source. Leave out for all leads.
 * @param [won] The outcome labels that mean won (a text or a range of texts). Leave out for the default list.
 * @param [lost] The outcome labels that mean lost (a text or a range of texts). Leave out for lost, closed lost, dead, disqualified, rejected, no sale, closed - not converted, closed - lost, closedlost, unqualified.
 * @returns A number from 0 to 1.
 */
export function winRate(
  sources: any[][],
  outcomes: any[][],
  source?: any,
  won?: any[][],
  lost?: any[][]
): number {
  return answer(() => winRateFormula(sources, outcomes, source, won, lost));
}

/**
 * Leads per source, most first, with clients and conversion rate when outcomes are given. Spills a table with a header row.
 * @customfunction LEADS_BY_SOURCE
 * @helpurl https://localhost:3000/help.html#leads_by_source
 * @param sources The lead source of each lead: one column (or one row) of the leads table.
 * @param [outcomes] The outcome of each lead, the same size as sources. Leave out to count leads only.
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for the default list.
 * @returns Source | Leads | Clients | Conversion rate (Source | Leads without outcomes).
 */
export function leadsBySource(sources: any[][], outcomes?: any[][], won?: any[][]): any[][] {
  return spill(answer(() => leadsBySourceFormula(sources, outcomes, won)));
}

/**
 * Leads per month, quarter, year or ISO week, every period from the first lead to the last, with clients and conversion rate when outcomes are given.
 * @customfunction LEADS_BY_PERIOD
 * @helpurl https://localhost:3000/help.html#leads_by_period
 * @param dates The date of each lead: Excel dates or yyyy-mm-dd text, one column (or one row).
 * @param [outcomes] The outcome of each lead, the same size as dates. Leave out to count leads only.
 * @param [period] "month" (the default), "quarter", "year" or "week".
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for the default list.
 * @returns Period | Leads | Clients | Conversion rate (Period | Leads without outcomes), then leads with no date.
 */
export function leadsByPeriod(
  dates: any[][],
  outcomes?: any[][],
  period?: any,
  won?: any[][]
): any[][] {
  return spill(answer(() => leadsByPeriodFormula(dates, outcomes, period, won)));
}

/**
 * Leads per source split into won, lost and open, with conversion rate and win rate. Spills a table with a header row.
 * @customfunction LEADS_BY_OUTCOME
 * @helpurl https://localhost:3000/help.html#leads_by_outcome
 * @param sources The lead source of each lead: one column (or one row) of the leads table.
 * @param outcomes The outcome of each lead, the same size as sources.
 * @param [won] The outcome labels that mean won (a text or a range of texts). Leave out for the default list.
 * @param [lost] The outcome labels that mean lost (a text or a range of texts). Leave out for the default list.
 * @returns Source | Leads | Won | Lost | Open | Conversion rate | Win rate.
 */
export function leadsByOutcome(
  sources: any[][],
  outcomes: any[][],
  won?: any[][],
  lost?: any[][]
): any[][] {
  return spill(answer(() => leadsByOutcomeFormula(sources, outcomes, won, lost)));
}

/**
 * Marketing spend per lead: spend ÷ leads, for all sources or one.
 * @customfunction COST_PER_LEAD
 * @helpurl https://localhost:3000/help.html#cost_per_lead
 * @param spend_sources The source of each spend line: one column (or one row) of the spend table, such as Spend[Source].
 * @param spend The amount of each spend line, the same size as spend_sources, such as Spend[Spend].
 * @param sources The lead source of each lead, such as Leads[Source].
 * @param [source] Only this source's spend and leads. Leave out for all.
 * @returns An amount in the spend's currency.
 */
export function costPerLead(
  spend_sources: any[][],
  spend: any[][],
  sources: any[][],
  source?: any
): number {
  return answer(() => costPerLeadFormula(spend_sources, spend, sources, source));
}

/**
 * Marketing spend per client won (customer acquisition cost): spend ÷ clients, for all sources or one.
 * @customfunction COST_PER_CLIENT
 * @helpurl https://localhost:3000/help.html#cost_per_client
 * @param spend_sources The source of each spend line, such as Spend[Source].
 * @param spend The amount of each spend line, the same size as spend_sources.
 * @param sources The lead source of each lead, such as Leads[Source].
 * @param outcomes The outcome of each lead, the same size as sources.
 * @param [source] Only this source's spend and clients. Leave out for all.
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for the default list.
 * @returns An amount in the spend's currency.
 */
export function costPerClient(
  spend_sources: any[][],
  spend: any[][],
  sources: any[][],
  outcomes: any[][],
  source?: any,
  won?: any[][]
): number {
  return answer(() => costPerClientFormula(spend_sources, spend, sources, outcomes, source, won));
}

/**
 * Return on marketing investment: (revenue − spend) ÷ spend, revenue being the value of the leads won.
 * @customfunction MARKETING_ROI
 * @helpurl https://localhost:3000/help.html#marketing_roi
 * @param spend_sources The source of each spend line, such as Spend[Source].
 * @param spend The amount of each spend line, the same size as spend_sources.
 * @param sources The lead source of each lead, such as Leads[Source].
 * @param outcomes The outcome of each lead, the same size as sources.
 * @param values The value of each lead (what the client brought), the same size as sources, such as Leads[Value].
 * @param [source] Only this source's spend and revenue. Leave out for all.
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for the default list.
 * @returns A ratio: 0.5 means the source returned its cost and half as much again; −1 means nothing came back.
 */
export function marketingRoi(
  spend_sources: any[][],
  spend: any[][],
  sources: any[][],
  outcomes: any[][],
  values: any[][],
  source?: any,
  won?: any[][]
): number {
  return answer(() =>
    marketingRoiFormula(spend_sources, spend, sources, outcomes, values, source, won)
  );
}

/**
 * How many days leads take to become clients: the median (or mean) of closed date − lead date over the won leads that have both.
 * @customfunction DAYS_TO_CONVERT
 * @helpurl https://localhost:3000/help.html#days_to_convert
 * @param dates The date of each lead: Excel dates or yyyy-mm-dd text, one column (or one row), such as Leads[Date].
 * @param closed The day each lead was won or lost, the same size as dates, such as Leads[Closed].
 * @param outcomes The outcome of each lead, the same size as dates.
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for the default list.
 * @param [statistic] "median" (the default) or "mean".
 * @returns A number of days; #N/A when no client has both dates.
 */
export function daysToConvert(
  dates: any[][],
  closed: any[][],
  outcomes: any[][],
  won?: any[][],
  statistic?: any
): number {
  return answer(() => daysToConvertFormula(dates, closed, outcomes, won, statistic));
}

/**
 * Money the open leads should bring per day: open leads × win rate × average client value ÷ mean days to convert.
 * @customfunction SALES_VELOCITY
 * @helpurl https://localhost:3000/help.html#sales_velocity
 * @param dates The date of each lead, such as Leads[Date].
 * @param closed The day each lead was won or lost, the same size as dates, such as Leads[Closed].
 * @param outcomes The outcome of each lead, the same size as dates.
 * @param values The value of each lead (what the client brought), the same size as dates, such as Leads[Value].
 * @param [won] The outcome labels that mean won (a text or a range of texts). Leave out for the default list.
 * @param [lost] The outcome labels that mean lost (a text or a range of texts). Leave out for the default list.
 * @returns An amount per day in the values' currency.
 */
export function salesVelocity(
  dates: any[][],
  closed: any[][],
  outcomes: any[][],
  values: any[][],
  won?: any[][],
  lost?: any[][]
): number {
  return answer(() => salesVelocityFormula(dates, closed, outcomes, values, won, lost));
}

/**
 * Conversion so far and projected conversion per period, from how long the business's clients have taken to convert. Spills a table with a header row.
 * @customfunction PROJECTED_CONVERSION
 * @helpurl https://localhost:3000/help.html#projected_conversion
 * @param dates The date of each lead, such as Leads[Date].
 * @param closed The day each lead was won or lost, the same size as dates, such as Leads[Closed].
 * @param outcomes The outcome of each lead, the same size as dates.
 * @param [period] "month" (the default), "quarter", "year" or "week".
 * @param [won] The outcome labels that mean the lead became a client (a text or a range of texts). Leave out for the default list.
 * @param [as_of] The day to measure ages at. Leave out for the day the cell is computed; pass TODAY() for a figure that moves with the calendar.
 * @returns Period | Leads | Clients so far | Conversion so far | Completion | Projected conversion.
 */
export function projectedConversion(
  dates: any[][],
  closed: any[][],
  outcomes: any[][],
  period?: any,
  won?: any[][],
  as_of?: any
): any[][] {
  return spill(
    answer(() => projectedConversionFormula(dates, closed, outcomes, period, won, as_of, today()))
  );
}

/**
 * Open leads (neither won nor lost) by age: 0 to 7 days, 8 to 30, 31 to 90, over 90, and without a date. Spills a table with a header row.
 * @customfunction OPEN_LEADS_BY_AGE
 * @helpurl https://localhost:3000/help.html#open_leads_by_age
 * @param dates The date of each lead, such as Leads[Date].
 * @param outcomes The outcome of each lead, the same size as dates.
 * @param [as_of] The day to measure ages at. Leave out for the day the cell is computed; pass TODAY() for a figure that moves with the calendar.
 * @param [won] The outcome labels that mean won (a text or a range of texts). Leave out for the default list.
 * @param [lost] The outcome labels that mean lost (a text or a range of texts). Leave out for the default list.
 * @returns Age | Open leads.
 */
export function openLeadsByAge(
  dates: any[][],
  outcomes: any[][],
  as_of?: any,
  won?: any[][],
  lost?: any[][]
): any[][] {
  return spill(answer(() => openLeadsByAgeFormula(dates, outcomes, as_of, won, lost, today())));
}
