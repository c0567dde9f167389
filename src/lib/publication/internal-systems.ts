import { fenceLineOpening } from '../fence-opening.ts';
import { isOrdinaryWord, isEnglishWord, isKnownFirstName, isNegatedEnglishWord } from './people.ts';
import { isMakerModelCode } from './hardware-model-codes.ts';
import { cutAtUnspacedScript } from './script-change-tokens.ts';
import { isPublicTerm } from './public-terms.ts';
import { brandPhrases } from './brand-names.ts';
import { isSystemAccount } from './person-patterns.ts';
import { allMatches, escapeRegExp } from '../regexp.ts';
import { isChainId, isHeadingAnchor, isInPlaceholderPath, isMisspeltCloudRegion, spelledApartInParagraph } from './identifier-context.ts';
import { isPublicAdvisoryId } from './advisory-ids.ts';
import { isDocumentSlugOfWords } from './document-slugs.ts';
import { isPublicProjectWithSuffix } from './public-project-suffixes.ts';
import { isNamedChainId, isTokenStandardId } from './chain-standards.ts';
import { isAcmeChallengeType } from './acme-challenge-types.ts';
import { isDataCentreSite } from './data-centre-sites.ts';
import { inWeaknessTitle, isHashMechanism, isParticipleCompound } from './code-and-standard-words.ts';
import { inPathOfOtherSite, isSamePageLinkTarget } from './link-targets.ts';
import { isCodeHostIssueLinkText } from './code-host-link-texts.ts';
import { inMarkdownlintDirective } from './system-names.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { placeHolds } from './first-finding-keeps.ts';
import { isWindowsGeneratedName } from './windows-generated-names.ts';

/**
 * Names of internal systems in public text: names the organisation lists (vocabulary ids and
 * display names without a public name, configured internal names), and shapes that only internal
 * things have (identifier-shaped tokens, chat channels, ticket ids, cloud account ids and ARNs,
 * links to the organisation's own repositories). Public shapes that look alike (cloud regions and
 * machine types, CVE and standard ids, severity levels) are not findings.
 */

export interface SystemMatch {
  rule: 'redact/internal-name' | 'redact/identifier' | 'redact/channel' | 'redact/ticket' | 'redact/cloud-account';
  text: string;
  index: number;
}

/**
 * Names worth searching for: multi-word names and identifier-like single words. A single ordinary
 * word ("search", "Checkout") is ordinary English on a public page and is left to the review report.
 */
export function searchableInternalNames(names: readonly string[], publicNames: readonly string[], configuredNames: readonly string[] = []): string[] {
  const configured = new Set(configuredNames);
  const publicSet = new Set(publicNames.map((n) => n.toLowerCase()));
  const unique = new Set<string>();
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name.length < 3 || publicSet.has(name.toLowerCase())) continue;
    const words = name.split(/[\s-]+/).filter(Boolean);
    // One plain word ("search", "Messaging", "DNS") is ordinary English on a public page: the
    // review report lists it. Configure a distinctive single-word name in internalNames.
    if (words.length === 1 && /^[\p{L}]+$/u.test(name) && !configured.has(name)) continue;
    if (words.length > 1 && /^[\p{Ll}\s]+$/u.test(name) && words.every((w) => isOrdinaryWord(w))) continue;
    unique.add(name);
  }
  return [...unique].sort((a, b) => b.length - a.length);
}

/**
 * A part of a name that is no English word, public term or common abbreviation (`zorblat` of
 * `zorblat-ledger`): the name stays recognisable however it is joined or spelt.
 */
function isDistinctivePart(part: string): boolean {
  return part.length >= 4 && /^\p{L}+$/u.test(part) && !isOrdinaryWord(part) && !isEnglishWord(part) && !isPublicTerm(part);
}

/**
 * The regular-expression source of one name, matching the other ways it gets written: its parts
 * joined by a hyphen, an underscore or nothing (`zorblat-ledger`, `zorblat_ledger`,
 * `ZorblatLedger` with the case-insensitive flag); by spaces too when a part is distinctive
 * ("Zorblat ledger"), but not when every part is English ("the checkout API" is not `checkout-api`).
 * Only the separators the name has are made flexible: a one-part name is matched as written.
 */
export function flexibleNameSource(name: string): string {
  const parts = name.split(/[\s_-]+/).filter(Boolean);
  if (parts.length < 2) return escapeRegExp(name);
  const hadSpace = /\s/.test(name);
  const separator = parts.some(isDistinctivePart) ? String.raw`(?:[-_]|\s+)?` : hadSpace ? String.raw`(?:\s+|[-_]?)` : '[-_]?';
  return parts.map(escapeRegExp).join(separator);
}

/**
 * One pattern for every name. A name of English words ("Site Reliability", "Payments Platform")
 * is matched in its letter case, since "site reliability" in lower case is English; any other
 * name (`checkout-api`, "Zorblat Ledger", `PgBouncer pool`) in any letter case. Either way with
 * the separators of {@link flexibleNameSource}.
 */
export function internalNamePattern(names: readonly string[]): RegExp | undefined {
  if (!names.length) return undefined;
  const alternative = (name: string) => {
    const words = name.split(' ');
    const ordinary = words.length > 1 && words.every((w) => w === '&' || (/^\p{L}\p{Ll}*$/u.test(w) && (isOrdinaryWord(w) || isEnglishWord(w) || isPublicTerm(w))));
    const body = flexibleNameSource(name);
    return ordinary ? `(?-i:${body})` : body;
  };
  // Each name in both Unicode forms (bad input round 32): "orión-db" listed composed (ó, one
  // code point) was not found where a post wrote it decomposed (o and a combining accent, as macOS
  // file names and some editors do), nor the other way round, and was published.
  const forms = [...new Set(names.flatMap((name) => [name.normalize('NFC'), name.normalize('NFD')]))];
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${forms.map(alternative).join('|')})(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])`, 'giu');
}

/** Public cloud regions, zones and machine types, which look like internal identifiers. */
const publicIdentifierShapes = [
  /^(?:us|eu|ap|sa|ca|me|af|il|cn|mx)(?:-gov|-iso[a-z]*)?-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d+[a-z]?$/i,
  /^(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-[a-z]+\d+(?:-[a-z])?$/i,
  // AWS's availability zone ids, the same in every account (`use1-az4`, `USE1-AZ4`, `apne2-az3`,
  // `usgw1-az3`): the region's short code and the zone's number, as AWS's own status posts write them.
  /^(?:us|eu|ap|sa|ca|me|af|il|cn|mx)(?:gw|[nsewc]{1,2})\d*-az\d{1,2}$/i,
  // A date with the month's name first, as block explorers print them (`Feb-08-2021`).
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}-(?:0?[1-9]|[12]\d|3[01])-\d{2}(?:\d{2})?$/i,
  /^(?:[a-z]\d[a-z]?|[a-z]{1,3}\d+[a-z]?)-(?:standard|highmem|highcpu|megamem|ultramem|micro|small|medium|large|custom)(?:-\d+)?$/i,
  /^(?:SEV|P|S|Sev|Severity|Tier|Level|Phase|Step|Stage|Day|Week|Q|H|FY|Type)-?\d+$/i,
  // A span of a year's quarters or halves, or one of a year ("Summary for 2018 Q3-Q4", `Q1-2025`,
  // `FY24-Q2`; round 41 of false positives): a reporting period, no system.
  /^(?:FY\d{2,4}-)?(?:Q[1-4]|H[12])(?:-(?:Q[1-4]|H[12]|(?:19|20)\d{2}))?$/i,
  // The volume Kubernetes mounts into every pod for its service account's token, named by Kubernetes
  // with five random characters (`kube-api-access-6wwfs`, `default-token-x7k2p`; round 41): no one's name.
  /^(?:kube-api-access|default-token)-[a-z0-9]{5}$/,
  // An AI vendor's public model ids (false positives round 43: OpenAI's `text-embedding-3-small`
  // in a web app's post-mortems): a model family, then its release and the vendor's words for size
  // and variant (`claude-3-5-sonnet-20240620`, `gemini-1.5-flash`, `llama-3.1-8b-instruct`). A
  // family's word beside one of the organisation's (`claude-prod-01`) is still an identifier.
  /^(?:text-embedding|claude|gemini|gemma|llama|codellama|mistral|mixtral|whisper|dall-e)(?=-.*\d)(?:-(?:ada|small|medium|large|mini|nano|pro|flash|lite|turbo|sonnet|haiku|opus|instruct|chat|preview|latest|vision|v?\d+(?:\.\d+)?[bkm]?|\d{8}))+$/i,
  /^(?:CVE|CWE|GHSA|RFC|ISO|IEC|UTF|SHA|AES|RSA|HTTP|TLS|SSL|IPv|X|TCP|UDP|COVID|GPT|MD|CRC|ECDSA|ED|H|VP|DDR|PCIe?|USB|Win|Windows|Log4j|IEEE|NIST|SP|SOC|PCI|ARM|x86|Wi|e|T)(?:-[A-Za-z0-9.]+)+$/i,
  /^\d/,
];

/** True when the token has the shape of a public cloud region, zone, machine type, date or standard ({@link publicIdentifierShapes}). */
export const isPublicIdentifierShape = (token: string) => publicIdentifierShapes.some((shape) => shape.test(token));

const dayOrMonth = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|weekend|weekday)$/i;

/** Hyphenated English that starts with a prefix ("Multi-region", "Post-incident", "Re-run"). */
export const englishPrefixes = /^(?:multi|cross|non|re|pre|post|auto|co|de|sub|inter|intra|anti|semi|mid|over|under|out|self|all|half|well|high|low|long|short|third|first|second|full|part|single|double|read|write|end|peak|near|real|off|on|up|down|back|follow|built|opt|set|check|log|sign|roll|start|shut|clean|hand|time|rate|run|last|top|front|e|x|in|long|day|per)$/i;

/**
 * An identifier: a token joining parts with hyphens or underscores that English does not write.
 * `ADSync-CI-2`, `pg-orders-01`, `Cost-janitor` (capitalised, mid-sentence), `payment_worker`;
 * not "multi-region", "us-east-1", "SEV-2", "Wi-Fi" or a capitalised compound at the start of a
 * sentence. In code, lower-case compounds with a part that is not an English word count too
 * (`nfs-share-creator`).
 */
/** The suffix of a product's own command-line tool (`-ctl`, `-cli`, `-adm`, `-dbg`, `-util`). */
// Since round 46 of false positives also the key and boot tools of OpenSSH and GRUB (`ssh-keygen`,
// `ssh-keyscan`, `grub2-mkconfig`), which opened shell lines in a team's runbooks.
// Since round 49 also a public project's source-build tool (`xbps-src`, Void Linux's package
// builder, 25 findings in its news): `zarnith-src` (a coined part) is still one.
const productToolSuffix = /^(?:ctl|cli|adm|admin|dbg|util|keygen|keyscan|mkconfig|src)$/i;

/** A standard's name with its number: an encoding, a hash, an integer type, an architecture (`base64`, `utf8`, `sha256`, `uint32`, `amd64`). */
const numberedStandard = /^(?:base(?:16|32|36|58|62|64|85)|utf-?(?:8|16|32)|ucs-?[24]|sha-?\d{1,3}|md[45]|crc-?\d{1,2}|u?int\d{1,3}|float\d{2}|x86|x64|amd64|arm64|aarch64|i[36]86|ipv[46]|win(?:32|64))$/i;

/** The second word of an adjective made from a name ("Rust-based", "IPv4-mapped"). */
const adjectiveOfName = /^(?:based|compatible|mapped|enabled|aware|specific|related|powered|driven|backed|native|only|style|friendly|capable|facing|bound|encoded|formatted|signed|hosted|managed)$/;

export function isIdentifierShaped(token: string, atSentenceStart: boolean, inCode: boolean): boolean {
  if (publicIdentifierShapes.some((shape) => shape.test(token)) || isPublicAdvisoryId(token) || isAcmeChallengeType(token)) return false;
  const parts = token.split(/[-_]+/).filter(Boolean);
  if (parts.length < 2) return false;
  const hasUnderscore = token.includes('_');
  const hasDigit = /\d/.test(token);
  // CamelCase inside a part ("ADSync", "PgBouncer"): product and system names, not English.
  const mixedCase = parts.some((p) => /\p{Ll}\p{Lu}/u.test(p));
  // snake_case in lower case is how tools name settings and error codes (`lock_timeout`,
  // `currency_not_supported`): public vocabulary of those tools, listed in the review report.
  // Only CamelCase parts make one a name (`ADSync_Runner`); `Full_nodes` and `size_b32` are how
  // code names fields.
  // A lower-case namespace before a method in lowerCamelCase (`eth_getBalance`, `debug_setHead`,
  // JSON-RPC's methods) names code, as functions are named, not a system (since the tenth round
  // of false positives); `ADSync_Runner` is one.
  if (hasUnderscore) return /\p{L}/u.test(parts[0]) && mixedCase && !/^\p{Ll}[\p{Ll}\d]*_\p{Ll}+\p{Lu}[\p{L}\d]*$/u.test(token);
  // Bots are named like systems: "deploy-bot", "Merge-Bot".
  if (/^bot$/i.test(parts.at(-1)!)) return true;
  // A public name or a day joined to English or other public names: "Slack-webhook",
  // "Docker-in-EC2", "Wednesday-afternoon".
  if ((isPublicTerm(parts[0]) || dayOrMonth.test(parts[0])) && parts.slice(1).every((p) => isPublicTerm(p) || isOrdinaryWord(p) || isEnglishWord(p))) return false;
  if (englishPrefixes.test(parts[0]) && parts.length === 2 && !mixedCase) return false;
  // A public product's own control or admin command (`beegfs-ctl`, `ceph-dbg`, `slurm-adm`; round 41
  // of false positives): the tool ships with the product. `zarnith-ctl` (a coined part) is still one.
  if (parts.length === 2 && isPublicTerm(parts[0]) && productToolSuffix.test(parts[1])) return false;
  // A public name or a protocol's acronym with its version made an adjective ("IPv4-mapped",
  // "IPv6-compatible", "Rust-based"; since the eleventh round of false positives): what follows
  // says how something relates to it. A made-up name so joined (`zorblat-based`, `QuellNet-based`)
  // is still judged as a compound.
  if (parts.length === 2 && adjectiveOfName.test(parts[1]) && (isPublicTerm(parts[0]) || /^\p{Lu}{2,}v?\d{1,2}$/u.test(parts[0]))) return false;
  // A standard's name with its number (an encoding, a hash, an integer type, an architecture)
  // joined to an English word (`base64-encoded`, `base64-encoding`, `utf8-safe`, `sha256-pinned`;
  // round 45 of false positives): how the data is written, as "Rust-based" says how code is.
  if (parts.length === 2 && numberedStandard.test(parts[0]) && (isOrdinaryWord(parts[1]) || isEnglishWord(parts[1]))) return false;
  // A decentralised finance token in its protocol's spelling (`st-yETH`, `lp-yCRVv2`; round 45):
  // a short lower-case prefix (staked, liquidity pool) before a ticker in capitals, maybe after a
  // protocol's letter and before its version. Systems are not named with a ticker's capitals.
  if (parts.length === 2 && /^\p{Ll}{1,3}$/u.test(parts[0]) && /^\p{Ll}{0,2}\p{Lu}{3,6}(?:v\d{1,2})?$/u.test(parts[1])) return false;
  // Since the fourteenth round of false positives an English word or such an acronym and any
  // English past participle ("Negotiate-authenticated", "OAUTH2-authenticated"), and a mechanism
  // named after its hash in capitals (`DIGEST-MD5`, `HMAC-SHA256`).
  if (isParticipleCompound(parts) || isHashMechanism(parts)) return false;
  // A variable in lowerCamelCase minus a number is arithmetic in code (`groupSize-1`).
  if (/^\p{Ll}+\p{Lu}[\p{L}]*-\d+$/u.test(token)) return false;
  // "peer-2-peer", "debt-2-asset": a 2 or a 4 read as "to" or "for" between two English words is
  // judged as the words it stands for ("peer-to-peer"; round 34 of false positives).
  if (/^\p{Ll}{3,}-[24]-\p{Ll}{3,}$/u.test(token) && [parts[0], parts[2]].every((p) => isOrdinaryWord(p) || isEnglishWord(p))) return isIdentifierShaped(token.replace(/-[24]-/, '-to-'), atSentenceStart, inCode);
  // A public product of two words or more with its release between them (`rocky-8-linux`, a page
  // of an HPC cluster's site on Rocky Linux 8; false positives round 42): the brand and a version.
  // The brand with a number after it (`rocky-linux-01`) is named as machines are, and still one.
  if (hasDigit && /^\d+$/.test(parts[1] ?? '') && parts.length >= 3 && !/^\d+$/.test(parts.at(-1)!) && parts.filter((p) => !/^\d+$/.test(p)).length >= 2 && brandPhrases.has(parts.filter((p) => !/^\d+$/.test(p)).join(' ').toLowerCase())) return false;
  // A document's slug of words around its number in a series or a public advisory's id
  // (`case-9-ldap-query-spike`, `disclose-cve-2024-52919`; false positives round 43).
  if (hasDigit && isDocumentSlugOfWords(parts)) return false;
  // A public project's rewrite or release (`chinadns-ng`, `firefly-iii`; round 47 of false positives).
  if (!mixedCase && isPublicProjectWithSuffix(parts)) return false;
  if (hasDigit && /^\p{L}/u.test(token)) {
    // A capitalised word and a number is a model or a place ("Therac-25", "Agra-2"); an
    // upper-case code or lower-case name with digits is a host, cluster or key ("PDX-DC04",
    // "pg-orders-01", "k-2026q1").
    if (parts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]) && /^\d+$/.test(parts[1])) return false;
    return !/^\p{Lu}+-\d+$/u.test(token);
  }
  if (mixedCase) return true;
  // "Cost-janitor" mid-sentence: an ordinary word capitalised as a name, joined to a word that is
  // not ordinary English. "Rust-based" and "Server-side" are English compounds.
  const capitalised = /^\p{Lu}\p{Ll}+$/u.test(parts[0]) && parts.slice(1).every((p) => /^\p{Ll}+$/u.test(p));
  const last = parts.at(-1)!;
  const lastIsEnglish = isOrdinaryWord(last) || isOrdinaryWord(last.replace(/(?:ed|ing|s|d)$/, '')) || isOrdinaryWord(last.replace(/(?:ness|ity|ation|ion|er|ers)$/, ''));
  if (capitalised && !atSentenceStart && isOrdinaryWord(parts[0]) && !lastIsEnglish) return true;
  // A lower-case compound with a part that is neither English nor a public name is a name someone
  // made up: a job, a bucket, a repository (`nfs-share-creator`, `kolibri-builds`), in code and in
  // a path (`repos/homelab-infra/stacks`, `homelab-infra.git`), which findInternalSystems counts as
  // code. Prose writes compounds of jargon the dictionary lacks ("datacenter-scale",
  // "stdout-only", "grep-based"): there such a name is found where the post shows it in code too
  // ({@link discoverIdentifiers}).
  // A Unix file mode (`drwxr-xr-x`, pasted `ls -l` output) is no name.
  if (/^[-dlcbps]?(?:[r-][w-][xsS-]){2}[r-][w-][xtT-]$/.test(token)) return false;
  // An account every Unix machine has (`chown www-data:www-data`, `sudo -u gitlab-runner`) is no
  // name of ours, like the file mode.
  if (isSystemAccount(token)) return false;
  if (/^[\p{Ll}\d-]+$/u.test(token) && !hasDigit && inCode) {
    // `xxxxxxxx` is what an author wrote instead of a name (`ps-xxxxxxxx-prod`).
    return parts.some((p) => p.length >= 3 && !/^x+$/.test(p) && !isOrdinaryWord(p) && !isEnglishWord(p) && !isPublicTerm(p) && !isNegatedEnglishWord(p));
  }
  // The same in capitals, as host names are written (`KONYKS-SERVER`, `EDITH-PC`). A short word
  // in capitals is as often an acronym or a ticker (`PHP-FPM`, `JSON-RPC`, `KHYPE-USDC`), so a
  // part counts when it is a first name (`EDITHS-LAPTOP` too) or a word of six letters or more
  // that no dictionary or list of public names knows.
  // A part naming an environment makes one a machine's name however short the rest (`NAS-PROD`,
  // `PROD-DB`, `SQL-STG`), but for the names of environments themselves (`PRE-PROD`, `NON-PROD`).
  if (/^\p{Lu}+(?:-\p{Lu}+)+$/u.test(token)) return isCapitalsName(parts);
  return false;
}

/** An environment's short name, as machines' names carry it (`NAS-PROD`, `SQL-STG`). */
const environmentWord = /^(?:PROD|PRD|STAGING|STG|UAT|PREPROD)$/;

/**
 * A machine's name in capitals with a zero-padded number (`DB01`, `WEB-03`, `NAS002`): counted
 * from 01 as fleets are. `HY000` (an SQL state) and `FFFF00` (a colour) have no digit but zeros.
 */
const numberedHost = /(?<![\p{L}\p{N}_.:@#\/-])\p{Lu}{2,6}-?(?:0[1-9]|00[1-9]|0[1-9]\d)(?![\p{L}\p{N}_-]|\.\p{N})/gu;

/**
 * The parts of a name in capitals that make it a machine's or system's name: one that is no
 * acronym ({@link isDistinctiveCapitalsPart}), or an environment's short name beside another
 * part (`NAS-PROD`), but for the names of environments themselves (`PRE-PROD`, `NON-PROD`).
 */
function isCapitalsName(parts: readonly string[]): boolean {
  return parts.some(isDistinctiveCapitalsPart) ||
    (parts.some((p) => environmentWord.test(p)) && !parts.some((p) => /^(?:PRE|NON|POST)$/.test(p)));
}

/** A part of a name in capitals that is no acronym: see {@link isIdentifierShaped}. */
function isDistinctiveCapitalsPart(part: string): boolean {
  // A run of X is what an author writes instead of a number or a name (`MANIFEST-XXXXXXX`).
  if (/^X+$/.test(part)) return false;
  const word = part[0] + part.slice(1).toLowerCase();
  const unknown = (w: string) => !isOrdinaryWord(w) && !isEnglishWord(w) && !isPublicTerm(w);
  const firstName = (w: string) => w.length >= 3 && isKnownFirstName(w) && unknown(w);
  return firstName(word) || firstName(word.replace(/s$/, '')) || (word.length >= 6 && unknown(word));
}

/**
 * File-name extensions: `homelab-infra.git` and `nfs-share-creator.yaml` name `homelab-infra` and
 * `nfs-share-creator` (`acme-logs.s3.amazonaws.com` is a host, whose labels are not identifiers).
 */
const fileExtensions = String.raw`(?:\.(?:md|mdx|markdown|txt|sh|bash|zsh|py|js|mjs|cjs|ts|go|rs|rb|java|php|pl|lua|sql|json|ya?ml|toml|ini|conf|cfg|env|service|timer|socket|log|csv|xml|html?|git|tar|gz|tgz|bz2|xz|zip|pem|crt|key|lock|tf|hcl|nix|j2|tpl|bak|old))+(?![\p{L}\p{N}_-]|\.[\p{L}\p{N}])`;
/**
 * A token joining parts with hyphens or underscores, alone or as a segment of a path
 * (`repos/homelab-infra/stacks`) or a file name (`homelab-infra.git`); not a label of a host name,
 * nor the local part of a mail address (the e-mail rule's). A login on a machine is one: the
 * guard withheld `gke-df315…` on one line of a post and published it the next in
 * `gke-df315…@a.b.c.d` (adoption walkthrough round 40), so `@` ends it unless a domain follows.
 */
const identifierToken = new RegExp(String.raw`(?<![\p{L}\p{N}_.:@#\\=-])[\p{L}][\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)+(?![\p{L}\p{N}_]|-\p{L}|@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}.-])|(?!${fileExtensions})\.[\p{L}\p{N}])`, 'gu');
/** A character that ends a word of a path: space, quotes, brackets, table pipes and list punctuation. */
const wordDelimiter = /[\s"'`()[\]<>|,;=]/;
/**
 * A repository as code hosts write it, `owner/repo` (`Chia-Network/chia-blockchain`): in prose a
 * reference like a link to the code host, which is public unless it is the organisation's own
 * (`redact/internal-link`); not a path (`repos/homelab-infra/stacks`, `/srv/x`).
 */
const repositorySlug = /^[\p{L}\p{N}][\p{L}\p{N}._-]*\/[\p{L}\p{N}._-]+$/u;
/**
 * The directory an installed package names under the system's own folders (`/etc/claude-code/`,
 * `/usr/share/node-exporter`, `/var/lib/docker-engine`, `/opt/splunk-forwarder`): the software's
 * name, public like the package.
 */
const packageDirectory = /(?:^|[\s"'`(=:])\/(?:etc|opt|usr\/(?:local\/)?(?:lib|lib64|libexec|share|bin|sbin|include|src)|var\/(?:lib|log|cache|run|spool)|lib|lib64|run)\/$/;
/** A token in a path or a file name: a `/` or `\` after it, or a file extension (one before it is checked by hand). */
const pathAfter = new RegExp(String.raw`^(?:[/\\]|${fileExtensions})`, 'u');
/**
 * The start of a link or a scoped package, whose path segments are not judged as names: a public
 * code host's or documentation site's path is public (`github.com/kubernetes-sigs/…`), a link into
 * the organisation's own tools is `redact/internal-link`, and `@scope/pkg` is a package.
 */
const linkOrPackageStart = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|[a-z0-9-]+\.[a-z0-9.-]*[a-z]{2,}(?::\d+)?\/|@[\w.-]+\/)/i;
/** A line with something joined by a hyphen or an underscore: the only lines that may hold an identifier. */
const mayHoldIdentifier = /[\p{L}\p{N}][-_][\p{L}\p{N}]/u;
// Japanese puts no space around a word of Latin letters ("Slackの#inc-ledgerチャンネル"): a
// Japanese letter beside a channel ends it as a space would (Japanese probes, round 31). A `#`
// right after a closing brace ends a template's address (`?ref={{ site.hostname }}#stats-api`,
// `${base}#setup`): a page's fragment, not a channel (round 40 of false positives).
const channel = /(?<!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}_&#/.:}-])#[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?!(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}_-])/gu;
const channelContext = /\b(?:in|on|to|into|join(?:ed)?|channel|slack|posted|from|via|see)\s*$/i;
/** Where a one-word channel opens a sentence, list item, table cell, code span or label's value. */
const channelOpening = /(?:^|[|\x60]|^\s*(?:>\s*)*(?:[-*+]|\d+[.)])|[.!?]|\p{L}(?:\*\*|__)?:(?:\*\*|__)?)\s*$/u;
/** A line that names a chat tool or a channel, where `#word` is one. */
const chatWord = /\b(?:[Ss]lack|[Cc]hannels?|[Tt]eams|[Dd]iscord|IRC|[Mm]atrix|[Mm]attermost|[Zz]ulip)\b/;
/**
 * A public project's community chat after a channel ("#kubernetes-users on the Kubernetes Slack";
 * since leaks37b): the workspace is named by a public term, so the room is public. Not "the Acme
 * Slack", an organisation's own workspace, whose name no public list knows.
 */
const onPublicCommunityChat = /^\s+(?:on|in)\s+the\s+(\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?)\s+(?:community\s+)?(?:Slack|Discord|Zulip|Gitter|Matrix|IRC)\b/u;
/**
 * A channel on a public chat network, which anyone may join ("#fdroid on Freenode", "the
 * `#voidlinux` channel on [libera.chat](…)", "#team on OFTC", "#room:matrix.org"; round 50 of false
 * positives): open-source projects' rooms, named so on their news ("in freenode", "on
 * <https://freenode.net>", "on `irc.libera.chat`"). An organisation's own rooms are
 * on its workspace (Slack, Teams, its own Matrix server), which no such name says.
 */
export const onPublicChatNetwork = /^(?:\x60|\*\*|__)?(?:\s+channel)?\s+(?:on|at|via|in)\s+(?:the\s+)?[[<\x60]?(?:https?:\/\/)?(?:irc\.|web\.)?(?:libera(?:\.chat)?|freenode(?:\.net)?|oftc(?:\.net)?|hackint(?:\.org)?|efnet|ircnet|rizon(?:\.net)?|quakenet(?:\.org)?|snoonet|matrix\.org)\b|^:matrix\.org\b/iu;
const onPublicChat = (after: string, isPublic: (text: string) => boolean): boolean => {
  if (onPublicChatNetwork.test(after)) return true;
  const workspace = onPublicCommunityChat.exec(after)?.[1];
  return workspace !== undefined && workspace.split(/\s+/).every((word) => isPublicTerm(word) || isPublic(word));
};
/** `#include`, `#define`, `#region`: a directive of C, C#, Python's encoding line or a shell's shebang, no channel. */
const preprocessorDirective = /^#(?:include|define|undef|ifdef|ifndef|if|elif|else|endif|pragma|error|warning|line|import|region|endregion|nullable|requires|using)$/;
const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
// Since the tenth probe round also after a `#` that opens a word ("Follow-up in #OPS-4521", as
// chats and commit messages write it), not in a link's fragment (`page#SEC-12`).
const ticket = /(?<![\p{L}\p{N}_/.:-])(?<![\p{L}\p{N}_/.:-]#)(?:[A-Z][A-Z0-9]{1,9}-\d{2,7}|(?:INC|CHG|PRB|RITM|REQ|SCTASK|TASK|CS|PIR)\d{5,10})(?![\p{L}\p{N}_-])/gu;
/** A ticket key without a hyphen after words that name a ticket (`Tracked as OPS_4521`, `Jira: PLAT1207`, `ticket OPS 4521`). */
const unseparatedTicket = /\b(?:[Tt]racked\s+(?:as|in|under)|[Tt]ickets?|[Jj]ira(?:\s+(?:ticket|issue|key))?|[Ii]ssues?|[Ff]iled\s+(?:as|under)|[Ff]ollow-?ups?(?:\s+in)?|[Bb]acklog(?:\s+item)?)[:\s]\s*`?([A-Z]{2,10})(?:_(\d{2,7})| (\d{3,7})|(\d{3,7}))(?![\w-])/g;
export const publicTicketPrefixes = /^(?:CVE|CWE|GHSA|RFC|ISO|IEC|UTF|SHA|AES|RSA|HTTP|TLS|SSL|TCP|UDP|COVID|GPT|MD|CRC|ED|SEV|PDP|VAX|IEEE|NIST|SP|SOC|PCI|DDR|PCIE|USB|H|X|EC|ECDSA|CA|US|EU|AP|SA|ME|AF|IPV\d?|IP|JSR|PEP|KEP|KIP|JEP|EIP|ERC|BIP|SLIP|CAIP|XEP|PSR|SRFI|ECMA|FIPS|FY|Q|WCAG|ES|BS|EN|DIN|Y|P|S|T)$/;
// Not a code span's closing backquote nor a sentence's full stop after it: "Policy updated to
// include `arn:aws:s3:::logs/*`." kept its stop inside the withheld text, and the public page
// ran the line into the next item (adoption round 51).
const arn = /\barn:aws[\w-]*:[\w-]+:[\w-]*:\d{0,12}:[^\s"'<>)\]\x60]*[^\s"'<>)\]\x60.,;:!?]/g;
// Twelve digits, or three groups of four as the AWS console shows them (`4455-6677-8899`).
const awsAccount = /(?<![\p{N}])\d{12}(?![\p{N}])|(?<![\p{N}-])\d{4}-\d{4}-\d{4}(?![\p{N}]|-\p{N})/gu;
// The plural too: an Azure resource id is `/subscriptions/<guid>/resourceGroups/…`.
const accountContext = /\b(?:accounts?|acct|aws|owner|principal|subscriptions?|tenants?|projects?)\b[^.]{0,40}$/i;
const guid = /(?<![\p{L}\p{N}-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}-])/giu;
const gcpProject = /\bprojects\/[a-z][a-z0-9-]{4,28}[a-z0-9]\b/g;
/**
 * An Azure resource id, whole: `/subscriptions/<guid>/resourceGroups/rg-ledger/providers/…`, or
 * its resource group alone (`resourceGroups/rg-ledger`, `--resource-group rg-ledger`), whose
 * names are the organisation's own.
 */
const azureResource = /(?:\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![\w-])resourceGroups|--resource-group[= ])(?:\/?[\w.()-]+(?:\/[\w.()-]+)*)?(?<![.,;:])/gi;
/**
 * A Google Cloud project named by the tools: `gcloud --project=acme-prod`, `gcloud config set
 * project acme-prod`, a console link's `?project=acme-prod`, `project_id = "acme-prod"`,
 * `GOOGLE_CLOUD_PROJECT=acme-prod`. The project id is the first group.
 */
const gcpProjectSetting = /(?:--project[= ]|\bset\s+project\s+|[?&]project=|\bproject_?[iI]d["']?\s*[:=]\s*["']?|\bGOOGLE_CLOUD_PROJECT=["']?|\bGCLOUD_PROJECT=["']?)([a-z][a-z0-9-]{4,28}[a-z0-9])(?![\w-])/g;
/** Project ids of documentation: `my-project`, `your-project-id`, `example-project`. */
const placeholderProject = /^(?:(?:my|your|the|some|example|sample|test|demo)-)?project(?:-(?:id|name|\d+))?$|example|^(?:my|your)-/;
/**
 * A bucket, container or storage account: its name is the organisation's own resource, as an
 * object-store URL (`s3://acme-ledger/`, `gs://…`, `wasbs://raw@acmelake.blob.core.windows.net`),
 * which only the organisation's tools read. Its `https://` links, and an Azure storage
 * account's host, are {@link bucketLink}. The name ends on a letter, digit, `_`, `-` or `@`: a full stop
 * after it ends the sentence, and a fix that took it in joined that sentence to the next (session 30).
 */
const storageResource = /(?<![\w.+-])(?:s3[an]?|gs|wasbs?|abfss?|adls?|az|oss|r2):\/\/[A-Za-z0-9][\w.@-]{1,}[\w@-]/gi;
/**
 * An S3 endpoint after the bucket or before it: `s3`, then a region, `dualstack`, `website`,
 * `accelerate`, `fips` or `external-1` joined by dots or hyphens (`s3.eu-west-1`, the legacy
 * `s3-eu-west-1`, `s3-website-us-east-1`, `s3.dualstack.us-east-1`), under `amazonaws.com` or
 * `amazonaws.com.cn`. Other AWS hosts (`dynamodb.us-east-1.amazonaws.com`) name no bucket.
 */
const s3Endpoint = String.raw`s3(?:[.-](?:[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d|dualstack|website|accelerate|fips|external-1))*\.amazonaws\.com(?:\.cn)?`;
/**
 * Hosts of the other object stores after a bucket or account label: Cloudflare R2
 * (`<account>.r2.cloudflarestorage.com`, a public bucket's `pub-<id>.r2.dev`), DigitalOcean Spaces
 * (`<bucket>.nyc3.digitaloceanspaces.com`, its CDN), Backblaze B2 and Wasabi
 * (`<bucket>.s3.us-west-002.backblazeb2.com`, `<bucket>.s3.eu-central-1.wasabisys.com`) and
 * Alibaba OSS (`<bucket>.oss-cn-hangzhou.aliyuncs.com`).
 */
const otherStoreHost = String.raw`(?:[a-z0-9-]+\.)?r2\.cloudflarestorage\.com|r2\.dev|[a-z]{3}\d\.(?:cdn\.)?digitaloceanspaces\.com|s3(?:\.[a-z]{2}-[a-z]+-\d{1,3})?\.(?:backblazeb2|wasabisys)\.com|oss-[a-z]{2}-[a-z0-9-]+\.aliyuncs\.com`;
/** Their endpoints with the bucket in the path: `nyc3.digitaloceanspaces.com/<bucket>`, `s3.wasabisys.com/<bucket>`, B2's `f002.backblazeb2.com/file/<bucket>`. */
const otherStoreEndpoint = String.raw`[a-z]{3}\d\.digitaloceanspaces\.com|s3(?:\.[a-z]{2}-[a-z]+-\d{1,3})?\.(?:backblazeb2|wasabisys)\.com|f\d{3}\.backblazeb2\.com|oss-[a-z]{2}-[a-z0-9-]+\.aliyuncs\.com`;
/** A bucket's name (S3: 3 to 63 lower-case letters, digits, dots and hyphens; Cloud Storage also underscores). */
const bucketName = String.raw`[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]`;
/** The end of a host or bucket name: no more of it follows (a full stop after it ends the sentence). */
const endOfName = String.raw`(?![\w-]|\.[\w-])`;
/** The rest of a link after its host or bucket, without the punctuation that ends a sentence or the markup around it (`code`, **bold**). */
const restOfLink = String.raw`(?:[/?#](?:[^\s)<>"'\]\x60]*[^\s)<>"'\]\x60.,;:!?*])?)?`;
/**
 * A link to a bucket or an object in it, with or without `https://`: the bucket in the host
 * (`acme-logs.s3.amazonaws.com`, `acme-logs.s3.us-east-1.amazonaws.com`,
 * `acme-logs.storage.googleapis.com`) or as the first path segment (`s3.amazonaws.com/acme-logs`,
 * `s3-eu-west-1.amazonaws.com/acme-logs`, `storage.googleapis.com/acme-logs`,
 * `storage.cloud.google.com/acme-logs`, the JSON API's `storage.googleapis.com/storage/v1/b/acme-logs`),
 * or in the consoles' bucket pages. The bucket is the first group that matched. The finding is the
 * whole link, so that its fix removes it whole (a fix of the host alone left `https://an internal
 * account/x`). A host without a bucket (`s3.amazonaws.com`, `storage.googleapis.com/`) is none.
 */
const bucketLink = new RegExp([
  String.raw`(?<![\w.-])(?:https?:\/\/)?(${bucketName})\.(?:${s3Endpoint}|storage\.googleapis\.com)${endOfName}${restOfLink}`,
  String.raw`(?<![\w.-])(?:https?:\/\/)?(?:${s3Endpoint}|(?:commondata)?storage\.googleapis\.com|storage\.cloud\.google\.com)\/(?:(?:upload\/|download\/)?storage\/v1\/b\/)?(?!(?:storage|upload|download|batch)${endOfName}|doc\/\d{4}-\d\d-\d\d)(${bucketName})${endOfName}${restOfLink}`,
  String.raw`(?<![\w.-])(?:https?:\/\/)?(?:[a-z0-9-]+\.)?console\.aws\.amazon\.com\/s3\/(?:buckets|object)\/(${bucketName})${endOfName}${restOfLink}`,
  String.raw`(?<![\w.-])(?:https?:\/\/)?console\.cloud\.google\.com\/storage\/browser\/(?:_details\/)?(${bucketName})${endOfName}${restOfLink}`,
  // An Azure storage account's host, with the rest of its link: a fix of the host alone left
  // `https://<Internal>…</Internal>/raw/` on the page (after `@` it is part of a `wasbs://` URL).
  String.raw`(?<![\w.@-])(?:https?:\/\/)?([a-z0-9][a-z0-9-]{2,23})\.(?:blob|dfs|file|queue|table|web)\.core\.windows\.net${endOfName}${restOfLink}`,
  // The other S3-compatible stores: the bucket (or the account, for Cloudflare R2) in the host,
  // or as the first path segment after a region's endpoint.
  String.raw`(?<![\w.-])(?:https?:\/\/)?(${bucketName})\.(?:${otherStoreHost})${endOfName}${restOfLink}`,
  String.raw`(?<![\w.-])(?:https?:\/\/)?(?:${otherStoreEndpoint})\/(?:file\/)?(${bucketName})${endOfName}${restOfLink}`,
].join('|'), 'gi');
/** Only a line that names a storage host is matched against {@link bucketLink}. */
const mayLinkBucket = /core\.windows\.net|amazonaws\.com|amazon\.com\/s3|storage\.(?:googleapis|cloud\.google)\.com|cloud\.google\.com\/storage|cloudflarestorage\.com|r2\.dev|digitaloceanspaces\.com|backblazeb2\.com|wasabisys\.com|aliyuncs\.com/i;

/**
 * Names documentation uses for any bucket: `s3://bucket/key`, `gs://my-bucket`, AWS's
 * `amzn-s3-demo-bucket` and `DOC-EXAMPLE-BUCKET`, `examplebucket`.
 */
const placeholderBucket = /^(?:(?:my|your|the|some|example|sample|test)[-_]?)?(?:bucket|container|account|path|name)(?:[-_]?(?:name|id))?$|example|^amzn-s3-demo-/i;

/**
 * Buckets that vendors and open-source projects publish downloads from, which install commands
 * and runbooks pasted into reports fetch from (`storage.googleapis.com/kubernetes-release/…`,
 * `s3.amazonaws.com/rds-downloads/rds-combined-ca-bundle.pem`, the SSM agent's
 * `amazon-ssm-us-east-1`, GitHub's release assets): public everywhere, never the organisation's.
 */
const publicBucket = /^(?:kubernetes-release|kubernetes-helm|kubernetes-charts(?:-incubator)?|golang|rds-downloads|aws-cli|ec2-downloads(?:-windows)?|amazoncloudwatch-agent(?:-[a-z0-9-]+)?|(?:amazon-ssm|aws-codedeploy)-[a-z]{2}(?:-gov)?-[a-z]+-\d|github-production-release-asset-[0-9a-f]+|gcp-public-data-[a-z0-9-]+)$/i;

export interface SystemOptions {
  internalNamePattern?: RegExp;
  publicNames: ReadonlySet<string>;
  /** The identifiers this post shows in code, as {@link discoveredIdentifierPattern} matches them anywhere. */
  discoveredIdentifiers?: RegExp;
  /**
   * False where identifier, channel and ticket shapes are not looked for (the built pages' scan,
   * `detectShapes: false`): those rules are then not run at all, as their matches would be
   * dropped, and no other rule here reads them.
   */
  shapes?: boolean;
}

/** Offsets of `code spans` in a line, to judge identifiers in code more strictly. */
function codeRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of line.matchAll(/(`+)([^`]+?)\1/g)) ranges.push([m.index!, m.index! + m[0].length]);
  return ranges;
}

function isSentenceStart(line: string, index: number): boolean {
  const before = line.slice(0, index).replace(/[*_`"'“(\[]+$/, '');
  return /^\s*(?:[-*+>]|\d+[.)]|#{1,6}|\|)?\s*$/.test(before) || /[.!?:]\s+$/.test(before) || /\|\s*$/.test(before);
}

/** The start of the word of `line` that ends at `index`: after a space, a quote, a bracket or `=`. */
function wordStart(line: string, index: number): number {
  let start = index;
  while (start > 0 && !wordDelimiter.test(line[start - 1])) start--;
  return start;
}

/**
 * True when the token at `index`, right after a `/`, is in the path of a link or a scoped package:
 * its word starts with a scheme, a host with a dot, `www.` or `@scope/`.
 */
const inLinkPath = (line: string, index: number) => linkOrPackageStart.test(line.slice(wordStart(line, index), index));

type IdentifierCandidate = { text: string; index: number; inCode: boolean };
/** The identifiers of the lines seen last, by line and whether it is in a code block: a post's lines are read once to discover names and once to report them. */
const identifierCache = new Map<string, IdentifierCandidate[]>();

/**
 * A lower-case compound whose only unknown parts the same line writes as two English words
 * joined by a hyphen ("create-nodepool, and delete-nodepool, node-pool resizes"): the post
 * spells the word both ways, so it is English to it (since the ninth round of false positives).
 */
export function spelledApartBeside(token: string, line: string): boolean {
  if (!/^[a-z][a-z0-9-]*$/.test(token)) return false;
  const english = (w: string) => w.length >= 3 && (isOrdinaryWord(w) || isEnglishWord(w)) && !isKnownFirstName(w);
  const unknown = token.split('-').filter((p) => p.length >= 3 && !english(p) && !isPublicTerm(p));
  return unknown.length > 0 && unknown.every((p) => {
    for (let cut = 3; cut <= p.length - 3; cut++) {
      const [head, tail] = [p.slice(0, cut), p.slice(cut)];
      if (english(head) && english(tail) && new RegExp(`(?<![\\w-])${head}-${tail}(?![\\w-])`, 'i').test(line)) return true;
    }
    return false;
  });
}

const serviceInRegion = /^([a-z][a-z0-9]*)-((?:us|eu|ap|sa|ca|me|af|il|cn|mx)(?:-gov|-iso[a-z]*)?-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d+)$/;

/**
 * A name and a public cloud region (`redshift-us-east-1`, `elb-eu-west-1`, `ec2-us-east-2`) just
 * after the name it abbreviates ("Amazon Redshift (N. Virginia) (redshift-us-east-1)", as AWS's
 * Service Health Dashboard keys its events): a word of that name, its words joined
 * ("AWS Internet Connectivity", `internetconnectivity`), or their initials ("Single Sign-On",
 * `sso`), also with a letter written twice as the letter and a 2 ("Elastic Compute Cloud", `ec2`). It shows nothing the text beside
 * it does not (since the ninth round of false positives).
 */
export function namedBesideRegion(token: string, before: string): boolean {
  const m = serviceInRegion.exec(token);
  if (!m) return false;
  const words = [...before.matchAll(/[A-Za-z][A-Za-z0-9]*/g)].map((w) => w[0]).filter((w) => /^[A-Z]/.test(w));
  const initials = (ws: string[]) => ws.map((w) => w[0].toLowerCase()).join('');
  const counted = (letters: string) => letters.replace(/(.)\1+/g, (run, c: string) => `${c}${run.length}`);
  for (let a = 0; a < words.length; a++) {
    for (let b = a + 1; b <= Math.min(words.length, a + 4); b++) {
      const part = words.slice(a, b);
      if (part.join('').toLowerCase() === m[1] || (part.length > 1 && (initials(part) === m[1] || counted(initials(part)) === m[1]))) return true;
    }
  }
  return false;
}

/**
 * Identifier-shaped names in one line ({@link isIdentifierShaped}), judged as code inside a code
 * span, a fenced code block (`wholeLineIsCode`), a path or a file name; not in the path of a link
 * or a scoped package.
 */
/** A symbolic file mode as `chmod` takes it: who (`u`, `g`, `o`, `a`), an operator and the permissions (`go-rwx`, `ug+x`). */
const symbolicFileMode = /^[ugoa]{1,4}[-+=][rwxXst]{1,5}$/;

/** The cue of the identifiers' pattern (test/unit/redaction-cue-implication.test.ts checks it is implied). */
export const cuedIdentifierToken: CuedPattern = { name: 'an identifier-shaped name', cue: mayHoldIdentifier, pattern: identifierToken };

export function findIdentifiers(line: string, publicNames: ReadonlySet<string>, wholeLineIsCode = false): IdentifierCandidate[] {
  if (!cuedIdentifierToken.cue.test(line)) return [];
  const key = `${wholeLineIsCode ? 1 : 0}${line}`;
  let found = identifierCache.get(key);
  if (!found) {
    found = [];
    const code = codeRanges(line);
    for (const whole of allMatches(identifierToken, line)) {
      // A token running on into Japanese or Chinese ends where that script starts (round 31).
      const cut = cutAtUnspacedScript(whole[0]);
      if (cut !== whole[0] && !/[-_]/.test(cut)) continue;
      const m: { 0: string; index?: number } = { 0: cut, index: whole.index };
      const index = m.index!;
      const end = index + m[0].length;
      const slashBefore = line[index - 1] === '/' || line[index - 1] === '\\';
      // Only the few characters around a token are looked at: a test anchored at the end of all
      // the text before it costs the length of the line for every token.
      if (slashBefore && (inLinkPath(line, index) || packageDirectory.test(line.slice(Math.max(0, index - 40), index)))) continue;
      // A name in angle brackets is a placeholder for one (`--home <mezod-home>`, `<runs-dir>`).
      if (line[index - 1] === '<' && line[end] === '>') continue;
      // A symbolic file mode (`chmod go-rwx`, `chmod -R a-w`) says who may read or write a file; it
      // names no system (since the eleventh round of false positives).
      if (symbolicFileMode.test(m[0])) continue;
      // Windows' generated name for a machine no one named (`DESKTOP-7Q2K9LM`) names no one (windows-generated-names.ts).
      if (isWindowsGeneratedName(m[0])) continue;
      // A heading's own anchor (GitBook's `<a href="#slug" id="slug">`), a chain id given as one, a
      // public cloud region mistyped and a fixed part of a path template show nothing internal
      // (since the twelfth round of false positives).
      if (isHeadingAnchor(line, index, m[0]) || isChainId(line, index) || isMisspeltCloudRegion(m[0]) || isInPlaceholderPath(line, index, m[0])) continue;
      // A chain id named as a network without a label ("the `nibiru-itn-2` network"; sixteenth probe round).
      if (isNamedChainId(line, index, m[0])) continue;
      // The title of a public weakness after its id (`CWE-294: Authentication Bypass by
      // Capture-replay`), capitalised as the catalogue writes it (round 14 of false positives).
      if (line.includes('CWE-') && inWeaknessTitle(line.slice(0, index))) continue;
      const inCodeSpan = wholeLineIsCode || code.some(([a, b]) => index > a && index < b);
      let inPath = slashBefore || pathAfter.test(line.slice(end, end + 40));
      if (inPath && !inCodeSpan) {
        // The word the token is part of: `owner/repo` in prose names a repository.
        let stop = end;
        while (stop < line.length && !wordDelimiter.test(line[stop])) stop++;
        if (repositorySlug.test(line.slice(wordStart(line, index), stop).replace(/[.:!?]+$/, ''))) inPath = false;
      }
      const inCode = inCodeSpan || inPath;
      if (isIdentifierShaped(m[0], isSentenceStart(line, index), inCode) && !namedBesideRegion(m[0], line.slice(Math.max(0, index - 100), index)) && !spelledApartBeside(m[0], line)) found.push({ text: m[0], index, inCode });
    }
    if (identifierCache.size > 4096) identifierCache.delete(identifierCache.keys().next().value!);
    identifierCache.set(key, found);
  }
  return publicNames.size ? found.filter((m) => !publicNames.has(m.text.toLowerCase())) : found;
}

/**
 * The identifiers a post shows in code, a path or a file name (`homelab-infra` in a code span), in
 * lower case: the same name elsewhere in the post, in prose or a table cell, is the same system,
 * although prose alone would not make it a finding ({@link isIdentifierShaped}).
 */
export function discoverIdentifiers(texts: readonly string[], publicNames: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    let fence: string | undefined;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, i) => {
      const opening = fenceLineOpening.exec(line);
      const inCodeBlock = fence !== undefined && !opening?.[1].startsWith(fence);
      if (opening) fence = fence === undefined ? opening[1] : opening[1].startsWith(fence) ? undefined : fence;
      for (const m of findIdentifiers(line, publicNames, inCodeBlock)) if (m.inCode && !spelledApartInParagraph(m.text, lines, i)) found.add(m.text.toLowerCase());
    });
  }
  return found;
}

/** One pattern for the identifiers of {@link discoverIdentifiers}, as whole tokens, in any letter case. */
export function discoveredIdentifierPattern(identifiers: ReadonlySet<string>): RegExp | undefined {
  if (!identifiers.size) return undefined;
  const names = [...identifiers].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}_.:@#\\=-])(?:${names})(?![\p{L}\p{N}_]|[-@]\p{L}|(?!${fileExtensions})\.[\p{L}\p{N}])`, 'giu');
}

/**
 * A channel's name in words: "the ops-incidents channel", "channel inc-ledger" (the name is the
 * first or second group); since adoption round 43 also after a preposition without "the" ("tests
 * report in ops-builds channel", as a team's retro wrote it).
 */
/** A private channel's name after a lock emoji, as Slack shows it (since the twentieth probe round). */
const lockedChannel = /(?:\u{1F512}|:lock:)\s*#?([a-z0-9][a-z0-9._-]{2,79})(?![\p{L}\p{N}_-])/gu;
const channelInWords = /\b(?:the|in|into|to|on|from)\s+([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)\s+(?:(?:Slack|slack|Teams|Discord|Matrix|IRC)\s+)?channel\b|\b(?:[Ss]lack\s+)?channel\s+([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\p{L}\p{N}_\/-]|\.[\p{L}\p{N}])/gu;
/** Words of a product's release channels, not a chat's. */
const releaseChannelWord = /^(?:stable|beta|alpha|nightly|release|releases|lts|canary|edge|rapid|regular|insider|preview|dev|update|updates|\d+)$/i;
/** The namespace kubectl, helm and oc take (`-n ledgerd`, `--namespace=ledgerd`, `--namespace ledgerd`). */
const namespaceArgument = /(?<![\w-])(?:-n|--namespace)(?:=|\s+)["']?([a-z0-9][a-z0-9.-]*[a-z0-9]|[a-z])(?![\w.-])/g;
/** A namespace a tool creates or an author writes instead of one. */
const placeholderNamespace = /^(?:default|kube-[a-z-]+|(?:my|your|the|example|sample|some)-?[\w-]*|namespace|ns|<[^>]+>|[a-z]-?ns)$/i;

/**
 * Whether a compound name has a part of three letters or more that no dictionary, common words or
 * public names know (`ledgerd-prod`, `sablewick-writer`; not `kube-state-metrics`, `node-exporter`).
 */
function hasCoinedPart(name: string): boolean {
  const parts = name.split(/[-_.]+/).filter((p) => /\p{L}/u.test(p));
  return parts.some((p) => p.length >= 3 && !isOrdinaryWord(p) && !isEnglishWord(p) && !isPublicTerm(p) && !isPublicTerm(p.replace(/\d+$/, '')));
}
/** A key naming a service, its value a compound after `:` (a metrics tag), `=` or `="` (a log field, a label). */
const serviceKeyCue = /\b(?:service|svc|app|application|container|component|deployment)(?:_?name)?\s*[:=]/i;
const serviceKeyValue = /(?<![\p{L}\p{N}_.-])(?:service|svc|app|application|container|component|deployment)(?:_?[Nn]ame)?(?::|\s*=\s*["']?)([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\p{L}\p{N}_.\/-])/giu;

/** Internal-system findings in one line. `wholeLineIsCode` for lines inside fenced code blocks. */
export function findInternalSystems(line: string, options: SystemOptions, wholeLineIsCode = false): SystemMatch[] {
  const matches: SystemMatch[] = [];
  const isPublic = (text: string) => options.publicNames.has(text.toLowerCase());
  if (options.internalNamePattern) {
    for (const m of allMatches(options.internalNamePattern, line)) {
      if (!isPublic(m[0])) matches.push({ rule: 'redact/internal-name', text: m[0], index: m.index! });
    }
  }
  // The shapes' rules read the matches before theirs; the cloud accounts' read none.
  if (options.shapes !== false) addShapedNames(line, options, wholeLineIsCode, matches);
  addCloudAccounts(line, isPublic, matches);
  return matches;
}

/** Identifier-shaped names, channels and tickets in one line, added to `matches` (see {@link findInternalSystems}). */
function addShapedNames(line: string, options: SystemOptions, wholeLineIsCode: boolean, matches: SystemMatch[]): void {
  const isPublic = (text: string) => options.publicNames.has(text.toLowerCase());
  for (const m of findIdentifiers(line, options.publicNames, wholeLineIsCode)) {
    if (!matches.some((k) => placeHolds(k, m.index))) matches.push({ rule: 'redact/identifier', text: m.text, index: m.index });
  }
  if (options.discoveredIdentifiers) {
    for (const m of allMatches(options.discoveredIdentifiers, line)) {
      const index = m.index!;
      if ((line[index - 1] === '/' && inLinkPath(line, index)) || matches.some((k) => placeHolds(k, index))) continue;
      matches.push({ rule: 'redact/identifier', text: m[0], index });
    }
  }
  for (const m of allMatches(numberedHost, line)) {
    if (isPublic(m[0]) || isPublicAdvisoryId(m[0]) || isTokenStandardId(m[0]) || isAcmeChallengeType(m[0]) || isDataCentreSite(m[0]) || matches.some((k) => placeHolds(k, m.index!))) continue;
    // A markdownlint directive's rules (`MD024`; since the fifteenth round of false positives).
    if (line.includes('markdownlint-') && inMarkdownlintDirective(line, m.index!)) continue;
    // A hardware maker's model ("Cisco Small Business RV016, RV042"; round 41, hardware-model-codes.ts).
    if (isMakerModelCode(line, m.index!)) continue;
    matches.push({ rule: 'redact/identifier', text: m[0], index: m.index! });
  }
  for (const m of allMatches(channel, line)) {
    if (hexColour.test(m[0]) || isPublic(m[0])) continue;
    const before = line.slice(0, m.index);
    // A link to a heading of the same page (`[Rsync data](#rsync-data)`, `href="#rsync-data"`)
    // names the heading, whose words the post shows anyway; in code, a `snake_case` word opening a
    // line before a value written as settings are (a `;` ending it, a `$`, `=` or `:` in it, or
    // another `snake_case` word) is a setting commented out (`#proxy_set_header X-Real-IP $remote_addr;`).
    if (/\]\(\s*$|\bhref=["']?$/.test(before) || isSamePageLinkTarget(before)) continue;
    const value = line.slice(m.index! + m[0].length);
    if (onPublicChat(value, isPublic)) continue;
    if (wholeLineIsCode && !before.trim() && m[0].includes('_') && !m[0].includes('-') && /^[ \t]+\S/.test(value) && /;\s*$|[$=:]|\b[a-z]+_[a-z]+\b/.test(value)) continue;
    // The same written `key=value`, as a shell or a firmware's config.txt sets one, commented out
    // (`#arm_freq=2800`, a homelab's overclock undone; adoption round 53): no chat names a channel
    // right before an equals sign.
    if (wholeLineIsCode && !before.trim() && /^=[^=\s]/.test(value)) continue;
    if (m[0].includes('-') || m[0].includes('_') || channelContext.test(before)) matches.push({ rule: 'redact/channel', text: m[0], index: m.index! });
    // Since the tenth probe round: a one-word channel where only a name stands in prose, opening a
    // sentence, a list item, a table cell, a code span or a label's value ("#ledger got the alert",
    // "- Discussion: #ledger", "| #ledger |", `` `#sre` ``); not in fenced code, where `#` opens a
    // comment, nor a preprocessor's directive or a hashtag of words after another word.
    // Anywhere in a prose line that names a chat tool or a channel ("posted to Slack, #ledger").
    else if (!wholeLineIsCode && m[0].length >= 4 && (channelOpening.test(before) || chatWord.test(line)) && !preprocessorDirective.test(m[0]) && !/^[ \t]*[=(]/.test(value)) matches.push({ rule: 'redact/channel', text: m[0], index: m.index! });
  }
  // Since the ninth probe round: a channel named without `#` where only a channel stands ("posted
  // in the ops-incidents channel", "the Slack channel inc-ledger"): a compound of the shape
  // channels have, not one English word ("the general channel").
  if (/channel/i.test(line)) {
    for (const m of allMatches(channelInWords, line)) {
      const name = m[1] ?? m[2];
      // A release channel is a product's ("the stable-2 channel", "the beta-release channel").
      if (isPublic(name) || name.split(/[-_]/).some((p) => releaseChannelWord.test(p)) || matches.some((k) => k.text.includes(name))) continue;
      matches.push({ rule: 'redact/channel', text: name, index: m.index! + m[0].lastIndexOf(name) });
    }
  }
  // Since the twentieth probe round: a private channel as Slack shows it, after a lock and without
  // `#` ("🔒ledger-war-room", ":lock: inc-4412"): no one writes a public name after a lock.
  if (line.includes('\u{1F512}') || line.includes(':lock:')) {
    for (const m of allMatches(lockedChannel, line)) {
      if (!isPublic(m[1]) && !matches.some((k) => k.text.includes(m[1]))) matches.push({ rule: 'redact/channel', text: m[1], index: m.index! + m[0].length - m[1].length });
    }
  }
  // A namespace where kubectl or helm take one (`kubectl -n ledgerd-prod get pods`,
  // `--namespace=zorblat`): an internal name when a part of it is a word no dictionary or list of
  // public names knows; a tool's own namespace (`kube-system`, `cert-manager`, `ingress-nginx`,
  // `monitoring`) is public vocabulary.
  if (/\b(?:kubectl|helm|k9s|oc)\b|--namespace/.test(line)) {
    for (const m of allMatches(namespaceArgument, line)) {
      const name = m[1];
      if (isPublic(name) || placeholderNamespace.test(name) || matches.some((k) => m.index! + m[0].length - name.length >= k.index && m.index! + m[0].length - name.length < k.index + k.text.length)) continue;
      if (!hasCoinedPart(name)) continue;
      matches.push({ rule: 'redact/identifier', text: name, index: m.index! + m[0].length - name.length });
    }
  }
  // Since probe round 61: the value of a key that names a service, as a metrics query, a log line
  // or a label selector writes it (`{service:sablewick-writer,env:prod}`, `service=…`, `app="…"`).
  if (serviceKeyCue.test(line)) {
    for (const m of allMatches(serviceKeyValue, line)) {
      const name = m[1];
      const index = m.index! + m[0].length - name.length;
      if (isPublic(name) || isPublicTerm(name) || !hasCoinedPart(name) || matches.some((k) => placeHolds(k, index))) continue;
      matches.push({ rule: 'redact/identifier', text: name, index });
    }
  }
  for (const m of allMatches(ticket, line)) {
    const prefix = m[0].replace(/[-\d]+$/, '');
    if (publicTicketPrefixes.test(prefix) || isPublic(m[0]) || isPublicAdvisoryId(m[0]) || isTokenStandardId(m[0]) || isAcmeChallengeType(m[0]) || isDataCentreSite(m[0]) || /^\p{Lu}+-\d{4}-\d/u.test(line.slice(m.index))) continue;
    // A code host's pull request or issue labelled with its number ("[PR-158](…/pull/158)"; round 34 of false positives).
    if (isCodeHostIssueLinkText(line, m.index!, m[0])) continue;
    // A model or standard number ("A-10", "MIL-1553") needs a longer prefix or number to be a ticket.
    // After `#` the mark is part of it, so the fix leaves none behind ("#a tracked issue").
    const hash = line[m.index! - 1] === '#';
    matches.push({ rule: 'redact/ticket', text: hash ? `#${m[0]}` : m[0], index: m.index! - (hash ? 1 : 0) });
  }
  // Since the eleventh probe round: a ticket key written with an underscore, a space or nothing
  // between its project and number (`OPS_4521`, `OPS 4521`, `PLAT1207`) where a ticket is named
  // ("Tracked as", "ticket", "Jira:", "issue", "follow-up in"): a part number or a setting has the
  // shape too, but is not tracked (a space only after "tracked as", "ticket" or "Jira").
  if (/[Tt]racked|[Tt]icket|[Jj]ira|[Ii]ssue|[Ff]iled|[Ff]ollow-?up|[Bb]acklog/.test(line)) {
    for (const m of allMatches(unseparatedTicket, line)) {
      const [prefix, space] = [m[1], m[3] !== undefined];
      if (publicTicketPrefixes.test(prefix) || (space && !/[Tt]racked|[Tt]icket|[Jj]ira/.test(m[0])) || isPublic(`${prefix}-${m[2] ?? m[3] ?? m[4]}`)) continue;
      const text = m[0].slice(m[0].lastIndexOf(prefix));
      if (!matches.some((k) => k.index === m.index! + m[0].length - text.length)) matches.push({ rule: 'redact/ticket', text, index: m.index! + m[0].length - text.length });
    }
  }
}

/** A line that is only an account id: twelve digits or three groups of four, perhaps in code, an item or a table's cell. */
const accountIdLine = /^\s*(?:[-*+]\s+|\|\s*)?(\x60?)(\d{12}|\d{4}-\d{4}-\d{4})\1\s*\|?\s*$/d;
/** Twelve digits that read as a date and a time (`202103041200`): a timestamp, no account. */
const dateTime = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d$/;

/**
 * Since probe round 42 (round 41's leftover): an AWS account id on a line of its own, under a line
 * that names an account ("The keys belonged to the account" and then `483920175362`), as reports
 * list them; one of the two non-blank lines above must end in what {@link accountContext} reads.
 * Found by line index.
 */
export function findAccountIdsOnOwnLines(lines: readonly string[]): { line: number; text: string; index: number }[] {
  const found: { line: number; text: string; index: number }[] = [];
  lines.forEach((line, i) => {
    if (!/\d{4}/.test(line)) return;
    const m = accountIdLine.exec(line);
    if (!m || dateTime.test(m[2])) return;
    const above = lines.slice(0, i).filter((l) => l.trim()).slice(-2);
    if (above.some((l) => accountContext.test(l.replace(/[\s:*_`|-]+$/, '')))) found.push({ line: i, text: m[2], index: m.indices![2]![0] });
  });
  return found;
}

/** Cloud accounts, projects, resources and buckets in one line, added to `matches` (see {@link findInternalSystems}). */
function addCloudAccounts(line: string, isPublic: (text: string) => boolean, matches: SystemMatch[]): void {
  for (const m of allMatches(arn, line)) matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index! });
  for (const m of allMatches(awsAccount, line)) {
    if (accountContext.test(line.slice(0, m.index))) matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index! });
  }
  for (const m of allMatches(guid, line)) {
    if (accountContext.test(line.slice(0, m.index))) matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index! });
  }
  for (const m of allMatches(gcpProject, line)) if (!inPathOfOtherSite(line, m.index!)) matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index! });
  for (const m of allMatches(azureResource, line)) {
    // `resourceGroups` alone, as prose names the kind of thing, names no group.
    if (/^(?:resourceGroups|--resource-group[= ])$/i.test(m[0]) || /[/\s=](?:resourceGroups\/)?(?:my|your|example)[-\w]*$/i.test(m[0])) continue;
    matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index! });
  }
  for (const m of allMatches(gcpProjectSetting, line)) {
    if (placeholderProject.test(m[1]) || isPublic(m[1])) continue;
    matches.push({ rule: 'redact/cloud-account', text: m[1], index: m.index! + m[0].length - m[1].length });
  }
  for (const m of allMatches(storageResource, line)) {
    const name = m[0].replace(/^[a-z0-9]+:\/\//i, '').split(/[@./]/)[0];
    if (!placeholderBucket.test(name) && !isPublic(m[0]) && !isPublic(name)) matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index! });
  }
  if (mayLinkBucket.test(line)) {
    // `exec` on the shared expression: `matchAll` would copy it for every line.
    bucketLink.lastIndex = 0;
    for (let m = bucketLink.exec(line); m; m = bucketLink.exec(line)) {
      const name = m.slice(1).find((group) => group !== undefined)!;
      if (placeholderBucket.test(name) || publicBucket.test(name) || isPublic(m[0]) || isPublic(name)) continue;
      matches.push({ rule: 'redact/cloud-account', text: m[0], index: m.index });
    }
    bucketLink.lastIndex = 0;
  }
}
