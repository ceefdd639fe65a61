/** @jest-environment jsdom */
/**
 * The Closed column the pane offers when the leads have none (useClosedColumn, through
 * useLeadTally): added only on the owner's click, then chosen as the Closed column and saved, so
 * the next Mark won writes the day there.
 */
import "../../../support/jsdom";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useLeadTally } from "../../../../src/taskpane/hooks/useLeadTally";
import { MemoryWorkbook } from "../../../../src/workbook/memoryWorkbook";

const NOW = new Date(2026, 2, 15, 10, 30);
const TODAY_SERIAL = 46096; // 2026-03-15
const now = () => NOW;

function leadsWithoutClosed(besideSecondLead: string | null = null): MemoryWorkbook {
  const second = [46091, "Referral", "Open"];
  return new MemoryWorkbook({
    sheets: [
      {
        name: "Leads",
        rows: [
          ["Date", "Source", "Outcome"],
          [46090, "Website", "Open"],
          besideSecondLead === null ? second : [...second, besideSecondLead],
        ],
      },
    ],
  });
}

async function open(workbook: MemoryWorkbook) {
  const hook = renderHook(() => useLeadTally(workbook, now));
  await waitFor(() => expect(hook.result.current.loading).toBe(false));
  await waitFor(() => expect(hook.result.current.sources.length).toBeGreaterThan(0));
  return hook;
}

async function idle(hook: Awaited<ReturnType<typeof open>>) {
  await waitFor(() => expect(hook.result.current.busy).toBe(false));
}

describe("useClosedColumn", () => {
  it("refuses when the column beside the leads holds anything, and changes nothing", async () => {
    const workbook = leadsWithoutClosed("call back");
    const hook = await open(workbook);
    act(() => hook.result.current.addClosedColumn());
    await idle(hook);
    expect(hook.result.current.error).toMatch(
      /^Adding a Closed column did not work: The column just right of the leads sheet "Leads" is not empty/
    );
    expect(hook.result.current.mapping?.closed).toBeNull();
    expect(hook.result.current.location?.headers).toEqual(["Date", "Source", "Outcome"]);
    expect(workbook.listSheets()[0].rows[0]).toEqual(["Date", "Source", "Outcome", ""]);
  });

  it("adds nothing until asked; on the click adds Closed, chooses it, saves it, and marking writes there", async () => {
    const workbook = leadsWithoutClosed();
    const hook = await open(workbook);
    expect(hook.result.current.mapping?.closed).toBeNull();
    expect(workbook.listSheets()[0].rows[0]).toEqual(["Date", "Source", "Outcome"]);

    act(() => hook.result.current.addClosedColumn());
    await idle(hook);
    expect(hook.result.current.error).toBeNull();
    expect(hook.result.current.location?.headers).toEqual(["Date", "Source", "Outcome", "Closed"]);
    expect(hook.result.current.mapping?.closed).toBe(3);
    expect(await workbook.loadSettings()).toMatchObject({
      mapping: { date: 0, source: 1, outcome: 2, closed: 3 },
    });
    expect(hook.result.current.notice).toBe(
      "Added a Closed column: Mark won and Mark lost now write the day each lead closed."
    );

    workbook.select("Leads", 2, 0);
    act(() => hook.result.current.targetSelectedRow());
    await waitFor(() => expect(hook.result.current.target?.dataRow).toBe(1));
    act(() => hook.result.current.markOutcome("won"));
    await idle(hook);
    const [location] = await workbook.findLeads();
    expect(await workbook.readColumns(location, [2, 3])).toEqual([
      ["Open", "Won"],
      ["", TODAY_SERIAL],
    ]);
  });
});
