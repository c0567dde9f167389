/**
 * What the similarity model reads of prose written by many hands, before it counts words:
 * boilerplate shared by many reports is dropped, cause / trigger / resolution sentences are picked
 * out (they are counted again, so they weigh more), and words that name things (products,
 * vendors, regions, people) are recognised by how they are written, so they can weigh less than
 * words describing what failed. Pure and linear in the length of the text.
 */

/**
 * Lines shorter than this are boilerplate only when many more reports hold them
 * ({@link shortBoilerplateThreshold}): a short line ("DNS failed.") repeats by chance far more
 * often than a paragraph does.
 */
const minBoilerplateLength = 40;
/** Lines shorter than this ("-", "1.") are never boilerplate: they hold no word to drop. */
const minShortBoilerplateLength = 4;
/** Nor are lines longer than this: a whole report on one line is not a shared paragraph. */
const maxBoilerplateLength = 1500;
/** A "sentence" longer than this is unpunctuated text, not a cause sentence. */
const maxCauseSentenceLength = 400;

/**
 * A line (paragraph, list item) of body text found word for word in at least this many reports
 * (and in at least 2% of them once the corpus has more than 150) is boilerplate: a closing
 * paragraph, a template sentence, a standard apology.
 */
export function boilerplateThreshold(documentCount: number): number {
  return Math.max(3, Math.ceil(documentCount * 0.02));
}

/**
 * A short line (under 40 characters) found word for word in at least this many reports is a
 * template's label or heading: "[Initial message]" and "[Final message]" open most updates of
 * one status page, "## Root cause" most reports of one template. Their words ("message",
 * "initial", "final") made the short updates of a status page look alike whatever failed
 * (eighth round, docs/findability.md). 5% of the reports, and at least 3.
 */
export function shortBoilerplateThreshold(documentCount: number): number {
  return Math.max(3, Math.ceil(documentCount * 0.05));
}

/** Whitespace a key must rewrite: anything but single spaces between words (most lines have none). */
const irregularSpace = /[^\S ]| \s/;
const linkInKey = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/)\]>"']*)[^\s)\]>"']*/g;
const digitRun = /\d+/g;
/**
 * A line's or a sentence's key: lowercased, single spaces, a link read as its host
 * ("http://stspg.io/b1e176184" as "stspg.io": each incident of a status page links its own page;
 * "Source: <link>" lines of many hosts stay apart) and every run of digits read as "0". Template lines differ in their numbers only: "- 2022-11-06 09:13 UTC *Resolved* -
 * This incident has been resolved." of a status page's timeline, "Entry of the … feed (link),
 * published 2022-11-06T09:13:06Z" of every entry the import drafted from a feed. Word for word,
 * none of them repeated; their words ("resolved", "published", "entry") then joined unrelated
 * incidents of one export (docs/findability.md, "Similar incidents on imported exports").
 */
const lineKey = (line: string) => {
  let key = line.trim().toLowerCase();
  if (key.includes('://')) key = key.replace(linkInKey, '$1');
  if (/\d/.test(key)) key = key.replace(digitRun, '0');
  return irregularSpace.test(key) ? key.replace(/\s+/g, ' ').trim() : key;
};

/**
 * The key of each line of `text` (split at line breaks) that could be boilerplate, undefined for
 * lines too short or too long to be (under 4 or over 1,500 characters). {@link findBoilerplateLines} and {@link prepareProse} both
 * read them: computed once per text, they are not normalised twice.
 */
export function boilerplateKeys(text: string): (string | undefined)[] {
  return text.split('\n').map((line) => {
    if (line.length < minShortBoilerplateLength || line.length > maxBoilerplateLength) return undefined;
    const key = lineKey(line);
    return key.length < minShortBoilerplateLength ? undefined : key;
  });
}

/**
 * Sentences are keyed in lines starting within this many characters of a text: as much as the
 * model counts word by word (src/lib/similarity.ts), and the templates of a status page or an
 * export sit at the top of each update. Keying every sentence of long reports cost a fifth of
 * the time at 10,000 reports.
 */
export const sentenceScanLength = 6000;
/** Where a line holds more than one sentence: a full stop, "!", "?" or ";" before a space. */
const sentenceBoundary = /(?<=[.!?;])\s+/;
/**
 * The sentences of a line of several ("Resolved - The DB spike was fixed. All systems are back
 * to normal."), or undefined for a line of one sentence (its line key is its sentence's key).
 * A status page's updates and an export's lines wrap their template sentences ("We are
 * investigating reports of degraded performance.", "This incident has been resolved.", "exported
 * from Statuspage; impact: minor") in a line of their own words, so the line never repeats.
 */
export function sentencesOfLine(line: string): string[] | undefined {
  if (!sentenceBoundary.test(line)) return undefined;
  const sentences = line.split(sentenceBoundary);
  return sentences.length > 1 ? sentences : undefined;
}

/** The key of a sentence that could be boilerplate (as {@link boilerplateKeys} keys a line). */
function sentenceKey(sentence: string): string | undefined {
  if (sentence.length < minShortBoilerplateLength || sentence.length > maxBoilerplateLength) return undefined;
  const key = lineKey(sentence);
  return key.length < minShortBoilerplateLength ? undefined : key;
}

/**
 * The export each report belongs to, from the file it was imported from (`origins`, undefined for
 * a report written here): its file when other reports were read from the same file (the entries
 * of an Atom feed, the AWS events of a status archive's data.json, apart from its GCP events in
 * incidents.json), else the file's folder (a Statuspage export holds one file per incident:
 * "incidents/rcwk6twq397d.json"). Grouped by folder alone, AWS and GCP events lost links of the
 * same failure; by file alone, each of 1,282 Statuspage incidents was an export of its own
 * (docs/findability.md, "Boilerplate per export").
 */
export function exportGroups(origins: readonly (string | undefined)[]): (string | undefined)[] {
  const reportsOfFile = new Map<string, number>();
  for (const origin of origins) if (origin !== undefined) reportsOfFile.set(origin, (reportsOfFile.get(origin) ?? 0) + 1);
  return origins.map((origin) => {
    if (origin === undefined || reportsOfFile.get(origin)! > 1) return origin;
    const folderEnd = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
    return folderEnd >= 0 ? origin.slice(0, folderEnd + 1) : './';
  });
}

/**
 * The key under which a line that is boilerplate among the reports of one origin only (an
 * export's template) is held in the set {@link findBoilerplateLines} returns.
 */
export function originBoilerplateKey(origin: string, key: string): string {
  return `${origin}\u0000${key}`;
}

/**
 * The body lines, and the sentences of lines of several, found in at least
 * {@link boilerplateThreshold} of `texts`, normalised (numbers and links do not tell two lines
 * apart). `keys`: the {@link boilerplateKeys} of each text, when the caller already has them.
 *
 * `origins`: which export each text was imported from (undefined for a report written here).
 * A line is also boilerplate for the texts of one origin when it meets the thresholds among
 * them alone (held as {@link originBoilerplateKey}): the thresholds are shares, so a template of
 * one export among several in a content folder (the 94 drafts of an Atom feed among 1,899) was
 * found only when 2% of the whole folder held it (docs/findability.md, "Boilerplate per export").
 */
export function findBoilerplateLines(
  texts: readonly string[],
  keys: readonly (readonly (string | undefined)[])[] = texts.map(boilerplateKeys),
  origins: readonly (string | undefined)[] = [],
): Set<string> {
  const documentsWithLine = new Map<string, number>();
  // Per origin: how many texts it has, and how many of them hold each key.
  const textsOfOrigin = new Map<string, number>();
  const documentsWithLineOfOrigin = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  let ofOrigin: Map<string, number> | undefined;
  const see = (key: string | undefined) => {
    if (key === undefined || seen.has(key)) return;
    seen.add(key);
    documentsWithLine.set(key, (documentsWithLine.get(key) ?? 0) + 1);
    if (ofOrigin) ofOrigin.set(key, (ofOrigin.get(key) ?? 0) + 1);
  };
  keys.forEach((lineKeys, i) => {
    seen.clear();
    const origin = origins[i];
    ofOrigin = undefined;
    if (origin !== undefined) {
      textsOfOrigin.set(origin, (textsOfOrigin.get(origin) ?? 0) + 1);
      ofOrigin = documentsWithLineOfOrigin.get(origin);
      if (!ofOrigin) documentsWithLineOfOrigin.set(origin, (ofOrigin = new Map()));
    }
    for (const key of lineKeys) see(key);
    const text = texts[i];
    // Sentences only of texts holding a sentence boundary inside a line (most lines hold one sentence).
    if (!sentenceBoundary.test(text)) return;
    let offset = 0;
    for (const line of text.split('\n')) {
      if (offset >= sentenceScanLength) break;
      offset += line.length + 1;
      for (const sentence of sentencesOfLine(line) ?? []) see(sentenceKey(sentence));
    }
  });
  const isBoilerplate = (key: string, count: number, documentCount: number) =>
    count >= (key.length < minBoilerplateLength ? shortBoilerplateThreshold(documentCount) : boilerplateThreshold(documentCount));
  const boilerplate = new Set<string>();
  for (const [key, count] of documentsWithLine) if (isBoilerplate(key, count, texts.length)) boilerplate.add(key);
  for (const [origin, counts] of documentsWithLineOfOrigin) {
    const documentCount = textsOfOrigin.get(origin)!;
    // An origin holding every text finds what the whole folder found.
    if (documentCount === texts.length) continue;
    for (const [key, count] of counts) if (!boilerplate.has(key) && isBoilerplate(key, count, documentCount)) boilerplate.add(originBoilerplateKey(origin, key));
  }
  return boilerplate;
}

/** Words that introduce a cause, a trigger or what fixed it. */
const causeHint = /\b(?:root cause|caused|causing|cause|because|due to|triggered|trigger|led to|resulted from|result of|resolved by|fixed by|mitigated by|restored by|the fix|failed|failure)\b/i;

/**
 * `text` without boilerplate lines, and its cause / trigger / resolution sentences (joined), which
 * the model counts a second time. `keys`: the {@link boilerplateKeys} of `text`, when the caller
 * already has them.
 */
/** A host name, its labels before the ending captured: "ci.example.io", "status.example.com". */
const hostName = /(?<![a-z0-9.-])([a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*?)(?:\.(?:com|org|net|io|dev|app|cloud|co|uk|de|fr|eu|us|info|me|ai|sh))+\b(?![.-]?[a-z0-9])/gi;
/**
 * What every {@link hostName} match holds: a dot, an ending and a word boundary after it. The
 * pattern's look-behind is tried at every word of a text; a text without an ending (most
 * postmortems of the synthetic 1,000, many real ones) is settled by this one scan for dots.
 */
const hostEnding = /\.(?:com|org|net|io|dev|app|cloud|co|uk|de|fr|eu|us|info|me|ai|sh)\b/i;

/**
 * `text` without links, and each host name as its labels and one word of them: "get.example.io"
 * reads "get.example getexample". A link names a page, not a failure: its words ("github",
 * "issuecomment", ids) would only add noise; links in titles and summaries ("see
 * https://github.com/org/helpdesk/issues/2733 for details") made every status update of one team
 * alike. A host name names a system, and its parts did not: the ending ("io", "com") joined
 * unrelated hosts, and labels such as "get" or "updates" are stop words, so two updates of one
 * get.example.io outage shared nothing but "example" (eighth round, docs/findability.md).
 */
export function withLinksOutAndHostsJoined(text: string): string {
  if (text.includes('://')) text = text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)\]>"']+/gi, ' ');
  if (hostEnding.test(text)) text = text.replace(hostName, (_, labels: string) => `${labels} ${labels.replace(/[.-]/g, '')}`);
  return text;
}

/** A cloud region or zone code: "asia-east1", "europe-west4-a", "us-east-2", "US-EAST-2", "northamerica-northeast1". */
const regionCodeSource = '[a-z]{2,13}-(?:north|south)?(?:east|west|central)-?\\d{1,2}(?:-[a-z])?\\b';
/** Two region codes or more in a row, separated by commas, "and", "&" or "/". */
const regionList = new RegExp(`\\b${regionCodeSource}(?:\\s*(?:,|&|/|\\band\\b)\\s*(?:and\\s+)?${regionCodeSource})+`, 'gi');
const regionCode = new RegExp(`\\b${regionCodeSource}`, 'gi');
/**
 * What every {@link regionList} holds: a direction followed by a number, twice; most texts hold
 * none, and a report of one region names it in every other line ("us-east-1"), where the list
 * pattern, tried at every word, cost a second at 10,000 reports.
 */
const twoRegionDirections = /(?:east|west|central)-?\d.*?(?:east|west|central)-?\d/i;
/** A word {@link withRegionListsJoined} made of a region code: "asiaeast1", "useast2", "europewest4a". */
export const joinedRegionCode = /^[a-z]{2,13}(?:north|south)?(?:east|west|central)\d{1,2}[a-z]?$/;

/**
 * `text` with each code of a list of cloud regions or zones as one word: "asia-east1,
 * europe-west1" reads "asiaeast1, europewest1". Split at their dashes, the codes of a list were
 * read as "asia", "europe", "east1", "west1", words every list shares: GCP events of unrelated
 * failures (a BigQuery throughput issue, VM failure rates, Spanner backups) linked each other for
 * the 10-20 regions each listed (docs/findability.md, "Boilerplate per export"). Joined, two
 * events share a region only when both name it, and the model counts such a word as a name
 * (src/lib/similarity.ts). A code alone in prose ("an outage in us-east-1") is left as it is:
 * joining those too cost P@5 on two labelled pools of hand-written reports.
 */
export function withRegionListsJoined(text: string): string {
  if (!twoRegionDirections.test(text)) return text;
  return text.replace(regionList, (list) => list.replace(regionCode, (code) => code.replace(/-/g, '').toLowerCase()));
}

export function prepareProse(text: string, boilerplate: ReadonlySet<string>, keys?: readonly (string | undefined)[], origin?: string): { text: string; cause: string } {
  const isBoilerplate = origin === undefined
    ? (key: string | undefined) => key !== undefined && boilerplate.has(key)
    : (key: string | undefined) => key !== undefined && (boilerplate.has(key) || boilerplate.has(originBoilerplateKey(origin, key)));
  const kept: string[] = [];
  const cause: string[] = [];
  const lines = text.split('\n');
  if (boilerplate.size) keys ??= boilerplateKeys(text);
  let offset = 0;
  for (let at = 0; at < lines.length; at++) {
    let line = lines[at];
    const start = offset;
    offset += line.length + 1;
    if (boilerplate.size) {
      const key = keys![at];
      if (isBoilerplate(key)) continue;
      // Template sentences inside a line of the report's own words go; the words stay (keyed,
      // as they were counted, in the lines starting within the first `sentenceScanLength` characters).
      const sentences = start < sentenceScanLength ? sentencesOfLine(line) : undefined;
      if (sentences) {
        const left = sentences.filter((sentence) => !isBoilerplate(sentenceKey(sentence)));
        if (!left.length) continue;
        if (left.length < sentences.length) line = left.join(' ');
      }
    }
    line = withRegionListsJoined(withLinksOutAndHostsJoined(line));
    // Template tags of static site generators ({{< track "2022-03-28T19:52" >}}, {% include %}), as
    // imported status pages keep them (backslash-escaped in MDX): markup, not prose. Their words
    // ("track") were given as the shared wording of unrelated updates (eighth round).
    if (line.includes('{')) line = line.replace(/\\?\{\\?\{\\?[<%][^\n]*?[>%]\\?\}\\?\}|\{%[^\n]*?%\}/g, ' ');
    kept.push(line);
    if (!causeHint.test(line)) continue;
    const sentences = line.split(/(?<=[.!?])\s+/);
    // A line of one sentence (a timeline event, a contributing factor) was just tested.
    if (sentences.length === 1) {
      if (line.length <= maxCauseSentenceLength) cause.push(line);
      continue;
    }
    for (const sentence of sentences) {
      if (sentence.length <= maxCauseSentenceLength && causeHint.test(sentence)) cause.push(sentence);
    }
  }
  return { text: kept.join('\n'), cause: cause.join('\n') };
}

/** How often a word was seen written with a capital inside a sentence, and all in lower case. */
export interface CapitalisationCounts {
  capitalised: Map<string, number>;
  /** Capitalised where a sentence starts: a name only if never written in lower case. */
  capitalisedAtStart: Map<string, number>;
  lowercase: Map<string, number>;
}

export function newCapitalisationCounts(): CapitalisationCounts {
  return { capitalised: new Map(), capitalisedAtStart: new Map(), lowercase: new Map() };
}

/**
 * Counts, for each word of `text` (lowercased), how often it is written with a leading capital
 * where a sentence does not start. A word capitalised there most of the time names something:
 * "Cloudflare", "Kafka", "Frankfurt", "Priya". Acronyms in capitals ("DNS", "TLS") are not
 * counted as names: in incident prose they mostly name kinds of things. Only the first
 * `maxCharacters` of a text are read: enough to learn a corpus's names, cheap at 10,000 reports.
 */
export function countCapitalisation(text: string, counts: CapitalisationCounts, maxCharacters = 1000): void {
  const end = Math.min(text.length, maxCharacters);
  let sentenceStart = true;
  let at = 0;
  while (at < end) {
    const code = text.charCodeAt(at);
    const isUpper = code >= 65 && code <= 90;
    const isLower = code >= 97 && code <= 122;
    if (!isUpper && !isLower) {
      // Sentence ends and line breaks start a sentence; list markers and headings keep it started.
      if (code === 46 || code === 33 || code === 63 || code === 10 || code === 58 || code === 35 || code === 124) sentenceStart = true;
      else if ((code >= 48 && code <= 57) || code === 44 || code === 59 || code === 41) sentenceStart = false;
      at++;
      continue;
    }
    let stop = at + 1;
    let allUpper = isUpper;
    while (stop < end) {
      const c = text.charCodeAt(stop);
      if (c >= 97 && c <= 122) allUpper = false;
      else if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
      stop++;
    }
    if (isLower) {
      const word = text.slice(at, stop);
      counts.lowercase.set(word, (counts.lowercase.get(word) ?? 0) + 1);
    } else if (!(allUpper && stop - at > 1)) {
      const word = text.slice(at, stop).toLowerCase();
      const map = sentenceStart ? counts.capitalisedAtStart : counts.capitalised;
      map.set(word, (map.get(word) ?? 0) + 1);
    }
    sentenceStart = false;
    at = stop;
  }
}

/**
 * Whether the counts say `word` (lowercased) names something: written with a capital inside a
 * sentence more often than all in lower case, or capitalised where sentences start and never
 * written in lower case ("Priya rolled back the change.").
 */
export function isNameLike(word: string, counts: CapitalisationCounts): boolean {
  const lowercase = counts.lowercase.get(word) ?? 0;
  return (counts.capitalised.get(word) ?? 0) > lowercase || (lowercase === 0 && counts.capitalisedAtStart.has(word));
}

/**
 * Whether a title is written in sentence case ("Checkout down for Acme Retail"), so its capitals
 * mark names; in Title Case ("Checkout Down For Acme Retail") they mark nothing.
 */
export function isSentenceCase(title: string): boolean {
  // Title Case capitalises every longer word; one in lower case shows the capitals are names.
  return title.split(/\s+/).slice(1).some((word) => /^[a-z]{4,}$/.test(word));
}
