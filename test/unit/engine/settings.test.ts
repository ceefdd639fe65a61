import { DEFAULT_SETTINGS, parseSettings } from "../../../src/engine/settings";

const good = {
  version: 1,
  leads: { sheetName: "Leads", tableName: "Leads", headerRow: 0, firstColumn: 0 },
  mapping: { date: 0, source: 1, outcome: 2, value: 3, notes: null, closed: null },
  wonLabels: ["Signed"],
  lostLabels: [],
  extraSources: ["Radio"],
  hiddenSources: ["Phone enquiry"],
  spend: { sheetName: "Spend", tableName: "Spend", headerRow: 0, firstColumn: 0 },
  spendDeclined: false,
  balance: {
    unit: "quarter",
    thresholds: {
      targetConversionRate: 0.3,
      windowPeriods: 2,
      leadChange: 0.1,
      conversionChange: 0.05,
      minimumLeads: 10,
      thinPeriodLeads: 5,
      projectionCompletion: 0.8,
    },
  },
  chaseAfterDays: 45,
};

describe("parseSettings", () => {
  it("falls back to the defaults, with a message, for text that is not JSON or not an object", () => {
    for (const stored of ["{not json", "[1,2]", "42", 42, true, []]) {
      const parsed = parseSettings(stored);
      expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
      expect(parsed.problems).toEqual([
        "The saved settings could not be read; the defaults are used.",
      ]);
    }
  });

  it("refuses an unknown version", () => {
    const parsed = parseSettings({ ...good, version: 7 });
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
    expect(parsed.problems[0]).toMatch(/version this add-in does not know \(7\)/);
  });

  it("keeps a mapping saved before the Closed column was known, with no closed column chosen", () => {
    const parsed = parseSettings({
      ...good,
      mapping: { date: 0, source: 1, outcome: 2, value: 3, notes: null },
    });
    expect(parsed.settings.mapping).toEqual({ ...good.mapping, closed: null });
    expect(parsed.problems).toEqual([]);
  });

  it("resets only the damaged fields, saying which", () => {
    const parsed = parseSettings({
      ...good,
      mapping: { date: -1, source: 1, outcome: 2, value: 3, notes: null },
      wonLabels: ["ok", 3],
      leads: { sheetName: "", tableName: null, headerRow: 0, firstColumn: 0 },
    });
    expect(parsed.settings.mapping).toBeNull();
    expect(parsed.settings.wonLabels).toEqual([]);
    expect(parsed.settings.leads).toBeNull();
    expect(parsed.settings.extraSources).toEqual(["Radio"]);
    expect(parsed.problems).toEqual([
      "The saved leads location could not be used and was reset.",
      "The saved column choices could not be used and were reset.",
      "The saved won labels could not be used and were reset.",
    ]);
  });

  it("resets balance settings out of range or of an unknown period", () => {
    for (const balance of [
      { ...good.balance, unit: "fortnight" },
      { ...good.balance, thresholds: { ...good.balance.thresholds, targetConversionRate: 1.5 } },
      { ...good.balance, thresholds: { ...good.balance.thresholds, windowPeriods: 2.5 } },
      { ...good.balance, thresholds: { ...good.balance.thresholds, minimumLeads: "20" } },
      { ...good.balance, thresholds: { ...good.balance.thresholds, thinPeriodLeads: 0 } },
      { ...good.balance, thresholds: { ...good.balance.thresholds, projectionCompletion: 1.2 } },
      { ...good.balance, thresholds: { ...good.balance.thresholds, projectionCompletion: "70%" } },
      { unit: "month" },
    ]) {
      const parsed = parseSettings({ ...good, balance });
      expect(parsed.settings.balance).toEqual(DEFAULT_SETTINGS.balance);
      expect(parsed.problems).toEqual([
        "The saved balance target and thresholds could not be used and were reset.",
      ]);
    }
  });

  it("gives settings saved before the thin-period threshold existed its default of 10 leads", () => {
    const { thinPeriodLeads, ...older } = good.balance.thresholds;
    expect(thinPeriodLeads).toBe(5);
    const parsed = parseSettings({ ...good, balance: { ...good.balance, thresholds: older } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings.balance.thresholds.thinPeriodLeads).toBe(10);
  });

  it("gives settings saved before the projection threshold existed its default of 70% completion, without a warning", () => {
    const { projectionCompletion, ...older } = good.balance.thresholds;
    expect(projectionCompletion).toBe(0.8);
    const parsed = parseSettings({ ...good, balance: { ...good.balance, thresholds: older } });
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings.balance.thresholds.projectionCompletion).toBe(0.7);
    expect(parseSettings(good).settings.balance.thresholds.projectionCompletion).toBe(0.8);
  });

  it("reads the hidden sources; without them, none are hidden and nothing is said", () => {
    expect(parseSettings({ ...good, hiddenSources: ["Website"] }).settings.hiddenSources).toEqual([
      "Website",
    ]);
    const bad = parseSettings({ ...good, hiddenSources: "Website" });
    expect(bad.settings.hiddenSources).toEqual([]);
    expect(bad.problems).toEqual(["The saved hidden sources could not be used and were reset."]);
    const older: Record<string, unknown> = { ...good };
    delete older.hiddenSources;
    expect(parseSettings(older)).toMatchObject({ settings: { hiddenSources: [] }, problems: [] });
  });

  it("reads the days before chasing an open lead: whole days from 1 to 3650, else 30 with a word", () => {
    expect(parseSettings({ ...good, chaseAfterDays: 1 }).settings.chaseAfterDays).toBe(1);
    expect(parseSettings({ ...good, chaseAfterDays: 3650 }).settings.chaseAfterDays).toBe(3650);
    for (const bad of [0, 3651, 14.5, -7, "30", null, true, Number.NaN]) {
      const parsed = parseSettings({ ...good, chaseAfterDays: bad });
      expect(parsed.settings.chaseAfterDays).toBe(30);
      expect(parsed.problems).toEqual([
        "The saved number of days before chasing an open lead could not be used and was reset.",
      ]);
    }
  });

  it("gives settings saved before the chase list existed 30 days, without a warning", () => {
    const older: Record<string, unknown> = { ...good };
    delete older.chaseAfterDays;
    expect(parseSettings(older)).toMatchObject({ settings: { chaseAfterDays: 30 }, problems: [] });
    expect(parseSettings(JSON.stringify(older)).problems).toEqual([]);
  });

  it("rejects lists too long to be real", () => {
    const parsed = parseSettings({ ...good, extraSources: new Array(201).fill("x") });
    expect(parsed.settings.extraSources).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
  });

  it("reads nothing stored as the defaults, without a problem", () => {
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("reads good settings back as they were, from an object or its JSON", () => {
    expect(parseSettings(good)).toEqual({ settings: good, problems: [] });
    expect(parseSettings(JSON.stringify(good))).toEqual({ settings: good, problems: [] });
  });

  it("fills missing fields with their defaults", () => {
    expect(parseSettings({ version: 1 })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
});
