import { compareText } from '../compare-text.ts';
import { withoutAccents } from '../text/fold-accents.ts';
import type { PeopleIndex } from './people.ts';
import { fileEnding, sharedHost, writtenHostsOf } from './own-site-links.ts';

/**
 * A listed person's full name run together in a link's address: the accent-less, lower-case
 * parts joined with nothing between them (`krisnova` of "Kris Nóva"), as accounts on donation,
 * streaming and shop sites spell their owner (`ko-fi.com/krisnovalive`, `twitch.tv/krisnova`).
 * The guard knew profile pages on a list of code and social hosts only; such an address on
 * another site reached the public page (adoption round 51). A full name of two parts or more is
 * no word of any language run together, so a path segment holding it, with a suffix or a prefix,
 * is the person's page wherever it is; a run shorter than six letters ("Al Li") is too likely
 * a part of other words.
 */

/** {@link runTogetherSpellingsOf} by index: the build's index is shared by every post's options. */
const spellingsByIndex = new WeakMap<PeopleIndex, readonly string[]>();

/** The listed full names' run-together spellings, longest first. */
export function runTogetherSpellingsOf(people: PeopleIndex): readonly string[] {
  let spellings = spellingsByIndex.get(people);
  if (!spellings) {
    const found = new Set<string>();
    for (const { text, part } of people.entries) {
      if (part || !/\s/.test(text.trim())) continue;
      const joined = withoutAccents(text).replace(/[\s'’.-]+/g, '').toLowerCase();
      if (joined.length >= 6 && /^[a-z]+$/.test(joined)) found.add(joined);
    }
    spellings = [...found].sort((a, b) => b.length - a.length || compareText(a, b));
    spellingsByIndex.set(people, spellings);
  }
  return spellings;
}

/** A web address in a line: its host and what follows, up to a space, a quote or a closing bracket. */
const webAddress = /\bhttps?:\/\/([^\s/)<>"'\]\x60]+)((?:\/[^\s)<>"'\]\x60]*)?)/gi;

/** One finding: the path segment holding the run-together name, and where it starts in the line. */
export interface RunTogetherNameInLink {
  text: string;
  index: number;
}

/**
 * The segments of the addresses' paths in `line` that hold a listed full name run together
 * (`krisnovalive` in `https://ko-fi.com/krisnovalive`), each once. The host is not read: an
 * organisation's own domain may be its founder's name.
 */
export function findListedNamesRunTogetherInLinks(line: string, spellings: readonly string[]): RunTogetherNameInLink[] {
  if (!spellings.length || !line.includes('://')) return [];
  const found: RunTogetherNameInLink[] = [];
  for (const address of line.matchAll(webAddress)) {
    const path = address[2].replace(/[?#].*$/, '');
    const pathAt = address.index! + address[0].length - address[2].length;
    let at = 0;
    for (const segment of path.split('/')) {
      const lower = segment.replace(/^@/, '').toLowerCase();
      if (lower && spellings.some((s) => lower.includes(s))) {
        const offset = segment.startsWith('@') ? 1 : 0;
        found.push({ text: segment.slice(offset), index: pathAt + at + offset });
      }
      at += segment.length + 1;
    }
  }
  return found;
}

/**
 * The hosts in `line` whose domain is a listed full name run together (`franzodeger` of
 * `https://franzodeger.org/notes` and of a bare `www.franzodeger.org`, "Franz Odeger" listed):
 * the person's own site, on a host of the label alone or after `www`/`blog` (a service under a
 * site, `status.franzodeger.org`, is read as the site's own), not on the shared hosts where a
 * label is an account's (read above and by the account rules). Probe round 52: the paths were
 * read and the host was not, so a listed person's own site reached the public page while the
 * rule of unlisted people's sites (`personal-site-hosts.ts`) dropped a surname opening with a
 * vowel; a company named after its founder is found too, an error to allow as that rule's is.
 */
export function findListedNamesAsSiteHosts(line: string, spellings: readonly string[]): RunTogetherNameInLink[] {
  if (!spellings.length || !line.includes('.')) return [];
  const found: RunTogetherNameInLink[] = [];
  for (const { host, index } of writtenHostsOf(line)) {
    if (sharedHost.test(host) || fileEnding.test(host)) continue;
    const labels = host.split('.');
    if (labels.length > 3 || (labels.length === 3 && !/^(?:www|blog)$/.test(labels[0]))) continue;
    const label = labels.at(-2)!;
    if (spellings.includes(label)) found.push({ text: label, index: index + host.length - labels.at(-1)!.length - 1 - label.length });
  }
  return found;
}
