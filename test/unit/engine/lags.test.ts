import { lagDistribution, lagsWithin, meanLag, medianLag } from "../../../src/engine/lags";

function distributionOf(...lags: number[]) {
  const histogram = new Map<number, number>();
  for (const lag of lags) histogram.set(lag, (histogram.get(lag) ?? 0) + 1);
  return lagDistribution(histogram);
}

describe("lagDistribution", () => {
  it("is empty for no lags", () => {
    expect(distributionOf()).toEqual({ count: 0, lags: [], cumulative: [], total: 0 });
    expect(lagsWithin(distributionOf(), 10)).toBe(0);
  });

  it("sorts the distinct lags and counts them cumulatively", () => {
    expect(distributionOf(30, 0, 7, 7, 30, 30)).toEqual({
      count: 6,
      lags: [0, 7, 30],
      cumulative: [1, 3, 6],
      total: 104,
    });
  });
});

describe("medianLag", () => {
  it("of an odd count is the middle lag", () => {
    expect(medianLag(distributionOf(40, 2, 9))).toBe(9);
    expect(medianLag(distributionOf(5))).toBe(5);
  });

  it("of an even count is the mean of the two middle lags", () => {
    expect(medianLag(distributionOf(1, 4, 10, 100))).toBe(7);
    expect(medianLag(distributionOf(3, 8))).toBe(5.5);
  });

  it("counts repeated lags once each", () => {
    expect(medianLag(distributionOf(2, 2, 2, 50))).toBe(2);
    expect(medianLag(distributionOf(0, 0, 9, 9))).toBe(4.5);
  });
});

describe("meanLag", () => {
  it("weighs every client once", () => {
    expect(meanLag(distributionOf(0, 0, 9))).toBe(3);
  });
});

describe("lagsWithin (F(age) times the number of lags)", () => {
  const distribution = distributionOf(0, 7, 7, 30);

  it("is 0 below the first lag and for negative ages", () => {
    expect(lagsWithin(distribution, -1)).toBe(0);
    expect(lagsWithin(distributionOf(3), 2)).toBe(0);
  });

  it("counts the lags less than or equal to the age", () => {
    expect(lagsWithin(distribution, 0)).toBe(1);
    expect(lagsWithin(distribution, 6)).toBe(1);
    expect(lagsWithin(distribution, 7)).toBe(3);
    expect(lagsWithin(distribution, 29.5)).toBe(3);
    expect(lagsWithin(distribution, 30)).toBe(4);
    expect(lagsWithin(distribution, 1e9)).toBe(4);
  });
});
