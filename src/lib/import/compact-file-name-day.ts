/**
 * The day a file name opens with written without dashes, `20210803_asklepian.md` (COG-UK's DIPI
 * notices and reports, import round 38b): read only when the eight digits are a real day of a
 * plausible year (1990 to 2099) and stand apart from the name's words (`_`, `-`, a space or its
 * end follows), so a build number or an identifier (`20219999`, `202108031`) dates nothing.
 * ISO form (`2021-08-03`), or undefined.
 */
export function compactFileNameDay(fileName: string | undefined): string | undefined {
  const written = fileName && /^(19[9]\d|20\d\d)(\d\d)(\d\d)(?=[-_ .]|$)/.exec(fileName);
  if (!written) return undefined;
  const [, year, month, day] = written;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = `${year}-${month}-${day}`;
  return date.toISOString().slice(0, 10) === iso ? iso : undefined;
}
