import { cloudRegionPlaceWords } from '../cloud-regions.ts';

/**
 * A listed name's part that is a cloud region's place, written as a cloud provider's status page
 * writes a location (round 24 of false positives, docs/redaction.md). Google Cloud's incidents list
 * "Affected locations: Taiwan (asia-east1), …, Warsaw (europe-central2), …" and Amazon's titles say
 * "Increased Error Rates (Amazon ElastiCache (Ireland))"; with "Barry Warsaw", "Jake Ireland" and
 * "Santiago Pastorino" among a team's listed people, every such post was held back and
 * `npm run redact` wrote "an engineer (europe-central2)". The places are the providers' own
 * published region lists (cloud-regions.ts), not the words of any report. A place word is the
 * place:
 *
 * - beside a region code in brackets, either way round: `Warsaw (europe-central2)`,
 *   `eu-west-1 (Ireland)`;
 * - alone in brackets right after a capitalised word, a service's location: `ElastiCache (Ireland)`,
 *   `AWS Lambda (Milan)`;
 *
 * Elsewhere the part is read as before ("Warsaw restarted the broker", "thanks to Ireland"), also
 * in a series of places without codes: "Sydney, Milan and Eric" may be three people.
 */

/** A provider's region or zone code: `europe-central2`, `us-central1-b`, `eu-west-1`, `ap-southeast-2a`. */
const regionCode = String.raw`[a-z]{2,}(?:-[a-z]+)+-?\d+[a-z]?(?:-[a-z])?`;

const isPlaceWord = (word: string) => cloudRegionPlaceWords.has(word.toLowerCase());

export function isCloudRegionPlace(line: string, start: number, written: string): boolean {
  if (!isPlaceWord(written)) return false;
  const before = line.slice(0, start);
  const after = line.slice(start + written.length);
  if (new RegExp(String.raw`^[\s\u00a0]*\([\s\u00a0]*${regionCode}[\s\u00a0]*\)`).test(after)) return true;
  if (new RegExp(String.raw`(?<![\w-])${regionCode}[\s\u00a0]*\($`).test(before) && /^\)/.test(after)) return true;
  return /\p{Lu}[\p{L}\p{N}.-]*[\s\u00a0]*\($/u.test(before) && /^\)/.test(after);
}
