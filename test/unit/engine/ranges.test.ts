import {
  ColumnOfRows,
  MALFORMED_ROW,
  checkSameSize,
  isTextLeftOut,
  toCellList,
  toCells,
  toColumn,
  toSingleValue,
} from "../../../src/engine/ranges";
import { Column } from "../../../src/engine/ranges";
import { Result } from "../../../src/engine/errors";

function cellsOf(column: Result<Column>) {
  return column.ok ? toCells(column.value) : column;
}

describe("toColumn", () => {
  it("rejects a range of several rows and columns, naming the argument and its shape", () => {
    const result = toColumn(
      [
        [1, 2],
        [3, 4],
      ],
      "sources"
    );
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "invalidValue" }) });
    if (!result.ok)
      expect(result.error.message).toBe(
        "sources must be one column or one row; it has 2 rows and 2 columns."
      );
  });

  it("rejects empty and ragged ranges, the rows of a column when they are read", () => {
    for (const input of [[], [[]], [[1], [2, 3]], [[1], 2], [1, 2]]) {
      const result = cellsOf(toColumn(input, "outcomes"));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/^outcomes /);
    }
  });

  it("reads one column of n rows in place, without copying it", () => {
    const rows = [["a"], ["b"], [null]];
    const column = toColumn(rows, "sources");
    expect(column.ok && column.value).toBeInstanceOf(ColumnOfRows);
    expect(column.ok && column.value instanceof ColumnOfRows && column.value.rows).toBe(rows);
    expect(cellsOf(column)).toEqual({ ok: true, value: ["a", "b", null] });
  });

  it("marks a malformed row of a column instead of reading past it", () => {
    const column = new ColumnOfRows([["a"], ["b", "c"], "d"], "sources");
    expect([0, 1, 2].map((row) => column.cellAt(row))).toEqual(["a", MALFORMED_ROW, MALFORMED_ROW]);
  });

  it("reads one row of n columns", () => {
    expect(toColumn([["a", "b", 3]], "sources")).toEqual({ ok: true, value: ["a", "b", 3] });
  });

  it("takes a bare value, as code may pass one, as a single cell", () => {
    expect(toColumn("Website", "sources")).toEqual({ ok: true, value: ["Website"] });
  });
});

describe("toCellList", () => {
  it("flattens a range of any rectangular shape row by row", () => {
    expect(
      toCellList(
        [
          ["a", "b"],
          ["c", "d"],
        ],
        "won"
      )
    ).toEqual({ ok: true, value: ["a", "b", "c", "d"] });
  });

  it("rejects a ragged range", () => {
    expect(toCellList([["a"], ["b", "c"]], "won").ok).toBe(false);
  });
});

describe("toSingleValue", () => {
  it("rejects a range of more than one cell", () => {
    const result = toSingleValue([["a"], ["b"]], "source");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        "source must be one value, not a range of 2 rows and 1 columns."
      );
  });

  it("takes a bare value or a one-cell range", () => {
    expect(toSingleValue("Website", "source")).toEqual({ ok: true, value: "Website" });
    expect(toSingleValue([["Website"]], "source")).toEqual({ ok: true, value: "Website" });
  });
});

describe("checkSameSize", () => {
  it("says which ranges differ and by how much", () => {
    const result = checkSameSize([1, 2, 3], "sources", [1, 2], "outcomes");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toBe(
        "sources has 3 cells but outcomes has 2; give them ranges of the same size."
      );
    }
  });

  it("accepts ranges of the same size", () => {
    expect(checkSameSize([1, 2], "sources", ["a", "b"], "outcomes").ok).toBe(true);
  });
});

describe("isTextLeftOut", () => {
  it("takes null, undefined and 0 (Windows desktop's empty cell, office-js issues 4702, 5262, 1951) as left out", () => {
    for (const input of [null, undefined, 0, [[0]]]) expect(isTextLeftOut(input)).toBe(true);
  });

  it('keeps everything else, the text "0" and a range holding 0 among others included', () => {
    for (const input of ["0", "", " ", false, 1, -0.5, [[0, 0]], [[0], [0]], [["0"]], [[null]]]) {
      expect(isTextLeftOut(input)).toBe(false);
    }
  });
});
