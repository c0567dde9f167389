import type { Finding } from '../findings.ts';
import { isInsideSpans, publicOnlySpans } from './public-only-spans.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { escapeRegExp } from '../regexp.ts';
import { handleMentionedWhy, redactionFindingText, shortenedFindingTextEnd } from '../redaction-guard.ts';
import { isEnglishWord, isOrdinaryWord } from './people.ts';
import { leaningLanguageOfLine, otherLanguageLines, type OtherLanguage } from './other-languages.ts';
import { capitalised, personPlaceholder } from './person-placeholder.ts';
import { koreanPageLanguage, spacelessLanguageOfClause, spacelessLetter } from './spaceless-script-clauses.ts';
import { russianLanguageOfClause } from './russian-clauses.ts';
import { standInLabelSpan } from './stand-in-labels.ts';
import { genericReplacement, internalDomainStandIn } from './generic-replacement.ts';
import { letterLanguageOf } from './letter-languages.ts';
import { postPlaceholderLanguage } from './post-placeholder-language.ts';
import { lineAround, lineBoundsAround } from './line-around.ts';
import { heldSentenceReason } from './held-script-runs.ts';
import { linkAround, withheldSpan, wordsStandAlone } from './withheld-links.ts';
import { escapeAwareSpan } from './escaped-markup-span.ts';
import { isMailLinkUnderName } from './mail-link-names.ts';
import { personLinkAround } from './person-links.ts';
import { cjkPersonPlaceholder, languageOfTitle, personReplacementSpan } from './person-replacement-span.ts';
import { mergeReplacementRuns } from './replacement-runs.ts';
import { joinNamesWithTheirAddresses, type StandInKind } from './person-address-runs.ts';
import { componentCanStand, internalWithPublicPhrase } from './person-wrap.ts';
import { genericPhraseIn } from './generic-phrase-languages.ts';
import { addressStandIn } from './address-stand-ins.ts';
import { homeFolderUserStandIn, isAccountCommandUserAt, isHomeFolderUserAt } from './home-folder-stand-ins.ts';
import { machineNamesDeclaredIn, namesMachineInSentence } from './machine-named-like-people.ts';
import { referenceDefinitionAt, referencesTo } from './reference-definitions.ts';
import { standInBeforeSystemNoun } from './name-before-system-noun.ts';
import { fenceAround, fencedBlocks, isInsideFence, type FencedBlock } from './fenced-blocks.ts';
import { personAddressStandIn, personPathStandIn } from './person-path-stand-ins.ts';
import { followsLeadingReportId, leadingReportIdEdit } from './leading-report-id.ts';
import { headingVariantEdits } from './heading-variants.ts';

/** A finding's text that is a web address whole (`https://…`), a scheme and no space. */
const wholeWebAddress = /^[a-z][a-z\d+.-]*:\/\/\S+$/i;

/**
 * The suggested fixes of redaction findings, applied to a source for its author to review
 * (`npm run redact -- FILE`, then `git diff`): a person becomes a role ("an engineer"); an internal
 * name in an `.mdx` body is wrapped in `<Internal>` (its code span, link or fenced code block
 * whole, so the markup stays valid); in frontmatter and `.md` bodies, where components do not
 * work, it becomes a generic phrase. Nothing is deleted without a trace: every change is listed.
 */
export interface AppliedFix {
  line: number;
  column: number;
  rule: string;
  before: string;
  after: string;
}

export interface FixResult {
  source: string;
  applied: AppliedFix[];
  /** Findings left for the author, with why. */
  skipped: { finding: Finding; reason: string }[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  finding: Finding;
}

/** What a fix may use beyond the source: the public names of services, keyed by id and display name in lower case. */
export interface FixOptions {
  isMdx: boolean;
  /**
   * A service customers know by a public name is written by that name on the public site: wrapped
   * in `<Internal>` alone, "A deployment of search-service rebuilt the index" was published as
   * "A deployment of  rebuilt the index" (adoption walkthrough, round 21).
   */
  servicePublicNames?: ReadonlyMap<string, string>;
  /**
   * The post's language where it is not English (report-language.ts, from its title and summary):
   * a line whose own words do not tell its language gets the phrase in the post's
   * (generic-phrase-languages.ts), not "the responsible team" inside German text.
   */
  language?: OtherLanguage;
}

export function applyRedactionFixes(source: string, findings: readonly Finding[], options: FixOptions): FixResult {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const bodyStart = source.length - splitFrontmatter(source).body.length;
  const edits: Edit[] = [];
  const skipped: FixResult['skipped'] = [];
  const fences = fencedBlocks(source, bodyStart);
  // What only the public page shows, written by an earlier round: fixed there by replacing (public-only-spans.ts).
  const publicOnly = options.isMdx ? publicOnlySpans(source, bodyStart) : [];
  // Each line's language, told once and only when a person is replaced (person-placeholder.ts).
  let lineLanguages: ReadonlyMap<number, OtherLanguage> | undefined;
  let sourceLines: string[] | undefined;
  // The language a line's own words tell; one too short of function words to tell may still lean
  // to one (round 38). Else the post's.
  const ownLanguageOfLine = (line: number) => {
    sourceLines ??= source.split('\n');
    const told = (lineLanguages ??= otherLanguageLines(sourceLines, source)).get(line - 1);
    if (told) return told;
    // A line that only leans is the post's where the post has a language (adoption round 60: one
    // function word shared with Dutch wrote "[naam verwijderd]" in a French page).
    const leaning = leaningLanguageOfLine(sourceLines[line - 1] ?? '', options.language);
    return leaning && options.language ? options.language : leaning;
  };
  const languageOfLine = (line: number) => ownLanguageOfLine(line) ?? options.language;
  // A person's placeholder: the line's language, else its letters', else Russian where the line's
  // words are (probe round 59: "An engineer перезапустила базу" was written, russian-clauses.ts).
  // Else the post's letter language, or a neutral mark in a post of no English (adoption round 62,
  // post-placeholder-language.ts), read once.
  let postLanguage: { told: ReturnType<typeof postPlaceholderLanguage> } | undefined;
  const personLanguageAt = (line: number, start: number, end: number) => languageOfLine(line) ?? letterLanguageOf(lineAround(source, start, end)) ?? russianLanguageOfClause(source, start, end) ?? (postLanguage ??= { told: postPlaceholderLanguage(source, bodyStart) }).told;
  // The names the post itself says are machines' ("Alice, our main server"), read once.
  let machineNames: ReadonlySet<string> | undefined;
  // The phrase a finding's text becomes, in its clause's language where that is Chinese, Japanese
  // or Korean (redact round 37, spaceless-script-clauses.ts), Russian where its line is (probe round
  // 58, russian-clauses.ts), else its line's where one is listed.
  // An English address's stand-in is read where it stands: "contact us via email at the responsible
  // team" was published for a support address (adoption round 49, address-stand-ins.ts).
  // Else its letters' (Vietnamese, Indonesian, Greek, Ukrainian, …; adoption round 63), as a person's placeholder already was.
  const phraseFor = (rule: string, line: number, start: number, end: number) => genericPhraseIn(rule, spacelessLanguageOfClause(source, start, end) ?? russianLanguageOfClause(source, start, end) ?? languageOfLine(line) ?? koreanPageLanguage(source, start, end) ?? letterLanguageOf(lineAround(source, start, end))) ?? (rule === 'redact/email' ? addressStandIn(source, start, end) : undefined) ?? genericReplacement(rule);
  // A name the file name says too stays in the text until the file is renamed: replaced here, it
  // would be in the file name alone, where nothing in the post says it is a name any more, and the
  // public address would keep it while the check passed.
  const dashed = (text: string) => `-${text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join('-')}-`;
  const inFileName = findings.filter((f) => f.field === '(file name)').map((f) => dashed(redactionFindingText(f)));
  // Where each name, handle and mail address the guard found stands: a link whose words are one of
  // them is that person's, replaced whole (person-links.ts).
  const personSpans = findings.filter((f) => f.field !== '(file name)' && isPersonLike(f.rule)).flatMap((f) => {
    const at = (lineStarts[f.line - 1] ?? -1) + f.column - 1;
    const atEnd = at < 0 ? -1 : endOfText(source, at, redactionFindingText(f));
    return atEnd < 0 ? [] : [[at, atEnd] as const];
  });
  for (const finding of findings) {
    const text = redactionFindingText(finding);
    // The file name and what an SVG image says are not text of this file to rewrite.
    if (finding.field === '(file name)') {
      skipped.push({ finding, reason: `in the file name: rename the file (git mv; the renames are listed at the end), or allow it with a frontmatter comment` });
      continue;
    }
    const named = inFileName.find((name) => dashed(text).includes(name) || name.includes(dashed(text)));
    if (named) {
      skipped.push({ finding, reason: `the file name says "${named.slice(1, -1)}" too: rename the file first (git mv), then run npm run redact again` });
      continue;
    }
    if (/ would be published in the image /.test(finding.message)) {
      skipped.push({ finding, reason: 'in an SVG image the post shows: edit the image, or allow it on the image\'s line' });
      continue;
    }
    const found = (lineStarts[finding.line - 1] ?? -1) + finding.column - 1;
    const shortenedEnd = found < 0 ? -1 : shortenedFindingTextEnd(finding, source, found);
    const foundEnd = shortenedEnd >= 0 ? shortenedEnd : found < 0 || !text ? -1 : endOfText(source, found, text);
    if (foundEnd < 0) {
      // A YAML alias in a public field or a data- attribute's words (canary round 34) quotes no
      // text to rewrite: "the file changed" sent the author looking for an edit that never was.
      const dataAttribute = /^a data- attribute /.test(finding.message) ? /"(data-[\w.:-]+)=/.exec(finding.message)?.[1] : undefined;
      const reason = finding.rule !== 'redact/hidden-text' || !finding.fix ? 'the text is not at the reported place (the file changed)'
        : dataAttribute ? `npm run redact has no fix to propose for this: take the ${dataAttribute} attribute out (its words are in the public page's source, never on the page), or write them in the text; if they are meant to be public, add {/* redaction-allow redact/hidden-text -- reason */} on this line (<!-- … --> in a .md post).`
          : `npm run redact has no fix to propose for this (the public text must be written by you): ${finding.fix}`;
      skipped.push({ finding, reason });
      continue;
    }
    // A host or address is fixed with the rest of its address: wrapping only the host of
    // `registry.acme-internal.com/pool:1.2` or `https://db7.corp/admin?user=x` published the
    // path, port and query beside it ("<Internal>…</Internal>/pool:1.2").
    const isPerson = finding.rule === 'redact/person' || finding.rule === 'redact/possible-person';
    // A colleague's mail written as its local part and a bare "@" (`faith.o@ before Friday`, probe
    // round 36's find): the "@" goes with the name, which left alone read as part of a longer word
    // and was left to the author (probe round 37).
    const bareAt = isPerson && /^@(?![\p{L}\p{N}_.-])/u.test(source.slice(foundEnd)) ? 1 : 0;
    const [start, end] = addressRules.has(finding.rule) ? wholeAddress(source, found, foundEnd) : [found, foundEnd + bareAt];
    // Inside a <PublicOnly> span an <Internal> wrap shows the name nowhere: the fix replaces, as in a .md post.
    const isMdx = options.isMdx && !isInsideSpans(publicOnly, start, end);
    // The user of a home folder becomes the guides' stand-in, the path kept (`/home/<user>/`; probe
    // round 51, home-folder-stand-ins.ts): the path went into <Internal> whole.
    // So does the login of a user-administration command (`adduser <user> sudo`; round 56).
    if (isPerson && (isHomeFolderUserAt(source, start) || isAccountCommandUserAt(source, start))) {
      edits.push({ start, end, text: homeFolderUserStandIn(source, start, start < bodyStart || isInsideFence(fences, start)), finding });
      continue;
    }
    // A link that is a person's (a mail link, a link under their name) goes whole, its address with
    // it: in a .md body "[an engineer](mailto:the responsible team)" was published (person-links.ts).
    const personLink = isPersonLike(finding.rule) && start >= bodyStart && !isInsideFence(fences, start) ? personLinkAround(source, start, end, personSpans) : undefined;
    if (personLink) {
      const link = source.slice(personLink.start, personLink.end);
      // A link whose words are its address reads as one where an address stands ("email us at
      // [admin@…](mailto:admin@…)" was published "email us at an engineer"; adoption round 50).
      const wordsAreAddress = /^\[[^\]\s]+@[^\]\s]+\]\(/.test(link) && !languageOfLine(finding.line);
      const role = personLink.keptWords ?? (personLink.bareAddress ? phraseFor(finding.rule, finding.line, personLink.start, personLink.end)
        : (wordsAreAddress ? addressStandIn(source, personLink.start, personLink.end) : undefined) ?? personPlaceholder(personLanguageAt(finding.line, personLink.start, personLink.end), 'an engineer'));
      const replacement = isSentenceStart(source, personLink.start, false) ? capitalised(role) : role;
      edits.push({ start: personLink.start, end: personLink.end, text: isMdx && componentCanStand(source, personLink.start) ? internalWithPublicPhrase(link, replacement) : replacement, finding });
      continue;
    }
    // A person's profile as a reference definition's address (`[ana]: https://github.com/ana`,
    // adoption round 52): replaced where it stood, the line defined nothing and the public page
    // read "[an engineer]: an engineer" under the post. The definition route below, with a role
    // for the words of each link to it that name the person (its account, or a finding's text).
    const profileDefinition = isPersonLike(finding.rule) && isMdx && start >= bodyStart && wholeWebAddress.test(text) ? referenceDefinitionAt(source, start) : undefined;
    if (profileDefinition) {
      edits.push({ start: profileDefinition.start, end: profileDefinition.end, text: '', finding });
      const account = profileDefinition.destination.replace(/\s.*$/, '').replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop()!.toLowerCase();
      for (const link of referencesTo(source, profileDefinition.label, bodyStart, fences)) {
        const wordsStart = link.start + (link.image ? 2 : 1);
        const named = link.words.toLowerCase() === account || personSpans.some(([from, to]) => from < wordsStart + link.words.length && wordsStart < to);
        const role = personPlaceholder(personLanguageAt(finding.line, link.start, link.end), 'an engineer');
        const words = named ? (isSentenceStart(source, link.start, false) ? capitalised(role) : role) : link.words;
        const inline = `${link.image ? '!' : ''}[${link.words}](${profileDefinition.destination})`;
        edits.push({ start: link.start, end: link.end, text: `<Internal>${inline}</Internal>${link.image ? '' : `<PublicOnly>${words}</PublicOnly>`}`, finding });
      }
      continue;
    }
    // A name of Han, Kana or Hangul between letters of its script takes a role of its language (person-replacement-span.ts).
    const cjkRole = isPerson && !isInsideFence(fences, start) ? cjkPersonPlaceholder(source, start, end) : undefined;
    // A sentence of a script no rule reads is held whole: a role over it replaced the sentence, not the name (held-script-runs.ts).
    const heldSentence = isPerson && !cjkRole ? heldSentenceReason(finding.message, source, start, end) : undefined;
    if (heldSentence) {
      skipped.push({ finding, reason: heldSentence });
      continue;
    }
    // On a line of another language the English words around a name say nothing of it ("Gracias a
    // Lucía", "Camille a redémarré"; round 38): only where it stands does.
    // A person found in a link's address (`[Twitter](https://twitter.com/<handle>/status/…)`) goes
    // with the link, whose words stay when they say what it was: wrapped with no stand-in, "sounded
    // the alarm on [Twitter](…) at 6:29" was published as "sounded the alarm on  at 6:29" (adoption
    // round 47), and in a .md body it was left to the author.
    const inLinkAddress = isPerson && !cjkRole && start >= bodyStart && !isInsideFence(fences, start) && Boolean(linkAround(source, start, end));
    const lineIsEnglish = !(ownLanguageOfLine(finding.line) ?? letterLanguageOf(lineAround(source, start, end)));
    // A server named like a person, where its sentence says so ("Fritz went down", "the service on
    // Fritz"), is a machine on the public page, not "an engineer"; after "on", where no role can
    // stand, a machine's stand-in can ("on an internal host"; machine-named-like-people.ts).
    const machine = isPerson && !cjkRole && lineIsEnglish && ((machineNames ??= machineNamesDeclaredIn(source)).has(text.toLowerCase()) || namesMachineInSentence(source, start, end));
    const roleless = isPerson && !cjkRole && !inLinkAddress ? whereNoRoleStands(source, start, end, fences, start < bodyStart, lineIsEnglish) : undefined;
    const noRole = machine && roleless?.endsWith(placeOrToolReason) ? undefined : roleless;
    // A person in pasted code (`adduser hbrekke sudo`) keeps no role, but the code can go inside
    // <Internal> as an internal name's does. Left to the author, it was published once the
    // post's other mentions, which made it findable, had become roles.
    // So can a path or an image reference in prose (`ghcr.io/hbrekke/app:1.2`, since the seventh
    // probe round): left to the author, it was published once the full name that made the handle
    // findable ("Hallvard Brekke" for `hbrekke`) had become a role in the same run.
    const inPath = Boolean(noRole) && /^part of a path or file name/.test(noRole!);
    const wrapCode = Boolean(noRole) && isMdx && start >= bodyStart && (inPath || /^inside (?:a fenced code block|inline code)/.test(noRole!));
    if (noRole && !wrapCode) {
      skipped.push({ finding, reason: `${noRole}; if it names a person, reword it; if it does not, allow it with a redaction-allow marker or list it in publicNames` });
      continue;
    }
    const publicName = finding.rule === 'redact/service-id' || finding.rule === 'redact/internal-name' ? options.servicePublicNames?.get(text.toLowerCase()) : undefined;
    // A link or an address in the body is withheld so that its sentence still reads: alone, "found
    // [here](…)." was published as "found ." and "[here](an internal system)" (withheld-links.ts).
    // So is a person found as a whole address, a profile's (`[CDN provider](https://social.example/acmecdn)`,
    // adoption round 44): with a role in place of the destination the page showed "[CDN provider](an engineer)".
    const isWholeAddress = addressRules.has(finding.rule) || wholeWebAddress.test(text);
    const link = (isWholeAddress || inLinkAddress) && start >= bodyStart && !isInsideFence(fences, start) ? linkAround(source, start, end) : undefined;
    if (link) {
      const wordsEnd = link.start + 1 + link.words.length;
      const wordsHoldFinding = findings.some((other) => other !== finding && other.line === finding.line && (lineStarts[other.line - 1] ?? 0) + other.column - 1 > link.start && (lineStarts[other.line - 1] ?? 0) + other.column - 1 < wordsEnd);
      if (wordsStandAlone(link.words) && !wordsHoldFinding) {
        edits.push({ start: link.start, end: link.end, text: isMdx ? `<Internal>${source.slice(link.start, link.end)}</Internal><PublicOnly>${link.words}</PublicOnly>` : link.words, finding });
      } else {
        const [from, to] = escapeAwareSpan(source, ...withheldSpan(source, link.start, link.end));
        edits.push({ start: from, end: to, text: isMdx ? `<Internal>${source.slice(from, to)}</Internal>` : '', finding });
      }
      continue;
    }
    // A name written after a stand-in as its label goes with its separator: "an internal system:
    // ferrow-backend" read "an internal system: an internal system" (probe round 59, stand-in-labels.ts).
    const labelSpan = !isPerson && start >= bodyStart && !isInsideFence(fences, start) ? standInLabelSpan(source, start, end) : undefined;
    if (labelSpan) {
      edits.push({ start: labelSpan[0], end: labelSpan[1], text: isMdx ? `<Internal>${source.slice(labelSpan[0], labelSpan[1])}</Internal>` : '', finding });
      continue;
    }
    if (start < bodyStart || !isMdx || (isPerson && !wrapCode)) {
      if (!isPerson && isInsideFence(fences, start)) {
        skipped.push({ finding, reason: 'inside a fenced code block of a .md file: remove the line or rename the file to .mdx' });
        continue;
      }
      if (publicName && source.slice(start, end) === text) {
        edits.push({ start, end, text: publicName, finding });
        continue;
      }
      // A report's id opening a title ("KB-002: Models …") is a label, taken off with its
      // separator: its stand-in read "An internal system: Models …" (round 58, leading-report-id.ts).
      const reportIdEdit = !isPerson && start < bodyStart ? leadingReportIdEdit(source, start, end, (offset) => findings.some((other) => (lineStarts[other.line - 1] ?? -1) + other.column - 1 === offset)) : undefined;
      if (reportIdEdit) {
        edits.push({ ...reportIdEdit, finding });
        continue;
      }
      // A person's title and its article go with the name, a trailing article and noun stay; the
      // title says the line's language where its words do not (person-replacement-span.ts).
      const [personFrom, personTo] = isPerson && !cjkRole ? personReplacementSpan(source, start, end) : [start, end];
      const titled = isPerson && !cjkRole ? languageOfTitle(source.slice(personFrom, personTo)) : undefined;
      // A line of a language other-languages.ts does not tell takes the placeholder its letters say (letter-languages.ts).
      const personLanguage = isPerson ? titled ?? personLanguageAt(finding.line, start, end) : undefined;
      let replacement = cjkRole ?? (machine && !personLanguage ? genericReplacement('redact/internal-host') : isPerson ? personPlaceholder(personLanguage, 'an engineer') : phraseFor(finding.rule, finding.line, start, end));
      // Before a system's noun the .md text reads as the .mdx page does: "an internal service" (name-before-system-noun.ts).
      if (!isPerson && !machine && (finding.rule === 'redact/internal-name' || finding.rule === 'redact/identifier') && source.slice(start, end) === text && source[start - 1] !== '`' && replacement === genericReplacement(finding.rule)) {
        const [lineStart, lineEnd] = lineBoundsAround(source, start, end);
        replacement = standInBeforeSystemNoun(source.slice(lineStart, start), source.slice(end, lineEnd)) ?? replacement;
      }
      // After an article the phrase brings its own: "Zarnith on the Zarnith" was published as "An
      // internal system on the an internal system" (session 28). The article goes with the name;
      // German "an" is a preposition ("ging an ops@…"), not the article.
      const article = isPerson ? undefined : articleBefore(source, start, languageOfLine(finding.line));
      const from = article ? start - article.length : personFrom;
      if (isSentenceStart(source, from, start < bodyStart) || /^\p{Lu}/u.test(article?.text ?? '')) replacement = capitalised(replacement);
      // In an .mdx body the name stays for the internal site and the role is the public page's
      // (person-wrap.ts): replaced in the source, the internal site lost it too ("In the lead up
      // to an engineer v1.x mainnet upgrade", an organisation's own name taken for a person; ui33).
      const keepInternally = isPerson && isMdx && start >= bodyStart && componentCanStand(source, start);
      // A stand-in opening a plain frontmatter value ("[Name entfernt] stellte fest, …"): YAML reads
      // the `[` as a list's start and the file no longer parsed (adoption round 44): the value,
      // when its line holds all of it, is written double-quoted.
      const quotedValue = start < bodyStart ? quotedFrontmatterValue(source, from, personTo, replacement) : undefined;
      if (quotedValue) {
        edits.push({ ...quotedValue, finding });
        continue;
      }
      // A name ending in "s" owns with an apostrophe alone ("Varens' post"): the role takes its "s",
      // "an engineer's post", not "an engineer' post" (adoption round 47). Body text in English only:
      // in frontmatter the apostrophe may close a quoted value, and other languages' roles are placeholders.
      const possessive = isPerson && !cjkRole && !personLanguage && start >= bodyStart ? bareApostrophePossessive(source, from, personTo) : undefined;
      const [to, ownerRole] = possessive ? [personTo + 1, `${replacement}${possessive}s`] : [personTo, replacement];
      edits.push({ start: from, end: to, text: keepInternally ? internalWithPublicPhrase(source.slice(from, to), ownerRole) : ownerRole, finding });
      continue;
    }
    const fence = fenceAround(fences, start);
    if (fence) {
      edits.push({ start: fence[0], end: fence[1], text: `<Internal>\n${source.slice(fence[0], fence[1])}\n</Internal>`, finding });
      continue;
    }
    const definition = referenceDefinitionAt(source, start);
    if (definition) {
      // reference-definitions.ts: each link to it inline inside <Internal>, the definition taken out.
      edits.push({ start: definition.start, end: definition.end, text: '', finding });
      for (const link of referencesTo(source, definition.label, bodyStart, fences)) {
        const inline = `${link.image ? '!' : ''}[${link.words}](${definition.destination})`;
        edits.push({ start: link.start, end: link.end, text: `<Internal>${inline}</Internal>${link.image ? '' : `<PublicOnly>${link.words}</PublicOnly>`}`, finding });
      }
      continue;
    }
    const [pathStart, pathEnd] = isPerson && inPath ? wholePath(source, start, end) : [start, end];
    const [nameStart, spanEnd] = enclosingSpan(source, pathStart, pathEnd);
    // The name customers know stands in for the internal one, shown on the public site only.
    const mailLink = finding.rule === 'redact/email' && isMailLinkUnderName(source.slice(nameStart, spanEnd), text);
    let standIn = publicName && nameStart === start && spanEnd === end ? `<PublicOnly>${publicName}</PublicOnly>` : publicStandIn(source, nameStart, spanEnd, text, finding.rule, phraseFor(mailLink ? 'redact/person' : finding.rule, finding.line, nameStart, spanEnd), mailLink);
    // A generic phrase after an article takes the article in: "by the `x` job" read "by the an
    // internal system job" (session 28). The article goes inside <Internal>, the phrase keeps its own.
    const article = standIn && !publicName ? articleBefore(source, nameStart, languageOfLine(finding.line)) : undefined;
    if (article && /^\p{Lu}/u.test(article.text)) standIn = standIn.replace(/(<PublicOnly>)(\p{Ll})/u, (_, tag: string, first: string) => tag + first.toUpperCase());
    let spanStart = article ? nameStart - article.length : nameStart;
    let wrappedEnd = spanEnd;
    // Brackets that hold only the name go with it, and the space before them: "a slimmer image
    // (`x`)." read "a slimmer image ()." on the public page (session 28). An address that ends its
    // clause takes the preposition or "see" before it too: "found in https://…." read "found in ."
    // (redact round 36, withheld-links.ts).
    // So does a web address wrapped whole for a person in its path (a personal site's, probe round
    // 51's leftover): "follows the write-up at https://<their site>/…." read "follows the write-up at .".
    const personsAddress = isPerson && inPath && wholeWebAddress.test(source.slice(nameStart, spanEnd));
    // A package's, a module's or an image's path in a sentence keeps the sentence's object: "by upgrading to  in …" (person-path-stand-ins.ts).
    if (!standIn && isPerson && wrapCode && !personsAddress) standIn = standInInSentence(source, nameStart, spanEnd, personPathStandIn);
    const endsClause = /^(?:[.,;:!?)]|[ \t]*$)/.test(source.slice(spanEnd, (source.indexOf('\n', spanEnd) + 1 || source.length + 1) - 1));
    // Mid-sentence it keeps the sentence's object: "See  for the fix." (false positives round 55).
    if (!standIn && personsAddress && !endsClause) standIn = standInInSentence(source, nameStart, spanEnd, personAddressStandIn);
    // So does a host written bare in prose: "NXDOMAIN for .homelab.local names" read "NXDOMAIN for
    // names" (false positives round 56); a zone before a noun reads "internal", else "an internal
    // domain", a host "an internal host".
    // A bare host, after a preposition only: after a noun the host names it ("The host db7.internal
    // restarted" keeps its reading), and an address with a path or a port is withheld as before.
    if (!standIn && finding.rule === 'redact/internal-host' && !endsClause && !publicName && nameStart === start && spanEnd === end && start === found && end === foundEnd && prepositionBefore.test(source.slice(Math.max(0, nameStart - 12), nameStart))) {
      const zone = text.startsWith('.') && languageOfLine(finding.line) === undefined;
      const zoneBeforeNoun = zone && /^[ \t]+\p{Ll}/u.test(source.slice(spanEnd, spanEnd + 3));
      standIn = standInInSentence(source, nameStart, spanEnd, () => (zoneBeforeNoun ? 'internal' : zone ? internalDomainStandIn : phraseFor(finding.rule, finding.line, nameStart, spanEnd)));
    }
    if (!standIn && (addressRules.has(finding.rule) || personsAddress) && endsClause) [spanStart, wrappedEnd] = withheldSpan(source, spanStart, spanEnd);
    else if (!standIn && source[spanStart - 1] === '(' && source[spanEnd] === ')') [spanStart, wrappedEnd] = [spanStart - (source[spanStart - 2] === ' ' ? 2 : 1), spanEnd + 1];
    [spanStart, wrappedEnd] = escapeAwareSpan(source, spanStart, wrappedEnd);
    const wrapped = `<Internal>${source.slice(spanStart, wrappedEnd)}</Internal>`;
    edits.push({ start: spanStart, end: wrappedEnd, text: wrapped + standIn, finding });
  }
  // One edit per place: an edit inside a larger one (two findings in one code block) is dropped.
  // A list of names replaced one by one says its phrase once ("Two engineers noticed", not "An
  // engineer and an engineer noticed"): replacement-runs.ts.
  // A name with its address right after it is one person, said once ("Author: An engineer", not
  // "An engineer an engineer"): person-address-runs.ts.
  const runs = mergeReplacementRuns(source, joinNamesWithTheirAddresses(source, edits
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((edit, i, all) => !all.slice(0, i).some((other) => edit.start < other.end && other.start < edit.end)), standInKind));
  // A component written into a heading of an .mdx body becomes a heading for each site, the form
  // `npm run check` asks for (adoption round 63, heading-variants.ts).
  const kept = options.isMdx ? headingVariantEdits(source, runs, bodyStart, fences, (line, members) => ({ ...members[0], ...line, members: members.flatMap((member) => member.members) })) : runs;
  let result = source;
  for (const edit of [...kept].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  const applied = kept.flatMap((edit) => edit.members.flatMap((run) => run.joined).map((member) => ({
    line: member.finding.line, column: member.finding.column, rule: member.finding.rule, before: source.slice(edit.start, edit.end), after: edit.text,
  })));
  return { source: result, applied, skipped };
}

/** The stand-in `phraseOf` gives a person's package, module, image path or web address (person-path-stand-ins.ts) where words stand around it on its line; '' elsewhere. */
function standInInSentence(source: string, spanStart: number, spanEnd: number, phraseOf: (written: string) => string | undefined): string {
  const phrase = phraseOf(source.slice(spanStart, spanEnd));
  const [lineStart, lineEnd] = lineBoundsAround(source, spanStart, spanEnd);
  const rest = source.slice(lineStart, spanStart) + source.slice(spanEnd, lineEnd);
  if (!phrase || !/\p{L}/u.test(rest.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))) return '';
  return `<PublicOnly>${isSentenceStart(source, spanStart, false) ? capitalised(phrase) : phrase}</PublicOnly>`;
}

/**
 * The apostrophe after a name ending in "s" that owns what follows ("Varens' post", "Varens’ talk"),
 * or undefined: not one closing a quotation the name opened ("'Varens' said"), nor one before a letter.
 */
function bareApostrophePossessive(source: string, start: number, to: number): string | undefined {
  if (!/s$/i.test(source.slice(start, to)) || /['‘’]$/.test(source.slice(0, start))) return undefined;
  return /^(['’])(?![\p{L}\p{N}'’])/u.exec(source.slice(to))?.[1];
}

/** Whether a rule finds a person or a person's address (a name, a handle, a mail address). */
function isPersonLike(rule: string): boolean {
  return rule === 'redact/person' || rule === 'redact/possible-person' || rule === 'redact/email' || rule === 'redact/handle';
}

/** Whether an edit replaces a person's name or a person's address (a mail address, a handle, a link to either). */
function standInKind(edit: Edit): StandInKind {
  const text = redactionFindingText(edit.finding);
  // A handle the post mentions, written bare ("AKA quorrik"), is the person's address too (adoption round 48).
  const addressLike = /^(?:mailto:|[a-z][a-z\d+.-]*:\/\/|@)|@/i.test(text) || edit.finding.message.includes(`(${handleMentionedWhy})`);
  if (edit.finding.rule === 'redact/email' || edit.finding.rule === 'redact/handle') return 'address';
  if (edit.finding.rule === 'redact/person' || edit.finding.rule === 'redact/possible-person') return addressLike ? 'address' : 'name';
  return undefined;
}

/**
 * The edit that writes `replacement` in place of [from, to) of a frontmatter line as a
 * double-quoted value (JSON's quoting is YAML's), when the replacement opens the line's plain
 * value with a character YAML reads as markup (`[Name entfernt]`, `[Nom retiré]`) and the rest of
 * the line, with no comment, is the rest of the value. Undefined when the value reads as it is.
 */
function quotedFrontmatterValue(source: string, from: number, to: number, replacement: string): { start: number; end: number; text: string } | undefined {
  if (!/^[[\]{}&*!|>'"%@`,#]/.test(replacement)) return undefined;
  const [lineStart, lineEnd] = lineBoundsAround(source, from, to);
  const rest = source.slice(to, lineEnd).replace(/\r$/, '');
  if (!/^\s*(?:-\s+(?:[\w.-]+:\s+)?|[\w.-]+:\s+)$/.test(source.slice(lineStart, from)) || /(?:^|\s)#/.test(rest)) return undefined;
  return { start: from, end: to + rest.length, text: JSON.stringify(replacement + rest) };
}

/** Why a name after a preposition of place keeps no role (a machine's stand-in can stand there). */
const placeOrToolReason = ', where the name is a place or a tool\'s ("installed in an engineer")';
/** Words after which a noun follows, not a person: "the Wallos container", "a PAT-Rotation Race". */
const determiner = /(?:^|[^\p{L}\p{N}_'’-])(the|a|an|this|that|these|those|each|every|our|your|their|its|his|her|my|some|any|no|another|which|whose)[ \t]+$/iu;
/** Prepositions of place and means: "installed in Claude Code", "runs on Edith", "via Wallos". */
const placePreposition = /(?:^|[^\p{L}\p{N}_'’-])(in|on|into|onto|inside|within|via|using|through|across)[ \t]+$/iu;
/** Nouns a name modifies when it is a thing's: "Skip list", "Wallos container", "Wallos test". */
const thingNoun = /^(?:containers?|services?|stacks?|servers?|hosts?|images?|volumes?|databases?|db|backups?|jobs?|scripts?|repos?|repository|repositories|clusters?|nodes?|apps?|tests?|lists?|plugins?|instances?|configs?|configuration|files?|director(?:y|ies)|folders?|paths?|archives?|logs?|data|hub|agent|api|ui|cli|daemon|process|task|queue|pool|cache|bucket|deployment|pod|pods|release|version|install|installation|upgrade|restore|dashboard|alert|alerts|endpoint|port|network|setup|project|module|package|library|tool|bot)$/i;
/** A verb right after a noun: "(Wallos test) revealed", "(Skip lists) should", "(Skip list) fully audited". */
const verbAfterNoun = /^[ \t]+(?:\p{Ll}+ly[ \t]+)?(?:is|are|was|were|has|have|had|should|would|will|can|could|must|may|might|did|does|do|\p{Ll}+ed)\b/u;
/** Words that join or place, never a noun a name could qualify: "called them with Justin and explained". */
const functionWord = /^(?:and|or|but|nor|so|yet|then|also|too|to|of|for|from|with|without|by|at|as|about|after|before|while|when|because|if|who|whom|that|which|again|later|together|himself|herself|themselves)$/u;
/** Forms that are verbs: the word after a subject ("Michael restarted it", "Michael was paged"). */
const verbForm = /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|should|would|will|can|could|must|may|might|did|does|do|ran|took|saw|found|made|went|got|began|wrote|put|set|left|told|sent|spent|built|brought|kept|led|held|knew|gave|said|says|notes|thinks|asks|says)$/u;

/**
 * Where a person's name stands somewhere a role ("an engineer") cannot: the fix would write
 * nonsense ("docker stop an engineer", "ab_…/an engineer.tar.gz", "the an engineer container",
 * "installed in an engineer"), most often because the guess was a thing's name. Says where, for the
 * author; undefined where a role can stand ("Michael restarted it").
 */
function whereNoRoleStands(source: string, start: number, end: number, fences: readonly FencedBlock[], inFrontmatter: boolean, lineIsEnglish = true): string | undefined {
  const text = source.slice(start, end);
  if (isInsideFence(fences, start)) return `inside a fenced code block, where a role cannot stand ("docker stop an engineer")`;
  const [lineStart, lineEnd] = lineBoundsAround(source, start, end);
  const before = source.slice(lineStart, start);
  const after = source.slice(end, lineEnd);
  for (const m of source.slice(lineStart, lineEnd).matchAll(/(`+)[^`]+?\1/g)) {
    if (lineStart + m.index! < start && end < lineStart + m.index! + m[0].length) return `inside inline code ${m[0]}, where a role cannot stand`;
  }
  if (/\[\^[^\]\s]*$/.test(before)) return `in a footnote label, where a role cannot stand ("[^an engineer]" is no label): rename the label, e.g. [^1], at its uses and its note`;
  // Two capitalised words joined by a slash alone are two people of a note ("Tavish/Oriana to follow
  // up", since probe round 36), not a path: each takes its role, and the run is said once.
  const namePair = /(?:^|\s)\p{Lu}\p{Ll}+\/$/u.test(before) || /^\/\p{Lu}\p{Ll}+(?:\s|$)/u.test(after);
  if (!namePair && (/[/\\]$/.test(before) || /^(?:[/\\]|\.[\p{L}\p{N}])/u.test(after))) return `part of a path or file name, where a role cannot stand ("…/an engineer.tar.gz")`;
  if (/[?&=#][^\s()<>]*$/.test(before) && /:\/\/\S*$/.test(before)) return `inside a link (its query or fragment), where a role cannot stand ("?author=an engineer"): reword or remove the link`;
  // An underscore joins only between letters (`ops_vold`); around a name it is emphasis
  // (`_Tove Vold_`, a signature in italics; round 22 of false positives).
  // A letter of Han, Kana or Hangul beside a name in Latin letters is its clause's, not more of the
  // name ("Sidney Dekkerは"; redact round 37): those scripts write their particles against it.
  const otherScript = (letter: string, nameLetter: string) => spacelessLetter.test(letter) && !spacelessLetter.test(nameLetter);
  const joinedBefore = /(?:[\p{L}\p{N}@-]|[\p{L}\p{N}]_)$/u.test(before) && !otherScript(before.at(-1)!, text.charAt(0));
  const joinedAfter = /^(?:[\p{L}\p{N}@-]|_[\p{L}\p{N}])/u.test(after) && !otherScript(after.charAt(0), text.at(-1)!);
  if (joinedBefore || joinedAfter) return 'part of a longer word or name, where a role cannot stand';
  // What follows reads English words: "a" is Spanish, Italian and Portuguese "to" and French "has".
  if (!lineIsEnglish) return undefined;
  const article = determiner.exec(before)?.[1];
  // "The agreement is that pietroalbini will try …", "We agreed that pietroalbini and … are": before
  // a verb or "and", "that" opens a clause whose subject is the name, where a role stands (adoption
  // round 42: two meeting notes held for it).
  const wordAfter = /^[ \t]+(\p{Ll}+)/u.exec(after)?.[1] ?? '';
  const clauseThat = article?.toLowerCase() === 'that' && (verbForm.test(wordAfter) || wordAfter === 'and');
  if (article && !clauseThat) return `after "${article}", where the name is a thing's ("the an engineer container")`;
  const possessive = /^[’']s\b/.test(after);
  const preposition = placePreposition.exec(before)?.[1];
  if (preposition && !possessive) return `after "${preposition}"${placeOrToolReason}`;
  const next = /^[ \t]+(\p{Ll}+)/u.exec(after);
  if (next && !possessive && !verbForm.test(next[1]) && !functionWord.test(next[1]) && (thingNoun.test(next[1]) || verbAfterNoun.test(after.slice(next[0].length)))) {
    return `before "${next[1]}", as if it named a thing ("an engineer ${next[1]}")`;
  }
  // A title in title case capitalises every word: there a capitalised English word says nothing
  // about a name ("Backup Strategy Hardening: Skip List Audit, Beszel WAL Fix").
  const title = (inFrontmatter ? /^\s*(?:-\s+)?title:\s*["']?/ : /^\s{0,3}#{1,6}\s+/).exec(before)?.[0];
  if (title !== undefined) {
    const others = `${before.slice(title.length)} ${after}`.match(/\p{L}{4,}/gu) ?? [];
    const titleCase = others.length >= 2 && others.filter((w) => /^\p{Lu}/u.test(w)).length >= others.length * 0.75;
    if (titleCase && text.split(/\s+/).some((w) => isEnglishWord(w) || isOrdinaryWord(w))) return `in a title in title case, where "${text}" may be words, not a name`;
  }
  return undefined;
}

/**
 * Where `text` found at `start` ends in the source: right after it, or, for a name folded over two
 * lines of a YAML value or a paragraph ("Ben\n      Smith"), after its last word. -1 when it is not there.
 */
function endOfText(source: string, start: number, text: string): number {
  if (source.slice(start, start + text.length) === text) return start + text.length;
  const words = text.split(/\s+/).map(escapeRegExp);
  const folded = new RegExp(`^${words.join('(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)')}`).exec(source.slice(start, start + text.length * 4 + 200));
  return folded ? start + folded[0].length : -1;
}

/** A preposition before a host in prose, which then stands for the preposition's object. */
const prepositionBefore = /(?:^|[^\p{L}])(?:for|from|to|on|in|at|via|of|with|into|onto|against|behind|than|by|over|through)[ \t]+$/iu;

/** Rules whose finding is a host or an address, or a part of one. */
const addressRules = new Set(['redact/internal-host', 'redact/internal-link', 'redact/ip-address']);
/** Characters of a URL's path, query and fragment (not brackets or quotes, which end a link in Markdown and HTML). */
const addressCharacter = /[^\s<>"'`()[\]{}|\\^]/u;

/**
 * The whole address around a host found at [start, end): the scheme and user before it
 * (`postgres://app:pw@` before `ledgerdb`), and the port, path, query and fragment after it
 * (`:5432/app`, `/pool:1.2`, `/admin?user=x`), without a sentence's closing punctuation.
 */
function wholeAddress(source: string, start: number, end: number): [number, number] {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const scheme = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/<>"'`()[\]]*$/.exec(source.slice(lineStart, start));
  const from = scheme ? lineStart + scheme.index : start;
  let to = end;
  if (/^(?::\d|[/?#])/.test(source.slice(end, end + 2))) {
    while (to < source.length && addressCharacter.test(source[to])) to++;
    while (to > end && /[.,;:!?*_]/.test(source[to - 1])) to--;
  }
  return [from, to];
}

/** The path or reference around a name found in it (`ghcr.io/hbrekke/app:1.2`), without a sentence's closing punctuation or brackets around it. */
function wholePath(source: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from > 0 && /[^\s()<>[\]"'`]/.test(source[from - 1])) from--;
  while (to < source.length && /[^\s()<>[\]"'`]/.test(source[to])) to++;
  while (to > end && /[.,;:!?*_]/.test(source[to - 1])) to--;
  // Emphasis that opens before the path stays outside the wrap, as its closing marks do above:
  // "**a/b/c and more**" wrapped as `<Internal>**a/b/c</Internal> and more**` opened the bold
  // inside the tag and closed it outside, and the post's MDX did not parse (session 32).
  while (from < start && /[*_~]/.test(source[from])) from++;
  return [from, to];
}


/** The code span or Markdown link around a match, else the match itself. */
function enclosingSpan(source: string, start: number, end: number): [number, number] {
  const [lineStart, lineEnd] = lineBoundsAround(source, start, end);
  const line = source.slice(lineStart, lineEnd);
  const spans = [/!?\[[^\]\n]*\]\([^)\n]*\)/g, /`[^`\n]+`/g].flatMap((pattern) => [...line.matchAll(pattern)].map((m) => [lineStart + m.index!, lineStart + m.index! + m[0].length]));
  // A name the page reads across markup ("`gke-pool-6`hmq") starts in a code span and ends after
  // it: the wrap takes in every span the name touches, or `<Internal>` would open inside the code.
  for (let grown = true; grown;) {
    grown = false;
    for (const [a, b] of spans) {
      if (a < end && start < b && (a < start || b > end)) {
        [start, end] = [Math.min(a, start), Math.max(b, end)];
        grown = true;
      }
    }
  }
  return [start, end];
}

/**
 * What the public post reads where a code span naming an internal system, or a handle or address in
 * prose, was wrapped: a sentence
 * listing "containers `web-net`, `queue-net`, `queue-dev` and `db-dev`" was published as
 * "containers web-net, , , and db-dev". A span that holds the name alone, inside a sentence,
 * gets its generic phrase in `<PublicOnly>` ("an internal system"); a command or a path does not
 * read as one, and a span alone on its line leaves no gap.
 */
function publicStandIn(source: string, spanStart: number, spanEnd: number, text: string, rule: string, phrase: string, mailLink = false): string {
  // A handle or address in prose is someone too: "we (@dana, @lee) hit a snag" was published as
  // "we (, ) hit a snag" (adoption walkthrough, round 22); it gets the phrase an .md body gets.
  // So is a mail link under its name (mail-link-names.ts).
  const bareSomeone = (rule === 'redact/handle' || rule === 'redact/email') && (source.slice(spanStart, spanEnd) === text || mailLink);
  const [lineStart, lineEnd] = lineBoundsAround(source, spanStart, spanEnd);
  // An internal system acting in prose ("Vexmor 2.1 restarted the replica") is the sentence's
  // subject: without a stand-in the page read " restarted the replica" (seventeenth probe round).
  // After a determiner or a word of ownership the name modifies the noun after it ("Our Zarnith
  // service timed out" reads "Our service timed out"; eighteenth probe round), and needs none.
  const modifier = /(?:^|[\s(])(?:[Oo]ur|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Ii]nternal|[Ii]n-house)\s+$/.test(source.slice(lineStart, spanStart));
  const subject = rule === 'redact/internal-name' && source.slice(spanStart, spanEnd) === text && /^[ \t]+\p{Ll}/u.test(source.slice(spanEnd, lineEnd)) && !modifier;
  // A name with a possessive after it stands for a noun's owner: wrapped alone, the page read
  // "Sometime thereafter, ’s Redis encounters …" (session 28); the phrase takes the possessive.
  const owner = (source.slice(spanStart, spanEnd) === text || source.slice(spanStart, spanEnd) === `\`${text}\``) && /^['’]s?(?![\p{L}\p{N}])/u.test(source.slice(spanEnd, lineEnd));
  // A name listed with another ("(Juno + <daemon>)", "three Juno and <daemon> instances") is one of
  // the things the sentence names: wrapped alone, the page read "(Juno + )" (adoption walk, session 32).
  // The first of a bare list counts too: "Affected services: <a>, <b>" read "Affected services: , an
  // internal system" (probe round 59), since only the members after a comma were taken as listed.
  const listedWithAnother = source.slice(spanStart, spanEnd) === text && (/(?:[+&,]|\b(?:and|or))[ \t]*$/.test(source.slice(lineStart, spanStart)) || /^[ \t]*(?:[+&,]|(?:and|or)\b)/.test(source.slice(spanEnd, lineEnd)));
  // After "the" or "a" the phrase takes the article in ("restarted the Zarnith." reads "restarted an internal system.").
  // Names only: a host or a ticket wrapped at a clause's end keeps the reading it had ("Connect to <host>.").
  const object = (rule === 'redact/identifier' || rule === 'redact/internal-name') && isObjectOfClause(source.slice(lineStart, spanStart), source.slice(spanEnd, lineEnd)) && source.slice(spanStart, spanEnd) === text && (!modifier || !!articleBefore(source, spanStart));
  // A name before a system's noun after a determiner ("the `log-aggregator` service", "our Zarnith
  // pipeline") reads "an internal service" whether or not it was a code span (name-before-system-noun.ts).
  const nameAlone = source.slice(spanStart, spanEnd) === text || source.slice(spanStart, spanEnd) === `\`${text}\``;
  const beforeNoun = (rule === 'redact/internal-name' || rule === 'redact/identifier') && nameAlone && phrase === genericReplacement(rule) ? standInBeforeSystemNoun(source.slice(lineStart, spanStart), source.slice(spanEnd, lineEnd)) : undefined;
  if (beforeNoun !== undefined) return beforeNoun && `<PublicOnly>${isSentenceStart(source, spanStart, false) ? capitalised(beforeNoun) : beforeNoun}</PublicOnly>`;
  // A Russian line's phrase (probe round 58, russian-clauses.ts): the tests above read English word
  // order, and Russian puts a verb's object anywhere ("Перезапустили <name>, очередь …" read
  // "Перезапустили , очередь …"); a name alone gets its bracketed phrase wherever it stands.
  if ((rule === 'redact/internal-name' || rule === 'redact/identifier') && nameAlone && /^\[\p{sc=Cyrillic}/u.test(phrase)) return `<PublicOnly>${phrase}</PublicOnly>`;
  // A path in a code span after a word of the sentence ("The early return in `<service>/app/feed.go`
  // skipped the cache") read "The early return in  skipped the cache." (probe round 59): it reads as
  // the file or folder it is, named generically.
  const pathStandIn = phrase === genericReplacement(rule) ? codeSpanPathStandIn(source.slice(spanStart, spanEnd), source.slice(lineStart, spanStart), source.slice(spanEnd, lineEnd)) : undefined;
  if (pathStandIn) return `<PublicOnly>${pathStandIn}</PublicOnly>`;
  if (rule === 'redact/person' || rule === 'redact/possible-person' || (source.slice(spanStart, spanEnd) !== `\`${text}\`` && !bareSomeone && !subject && !owner && !listedWithAnother && !object)) return '';
  if ((rule === 'redact/handle' || rule === 'redact/email') && isLabel(source.slice(lineStart, spanStart), source.slice(spanEnd, lineEnd))) return '';
  const rest = source.slice(lineStart, spanStart) + source.slice(spanEnd, lineEnd);
  if (!/\p{L}/u.test(rest.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''))) return '';
  return `<PublicOnly>${isSentenceStart(source, spanStart, false) ? capitalised(phrase) : phrase}</PublicOnly>`;
}

/**
 * Text that ends with a word in lower case and a space (a verb or a preposition: "in ", "edited "):
 * a name after it stands inside the sentence, where leaving a blank would break the sentence.
 */
const endsWithLowerCaseWord = /(?:^|[^\p{L}\p{N}_'’`-])\p{Ll}[\p{Ll}'’-]*[ \t]+$/u;

/**
 * The phrase a code span holding a path reads as in prose ("an internal file", "an internal folder"),
 * or undefined where the span is not a path or does not stand inside a sentence: after a word in
 * lower case (a verb or a preposition: "in", "edited") with more words on the line. A command has
 * spaces and is not a path; a web address is a link's business, a path under a host another rule's.
 */
function codeSpanPathStandIn(span: string, before: string, after: string): string | undefined {
  const path = /^`([^`\s]*\/[^`\s]*)`$/.exec(span)?.[1];
  // A module's or an image's path opens with its host (`github.com/owner/module`): the owner's
  // reading (a third-party module, round 54 of false positives) is another rule's.
  if (!path || /^[\p{L}][\p{L}\p{N}+.-]*:\/\//u.test(path) || /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d+)?\//u.test(path)) return undefined;
  if (!endsWithLowerCaseWord.test(before) || !/\p{L}/u.test(after)) return undefined;
  return /\.[\p{L}\p{N}]{1,8}$/u.test(path) ? 'an internal file' : 'an internal folder';
}

/**
 * Whether a name between `before` and `after` (the rest of its line) is the object that ends its
 * clause: after a word in lower case (a verb or a preposition) and before a punctuation mark or the
 * line's end. "identified as NY-SQL02, initiated …", "restarting Multipass, were unsuccessful",
 * "used by FirstEnergy." wrapped alone read "identified as , initiated", "restarting , were" on the
 * public page (adoption walkthrough, round 34). After a capitalised word the name is the end of a
 * longer name ("for Cloud Filestore."), which a phrase would not mend.
 */
function isObjectOfClause(before: string, after: string): boolean {
  // Or before an adverb or a preposition that opens the clause's next part: "restarted <name> twice",
  // "deployed <name> to production" read "restarted  twice" (probe round 59).
  return endsWithLowerCaseWord.test(before) && /^(?:[.,;:!?)]|[ \t]*$|[ \t]+(?:twice|again|manually|immediately|at|on|in|to|for|with|after|before|because|until|from|while|when|without|once)\b)/u.test(after);
}

/** A time stamp opening a list item or a line, as a timeline writes it: "- **18:53** ", "10:02 — ". */
const timeStampOnly = /^\s*(?:[-*+>|]\s*)?(?:\*\*|__)?\[?(?:(?:\d{4}-\d{2}-\d{2}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(?:\*\*|__)?)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?\]?(?:\*\*|__)?\s*(?:[-—–:|]\s*)?$/u;
/** Words after which a person is part of the sentence, not a label: "assigned to @x", "thanks @x". */
const joinsAPerson = /(?:^|[^\p{L}])(?:to|by|with|from|for|and|or|thanks|ping|cc|via|of)[ \t]*[,:]?[ \t]*$/iu;

/**
 * Whether a handle on this line is a label beside the text rather than a word of its sentence:
 * the actor column of a timeline ("- **09:14** `@dagfinnh` Ledger alert fired") or the owner after an
 * action item's heading ("##### 2) Pool resized `@ilsabet`"). There "the responsible team" read
 * "09:14 The responsible team Ledger alert fired" on every row of a public timeline (76 times in 31
 * imported posts, session 28); left out, the row reads as the report meant it. A handle after a
 * label's colon ("### Owner: @x") is its value: left out, the heading read "Owner:".
 */
function isLabel(before: string, after: string): boolean {
  if (timeStampOnly.test(before) && /^[ \t]+(?:\p{Lu}|\[|\d)/u.test(after)) return true;
  const heading = /^\s{0,3}#{1,6}\s+\S|^\s*(?:[-*+]\s+)?(?:\*\*|__)\S/.exec(before);
  return Boolean(heading) && !/:(?:\*\*|__)?[ \t]*$/.test(before) && /^[ \t]*(?:\[[^\]\n]*\]|\([^)\n]*\)|\*\*|__|[ \t.,;:])*$/.test(after) && !joinsAPerson.test(before);
}

/**
 * The article right before a name ("the " of "on the Zarnith", "A " of "A `zarnith` sidecar"), with
 * the space after it: a generic phrase ("an internal system") carries an article of its own, so it
 * stands for both. Only a, an and the: after "our" or "this" a phrase reads, if stiffly.
 */
function articleBefore(source: string, start: number, language?: OtherLanguage): { text: string; length: number } | undefined {
  const m = /(?:^|[^\p{L}\p{N}_'’`-])(the|an?)[ \t]+$/iu.exec(source.slice(source.lastIndexOf('\n', start - 1) + 1, start));
  if (!m || (language === 'de' && /^an$/iu.test(m[1]))) return undefined;
  return { text: m[1], length: m[0].length - m[0].indexOf(m[1]) };
}

function isSentenceStart(source: string, index: number, inFrontmatter: boolean): boolean {
  const before = source.slice(source.lastIndexOf('\n', index - 1) + 1, index);
  // In YAML a value starts after `key:` or `- `; an indented continuation line does not start one.
  if (inFrontmatter) return /^\s*(?:-\s+)?(?:\w+:\s*)?["']?$/.test(before) && /[-:]/.test(before) || /[.!?]\s+$/.test(before) || followsLeadingReportId(before);
  // A table cell starts one too ("| ~13:40 | Wallos restored"), bold ("- **Seerr:** GET /"), a
  // heading and a task list item, and the text after a time stamp of a chat line or timeline
  // entry ("[10:02] An engineer: on it", "10:02 — An engineer restarts the pool").
  // An image's alt text starts one as a caption does ("![An engineer restarting the pool](…)"), and
  // an escaped marker as a list's (`\* An engineer fixed …`; adoption round 51).
  return /^\s*(?:#{1,6}\s+|\\?[-*+>|]\s*(?:\[[ xX]\]\s+)?)?(?:\w+:\s*)?(?:\*\*|__|[*_])?["']?$/.test(before) || /[.!?]\s+$/.test(before) || /^\s*\|.*\|\s*$/.test(before) || /(?:!\[|\balt=["'])$/.test(before) ||
    /^\s*(?:[-*+>|]\s*)?(?:\*\*|__)?\[?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?\]?(?:\*\*|__)?\s*(?:[-—–:|]\s*)?(?:\*\*|__)?$/.test(before);
}
