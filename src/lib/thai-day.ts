/**
 * A day written in Thai (`9 ก.ค. 2568`, `9 กรกฎาคม 2568`, `9 ก.ค. พ.ศ. 2568`, with Thai digits too once they are read as
 * 0-9): a Thai month, its name cut short or whole, and a year of the Buddhist era (พ.ศ.), 543 years ahead of the common
 * era (2568 is 2025, 2569 is 2026). Bad input round 59 (round 58's leftover): it got the format alone. Pure.
 */
const thaiMonths: [short: string, whole: string][] = [
  ['ม.ค.', 'มกราคม'], ['ก.พ.', 'กุมภาพันธ์'], ['มี.ค.', 'มีนาคม'], ['เม.ย.', 'เมษายน'], ['พ.ค.', 'พฤษภาคม'], ['มิ.ย.', 'มิถุนายน'],
  ['ก.ค.', 'กรกฎาคม'], ['ส.ค.', 'สิงหาคม'], ['ก.ย.', 'กันยายน'], ['ต.ค.', 'ตุลาคม'], ['พ.ย.', 'พฤศจิกายน'], ['ธ.ค.', 'ธันวาคม'],
];
/** The Buddhist era runs 543 years ahead of the common era. */
export const buddhistEraOffset = 543;

/** The year of the common era a year of the Buddhist era stands for, when `year` reads as one (2443 to 2643, the common era's 1900 to 2100). */
export function commonEraOfBuddhistYear(year: number): number | undefined {
  return year >= 1900 + buddhistEraOffset && year <= 2100 + buddhistEraOffset ? year - buddhistEraOffset : undefined;
}

/** The day (YYYY-MM-DD) and the time after it, if any, of a Thai day, and what was read, or undefined. */
export function thaiDay(text: string): { day: string; rest: string; reason: string } | undefined {
  const match = /^(\d{1,2})\s*(\S+?)\s*(?:พ\.\s?ศ\.\s*)?(\d{4})(?=\s|,|$)(.*)$/su.exec(text.trim());
  if (!match) return undefined;
  const month = thaiMonths.findIndex(([short, whole]) => match[2] === short || match[2] === short.replace(/\.$/, '') || match[2] === whole);
  if (month < 0) return undefined;
  const written = Number(match[3]);
  const year = commonEraOfBuddhistYear(written);
  const day = `${year ?? written}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  const monthSaid = `the month is Thai (${match[2]}, month ${month + 1})`;
  return { day, rest: match[4], reason: year === undefined ? monthSaid : `${monthSaid} and ${written} a year of the Buddhist era (${year} of the common era, ${buddhistEraOffset} years behind it)` };
}
