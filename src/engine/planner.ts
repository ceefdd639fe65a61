/**
 * The planner: to get N clients next period at current rates, about how many leads are needed,
 * from which sources, at what spend. Built only on figures the investment report already holds:
 * the overall conversion rate (with its 95% Wilson range), each source's share of the leads, and
 * each paid source's cost per lead.
 */
import { Result, errors, fail, ok } from "./errors";
import { InvestmentReport, SpendStatus } from "./investment";
import { wilsonInterval } from "./wilson";

export interface PlannedSource {
  readonly label: string;
  readonly status: SpendStatus;
  readonly leads: number;
  /** Leads × the source's cost per lead; 0 for a free source; null when spend is not entered. */
  readonly spend: number | null;
}

export interface Plan {
  readonly clients: number;
  /** Clients ÷ leads over all sources. */
  readonly rate: number;
  /** Leads needed at that rate, rounded up. */
  readonly leads: number;
  /** Leads needed at the 95% range's high and low rate; high is null when the low rate is 0. */
  readonly leadsRange: { readonly low: number; readonly high: number | null };
  /** Today's mix of sources, most leads first; sources that would get no lead are left out. */
  readonly sources: readonly PlannedSource[];
  /** The spend of the paid and free sources of the plan. */
  readonly spend: number;
  /** Sources in the plan whose spend is not entered, so `spend` leaves them out. */
  readonly spendUnknownFor: readonly string[];
}

/** The plan for `clients` clients, or why there is none. */
export function planClients(report: InvestmentReport, clients: number): Result<Plan> {
  if (!Number.isInteger(clients) || clients < 1 || clients > 1_000_000) {
    return fail(errors.notAClientCount(String(clients)));
  }
  const allLeads = report.sources.reduce((sum, source) => sum + source.allLeads, 0);
  const allClients = report.sources.reduce((sum, source) => sum + source.allClients, 0);
  if (allClients === 0) return fail(errors.noClientsToPlan());
  const rate = allClients / allLeads;
  const leads = Math.ceil(clients / rate);
  const range = wilsonInterval(allClients, allLeads);
  const leadsRange =
    range === null
      ? { low: leads, high: leads }
      : {
          low: Math.ceil(clients / range.high),
          high: range.low > 0 ? Math.ceil(clients / range.low) : null,
        };

  const sources: PlannedSource[] = [];
  for (const source of report.sources) {
    const share = Math.round((leads * source.allLeads) / allLeads);
    if (share === 0) continue;
    let spend: number | null = null;
    if (source.status === "free") spend = 0;
    // A paid source is priced at its cost per lead; one with spend but no leads has no price.
    else if (source.status === "paid" && source.leads > 0) {
      spend = (source.spend / source.leads) * share;
    }
    // More leads than today's at today's cost per lead can pass the largest number.
    if (spend !== null && !Number.isFinite(spend)) return fail(errors.tooLarge("spend"));
    sources.push({ label: source.label, status: source.status, leads: share, spend });
  }
  sources.sort((a, b) => b.leads - a.leads);
  const spend = sources.reduce((sum, source) => sum + (source.spend ?? 0), 0);
  if (!Number.isFinite(spend)) return fail(errors.tooLarge("spend"));
  return ok({
    clients,
    rate,
    leads,
    leadsRange,
    sources,
    spend,
    spendUnknownFor: sources.filter((source) => source.spend === null).map((s) => s.label),
  });
}

/** "To get 5 clients next month at current rates (23%) you need about 22 leads (15 to 34): …" */
export function planText(plan: Plan, unit: string, money: (amount: number) => string): string {
  const range =
    plan.leadsRange.high === null
      ? `at least ${plan.leadsRange.low}`
      : `${plan.leadsRange.low} to ${plan.leadsRange.high}`;
  const from = plan.sources.map((source) => `${source.leads} from ${source.label}`).join(", ");
  const unknown =
    plan.spendUnknownFor.length === 0
      ? ""
      : ` (spend not entered for ${plan.spendUnknownFor.join(", ")})`;
  return (
    `To get ${plan.clients} client${plan.clients === 1 ? "" : "s"} next ${unit} at current rates ` +
    `(${Math.round(plan.rate * 100)}% of leads become clients) you need about ${plan.leads} leads ` +
    `(95% range ${range}): ${from}, at a spend of about ${money(plan.spend)}${unknown}.`
  );
}
