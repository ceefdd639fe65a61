/**
 * The settings Lead Tally keeps in the workbook (so they travel with it to another computer):
 * where the leads are, which column is which, and the owner's won and lost labels. What is read
 * back is checked field by field; anything damaged or hand-edited falls back to its default, and
 * the problem is reported rather than crashing the pane.
 */
import { BalanceThresholds, DEFAULT_BALANCE_THRESHOLDS } from "./balanceThresholds";
import { ColumnMapping, LEAD_FIELDS } from "./leadColumns";
import { PERIOD_UNITS, PeriodUnit } from "./periods";

export const SETTINGS_VERSION = 1;

export interface SavedLocation {
  readonly sheetName: string;
  readonly tableName: string | null;
  readonly headerRow: number;
  readonly firstColumn: number;
}

export interface TallySettings {
  readonly version: typeof SETTINGS_VERSION;
  readonly leads: SavedLocation | null;
  readonly mapping: ColumnMapping | null;
  /** Empty means the default list. */
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
  /** Sources the owner added to the tally buttons beyond those in the data and the defaults. */
  readonly extraSources: readonly string[];
  /** Source buttons the owner hid (the leads keep their rows; only the button goes). */
  readonly hiddenSources: readonly string[];
  /** The owner's spend table (Source, Spend, optionally Period), if there is one. */
  readonly spend: SavedLocation | null;
  /**
   * True when the owner chose no spend table. Otherwise, with none saved, a spend table found in
   * the workbook is proposed and used, as the leads are.
   */
  readonly spendDeclined: boolean;
  /** The Marketing vs Sales sheet's period, target and diagnosis thresholds. */
  readonly balance: BalanceSettings;
  /** Open leads older than this many days are on the pane's chase list. */
  readonly chaseAfterDays: number;
}

export interface BalanceSettings {
  readonly unit: PeriodUnit;
  readonly thresholds: BalanceThresholds;
}

export const DEFAULT_SETTINGS: TallySettings = {
  version: SETTINGS_VERSION,
  leads: null,
  mapping: null,
  wonLabels: [],
  lostLabels: [],
  extraSources: [],
  hiddenSources: [],
  spend: null,
  spendDeclined: false,
  balance: { unit: "month", thresholds: DEFAULT_BALANCE_THRESHOLDS },
  chaseAfterDays: 30,
};

export interface ParsedSettings {
  readonly settings: TallySettings;
  /** What was wrong with the stored settings, in words for the owner; empty when nothing was. */
  readonly problems: readonly string[];
}

/**
 * The most items in a settings list (won and lost labels, sources) and characters in one item: long
 * enough for any real list; more is damage, not configuration. The pane checks what the owner types
 * against these same limits.
 */
export const MAX_SETTINGS_ITEMS = 200;
export const MAX_SETTINGS_TEXT_LENGTH = 255;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 16384;
}

function textList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_SETTINGS_ITEMS) return null;
  if (!value.every((item) => typeof item === "string" && item.length <= MAX_SETTINGS_TEXT_LENGTH))
    return null;
  return value as string[];
}

function location(value: unknown): SavedLocation | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { sheetName, tableName, headerRow, firstColumn } = value;
  if (typeof sheetName !== "string" || sheetName.length === 0 || sheetName.length > 31)
    return undefined;
  if (tableName !== null && (typeof tableName !== "string" || tableName.length === 0))
    return undefined;
  if (
    typeof headerRow !== "number" ||
    !Number.isInteger(headerRow) ||
    headerRow < 0 ||
    headerRow >= 1048576
  ) {
    return undefined;
  }
  if (!isIndex(firstColumn)) return undefined;
  return { sheetName, tableName, headerRow, firstColumn };
}

function mapping(value: unknown): ColumnMapping | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const result: Record<string, number | null> = {};
  for (const field of LEAD_FIELDS) {
    // A field added after the mapping was saved (closed) is simply not chosen yet.
    const index = field in value ? value[field] : null;
    if (index !== null && !isIndex(index)) return undefined;
    result[field] = index;
  }
  return result as ColumnMapping;
}

function flag(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

function numberIn(value: unknown, low: number, high: number, whole = false): value is number {
  return (
    typeof value === "number" &&
    value >= low &&
    value <= high &&
    (!whole || Number.isInteger(value))
  );
}

export interface ThresholdLimit {
  readonly low: number;
  readonly high: number;
  /** True when only whole numbers are allowed. */
  readonly whole: boolean;
}

/** The range each balance threshold must lie in, for the pane's form to name as the engine checks it. */
export const BALANCE_LIMITS: { readonly [K in keyof BalanceThresholds]: ThresholdLimit } = {
  targetConversionRate: { low: 0, high: 1, whole: false },
  windowPeriods: { low: 1, high: 24, whole: true },
  leadChange: { low: 0, high: 10, whole: false },
  conversionChange: { low: 0, high: 1, whole: false },
  minimumLeads: { low: 0, high: 1_000_000, whole: true },
  thinPeriodLeads: { low: 1, high: 1_000_000, whole: true },
  projectionCompletion: { low: 0, high: 1, whole: false },
};

/** Whole days, from a day to ten years: the pane's field checks what is typed against these. */
export const CHASE_AFTER_LIMIT: ThresholdLimit = { low: 1, high: 3650, whole: true };

function chaseAfterDays(value: unknown): number | undefined {
  const { low, high, whole } = CHASE_AFTER_LIMIT;
  return numberIn(value, low, high, whole) ? value : undefined;
}

function balance(value: unknown): BalanceSettings | undefined {
  if (!isRecord(value) || !isRecord(value.thresholds)) return undefined;
  const unit = PERIOD_UNITS.find((candidate) => candidate === value.unit);
  const { targetConversionRate, windowPeriods, leadChange, conversionChange, minimumLeads } =
    value.thresholds;
  // Settings saved before the thin-period threshold existed lack it: they keep the default.
  const thinPeriodLeads =
    value.thresholds.thinPeriodLeads ?? DEFAULT_BALANCE_THRESHOLDS.thinPeriodLeads;
  const projectionCompletion =
    value.thresholds.projectionCompletion ?? DEFAULT_BALANCE_THRESHOLDS.projectionCompletion;
  const within = (name: keyof BalanceThresholds, candidate: unknown): candidate is number => {
    const { low, high, whole } = BALANCE_LIMITS[name];
    return numberIn(candidate, low, high, whole);
  };
  if (
    unit === undefined ||
    !within("targetConversionRate", targetConversionRate) ||
    !within("windowPeriods", windowPeriods) ||
    !within("leadChange", leadChange) ||
    !within("conversionChange", conversionChange) ||
    !within("minimumLeads", minimumLeads) ||
    !within("thinPeriodLeads", thinPeriodLeads) ||
    !within("projectionCompletion", projectionCompletion)
  ) {
    return undefined;
  }
  return {
    unit,
    thresholds: {
      targetConversionRate,
      windowPeriods,
      leadChange,
      conversionChange,
      minimumLeads,
      thinPeriodLeads,
      projectionCompletion,
    },
  };
}

/** Reads settings as stored: an object, or its JSON text. */
export function parseSettings(stored: unknown): ParsedSettings {
  if (stored === null || stored === undefined) return { settings: DEFAULT_SETTINGS, problems: [] };
  let raw = stored;
  if (typeof stored === "string") {
    try {
      raw = JSON.parse(stored);
    } catch {
      return {
        settings: DEFAULT_SETTINGS,
        problems: ["The saved settings could not be read; the defaults are used."],
      };
    }
  }
  if (!isRecord(raw)) {
    return {
      settings: DEFAULT_SETTINGS,
      problems: ["The saved settings could not be read; the defaults are used."],
    };
  }
  if (raw.version !== SETTINGS_VERSION) {
    // The version is shown only when it is a plain number: anything else would say nothing to
    // the owner, or fill the pane (a hand-edited version can be any JSON at all).
    const version = raw.version;
    const shown =
      typeof version === "number" && Number.isFinite(version) ? ` (${String(version)})` : "";
    return {
      settings: DEFAULT_SETTINGS,
      problems: [
        version === undefined
          ? "The saved settings could not be read; the defaults are used."
          : `The saved settings are of a version this add-in does not know${shown}; the defaults are used.`,
      ],
    };
  }

  const record = raw;
  const problems: string[] = [];
  function field<T>(
    name: string,
    read: (value: unknown) => T | null | undefined,
    fallback: T,
    what: string
  ): T {
    if (!(name in record)) return fallback;
    const value = read(record[name]);
    if (value === undefined || (value === null && fallback !== null)) {
      problems.push(
        `The saved ${what} could not be used and ${what.endsWith("s") ? "were" : "was"} reset.`
      );
      return fallback;
    }
    return value as T;
  }

  return {
    settings: {
      version: SETTINGS_VERSION,
      leads: field("leads", location, DEFAULT_SETTINGS.leads, "leads location"),
      mapping: field("mapping", mapping, DEFAULT_SETTINGS.mapping, "column choices"),
      wonLabels: field("wonLabels", textList, [], "won labels"),
      lostLabels: field("lostLabels", textList, [], "lost labels"),
      extraSources: field("extraSources", textList, [], "added sources"),
      hiddenSources: field("hiddenSources", textList, [], "hidden sources"),
      spend: field("spend", location, DEFAULT_SETTINGS.spend, "spend table location"),
      spendDeclined: field("spendDeclined", flag, false, "spend table choice"),
      balance: field("balance", balance, DEFAULT_SETTINGS.balance, "balance target and thresholds"),
      // Settings saved before the chase list existed lack it: the default, without a word.
      chaseAfterDays: field(
        "chaseAfterDays",
        chaseAfterDays,
        DEFAULT_SETTINGS.chaseAfterDays,
        "number of days before chasing an open lead"
      ),
    },
    problems,
  };
}
