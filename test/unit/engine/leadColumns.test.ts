import {
  fieldOfHeader,
  guessMapping,
  looksLikeLeadsHeader,
  looksLikeSpendHeader,
  spendColumns,
} from "../../../src/engine/leadColumns";

describe("fieldOfHeader", () => {
  it("recognises nothing in unrelated or blank headers", () => {
    for (const header of ["Name", "Phone", "", null, 42, "Sources of income"]) {
      expect(fieldOfHeader(header)).toBeNull();
    }
  });

  it("recognises every documented header name in any case and spacing", () => {
    const expected: [string, string][] = [
      ["Source", "source"],
      [" lead  SOURCE ", "source"],
      ["Channel", "source"],
      ["Origin", "source"],
      ["How did you hear about us?", "source"],
      ["Outcome", "outcome"],
      ["Status", "outcome"],
      ["Result", "outcome"],
      ["Stage", "outcome"],
      ["Date", "date"],
      ["Created", "date"],
      ["Received", "date"],
      ["Value", "value"],
      ["Amount", "value"],
      ["Revenue", "value"],
      ["Notes", "notes"],
    ];
    for (const [header, field] of expected) expect(fieldOfHeader(header)).toBe(field);
  });
});

describe("guessMapping", () => {
  it("maps the first recognised column of each field", () => {
    expect(guessMapping(["Name", "Received", "Channel", "Status", "Amount", "Status"])).toEqual({
      date: 1,
      source: 2,
      outcome: 3,
      value: 4,
      notes: null,
      closed: null,
    });
  });
});

describe("the closed column", () => {
  it("is recognised by the names issue 12 lists, in any case or spacing", () => {
    for (const header of ["Closed", "Closed date", "DATE CLOSED", "won_date", "Decision  date"]) {
      expect(fieldOfHeader(header)).toBe("closed");
    }
  });

  it("is never taken for the lead's own date, and is optional", () => {
    expect(guessMapping(["Date", "Source", "Outcome", "Closed date"])).toEqual({
      date: 0,
      source: 1,
      outcome: 2,
      value: null,
      notes: null,
      closed: 3,
    });
    expect(guessMapping(["Close date", "Source"]).date).toBeNull();
    expect(guessMapping(["Date", "Source"]).closed).toBeNull();
  });
});

describe("looksLikeLeadsHeader", () => {
  it("needs a source column and an outcome or date column", () => {
    expect(looksLikeLeadsHeader(["Source"])).toBe(false);
    expect(looksLikeLeadsHeader(["Status", "Date"])).toBe(false);
    expect(looksLikeLeadsHeader(["Source", "Status"])).toBe(true);
    expect(looksLikeLeadsHeader(["Date", "Channel"])).toBe(true);
  });
});

describe("spendColumns", () => {
  it("needs a source column and an amount column", () => {
    expect(spendColumns([])).toBeNull();
    expect(spendColumns(["Source", "Notes"])).toBeNull();
    expect(spendColumns(["Item", "Cost"])).toBeNull();
    expect(looksLikeSpendHeader(["Date", "Source", "Outcome"])).toBe(false);
  });

  it("finds Source, then Spend, Cost, Budget or Amount (Spend first), and an optional Period", () => {
    expect(spendColumns(["Source", "Spend", "Period"])).toEqual({ source: 0, spend: 1, period: 2 });
    expect(spendColumns(["Month", " lead source ", "Amount", "SPEND"])).toEqual({
      source: 1,
      spend: 3,
      period: 0,
    });
    expect(spendColumns(["Channel", "Budget"])).toEqual({ source: 0, spend: 1, period: null });
    expect(looksLikeSpendHeader(["How did you hear about us?", "Cost"])).toBe(true);
    expect(spendColumns(["Source", "Amount", "Date"])).toEqual({ source: 0, spend: 1, period: 2 });
  });
});

/** Header rows of real exports, forms and templates, as their makers document them. */
describe("guessMapping on the header rows owners paste in", () => {
  const cases: { source: string; headers: string[]; expected: Record<string, number | null> }[] = [
    {
      // Salesforce Field Reference, Lead: the field labels a Leads report exports.
      // developer.salesforce.com/docs/platform/field-reference/references/field-reference/salesforce-field-reference-lead.html
      source: "Salesforce leads report",
      headers: [
        "First Name",
        "Last Name",
        "Company",
        "Email",
        "Lead Source",
        "Lead Status",
        "Created Date",
        "Converted Date",
        "Annual Revenue",
        "Description",
      ],
      expected: { source: 4, outcome: 5, date: 6, value: null, notes: 9, closed: null },
    },
    {
      // Zoho CRM Leads module fields (zoho.com/crm/help/api/modules-fields.html).
      source: "Zoho CRM leads export",
      headers: [
        "Lead Owner",
        "First Name",
        "Last Name",
        "Company",
        "Email",
        "Lead Source",
        "Lead Status",
        "Annual Revenue",
        "Created Time",
        "Modified Time",
        "Description",
      ],
      expected: { source: 5, outcome: 6, date: 8, value: null, notes: 10, closed: null },
    },
    {
      // HubSpot default contact properties: Lifecycle stage, Lead status, Original source
      // (hs_analytics_source) and its drill-downs, Create date, Became a Customer date.
      source: "HubSpot contacts export",
      headers: [
        "Record ID",
        "First Name",
        "Last Name",
        "Email",
        "Lifecycle Stage",
        "Lead Status",
        "Original Source",
        "Original Source Drill-Down 1",
        "Create Date",
        "Became a Customer Date",
      ],
      expected: { source: 6, outcome: 4, date: 8, value: null, notes: null, closed: null },
    },
    {
      // Pipedrive deals export: "Deal - " columns; deal status open/won/lost; "Source channel"
      // is the marketing channel, "Source origin" how the deal was entered
      // (support.pipedrive.com/en/article/lead-source-deals).
      source: "Pipedrive deals export",
      headers: [
        "Deal - ID",
        "Deal - Title",
        "Deal - Value",
        "Deal - Currency",
        "Deal - Status",
        "Deal - Deal created",
        "Deal - Won time",
        "Deal - Lost time",
        "Deal - Source origin",
        "Deal - Source channel",
        "Deal - Weighted value",
        "Person - Name",
      ],
      expected: { source: 9, outcome: 4, date: 5, value: 2, notes: null, closed: null },
    },
    {
      // A Google Forms response sheet: "Timestamp" first, then one column per question.
      source: "Google Forms responses",
      headers: [
        "Timestamp",
        "Name",
        "Email address",
        "Phone number",
        "How did you hear about us?",
        "What can we help with?",
      ],
      expected: { source: 4, outcome: null, date: 0, value: null, notes: null, closed: null },
    },
    {
      // Microsoft Forms "Open results in Excel": ID, Start time, Completion time, Email, Name.
      source: "Microsoft Forms results",
      headers: ["ID", "Start time", "Completion time", "Email", "Name", "Where did you find us?"],
      expected: { source: 5, outcome: null, date: 2, value: null, notes: null, closed: null },
    },
    {
      // Meta lead ads download (developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving).
      source: "Meta lead ads download",
      headers: [
        "id",
        "created_time",
        "ad_id",
        "ad_name",
        "campaign_name",
        "form_name",
        "is_organic",
        "platform",
        "full_name",
        "email",
        "lead_status",
      ],
      expected: { source: 7, outcome: 10, date: 1, value: null, notes: null, closed: null },
    },
    {
      // A lead-tracker template: the follow-up date comes first and is not the lead's date.
      source: "lead tracker template",
      headers: [
        "Follow-up Date",
        "Lead Name",
        "Lead Date",
        "Source",
        "Status",
        "Deal Value",
        "Notes",
      ],
      expected: { source: 3, outcome: 4, date: 2, value: 5, notes: 6, closed: null },
    },
  ];

  for (const { source, headers, expected } of cases) {
    it(`maps the columns of a ${source}`, () => {
      expect(guessMapping(headers)).toEqual(expected);
      expect(looksLikeLeadsHeader(headers)).toBe(true);
    });
  }

  it("takes a column for one field only, the surer one", () => {
    // "Status" could be the outcome; "Lead Status" is surer, so "Status" stays free.
    expect(guessMapping(["Status", "Lead Status", "Source"])).toMatchObject({ outcome: 1 });
  });

  it("takes a merely date-like column only when nothing names the date better", () => {
    expect(guessMapping(["Source", "Date of enquiry"]).date).toBe(1);
    expect(guessMapping(["Date of enquiry", "Source", "Lead Date"]).date).toBe(2);
    expect(
      guessMapping(["Source", "Follow-up date", "Close date", "Date of birth"]).date
    ).toBeNull();
  });
});
