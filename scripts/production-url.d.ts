// Types for scripts/production-url.js (plain CommonJS), so TypeScript tests can import it.

export interface ResolvedUrl {
  /** Ends in "/". */
  readonly url: string;
  /** Whether a production URL was given; when not, url is the dev server's. */
  readonly given: boolean;
  readonly source: "--env url" | "LEAD_TALLY_URL" | "none";
}

export const DEV_URL: string;
export const ENV_VARIABLE: string;
export function resolveProductionUrl(
  env?: Readonly<Record<string, unknown>>,
  variables?: Readonly<Record<string, string | undefined>>
): ResolvedUrl;
export function rewriteUrls(text: string, url: string): string;
export function describeBuildUrl(resolved: ResolvedUrl): string;
