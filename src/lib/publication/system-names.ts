/**
 * Shared systems named with a given name, and dates whose weekday reads as one (since the
 * fifteenth round of false positives).
 *
 * Research computing names its clusters after people, places and creatures ("Tier-1 Hortense",
 * "the small clusters Joltik, Accelgor, Donphan, and Gallade"), and a status notice dates its
 * updates with the weekday first ("Tue 16 Oct 2025"). A given name written so is a machine's or a
 * day's, which the words around it say: a tier designation or a noun of shared infrastructure
 * right before it, such a noun right after it, a component "of" it, jobs run "on" it. Every
 * other occurrence is judged as before, so "Hortense restarted the job" is still a person's.
 *
 * Only shared infrastructure counts: a laptop, PC or workstation is named after its owner as
 * often as not ("a laptop named Edith", `EDITH-PC`), which publishes the owner's name, and the
 * person rules read those as before.
 */
import { escapeRegExp } from '../regexp.ts';

/** A tier or generation of a research computing service, as its notices number them: `Tier-1`, `Tier1`, `Tier 2`. */
const tierDesignation = String.raw`(?:Tier|TIER|tier)[- ]?\d`;

/** Words a tier designation's service is qualified by before its name ("Tier1 Compute Hortense"). */
const tierQualifier = String.raw`(?:Compute|Storage|Cloud|HPC|Data|GPU|Cluster|Supercomputer)`;

/**
 * Nouns of shared infrastructure (plural or not), which name a machine that no one owns alone.
 * Not "machine", "host", "server", "laptop", "PC", "workstation" or "desktop", which a person's
 * own computer is called.
 */
const sharedSystemNoun = String.raw`(?:[Cc]lusters?|[Ss]upercomputers?|[Ii]nfrastructure|[Pp]artitions?|(?:[Cc]ompute |[Ll]ogin |[Ww]orker |GPU |[Dd]ebug )?[Nn]odes|[Ff]ile ?[Ss]ystems?|[Ss]torage [Ss]ystems?|HPC [Ss]ystems?|[Cc]omputing [Ss]ystems?)`;

/** The other names of a series after a noun that names them all ("clusters Joltik, Accelgor, and Gallade"). */
const seriesBefore = String.raw`(?:\p{Lu}[\p{L}\p{N}]*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+))*`;

/** Components of a machine, "of" which a name is the machine's ("the I/O system of Hortense", "the nodes of Hortense"). */
const componentOf = String.raw`(?:system|systems|nodes|partitions?|storage|file ?systems?|scheduler|schedulers|queues?|interconnect|racks?|login nodes|compute nodes|workernodes|phase \d|(?:first|second|third) phase)\s+of`;

/**
 * True when the name at `index` of `line` (its `length` characters) is written as a shared
 * system's: after a tier designation, alone or with a qualifier ("Tier-1 Hortense", "Tier1
 * Compute Hortense", "Tier1-Hortense"); after a noun of shared infrastructure, alone or as one of
 * a series ("the cluster Hortense", "infrastructure Hortense", "the small clusters Joltik,
 * Accelgor, Donphan, and Gallade"); after a component and "of" ("the I/O system of Hortense");
 * after jobs run "on" it ("jobs on Hortense", "running on Hortense"); before a tier designation
 * or such a noun ("Hortense Tier-1 system", "Hortense nodes", "Hortense cluster").
 */
export function nameInSystemContext(line: string, index: number, length: number): boolean {
  const before = line.slice(0, index);
  const after = line.slice(index + length);
  // A possessive owns something, as people do ("running on Mathilde's advice").
  if (/^[’']s\b/.test(after)) return false;
  // Support is tiered too: "escalated to Tier-2 Hortense" hands a ticket to a person, so a tier
  // after a verb of handing over or contacting says nothing.
  if (new RegExp(String.raw`${tierDesignation}(?:[- ]${tierQualifier})?[- ]$`, 'u').test(before) && !new RegExp(String.raw`\b(?:escalated|escalate|escalating|handed|hand|passed|assigned|reassigned|paged|pinged|contacted|called|asked|emailed|messaged|notified|told|thanks)\b(?:\s+\S+){0,3}\s+(?:to\s+|by\s+)?${tierDesignation}(?:[- ]${tierQualifier})?[- ]$`, 'iu').test(before)) return true;
  // Case-sensitive: the other names of a series are capitalised, as names are ("Two nodes failed,
  // and Mathilde restarted them" is no series after "nodes").
  if (new RegExp(String.raw`(?<![\p{L}])${sharedSystemNoun}\s+(?:(?:called|named)\s+)?${seriesBefore}$`, 'u').test(before)) return true;
  if (new RegExp(String.raw`(?<![\p{L}])${componentOf}\s+$`, 'iu').test(before)) return true;
  if (new RegExp(String.raw`(?<![\p{L}])(?:jobs?|running|run|runs)\s+on\s+$`, 'iu').test(before)) return true;
  if (new RegExp(String.raw`^[- ](?:${tierDesignation}\s+(?:[Ss]ystems?|[Ss]ervices?|(?:[Ww]eb ?)?[Pp]ortals?|${sharedSystemNoun})|${sharedSystemNoun})(?![\p{L}])`, 'u').test(after)) return true;
  return false;
}

/** A word of a name that only says what kind of system follows ("Tier1", "Tier-1", "Compute" before a name written as a system's). */
function designationWord(word: string): boolean {
  return new RegExp(String.raw`^(?:${tierDesignation}\d*|Tier|${tierQualifier})$`, 'u').test(word);
}

/**
 * True when a weekday's abbreviation at `index` of `line` opens a date ("Tue 16 Oct 2025", "Thu,
 * 13 Jul", "Mon Sep 4"): a day, not the given name some of them also are (Tue, Sun).
 */
export function weekdayOfDate(line: string, index: number, word: string): boolean {
  if (!/^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/.test(word)) return false;
  const month = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
  return new RegExp(String.raw`^,?\s+(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+${month}|${month}\s+(?:0?[1-9]|[12]\d|3[01])\b|\d{1,2}[/.]\d{1,2}\b)`, 'u').test(line.slice(index + word.length));
}

/**
 * True when every word of a name found at `index` of `line` is explained by what stands around
 * it: a given name written as a shared system's ({@link nameInSystemContext}), a word that only
 * designates the kind of system ("Tier1", "Compute") beside such a name, or a weekday opening a
 * date. "Compute Hortense" of "Tier1 Compute Hortense will be unavailable" is a cluster's name; a
 * name with any other word ("Hortense Dubois", "Tier1 Hortense Dubois") is judged as before.
 * A name read across a line break is read in the two lines joined by a space.
 */
export function nameOfSystemOrDate(lines: readonly string[], lineIndex: number, index: number, name: string): boolean {
  const line = lineIndex + 1 < lines.length ? `${lines[lineIndex]} ${lines[lineIndex + 1].trimStart()}` : lines[lineIndex];
  const words = [...name.matchAll(/[^\s]+/gu)];
  if (line.slice(index, index + name.length).replace(/\s+/g, ' ') !== name.replace(/\s+/g, ' ')) return false;
  let systemName = false;
  const explained = words.every((w) => {
    const at = index + w.index!;
    if (weekdayOfDate(line, at, w[0])) return true;
    if (nameInSystemContext(line, at, w[0].length)) return (systemName = true);
    return designationWord(w[0]);
  });
  // Designation words alone ("Tier1") are no name and no system's name: something else found them.
  return explained && (systemName || words.every((w) => weekdayOfDate(line, index + w.index!, w[0])));
}

/**
 * True when the text writes `word` as a shared system's name somewhere ({@link nameInSystemContext}):
 * the post's other uses of the word that only its form made a guess ("a first name", a language
 * model's "may be a name") name the same system. A use that says a person ("Hortense restarted
 * the job", "thanks to Hortense") is no such guess and is still found.
 */
export function writtenAsSystemName(word: string, text: string): boolean {
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}_-])${escapeRegExp(word)}(?![\p{L}\p{N}_])`, 'gu');
  for (const line of text.split('\n')) {
    if (!line.includes(word)) continue;
    for (const m of line.matchAll(pattern)) if (nameInSystemContext(line, m.index!, word.length)) return true;
  }
  return false;
}

/**
 * True when a guess was made from the word's form alone (a first name the lists know, a name the
 * language model reads), not from a phrasing that says a person ("acting as a person", "thanked
 * by name"): only such a guess is dropped because the post writes the word as a system's.
 */
export function formGuess(candidate: { why?: string }): boolean {
  return candidate.why === 'a first name' || candidate.why === 'may be a name (language model)' || candidate.why === 'a full name (language model)';
}

/**
 * True when `index` of `line` lies in a markdownlint directive (`<!-- markdownlint-disable MD024
 * -->`, `<!-- markdownlint-disable-next-line MD013 MD033 -->`): what it names are the linter's
 * rules (`MD024`), which the numbered-host rule reads as a machine counted from 01. Only inside
 * the comment: `MD024` in prose is judged as before.
 */
export function inMarkdownlintDirective(line: string, index: number): boolean {
  for (const m of line.matchAll(/<!--\s*markdownlint-(?:disable|enable|capture|restore|configure-file)(?:-(?:next-line|line|file))?\b[^>]*?-->/g)) {
    if (index >= m.index! && index < m.index! + m[0].length) return true;
  }
  return false;
}

/**
 * True when an account is a placeholder for the reader's own: a prefix and a run of capital X
 * (`vscXXXXX`, `userXXX`), or of small x after a digit (`vsc4xxxx`), as documentation writes "your
 * account here". A handle of letters with a trailing x or two (`maxx`, `fox`) is judged as before.
 */
export function isPlaceholderAccount(account: string): boolean {
  return /^[a-z][a-z0-9._-]*(?:X{3,}|(?<=\d)x{3,})$/.test(account);
}

/**
 * True when a guess may be a system's where the words around the name say one
 * ({@link nameOfSystemOrDate}): a guess from the word's form, a name in a series ("the clusters
 * Joltik, Accelgor"), two unknown capitalised words, or a word acting ("Tier-1 Hortense got a
 * revision", which a cluster does as a person does). A phrasing that leaves no doubt (thanked,
 * spoken to, a chat line's speaker, an action item's owner) is a person's wherever it stands.
 */
export function readAsSystem(candidate: { why?: string }): boolean {
  return formGuess(candidate) || candidate.why === 'in a series of names' || candidate.why === 'acting as a person' || candidate.why === 'two capitalised words no dictionary knows: a full name';
}
