/**
 * The thresholds of the Marketing vs Sales diagnosis and their defaults, which the owner can
 * change in the pane and which travel with the workbook's settings.
 */
export interface BalanceThresholds {
  /** The conversion rate the owner aims for, 0 to 1. */
  readonly targetConversionRate: number;
  /** How many complete periods make "recent"; the same number before them make "before". */
  readonly windowPeriods: number;
  /** A change in leads at least this large (0.2 = 20%) counts as up or down. */
  readonly leadChange: number;
  /** A change in conversion rate at least this large, in points (0.05 = 5 points), counts as a rise or fall. */
  readonly conversionChange: number;
  /** Fewer leads than this in the two windows together is too few to judge. */
  readonly minimumLeads: number;
  /** A period with fewer leads than this is thin: its rate can swing from 0% to 100% on one lead. */
  readonly thinPeriodLeads: number;
  /**
   * A recent period whose completion (the share of its eventual clients it should have by now,
   * by the business's own timing) is at least this, 0 to 1, is judged on its projected
   * conversion; below it, the period is too young to judge and left out.
   */
  readonly projectionCompletion: number;
}

export const DEFAULT_BALANCE_THRESHOLDS: BalanceThresholds = {
  targetConversionRate: 0.25,
  windowPeriods: 3,
  leadChange: 0.2,
  conversionChange: 0.05,
  minimumLeads: 20,
  thinPeriodLeads: 10,
  projectionCompletion: 0.7,
};
