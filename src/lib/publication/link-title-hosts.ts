/**
 * A machine a Markdown link's or image's title names (since probe round 56, docs/redaction.md,
 * "Probe round 56"): `![lag](./lag.png "Grafana panel of pg-orders-04.dc2")`,
 * `[panel](https://… "pg-orders-04.dc2 replication")`. A dashboard's quoted title was read as a
 * system's name since round 55; a title after a link's target was not, and in prose a name of the
 * shape `name-2.ext` is as often a file as a machine. In a title, a numbered machine (a name
 * ending in a hyphen and digits) under a zone that is no public top-level domain and no file's
 * extension is a machine of the organisation's network.
 *
 * Not read: a file's name in a title (`"lag-graph-2.png"`), a host under a public top-level
 * domain (the host rules read it), and a name the team lists as public.
 */
import type { CuedPattern } from './cued-pattern.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import { isUnderPublicTopLevelDomain } from './public-top-level-domains.ts';

/** A link's or image's target, then its title in double or single quotes. */
const linkTitle = /\]\([^()\s]+[ \t]+(?:"([^"\n]+)"|'([^'\n]+)')\)/dg;
/** A numbered machine under a zone: `pg-orders-04.dc2`, `web-7.ledger`. */
const numberedMachine = /(?<![\w.\/-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z]?(?:\.[a-z][a-z0-9-]*[a-z0-9])+(?![\w\/-]|\.[a-z0-9])/g;
/** What a file's name ends in: a numbered file (`lag-graph-2.png`) is no machine. */
const fileExtension = /^(?:png|jpe?g|gif|svg|webp|avif|bmp|tiff?|ico|pdf|txt|log|md|mdx|markdown|html?|json|ya?ml|toml|ini|conf|cfg|csv|tsv|xml|zip|gz|tgz|bz2|xz|7z|tar|mp[34]|mov|webm|mkv|avi|wav|ogg|m4a|sh|py|js|mjs|cjs|ts|tsx|jsx|go|rs|rb|java|kt|c|h|cpp|hpp|cs|php|sql|patch|diff|iso|img|deb|rpm|jar|war|whl|dmg|exe|msi|bin|dat|bak|old|orig|tmp|pem|crt|key|pub|asc|sig|lock|xlsx?|docx?|pptx?|odt|ods|rtf|epub)$/;

export const cuedLinkTitleHosts: readonly CuedPattern[] = [{ name: "a link's or image's title", cue: /\]\([^)]*\s["']/, pattern: linkTitle }];

/** The numbered machines a link's or image's title names on one line. */
export function findLinkTitleHosts(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  if (!cuedLinkTitleHosts[0].cue.test(line)) return [];
  const found: NamedSystemMatch[] = [];
  for (const m of line.matchAll(linkTitle)) {
    const group = m[1] !== undefined ? 1 : 2;
    const title = m[group]!;
    const start = m.indices![group]![0];
    for (const h of title.matchAll(numberedMachine)) {
      const name = h[0];
      const last = name.slice(name.lastIndexOf('.') + 1);
      if (fileExtension.test(last) || isUnderPublicTopLevelDomain(name) || isPublicName(name)) continue;
      found.push({ rule: 'redact/internal-name', text: name, index: start + h.index!, why: "a machine a link's or image's title names (allow it, or add it to publicNames)" });
    }
  }
  return found;
}
