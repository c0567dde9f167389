/**
 * Internal machines and systems in shapes the sixteenth probe round found published
 * (docs/redaction.md, "Sixteenth probe round"):
 *
 * - a machine's name a reverse lookup gives for an address: a DNS answer's `PTR` target
 *   (`7.2.40.10.in-addr.arpa. 300 IN PTR pg-ledger-01.dc1.`), nslookup's `name = …`, and a
 *   comment naming the machine after a private address (`10.40.2.7  # pg-ledger-primary`);
 * - a host written in punycode whose label, decoded, is a look-alike (`ledger.acme.xn--nternal-qog`
 *   is `ledger.acme.іnternal` with a Cyrillic `і` in an address bar): judged as its Latin reading;
 * - a system no list knows, named with its version as it acts ("Vexmor 2.1 restarted the primary",
 *   "Qalandrix v3.4.1 dropped the connections"): a capitalised word no dictionary, lexicon or
 *   public list knows, before a version and a verb in the active voice (a guess; a public product
 *   is a public term or in `publicNames`: "Patroni 3.0 restarted" is an error to allow). A release
 *   spoken of in the passive ("Gaia v23.1.1 is published", "Proxmox 8.2 was installed", in
 *   cosmos-incidents and off-infra) is not read, nor a release's own news after its version
 *   ("Nethermind 1.31.4 released", "Rust 1.56.1 introduces", "2.2.0 adds/fixes/includes"): a
 *   system that acts on something is what an incident names. A verb in `-s` is read only before
 *   another word and not as a plural noun's ending ("Qubes 4.0 installations." in qubes-qsb).
 *   Nor a release changing its own defaults, support, options or APIs, as release notes write of
 *   public projects ("Zammad 6.1 changed the default timeout", "Forgejo 7.0 dropped support for
 *   Go 1.21"; since the seventeenth round of false positives).
 */
import { domainToUnicode } from 'node:url';
import { withLatinLookalikesReplaced } from '../confusables.ts';
import { allMatches } from '../regexp.ts';
import { isEnglishWord, isKnownFirstName, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';

export interface MachineRecordMatch {
  rule: 'redact/internal-host' | 'redact/internal-name';
  text: string;
  index: number;
  why: string;
  guess?: boolean;
}

/** A machine's name as DNS writes it: labels with a hyphen or a digit somewhere, maybe a trailing dot. */
const hostName = String.raw`[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*\.?`;
const ptrTarget = new RegExp(String.raw`\b(?:IN\s+PTR|PTR|name\s*=)\s+(${hostName})`, 'giu');
const privateAddress = String.raw`(?:10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2})`;
/** A reverse lookup's question for a private address (`7.2.40.10.in-addr.arpa`). */
const privateReverseZone = /(?<![\w.-])(?:\d{1,3}\.){1,3}(?:10|168\.192|(?:1[6-9]|2\d|3[01])\.172)\.in-addr\.arpa\b/i;
const addressComment = new RegExp(String.raw`(?<![\d.])${privateAddress}(?![\d.])\s*(?:#|//|;|--)\s*\(?(${hostName})(?![\w.-])`, 'giu');
const punycodeHost = /(?<![\w.-])((?:[a-z0-9-]+\.)*(?:xn--[a-z0-9-]+)(?:\.[a-z0-9-]+)*)(?![\w-])/giu;
const versionedActor = /(?<![\p{L}\p{N}_.\/@#-])((\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?)\s+v?\d+(?:\.\d+){1,3}(?:-[\w.]+)?)\s+(?!(?:released|published|tagged|shipped|announced|launched|installed|deployed|landed|merged|pinned|rolled|cut|introduced|includes|included|adds|added|fixes|fixed|ships|brings|requires|supports|contains|uses|defaults)\b)(?:\p{Ll}{3,}ed|went|ran|took|lost|sent|kept|began|(?!\p{Ll}*(?:ions|ments|ers|ors|ances|ences|ings|ities|ness|ships|ists|ations|ares|ems)\b)\p{Ll}{3,}s(?=\s+\p{Ll}))\b(?!\s+(?:by|to|as)\b)/gu;

/**
 * What a release changes of the software itself, in the words right after the verb: its defaults,
 * what it supports, its options, settings, syntax, formats, APIs and dependencies ("Zammad 6.1
 * changed the default timeout", "Forgejo 7.0 renamed the configuration section", "Vaultwarden
 * 1.30.0 removed the deprecated admin token option"). Release notes write of other projects'
 * versions so; an incident's system acts on data, traffic and machines ("dropped the
 * connections", "restarted the primary").
 */
const ownInterfaceWord = /^(?:\S+\s+){0,4}?(?:defaults?|support|compatibility|deprecated|options?|flags?|settings?|configuration|config|syntax|formats?|behaviou?rs?|parameters?|arguments?|APIs?|requirements?|dependenc(?:y|ies))\b/iu;

function changesOwnInterface(after: string): boolean {
  return ownInterfaceWord.test(after.trimStart());
}

/** A machine's name: a hyphen or a digit in its first label, and not an English compound ("read-only"). */
function machineShaped(host: string): boolean {
  const first = host.replace(/\.$/, '').split('.')[0];
  return /[\d-]/.test(first) && !/^[\d-]+$/.test(first) && !first.split('-').every((part) => isEnglishWord(part) || isOrdinaryWord(part)) && !/\.in-addr\.arpa\.?$|\.ip6\.arpa\.?$/i.test(host);
}

/**
 * The machines and systems of one line. `isPrivateHost` says whether a host (in Latin letters) is
 * under a private or configured internal domain; `isPublicName` whether a word is in `publicNames`.
 */
export function findMachineRecords(line: string, isPrivateHost: (host: string) => boolean, isPublicName: (word: string) => boolean): MachineRecordMatch[] {
  const found: MachineRecordMatch[] = [];
  if (/PTR|name\s*=/.test(line)) {
    // The answer for a private address, or a name in a zone no public domain has (`.dc1.`, a
    // private suffix): a public address's name (`ec2-203-0-113-7.compute-1.amazonaws.com.`) is public.
    const privateQuestion = privateReverseZone.test(line);
    for (const m of allMatches(ptrTarget, line)) {
      const host = m[1];
      const lastLabel = host.replace(/\.$/, '').split('.').at(-1) ?? '';
      if (!(privateQuestion || /\d/.test(lastLabel) || isPrivateHost(host.replace(/\.$/, ''))) || !machineShaped(host) || isPublicName(host.replace(/\.$/, '').toLowerCase())) continue;
      found.push({ rule: 'redact/internal-host', text: host.replace(/\.$/, ''), index: m.index! + m[0].lastIndexOf(host), why: 'a machine a reverse lookup names' });
    }
  }
  if (/(?:#|\/\/|;|--)/.test(line)) {
    for (const m of allMatches(addressComment, line)) {
      const host = m[1].replace(/\.$/, '');
      if (!machineShaped(host) || isPublicName(host.toLowerCase())) continue;
      found.push({ rule: 'redact/internal-host', text: host, index: m.index! + m[0].lastIndexOf(m[1]), why: 'a machine named beside its private address' });
    }
  }
  if (line.includes('xn--')) {
    for (const m of allMatches(punycodeHost, line)) {
      const host = m[1];
      const decoded = domainToUnicode(host.toLowerCase());
      if (!decoded || decoded === host.toLowerCase()) continue;
      const latin = withLatinLookalikesReplaced(decoded);
      // A label of another script throughout is a name in that script (published as any other); a
      // look-alike in Latin letters is written to pass for the Latin name.
      if (latin === undefined || /[^\x00-\x7f]/.test(latin)) continue;
      if (isPrivateHost(latin)) found.push({ rule: 'redact/internal-host', text: host, index: m.index!, why: `a punycode look-alike of ${latin} (an address bar may show it as that)` });
    }
  }
  if (/\d\.\d/.test(line)) {
    for (const m of allMatches(versionedActor, line)) {
      const name = m[2];
      if (isEnglishWord(name) || isKnownWord(name) || isKnownFirstName(name) || isOrdinaryWord(name) || isPublicTerm(name) || isPublicName(name.toLowerCase())) continue;
      // Release notes (since the seventeenth round of false positives; machine-records.ts' header).
      if (changesOwnInterface(line.slice(m.index! + m[0].length))) continue;
      // The version goes with the name (since the seventeenth probe round): its fix left "2.1 restarted the replica".
      found.push({ rule: 'redact/internal-name', text: m[1], index: m.index!, why: 'a system no list knows, named with its version as it acts', guess: true });
    }
  }
  return found;
}
