import { parseChaseAfterDays } from "../../../src/taskpane/chaseAfter";

describe("parseChaseAfterDays", () => {
  it("refuses what is not a whole number of days from 1 to 3,650", () => {
    for (const text of ["", "soon", "0", "-5", "14.5", "3651", "1e3", "30 days"]) {
      expect(parseChaseAfterDays(text)).toEqual({
        problem: "Type a whole number of days from 1 to 3,650.",
      });
    }
  });

  it("reads whole days, with spaces or a thousands comma", () => {
    expect(parseChaseAfterDays(" 45 ")).toEqual({ days: 45 });
    expect(parseChaseAfterDays("1")).toEqual({ days: 1 });
    expect(parseChaseAfterDays("3,650")).toEqual({ days: 3650 });
  });
});
