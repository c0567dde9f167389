import { escapeRegExp } from '../regexp.ts';
import { isKnownFirstName } from './people.ts';

/**
 * Software named by a given name (round 45 of false positives, docs/redaction.md). A package
 * manager's release notes recommend "running Homebrew using Intel emulation with Rosetta 2"
 * (Apple's translator), and a blockchain's post-mortem writes "Dora block explorer begins to show
 * the correct chain", then "based on Dora": each was a first name. versioned-products.ts reads a
 * version after a name ("Zorvex 1.12.3") but not after a given name, and no whole number, which
 * may count ("Tove 2, Hallvard 3"). Two signs the post gives that the name is software's:
 *
 * - a whole-number release right after it that closes the sentence or is followed by a
 *   preposition or an adverb ("with Rosetta 2.", "Rosetta 2 on Apple Silicon still …"), on a line
 *   with no other capitalised word and number (a count of each person's tickets is one);
 * - a kind of software right after it, maybe after one noun ("Dora block explorer", "the Marlo
 *   wallet", "Tansy plugin").
 *
 * Read over the whole post, as versioned-products.ts reads its signs: the guessed name in "based
 * on Dora" is the explorer's. A given name is read so only where it was guessed from its form
 * (callers pass those): acting ("Dora restarted the node"), thanked or speaking it is read as
 * before. A word no list of given names holds is read so acting too: "Passbolt acknowledges the
 * issue" in a timeline of a post that writes "Passbolt browser extension" is the vendor.
 */
const releaseAfter = String.raw`[ \t]+\d{1,2}(?=[ \t]*(?:[.;!?)]|$)|[ \t]+(?:on|in|for|with|without|under|via|still|support|emulation|translation)\b)`;
const softwareKinds = ['explorer', 'explorers', 'wallet', 'wallets', 'client', 'clients', 'library', 'plugin', 'plugins', 'extension', 'framework', 'compiler', 'emulator', 'interpreter', 'debugger', 'linter', 'toolkit', 'SDK', 'CLI'];
const kindAfter = String.raw`(?:[ \t]+[a-z]+)?[ \t]+(?:${softwareKinds.join('|')})(?![\p{L}\p{N}'’-])`;

/**
 * Whether the capitalised `word` is written as software's somewhere in `evidence` (see above); by
 * its release too when `byRelease` (a name acting is read by its kind of software only: "Vexmor
 * Qalandri 2 was there" counts).
 */
export function isWrittenAsSoftware(word: string, evidence: string, byRelease = true): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !evidence.includes(word)) return false;
  const name = escapeRegExp(word);
  if (new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${name}${kindAfter}`, 'mu').test(evidence)) return true;
  if (!byRelease) return false;
  for (const m of evidence.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}'’-])${name}${releaseAfter}`, 'gmu'))) {
    const lineStart = evidence.lastIndexOf('\n', m.index!) + 1;
    const lineEnd = evidence.indexOf('\n', m.index!);
    const line = evidence.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    // A speaker named after a verb of speech ("…, says Rosetta 2.") is a person and their number.
    if (/\b(?:says|said|asks|asked|writes|wrote|adds|added|notes|noted|replies|replied|thanks(?:[ \t]+to)?|thanked)[ \t]+$/i.test(evidence.slice(lineStart, m.index))) continue;
    const counts = [...line.matchAll(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+[ \t]+\d{1,3}(?!\d|[.:]\d)/gu)];
    if (counts.length === 1) return true;
  }
  return false;
}

/** Whether a guessed name of one or two words ("Rosetta", "Having Dora") is so read by its last word. */
export function isSoftwareName(text: string, evidence: string, byRelease = true): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  return words.length <= 2 && isWrittenAsSoftware(words.at(-1)!, evidence, byRelease) && (words.length === 1 || !isKnownFirstName(words[0]));
}
