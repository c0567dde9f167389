/**
 * `impact.errorBudgetBurnedPercent` written as a fraction (`0.4`, meant as 40 %), as tools that report a share between 0
 * and 1 give it (bad input rounds 61-62). The schema documents the field in percent, and 0.4 % of a month's budget is a
 * burn a report may mean, so the value is kept and not refused: the check warns, naming both readings, and the writer
 * says which by writing 40 or leaving 0.4 (a value of 1 or more, or 0, is read as written). Pure: no Astro.
 */
export function errorBudgetFractionWarning(value: unknown): { message: string; fix: string } | undefined {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) return undefined;
  const percent = Math.round(value * 100 * 1e6) / 1e6;
  return {
    message: `impact.errorBudgetBurnedPercent is ${value}, which the field reads in percent: ${value} % of the month's error budget. A tool that gives the share between 0 and 1 writes ${percent} % so, and the page would show a burn a hundred times smaller than it was.`,
    fix: `write ${percent} if ${value} is the share of the budget (${percent} %); if ${value} % was burned, leave it as it is.`,
  };
}
