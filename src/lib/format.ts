/** Deterministic formatting in UTC and English, whatever the machine's locale and time zone. */
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Mar 2025" from an ISO instant or a YYYY-MM-DD day. */
export function formatDay(value: string): string {
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}

/** "09:02" (UTC) from an ISO instant. */
export function formatTimeOfDay(iso: string): string {
  return new Date(iso).toISOString().slice(11, 16);
}

/** "14 Mar 2025, 09:02 UTC". */
export function formatInstant(iso: string): string {
  return `${formatDay(new Date(iso).toISOString())}, ${formatTimeOfDay(iso)} UTC`;
}

/** "12,345" with a thin grouping comma, without depending on the runtime's locale data. */
export function formatCount(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/**
 * "145 d", or "2 y 7 mo" from a year on: a badge reading "966 d overdue" makes the reader divide
 * by 365, and historical records reach thousands of days. Whole years and months, rounded down,
 * so an item is never shown older than it is; the exact count goes in the badge's title.
 */
export function formatDaysOverdue(days: number): string {
  if (days < 365) return `${days} d`;
  const years = Math.floor(days / 365);
  const months = Math.floor((days - years * 365) / (365 / 12));
  return months > 0 ? `${years} y ${months} mo` : `${years} y`;
}
