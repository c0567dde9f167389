/**
 * Whether a post links a site of a given name: what says an account or a word is an organisation's
 * (`mullvad.net` beside `mullvad/mullvadvpn-app`, `f-droid.org` beside `gitlab.com/fdroid`,
 * `status.cheqd.net` beside `/home/cheqd/`). Session 49 read it twice (coined-repository-owners.ts:
 * any written host, a code host's paths and `.github.io` left out; organisation-group-accounts.ts:
 * links with a scheme only, hyphens aside, shared hosts left out); the review of session 49 asked
 * for one rule, kept here (round 50 of false positives, docs/redaction.md).
 *
 * A host counts written with a scheme or without one (`see mullvad.net`), not inside a path (a
 * code host's repository `github.com/fdroid/f-droid.org`, a file `docs/fdroid.html`) and not after
 * `@` (a mailbox's domain names where mail goes, not what the post links). A label of the host,
 * hyphens aside, is the word (`f-droid.org` is `fdroid`'s, `docs.zenodo.org` `zenodo`'s); the last
 * label is the top-level domain. A page on a shared host (`hbrekke.github.io`, `hbrekke.substack.com`)
 * is an account's, not an organisation's own site.
 */
import { allMatches, escapeRegExp } from '../regexp.ts';

/** A host's name: labels and a top-level domain (`forum.f-droid.org`). */
const hostName = String.raw`(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}`;

/** A host as a post writes it: after a scheme, or standing alone (not in a path, an address or a mailbox). */
const writtenHost = new RegExp(String.raw`(?:(?<=\b[a-z][a-z0-9+.-]*:\/\/)|(?<![\p{L}\p{N}_@.\/:\\-]))(${hostName})(?![\p{L}\p{N}_-])`, 'giu');

/**
 * The text with every host's name blanked wherever it stands (in a link, a path, a mailbox), so
 * that what is left is the prose: where a word stands as an organisation's is read there.
 */
export function withoutHostNames(text: string): string {
  return text.replace(new RegExp(String.raw`(?<![\p{L}\p{N}_-])${hostName}(?![\p{L}\p{N}_-])`, 'giu'), ' ');
}

/** Each host a line writes as a site (with a scheme or alone; not in a path or a mailbox), in lower case, and where it starts. */
export function writtenHostsOf(line: string): { host: string; index: number }[] {
  return [...allMatches(writtenHost, line)].map((m) => ({ host: m[1].toLowerCase(), index: m.index! }));
}

/** Hosts where a label is an account's, not an organisation's own domain. */
export const sharedHost = /(?:^|\.)(?:github\.io|gitlab\.io|codeberg\.page|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com|substack\.com|medium\.com|blogspot\.com|wordpress\.com|github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)$/iu;

/** Endings of files and repositories that a written `name.ending` means, not a site (`fdroid.git`). */
export const fileEnding = /\.(?:git|mdx?|html?|txt|json|ya?ml|toml|conf|cfg|ini|rb|js|ts|go|log|service|socket|timer)$/iu;

/**
 * The label a host's owner registered: the one before the top-level domain, or before a country's
 * second level (`zorvel` of `security.zorvel.org` and of `www.zorvel.co.uk`); the labels before it
 * name the owner's sites and services (`security`, `status`, `docs`), not the owner.
 */
function domainLabel(host: string): string {
  const labels = host.split('.');
  const countrySecondLevel = labels.length >= 3 && labels.at(-1)!.length === 2 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2)!);
  return labels.at(countrySecondLevel ? -3 : -2) ?? '';
}

/**
 * Whether `text` links or writes a site with `word` (lower case, no hyphen needed) as a label of
 * its host, hyphens aside: the organisation's own site. With `labels: 'domain'`, only the label
 * its owner registered counts ({@link domainLabel}): an account named after the organisation.
 */
export function linksSiteNamed(word: string, text: string, labels: 'any' | 'domain' = 'any'): boolean {
  const lower = word.toLowerCase();
  // Most posts never write the word: one search for it (hyphens allowed between its letters) first.
  if (!new RegExp([...lower].map(escapeRegExp).join('-?'), 'iu').test(text)) return false;
  for (const m of allMatches(writtenHost, text)) {
    const host = m[1].toLowerCase();
    if (sharedHost.test(host) || fileEnding.test(host)) continue;
    const named = labels === 'any' ? host.split('.').slice(0, -1) : [domainLabel(host)];
    if (named.some((label) => label.replace(/-/g, '') === lower)) return true;
  }
  return false;
}
