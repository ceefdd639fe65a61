/** @jest-environment jsdom */
import "../../../support/jsdom";
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SourceGroup } from "../../../../src/engine";
import { TallySection, TallySectionProps } from "../../../../src/taskpane/components/TallySection";

jest.mock("chart.js", () => {
  class Chart {
    static register = jest.fn();
    destroy = jest.fn();
  }
  return {
    Chart,
    BarController: "BarController",
    BarElement: "BarElement",
    CategoryScale: "CategoryScale",
    LinearScale: "LinearScale",
    Legend: "Legend",
    Tooltip: "Tooltip",
  };
});

const groups: SourceGroup[] = [
  { label: "Website", key: "website", leads: 5, won: 2, lost: 1, open: 2 },
  { label: "Walk-in", key: "walk-in", leads: 3, won: 0, lost: 0, open: 3 },
];

function renderSection(overrides: Partial<TallySectionProps> = {}) {
  const props: TallySectionProps = {
    canTally: true,
    tallying: false,
    progress: null,
    tally: null,
    dark: false,
    onTally: jest.fn(),
    ...overrides,
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <TallySection {...props} />
    </FluentProvider>
  );
  return props;
}

/** A cell's text as seen, without the definitions shown only on hover and focus. */
function shownText(cell: Element): string {
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('[role="tooltip"]').forEach((tip) => tip.remove());
  return copy.textContent ?? "";
}

describe("TallySection", () => {
  it("cannot tally without leads and a Source column", () => {
    renderSection({ canTally: false });
    expect(screen.getByRole("button", { name: "Tally" }).hasAttribute("disabled")).toBe(true);
  });

  it("calls onTally", () => {
    const props = renderSection();
    screen.getByRole("heading", { level: 2, name: "Tally" });
    fireEvent.click(screen.getByRole("button", { name: "Tally" }));
    expect(props.onTally).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows the progress of a long read", async () => {
    renderSection({ tallying: true, progress: { rowsRead: 5000, totalRows: 20000 } });
    // The bar's code loads with the first read; its text shows at once.
    const bar = await screen.findByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe("0.25");
    screen.getByText("Read 5,000 of 20,000 rows");
    expect(screen.getByRole("button", { name: "Tally" }).hasAttribute("disabled")).toBe(true);
  });

  it("shows the tally as a table with a total row and rates with one decimal, and the chart", async () => {
    renderSection({
      tally: {
        groups,
        total: { leads: 8, won: 2, lost: 1, open: 5 },
        time: null,
        sheetName: "Lead Tally",
        preferredName: "Lead Tally",
      },
    });
    screen.getByText("Lead Tally sheet updated");
    const table = await screen.findByRole("table", { name: "Leads by source" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th, td"), shownText));
    // Rates on fewer than 20 leads are marked "few leads", as in the balance.
    expect(rows).toEqual([
      ["Source", "Leads", "Won", "Lost", "Open", "Conversion rate", "Win rate"],
      ["Website", "5", "2", "1", "2", "40.0%few leads", "66.7%"],
      ["Walk-in", "3", "0", "0", "3", "0.0%few leads", "–"],
      ["Total", "8", "2", "1", "5", "25.0%", "66.7%"],
    ]);
    const rateHeading = within(table).getByText("Conversion rate");
    expect(rateHeading.tabIndex).toBe(0);
    const definition = document.getElementById(rateHeading.getAttribute("aria-describedby") ?? "");
    expect(definition?.textContent).toBe("Clients ÷ all leads, open leads included.");
    const chart = await screen.findByRole("img", { name: "Chart: leads and clients by source" });
    expect(chart.tagName).toBe("CANVAS");
  });

  it("with closed dates, shows each source's median days to convert and the clients it is measured on, blank without any", async () => {
    renderSection({
      tally: {
        groups,
        total: { leads: 8, won: 2, lost: 1, open: 5 },
        // Website's two clients took 10 and 21 days; Walk-in has no client with a lag.
        time: {
          bySource: new Map([["website", { medianDays: 15.5, clients: 2 }]]),
          total: { medianDays: 15.5, clients: 2 },
        },
        sheetName: "Lead Tally",
        preferredName: "Lead Tally",
      },
    });
    const table = await screen.findByRole("table", { name: "Leads by source" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th, td"), shownText));
    expect(rows.map((row) => row[7])).toEqual([
      "Median days to convert",
      "15.5measured on 2 clients",
      "measured on 0 clients",
      "15.5measured on 2 clients",
    ]);
    const heading = within(table).getByText("Median days to convert");
    const definition = document.getElementById(heading.getAttribute("aria-describedby") ?? "");
    expect(definition?.textContent).toMatch(/^Half the clients were won within this many days/);
  });

  it("names the sheet when the tally had to go to another one", () => {
    renderSection({
      tally: {
        groups: [],
        total: { leads: 0, won: 0, lost: 0, open: 0 },
        time: null,
        sheetName: "Lead Tally (2)",
        preferredName: "Lead Tally",
      },
    });
    screen.getByText(
      'Lead Tally sheet updated: written to "Lead Tally (2)", because a sheet of yours is already called "Lead Tally".'
    );
  });
});
