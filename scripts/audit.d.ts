// Types for scripts/audit.js (plain CommonJS), so TypeScript tests can import it.

export interface AuditReport {
  readonly metadata?: { readonly vulnerabilities?: Readonly<Record<string, number>> };
  readonly vulnerabilities?: Readonly<
    Record<string, { readonly severity: string; readonly via: readonly unknown[] }>
  >;
  readonly error?: { readonly code?: string; readonly summary?: string; readonly detail?: string };
  readonly message?: string;
}

/** Why the registry would not audit, or null when nothing says it refused. */
export function refusal(output: string): string | null;
/** The high and critical findings, as "name (severity)". */
export function severeVulnerabilities(report: AuditReport): string[];
/** Why there is no report, or null when there is one. */
export function whyNoReport(
  report: AuditReport | null,
  stdout: string,
  stderr: string
): string | null;
/** What to say and the exit code, from what `npm audit --omit=dev --json` printed. */
export function verdict(stdout: string, stderr: string): { code: number; message: string };
