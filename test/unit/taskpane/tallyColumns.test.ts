import { tallyColumns } from "../../../src/taskpane/tallyColumns";

const MAPPED = { date: 0, source: 1, outcome: 2, value: 3, notes: 4, closed: 5 };

describe("tallyColumns", () => {
  it("reads no dates unless Date, Outcome and Closed are all mapped", () => {
    expect(tallyColumns({ ...MAPPED, outcome: null }, 1)).toEqual({ read: [1], timed: false });
    expect(tallyColumns({ ...MAPPED, closed: null }, 1)).toEqual({ read: [1, 2], timed: false });
    expect(tallyColumns({ ...MAPPED, date: null }, 1)).toEqual({ read: [1, 2], timed: false });
  });

  it("reads Source and Outcome first, then Date and Closed for the time to convert", () => {
    expect(tallyColumns(MAPPED, 1)).toEqual({ read: [1, 2, 0, 5], timed: true });
  });
});
