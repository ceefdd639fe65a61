import { SMALL_SAMPLE_LEADS, isSmallSample, wilsonInterval } from "../../../src/engine/wilson";

describe("wilsonInterval", () => {
  it("gives nothing without trials or with impossible counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 2)).toBeNull();
  });

  it("matches hand-worked 95% intervals", () => {
    // (p + z²/2n ± z·sqrt(p(1−p)/n + z²/4n²)) ÷ (1 + z²/n), z = 1.96
    const cases: [number, number, number, number][] = [
      [1, 2, 0.0945, 0.9055],
      [30, 100, 0.2189, 0.3958],
      [0, 10, 0, 0.2775],
      [10, 10, 0.7225, 1],
    ];
    for (const [k, n, low, high] of cases) {
      const interval = wilsonInterval(k, n);
      expect(interval?.low).toBeCloseTo(low, 4);
      expect(interval?.high).toBeCloseTo(high, 4);
    }
  });

  it("narrows as the sample grows", () => {
    const small = wilsonInterval(1, 2)!;
    const large = wilsonInterval(500, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });
});

describe("isSmallSample", () => {
  it("marks rates from fewer than SMALL_SAMPLE_LEADS leads", () => {
    expect(isSmallSample(SMALL_SAMPLE_LEADS - 1)).toBe(true);
    expect(isSmallSample(SMALL_SAMPLE_LEADS)).toBe(false);
  });
});
