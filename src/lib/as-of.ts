/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/**
 * The day "overdue" is measured against. Builds use today's UTC date; tests and reproducible
 * builds fix it with KB_AS_OF=YYYY-MM-DD (or `asOf` in site.config.ts, see src/lib/kb-config.ts).
 */
export function resolveAsOfDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const fixed = env.KB_AS_OF?.trim();
  if (fixed) {
    if (!isIsoDay(fixed)) {
      throw new Error(`KB_AS_OF is "${fixed}", which is not a date. Set it as YYYY-MM-DD, e.g. KB_AS_OF=2026-01-31, or unset it to use today.`);
    }
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}
