import { brandNames, brandPhrases } from './brand-names.ts';
import { isEponymOfMethod, isNameOfPlaceOrPrize } from './eponyms.ts';
// HTML elements (`<details> text` at the start of a line is markup, not an IRC nick; `- svg` in a
// people list is no nick): since round 49 of false positives the one list of html-element-names.ts,
// which holds 20 more than the copy kept here (`<svg>`, `<center>`, `<font>`, `<path>`, `<search>`).
import { htmlElementNames } from '../html-element-names.ts';
import { isPartOfAcronymExpansion } from './acronym-expansions.ts';
import { isSoftwareName } from './given-name-software.ts';
import { hasOrganisationWordRunOn } from './organisation-word-run-on.ts';
import { fenceLineOpening } from '../fence-opening.ts';
import nlp from './compromise-nlp.ts';
import { opensWithContraction } from './contraction-words.ts';
import { isPublicTermPhrase } from './public-term-phrases.ts';
import { usedAsProductName } from './product-field-names.ts';
import { isOrdinaryWord, isKnownFirstName, isEnglishWord, isKnownWord, isNegatedEnglishWord } from './people.ts';
import { isPublicNameAt, isPublicPlace, isPublicTerm, publicPhraseRanges } from './public-terms.ts';
import { allMatches, escapeRegExp } from '../regexp.ts';
import { findContextualPeople } from './contextual-people.ts';
import { findActorColumnPeople } from './actor-column.ts';
import { findLinkTitlePeople } from './link-title-people.ts';
import { findPastedConfigPeople, findPeopleInProseClauses, findTsvPeople } from './pasted-config-people.ts';
import { findOnCallListNames, findPastedRecordPeople } from './pasted-record-people.ts';
import { findCommentAuthorLines } from './comment-author-lines.ts';
import { findToolExportPeople, findToolExportPeopleOverLines } from './tool-export-people.ts';
import { findToolHeaderAuthors } from './tool-header-authors.ts';
import { findAttributedPeople, findPronounedNames, pronounWord } from './attribution-people.ts';
import { findKubeContextUsers, findOnCallPastePeople } from './on-call-paste-people.ts';
import { findInitialNames, isRoleAcronym } from './initial-names.ts';
import { findLinkPathPeople } from './link-path-people.ts';
import { findPersonalSiteHosts, personalSiteWhy, siteNamedInProse } from './personal-site-hosts.ts';
import { findEverydayWordNames } from './everyday-word-names.ts';
import { peopleOnlySpeechVerbs } from './speech-verbs.ts';
import { findWordGivenNamesActing } from './word-given-names-acting.ts';
import { findIrcAddressees, findNoteShorthandPeople } from './note-shorthand-people.ts';
import { findItalicBylines } from './italic-bylines.ts';
import { findMeetingNotesPeople } from './meeting-notes-people.ts';
import { findGitLogAuthors } from './git-log-authors.ts';
import { continuesSentenceOfLineBefore, findHandlesInMinutes, handleActingWhy } from './handles-in-minutes.ts';
import { findTimelineInitials } from './timeline-initials.ts';
import { isGivenNameOnly } from './given-names.ts';
import { followsBodyNounAndParticle, isBodyNounOpeningName } from './organisation-departments.ts';
import { findTrackerAndLogPeople } from './tracker-and-log-people.ts';
import { findWriterAndPromptPeople } from './writer-and-prompt-people.ts';
import { findRomanisedKoreanNames } from './romanised-korean-names.ts';
import { findUnlistedGivenNames, isUnlistedGivenNamePair, writtenAsCommonNoun } from './unlisted-given-names.ts';
import { findPeopleInOtherClauses, findSingleWordsInOtherTenses } from './person-clause-forms.ts';
import { findPeopleInAddressForms } from './person-address-forms.ts';
import { findPeopleInStatusForms } from './person-status-forms.ts';
import { findProcessListUsers } from './process-list-users.ts';
import { findActivityLogHandles } from './activity-log-handles.ts';
import { findCodeCommentPeople } from './code-comment-people.ts';
import { actionVerbs } from './person-action-verbs.ts';
import { findAttributePeople } from './attribute-people.ts';
import { findShorthandPeople } from './shorthand-people.ts';
import { findPossessiveWorkPeople } from './possessive-work-people.ts';
import { findOtherLanguagePeople, isDoneByParticiple } from './other-language-people.ts';
import { findRomanisedHonorificPeople } from './romanised-honorific-people.ts';
import { findOtherLanguagePersonCues, isAccordingToWord, isCitedThing } from './other-language-person-cues.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { findImageFilePeople } from './image-file-people.ts';
import { findWhoAmIAccounts } from './shell-session-people.ts';
import { findSelfHostedProfiles } from './self-hosted-profiles.ts';
import { exampleParty, isAnonymisedParty } from './example-parties.ts';
import { usedAsType } from './code-types.ts';
import { inCentredTitleBlock } from './plain-text-layout.ts';
import { isExamplePassword } from './code-and-standard-words.ts';
import { formGuess, isPlaceholderAccount, nameOfSystemOrDate, readAsSystem, writtenAsSystemName } from './system-names.ts';
import { isOtherLanguageWord, openingLabelLanguage, otherLanguageLines, otherLanguageOfText } from './other-languages.ts';
import { findSpeakersAndBylines } from './speakers-and-bylines.ts';
import { findMentionsAndPayloadPeople } from './mentions-and-payload-people.ts';
import { findHomeFolderAccounts, homeFolderUserWhy } from './home-folder-accounts.ts';
import { findLoginRecordAccounts } from './login-record-accounts.ts';
import { findPossessedSiteHosts } from './possessed-site-hosts.ts';
import { findMachinesNamedForUsers } from './machines-named-for-users.ts';
import { findRedactorDraftPeople } from './redactor-draft-people.ts';
import { findChatExportPeople } from './chat-export-people.ts';
import { findReplyHeaderPeople } from './reply-header-people.ts';
import { findGermanAttendees } from './german-attendee-lists.ts';
import { findImageNamespacePeople } from './image-namespace-people.ts';
import { findGivenNameInitials } from './given-name-initials.ts';
import { findRotaRolePeople } from './rota-role-people.ts';
import { isHandleInPersonSlot } from './person-slot-handles.ts';
import { findChatStampSpeakers } from './chat-stamp-speakers.ts';
import { findNameDerivedHandles } from './name-derived-handles.ts';
import { findPagingTimelineHandles } from './paging-timeline-handles.ts';
import { findLowerCaseCyrillicNames } from './lower-case-cyrillic-names.ts';
import { findMailHeaderPeople } from './mail-header-people.ts';
import { findDeclinedLatinNames } from './declined-latin-names.ts';
import { findAlertAnnotationPeople } from './alert-annotation-people.ts';
import { findTrackerBranchPeople } from './tracker-branch-people.ts';
import { userFoldersSource } from './home-folder-shapes.ts';
import { isSalutationWithoutName } from './salutations.ts';
import { isNumberPlaceholder } from './number-placeholders.ts';
import { isBrandNotGivenName, isBrandPhrase, isWellKnownBrand } from './public-product-signs.ts';
import { publicProjectNames } from './public-project-signs.ts';
import { isPlaceBeforeCountry } from './address-places.ts';
import { isSubdivisionPlace } from './subdivision-places.ts';
import { isSaintPlace } from './saint-places.ts';
import { quotedNickname } from './quoted-nicknames.ts';
import { isTitleAfterAcronym, inRunOfTitleWords } from './title-word-runs.ts';
import { isHeadlineAfterLabel } from './headline-labels.ts';
import { isCompanyName, isOrganisationGuess } from './organisation-names.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { LineMemo, LinePairMemo } from './line-memo.ts';
import { isVersionedProductName, versionNumber } from './versioned-products.ts';
import { inChangelogList } from './changelog-lists.ts';
import { isWordAfterUserNoAccount } from './user-word-compounds.ts';
import { isImperativeOfNameVerb } from './imperative-name-verbs.ts';
import { isInSeriesOfServices, isPairedWithProduct } from './service-series.ts';
import { isSubjectOfPassiveOfThings } from './passive-of-things.ts';
import { isOrganisationDepartment } from './organisation-departments.ts';
import { isBrandTermPhrase } from './brand-term-phrases.ts';
import { isCompassPlace } from './compass-places.ts';
import { isListOfShortItems } from './people-cell-lists.ts';
import { isProductEdition } from './product-editions.ts';
import { opensListOfThings } from './lists-of-things.ts';
import { placeHolds } from './first-finding-keeps.ts';
import { isSentenceWordAfterSignOff, isSignOffLabel, signOffNamesStart } from './sign-off-labels.ts';
import { isGermanThingNoun } from './other-language-person-cues.ts';
import { glossaryLines } from './glossary-sections.ts';
import { forEachPastedListLine } from './pasted-yaml-lists.ts';
import { commonTimeZones } from '../date-and-time-words.ts';
import { isCyrillicWordOfNoName } from './cyrillic-prose-words.ts';
import { alternationOf, nameParticles } from './name-particles.ts';
import { isConfigKeyOfWords } from './config-key-words.ts';
import { isConfigurationLabel } from './config-speaker-shapes.ts';
import { isSystemVoiceLabel } from './system-voice-labels.ts';
import { isSentenceCasePhrase, opensLowerCasePhrase } from './sentence-case-phrases.ts';
import { findToolActivityPeople } from './tool-activity-people.ts';
import { findSqlOutputPeople } from './sql-output-people.ts';

/**
 * People named in ways no list knows: the phrasings real reports use ("thanks, Sarika", "Tom from
 * the storage team", "cc: ...", attendee lists and initials, an owner column of a table), and
 * names compromise's part-of-speech tagger recognises in prose.
 */

export interface PatternMatch {
  text: string;
  index: number;
  /**
   * `error` for every match: public posts fail closed. A guess (the tagger's single words, an
   * unknown word acting as a person) is reported as `redact/possible-person`, so the author
   * knows it is one; it still stops the public build until it is fixed or allowed.
   */
  severity: 'error' | 'warning';
  /** A guess rather than a phrasing that leaves no doubt. */
  guess?: boolean;
  /** Two unknown capitalised words taken for a full name ({@link findUnknownFullNames}). */
  unknownFullName?: boolean;
  /**
   * A first name found as a word on its own ({@link findFirstNamesAndOwners}): a thing named after
   * a person (a laptop "Edith") names the person, so only an article before it or a noun after it
   * ("the Chelsea store") says it is no one.
   */
  firstName?: boolean;
  /** Found here only: not looked for elsewhere in the post (a service's account has its shape). */
  local?: boolean;
  why: string;
}

/**
 * A capitalised name of one or two words, each of which may be double-barrelled
 * ("Mbali Dlamini-Nkosi", "Jean-Pierre"): a name cut at its hyphen is half replaced by its fix.
 */
const namePart = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
/**
 * A surname's particle written joined or before it: elided ("d'Aubigny", "O'Donnell"), Irish
 * ("Ó Ceallaigh", "Ní Bhriain", "Mac Giolla"); since the eighteenth probe round, whose probe
 * "Thanks to Jean-Baptiste d'Aubigny" found nothing and "Dónal Ó Ceallaigh" only the surname.
 */
const joinedParticle = String.raw`(?:(?:[dDlL]|[Dd]ell|[OÓ])['’]|(?:Ó|Ní|Nic|Mac|Uí|Ua)\s)`;
/** Since probe round 41: an Irish surname's mutated initial after its particle ("Ó hEára", "Ní tSúilleabháin", "Mac nGiolla"). */
const irishMutatedSurname = String.raw`(?:Ó|Ní|Nic|Mac|Uí|Ua)\s[hnt]-?\p{Lu}[\p{Ll}'’]+`;
const capitalisedName = String.raw`${namePart}(?:\s(?:${irishMutatedSurname}|${joinedParticle}?${namePart}))?`;
/**
 * Emphasis or strike-through around a name, which the page does not show as letters: "fixed by
 * **Tovenild**" reads "fixed by Tovenild". The name's finding is inside the markers, so its fix
 * keeps them balanced.
 */
const emphasis = String.raw`(?:\*\*|__|~~|\*|_)?`;
/** A handle written with two capitals ("CQuest", "JBrown"): a name only where only a person stands. */
const camelHandle = String.raw`\p{Lu}\p{Lu}\p{Ll}{2,}`;
// Since the twelfth probe round also praise ("Great work, Dagfinn!", "Well done Ilsabet and team");
// since probe round 31 a handle or a role in brackets after the name ("thanks to Áilu (@ailu-k)", "(our DBA)").
// Since probe round 37 gratitude said another way ("We are grateful to Oriana", "indebted to", "hats off to").
const thanks = new RegExp(String.raw`\b(?:[Tt]hanks|[Tt]hank you|[Kk]udos|[Ss]hout-?outs?|[Pp]rops|[Gg]ratitude|[Gg]rateful|[Ii]ndebted|[Hh]ats\s+off|[Aa]ppreciation|(?:[Gg]reat|[Nn]ice|[Gg]ood|[Aa]wesome|[Ee]xcellent)\s+(?:work|job|catch|call|find|debugging)|[Ww]ell done)(?:,|\s+to|\s+goes\s+to|\s+go\s+to|\s+again,?)?\s+${emphasis}(${capitalisedName})(?=${emphasis}\s*(?:[,.!;:)]|$|\s+(?:and|for|&)\b|\s+\((?:@|\p{Ll}|\p{Lu}{2,3}\))))`, 'gu');
const fromTeam = new RegExp(String.raw`(?<![\p{L}])(${capitalisedName})\s+(?:from|on|of|in)\s+(?:the\s+|our\s+)?[\p{L}&/ -]{2,40}?\s+team\b`, 'gu');
/**
 * More places only a person stands in (second probe round): credit given to someone ("h/t
 * Brannoc", "Credit: Brannoc", "courtesy of Brannoc"), a name beside a role ("Brannoc (SRE)",
 * "Brannoc, our DBA,", "our on-call, Brannoc,"), the writer's company ("Brannoc and I", "me and
 * Brannoc") and what only a person has ("Brannoc's suggestion").
 */
// Since the twelfth probe round also the roles of an incident's response ("Dagfinn — comms", "Ilsabet — scribe").
const roleNoun = String.raw`(?:DBA|SRE|IC|EM|PM|CTO|on-?call|scribe|comms|note-?taker|liaison|facilitator|(?:[\p{Ll}-]+\s+)?(?:engineer|lead|manager|admin|administrator|operator|developer|architect|commander|responder))`;
const oneName = String.raw`(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)`;
const personCue = new RegExp([
  String.raw`(?:^|[\s(])(?:[Hh]\/[Tt]:?|[Hh]at[- ]tip(?:\s+to)?|[Cc]redits?(?:\s+to|:)|[Cc]ourtesy\s+of)\s+${oneName}`,
  String.raw`${oneName}\s+\(${roleNoun}\)`,
  String.raw`${oneName},\s+(?:our|the|my|their)\s+${roleNoun}\s*[,)]`,
  String.raw`\b(?:[Oo]ur|[Tt]he|[Mm]y)\s+${roleNoun},\s+${oneName},`,
  String.raw`${oneName}\s+and\s+I\b`,
  String.raw`\b(?:[Mm]e|[Mm]yself)\s+and\s+${oneName}`,
  String.raw`${oneName}[’']s\s+(?:suggestion|idea|advice|recommendation|proposal|hunch|intuition)\b`,
].join('|'), 'gu');

/**
 * Verbs only people do: a capitalised word that is not English doing one of these is a person
 * ("Georgiana notes", "Angus believes"). Systems restart, deploy and fail; they do not believe.
 */
const humanVerbs = String.raw`(?:${peopleOnlySpeechVerbs.join('|')}|is talking to|was talking to|talked to|spoke to|noticed|notices|believes|believed|discusses|discussed|realises|realised|realizes|realized|joins|joined|pings|pinged|acknowledges|acknowledged|decides|decided|proposes|proposed|recalls|recalled|wonders|wondered|volunteers|volunteered|investigates|investigated|assesses|assessed|monitors|opens a|opened a|shares|shared|reports back|reached out|jumped on|hopped on|took over|takes over|was paged|got paged|is on call|was on call|(?:was|is|were|went) (?:out sick|off sick|OOO|on (?:vacation|holiday|holidays|leave|PTO|parental leave|sick leave))|(?:was|is) (?:the )?(?:IC|incident commander|incident lead|comms lead|scribe|primary on-?call|secondary on-?call))`;
// Since probe round 44 an adverb of manner may stand between ("Scaleios correctly noted", as a
// community's post-mortem writes its admins).
const personActing = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.-])(\p{Lu}\p{Ll}+)(?:\s+and\s+(\p{Lu}\p{Ll}+))?\s+(?:(?:correctly|rightly|quickly|promptly|also|then|later|immediately|helpfully|kindly|astutely)\s+)?${humanVerbs}\b`, 'gu');
/** The reason of a single word acting in the present, the perfect or after a modal (person-clause-forms.ts), cleared as a thing's more readily. */
const otherTenseActing = 'acting as a person in the present, the perfect or after a modal';
/**
 * Two may act together ("Yelmar and Dev restarted it", since the seventh probe round), each
 * perhaps with a role in brackets ("Yelmar and Dev (SRE) rolled it back"): each is judged on its own, and one found makes the other a member of a series of people
 * ({@link findSeriesSiblings}).
 */
const unknownWordActing = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}{2,})(?:\s+\([^()\n]{1,24}\))?(?:\s+(?:and|&)\s+(\p{Lu}\p{Ll}{2,})(?:\s+\([^()\n]{1,24}\))?)?\s+(?:(?:also|then|quickly|immediately|eventually|finally|later|manually|again)\s+)?${actionVerbs}\b`, 'gu');
/**
 * Someone of a team acting ("Hallvard from Platform restarted it", "Tove of SRE rolled it back";
 * since the ninth probe round): the team is an English word or an acronym, optionally with
 * "team" after it. What a thing does is not written so ("Data from Zuvora", a system's verbs).
 */
const teamMemberActing = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}{2,})\s+(?:from|of)\s+(?:the\s+|our\s+)?(\p{Lu}\p{Ll}+|\p{Lu}{2,5})(?:\s+team)?\s+(?:(?:also|then|quickly|immediately|eventually|finally|later|manually|again)\s+)?${actionVerbs}\b`, 'gu');
const atWork = String.raw`(?:restarting|rebooting|deploying|rolling back|reverting|debugging|investigating|reviewing|explaining|presenting|pointing at|fixing|draining|paging|typing|running|merging|patching|walking through|checking|editing)`;
/** Someone at work in the present participle, as captions and alt texts write it ("Vexmor restarting the pool"). */
const participleActing = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}{2,})\s+${atWork}\b`, 'gu');
/** A handle opening an alt text at work the same way ("pelmondo restarting the broker"; since probe round 47). */
const handleAtWork = new RegExp(String.raw`^\s*(\p{Ll}[\p{Ll}\p{N}._]{2,30})\s+${atWork}\b`, 'u');
/** A figure's caption opening with a capitalised word where or how someone stands ("Kasimir at the rack"). */
const captionOpensWithName = /<figcaption[^>]*>\s*(\p{Lu}\p{Ll}{2,})(?=\s+(?:at|beside|next to|in front of|with|and (?:the|his|her|their) team|during (?:the|a|our) (?:call|bridge|incident review|retro))\s|\s+\p{Ll}{3,}ing\s)/gu;
/**
 * A sentence of a caption that opens with a capitalised word where or how someone stands
 * ("The rack after the repair. Kasimir at the rack."), anywhere in a `<figcaption>`, over several
 * lines too, or in a picture's title (`title="Kasimir at the rack"`, `![…](rack.png "taken by
 * …")`); since the fourteenth probe round. Indices are the sentence's in the caption's text.
 */
const captionSentenceName = /(?:^\s*|[.!?;:]\s+)(\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)?)(?=\s+(?:at|beside|next to|in front of|with|and (?:the|his|her|their) team)\s|\s+\p{Ll}{3,}ing\s)/gu;
/** Two words of a picture's text that read as a full name: both unknown to every list, or a given name no list knows and a word surname. */
function fullNameOfPicture(name: string): boolean {
  const [first, last] = name.split(/[ \t]/);
  return !isPublicTerm(name) && (isUnlistedGivenNamePair(first, last) || last.split('-').every(namePartLike) && namePartLike(first));
}
/** The text of a picture's title: an HTML `title=` on an image, or the title of a Markdown image. */
const pictureTitle = /<img\b[^>]*?\btitle=(["'])([^"'\n]*)\1|!\[[^\]\n]*\]\([^)\s]+\s+(["'])([^"'\n]*)\3\)/g;
/** The names opening the sentences of a caption's text ({@link captionSentenceName}), with their indices in it. */
function captionSentenceNames(caption: string): { name: string; index: number }[] {
  // A full name only when its words read as one (since the twenty-second probe round): "Grafana
  // Cloud showing the spike" is a product's picture.
  return [...caption.matchAll(captionSentenceName)].filter((m) => !/\s/.test(m[1]) || fullNameOfPicture(m[1])).map((m) => ({ name: m[1], index: m.index! + m[0].lastIndexOf(m[1]) }));
}

/**
 * Someone people talk to, hand work to, quote or own things: "spoke with Emeka", "pinged Ravi",
 * "handed over to Lukas", "according to Oyelaran", "per Radek", "Priya's laptop". Since the
 * twelfth probe round also what someone drew or wrote for the response, in a possessive
 * ("Ilsabet’s sketch", "Dagfinn's runbook", in alt and link text too; since the fourteenth
 * "Dagfinn's view" and notebook, as a dashboard link's title writes it; since probe round 47 the
 * timeline, recap, findings or investigation someone wrote, "[Orsolya's timeline](…)"); a company's
 * is a public name's.
 */
const personObject = new RegExp(String.raw`\b(?:(?:[Ss]poke|[Ss]peaking|[Tt]alked|[Tt]alking|[Cc]hatted|[Mm]et|[Ss]ynced|[Pp]aired|[Ww]orked|[Tt]roubleshooting|[Dd]ebugging|(?:[Cc]all|[Mm]eeting|[Ss]ync|[Cc]hat|1:1|[Oo]ne-on-one|[Ii]nterview)s?)\s+with|(?:[Ww]ith\s+(?:the\s+)?help\s+of|(?:[Hh]elp|[Nn]otes|[Mm]essages?|DMs?|[Ee]-?mails?|[Rr]eply|[Ff]eedback|[Aa]dvice|[Hh]and-?off|[Hh]andover)\s+from)|(?:[Aa]sked|[Tt]old|[Pp]inged|[Pp]aged|[Pp]aging|[Ww]aking|[Hh]ey|[Hh]iya|[Cc]alled|[Pp]honed|[Mm]essaged|[Ee]mailed|[Ee]-mailed|[Cc]ontacted|(?:[Hh]ow\s+to|[Nn]eed\s+to|[Tt]ry\s+to|[Pp]lease)\s+(?:contact|ping|e-?mail|message)|[Ee]-?mail\s+to|[Ww]rote\s+to|[Ww]rite\s+to|[Nn]otified|[Tt]hanked|[Ii]nformed|[Ll]ooped in|[Pp]ulled in|[Ww]oke up|[Ww]oke|DMed|DM'd|[Aa]ccording to|[Pp]er|on behalf of)|(?:[Rr]eached out|[Hh]anded over|[Hh]anded it over|[Hh]anded off|[Ee]scalated|[Aa]ssigned|[Rr]eassigned|[Ff]orwarded|[Dd]elegated|[Dd]eferred|[Ss]poke|[Tt]alked|[Ww]rote|[Ss]ent it|[Pp]assed it|[Ee]xplained it|[Hh]andover|[Hh]and-?off|[Hh]anding over|[Hh]anding off)\s+to)\s+${emphasis}(${capitalisedName})(?![\p{L}])|(?<![\p{L}\p{N}@#/_.-])(${capitalisedName})(?:\s\(\p{Lu}{2,3}\))?(?:[’']s|(?<=s)[’'])\s+(?:own\s+)?(?:laptop|machine|computer|workstation|desktop|phone|credentials|password|access|account|pull request|PR|commit|branch|fork|repo|repository|script|manager|shift|pager|calendar|inbox|home (?:directory|folder|dir)|SSH key|keys?|notes|team|write-?up|dotfiles|terminal|screen|shell|session|sandbox|browser|token|mailbox|sketch(?:es)?|drawings?|whiteboard|runbooks?|slides|drafts?|checklist|spreadsheet|cheat ?sheet|view|notebook|graphs?|charts?|plots?|queries|timeline|recap|findings|investigation)\b`, 'gu');

/**
 * Someone worked with together with the rest of a team: "discuss the halt with Tushar and the
 * wider team", "with Tushar and the rest of the team" (since the sixth round of names on a built
 * site). A product is "used with Redis and the team's dashboards", which is no team of people.
 */
/** A name after another in a list: a comma, "and" or "&", the name perhaps in emphasis (since probe round 44). */
const capitalisedSibling = new RegExp(String.raw`^(?:[*_~]{0,2})(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)${emphasis}@?(${capitalisedName}|\p{Ll}[\p{Ll}\p{N}._]{1,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])(?:[*_~]{0,2})`, 'u');

const nameAndTheTeam = new RegExp(String.raw`\bwith\s+${emphasis}(${capitalisedName})(?:[*_]{1,2})?\s+(?:and|&)\s+(?:the|our|their|his|her)\s+(?:(?:wider|whole|entire|core|dev|devops|ops|infra|sre|rest\s+of\s+the)\s+)?(?:team|crew|squad|folks|others|group)\b(?![’']s)`, 'gu');

/**
 * A handle in lower case where only a person stands: spoken to, paged or handed work ("pinged
 * hbrekke", "assigned to tove.m"), thanked, or who approved, reviewed or reported ("reviewed by
 * jdoe42"). Tools restart, deploy and run things too, so only verbs of people count; merging,
 * reverting, pushing and fixing count since the fifth probe round, with the merge bots left out
 * ({@link mergeBot}), and so does "by" after an issue, pull request or commit ("Fixed in
 * acme/pool#1234 by hbrekke", "3f2a9c1 by hbrekke"), whose author is a person. Since probe round
 * 39 also "opened by" and "closed by" (an issue's author), and an approval from one ("LGTM from
 * hadrics", "+1 from corvela"). Since probe round 41, as an infrastructure team's minutes write
 * them: who a task waits for ("Waiting for haldmark to research …"), pairs with, is sent something,
 * reviews or chairs ("Waiting for review by quessel", "Chaired by quessel").
 */
const handleAsPerson = /\b(?:[Pp]inged|[Pp]aged|[Pp]aging|[Ww]aiting (?:for|on)(?=\s+\S+\s+to\s)|(?:[Pp]air|[Pp]airing)\s+with|[Ss]ent (?:it |them |this |that )?to|[Rr]eview by|[Hh]ey|(?:[Ss]creenshots?|[Pp]hotos?)\s+from|[Aa]sked|[Tt]old|[Mm]essaged|DMed|DM'd|[Tt]hanked|[Nn]otified|[Cc]ontacted|[Ll]ooped in|[Pp]ulled in|(?:[Hh]anded (?:it )?(?:over|off)|[Ee]scalated|[Aa]ssigned|[Rr]eassigned|[Dd]elegated|[Rr]eached out|[Tt]alked|[Ss]poke)\s+to|(?:[Ss]poke|[Tt]alked|[Ss]ynced|[Pp]aired|[Tt]roubleshooting|[Dd]ebugging)\s+with|[Ww]ith\s+(?:the\s+)?help\s+(?:of|from)|(?:[Aa]pproved|[Rr]eviewed|[Rr]eported|[Aa]uthored|[Ww]ritten|[Aa]cknowledged|[Aa]cked|[Tt]riaged|[Cc]onfirmed|[Nn]oticed|[Ss]igned off|[Aa]nnotated|[Dd]rawn|[Ss]ketched|[Pp]osted|[Ss]hared|[Ee]dited|[Rr]aised|[Ff]iled|[Rr]equested|[Ee]scalated|[Mm]erged|[Rr]everted|[Rr]olled back|[Cc]ommitted|[Pp]ushed|[Ff]ixed|[Uu]pdated|[Hh]osted|[Cc]reated|[Ss]cheduled|[Oo]pened|[Cc]losed|[Cc]haired)\s+by|(?:LGTM|\+1|[Ss]ign-?off|[Aa]pproval|[Gg]o-ahead|[Tt]humbs[- ]up)\s+from|(?:(?<=[#!])\d+|[0-9a-f]{7,40}|PR\s*#?\d+|[Pp]ull request\s*#?\d+)\s+by|[Oo]n behalf of|(?:[Tt]hanks|[Tt]hx|[Kk]udos|[Pp]rops|[Ss]hout-?outs?)(?:,|\s+to)?|cc'?d)\s+(?:\*\*|__|\*|_|\x60)?@?(\p{Ll}[\p{Ll}\p{N}._]{1,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@\/-]|\.[\p{L}\p{N}])/gu;

/**
 * A handle after "run by", "deployed by", "owned by", "maintained by" (since the seventh probe
 * round; "triggered by", "initiated by", "kicked off by" since the fourteenth, as log lines write a
 * manual run's author): people and tools both run and deploy things ("run by cron", "deployed by argocd"), so a
 * guess, dropped when the post uses the word as a thing or a command ({@link usedAsCommand}):
 * "handled by sanoid" beside `sanoid --cron`.
 */
const handleRunBy = /\b(?:[Rr]un|[Rr]uns|[Dd]eployed|[Oo]wned|[Mm]aintained|[Ss]tarted|[Oo]perated|[Tt]riggered|[Ii]nitiated|[Kk]icked off)\s+by:?\s+(?:\*\*|__|\*|_|\x60)?(\p{Ll}[\p{Ll}\p{N}._]{1,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@\/-]|\.[\p{L}\p{N}])/gu;

/** "restarted by Travis", "Approved by Mette": an action only people take, and who took it. */
const doneByName = new RegExp(String.raw`\b(?:[Dd]one|[Pp]erformed|[Cc]arried out|[Rr]estarted|[Dd]eployed|[Aa]pproved|[Rr]eviewed|[Rr]olled back|[Rr]everted|[Mm]erged|[Ww]ritten|[Aa]uthored|[Rr]eported|[Ff]ound|[Ff]ixed|[Nn]oticed|[Ee]scalated|[Pp]aged|[Hh]andled|[Ll]ed|[Rr]un|[Oo]wned|[Ii]nvestigated|[Rr]esolved|[Dd]eclared|[Aa]cknowledged|[Cc]onfirmed|[Dd]rafted|[Ee]dited|[Rr]equested|[Rr]aised|[Ff]iled|[Oo]pened|[Cc]losed|[Aa]ssigned|[Tt]riggered manually|[Ss]tarted manually|[Dd]rawn|[Ss]ketched|[Pp]repared|[Cc]aptured|[Cc]ompiled|[Cc]ollected|[Gg]athered|[Dd]ocumented|[Rr]ecorded|[Ss]potted|[Tt]riaged|[Dd]iagnosed|[Dd]ebugged|[Cc]oordinated|[Ss]upervised|[Ss]ubmitted|[Pp]ushed|[Ss]hared|[Pp]osted|[Ss]ent|[Tt]aken|[Aa]nalysed|[Aa]nalyzed|[Ss]igned off|[Pp]aired on|[Pp]atched|[Rr]ebooted|[Rr]estored|[Rr]otated|[Aa]pplied|[Ee]xecuted|[Tt]old|[Tt]aught|[Hh]elped|[Uu]pdated|[Aa]nnotated|[Hh]osted|[Ss]cheduled|[Ff]acilitated|[Cc]haired|[Mm]oderated|[Dd]esigned)\s+by\s+${emphasis}(${capitalisedName}|${camelHandle})(?![\p{L}])`, 'gu');
/** A role and the name of who held it: "The DBA (Radek)", "the incident commander (Tavita)". */
/**
 * What a person makes, with "by" and the maker ("screenshot by Tove", "write-up by Tove", "patch by
 * Tove"): a caption or credit line names who made it.
 */
/**
 * An approval and whom it came from ("an LGTM from Brannoch", "a +1 from Corvel", "sign-off from
 * Ysolde"; since probe round 39, as review threads and chat write it): only a person approves so.
 */
const approvalFromName = new RegExp(String.raw`(?:\bLGTM|\+1|\b[Ss]ign-?off|\b[Gg]o-ahead|\b[Tt]humbs[- ]up)\s+from\s+${emphasis}(${capitalisedName})(?![\p{L}])`, 'gu');
const workByName = new RegExp(String.raw`\b(?:[Ss]creenshots?|[Pp]hotos?|[Pp]ictures?|[Gg]raphs?|[Cc]harts?|[Dd]iagrams?|[Ss]ketch|[Ww]rite-?ups?|[Ss]lides|[Rr]ecording|[Nn]otes|[Pp]atch|PR|[Pp]ull request|[Cc]ommit|[Rr]unbook|[Ss]cript|[Qq]uery|[Ff]ix|[Cc]omments?|[Uu]pdates?|[Ss]ummary)\s+by\s+${emphasis}(${capitalisedName})(?![\p{L}])`, 'gu');
/**
 * A change "from" its author ("See the PR from Raphaël", "the patch from Tavish"; since probe round
 * 40, an infrastructure team's reports): a change comes from a person as it is made by one. Only
 * the nouns of a change: an update or a fix "from Cloudflare" is a vendor's, and a known word or
 * public term after "from" is not read (addPersonInContext).
 */
const changeFromName = new RegExp(String.raw`\b(?:[Pp]atch(?:es)?|PRs?|MRs?|[Pp]ull requests?|[Mm]erge requests?|[Cc]ommits?)\s+from\s+${emphasis}(${capitalisedName})(?![\p{L}])`, 'gu');
/**
 * A byline: a line that is only "By <name>", possibly with a role, team or date after a comma,
 * dash or bracket ("_By Tove, SRE_", "By Tove Lindqvist — 3 March"). "By Monday, all pools were
 * drained" is a sentence: a period ends the byline's rest too early.
 */
const bylineText = new RegExp(String.raw`^\s*(?:[*_]{1,2})?(?:[Bb]y|[Ww]ritten by|[Pp]osted by)\s+(?:[*_]{1,2})?(${capitalisedName})(?:[*_]{1,2})?(?:\s*(?:[,(|]|\s[-—–])[^.!?]{0,40})?\s*(?:[*_]{1,2})?\s*$`, 'u');
/**
 * A timeline entry: a time stamp (`10:02`, `**10:02 UTC**`, a table's first cell) and then a
 * capitalised word doing, in the present tense, what people do in an incident.
 */
const timelineActor = new RegExp(String.raw`^\s*(?:[-*+]\s+|\|\s*)?(?:\*\*|__)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?(?:\*\*|__)?\s*(?:(?:[-—–:|]|->|→)\s*)?(\p{Lu}\p{Ll}{2,})\s+((?:also\s+|then\s+|manually\s+)?(?:acknowledges|acks|escalates|pages|joins|notices|confirms|declares|asks|posts|replies|says|investigates|decides|approves|reviews|restarts|reverts|rolls back|drains|deploys|merges|hands over|takes over|starts investigating|begins investigating|opens an?|updates the status|takes (?:a |the |various |several |some |more )?(?:backups?|snapshots?|notes|a look|ownership)|works with|works on|writes|tries|shares|suggests|proposes|contacts|coordinates|reaches out|walks through|starts creating|starts testing|starts working))\b`, 'u');
const roleThenName = new RegExp(String.raw`\b(?:DBA|SRE|IC|EM|PM|CTO|CEO|VP|engineer|on-?call|lead|manager|developer|admin|administrator|commander|responder|reviewer|owner|author|analyst|architect|scribe|operator|technician|contractor|consultant|intern|approver|coordinator)\s*\((${capitalisedName})\)`, 'gu');
/** A message signed with a name on its own line: "-- Tavita", "— Mbali Dlamini-Nkosi". */
/** Who said a quotation: `"…," said Tove`, `"…", Tove wrote`. */
const quoteAttribution = new RegExp(String.raw`["”],?\s+(?:(?:said|says|wrote|writes|asked|added|noted|explained|recalled|admitted)\s+${emphasis}(${capitalisedName})(?![\p{L}])|(${capitalisedName})\s+(?:said|says|wrote|writes|asked|added|noted|explained|recalled|admitted)\b)`, 'gu');
// Since the fourteenth probe round with where it was said after a comma ("> — Ilsabet, in #inc-ledger").
const signature = new RegExp(String.raw`^\s*(?:>\s*)*(?:--|—|–|~)\s*(${capitalisedName})\s*(?:,\s*(?:in|on|via|from)\s+\S.*)?$`, 'u');
/**
 * Who is to act, as action items write it at the start of a list item, task, table cell or line
 * ("Hallvard to rotate the keys", "- [ ] hbrekke to add an alert", "| Tove and Yelmar to review |",
 * "Action: hbrekke to follow up"); since the eighth probe round. Only before a verb of work.
 * Since probe round 48 also opening a bracket, as a report leaves a note to fill in later ("[Tamsin
 * to fill in the right technical details]", "(Tamsin to fill in the required details)").
 */
const ownerToAct = /((?:^|\||(?<![\p{L}\p{N}\]])[([])\s*(?:(?:[-*+]|\d+[.)])\s+)?(?:\[[ xX]\]\s+)?(?:(?:AI|Action(?: item)?|Next step|Follow-?up)s?\s*:\s*)?)(?:\*\*|__)?(\p{Lu}\p{Ll}{2,}|\p{Lu}{2,3}|\p{Ll}[\p{Ll}\p{N}._]{2,30})(?:\*\*|__)?(?:\s+(?:and|&)\s+(?:\*\*|__)?(\p{Lu}\p{Ll}{2,}|\p{Lu}{2,3}|\p{Ll}[\p{Ll}\p{N}._]{2,30})(?:\*\*|__)?)?\s+to\s+(?:add|audit|automate|build|chase|check|clarify|clean|communicate|configure|confirm|contact|coordinate|create|debug|decide|define|deploy|discuss|document|draft|email|e-mail|ensure|escalate|evaluate|file|fill|find|fix|follow|implement|improve|investigate|look|merge|migrate|monitor|move|open|organi[sz]e|own|page|patch|ping|prepare|present|propose|raise|reach|remove|replace|research|restore|review|revert|roll|rotate|run|schedule|send|set|share|sync|talk|test|track|triage|tune|update|upgrade|validate|verify|work|write)\b/gu;
/**
 * A first name and a surname's initial ("Hallvard B. restarted the pool", "with Tove L."), as a name
 * is shortened for privacy; since probe round 48 also closing a table's cell (`| Comms | Dorvik E. |`).
 */
const firstNameAndInitial = /(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}{2,})\s(\p{Lu})\.(?=\s+\p{Ll}|\s*[,;:)|]|\s*$)/gu;
/**
 * A first name and an initial without its dot before a role in apposition ("Kasimir V, on-call
 * engineer, acknowledged", "Ilsabet K, incident commander,"; since the fourteenth probe round).
 * A capital alone is a plan's, a section's or a vitamin's letter too ("Plan B, the SRE lead,"),
 * so the word before it must be no English word.
 */
const firstNameAndBareInitialBeforeRole = /(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}{2,})\s(\p{Lu}),\s+(?:(?:our|the|an?|their)\s+)?(?:[\p{L}-]+\s+){0,2}(?:engineer|lead|manager|commander|SRE|DBA|admin(?:istrator)?|developer|responder|scribe|coordinator|on-?call|architect|analyst|IC|CTO|VP|director|head of [\p{L}]+)s?(?=\s*[,;:)]|\s+\p{Ll})/gu;
/**
 * Initials that own an action item's state ("… a baseline in the future. GK - DONE", "GK – TODO"),
 * as a team's report marks who did each; since the eighth probe round.
 */
const initialsWithState = /(?<![\p{L}\p{N}])(\p{Lu}{2,3})\s+[-–—:]\s+(?:DONE|TODO|WIP|Done|To ?do|In progress)(?![\p{L}])/gu;
/** A handle in brackets closing a list item or task, as action items name their owner ("- [ ] Restart the pool (hbrekke)", "- Rotate keys [tovem]"). */
const ownerInBrackets = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?\S.*[([](\p{Ll}[\p{Ll}\p{N}._]{2,30})[)\]]\s*\.?\s*$/u;
/** Acronyms of things that an action item or a state can follow as initials do ("DB to restart", "SSL - DONE"). */
const thingAcronyms = new Set('DB OS IO CI CD IP VM DC AZ ID OK NO SQL SSL TLS SSH ELB ALB NLB CPU RAM DNS CDN SDK JS CSS URL ETL CMS CRM SLA SLO KPI RCA PIR NFS ZFS LB RDS SNS SQS IAM KMS ACL WAF VPC VPN NAT BGP TCP UDP HTTP OAS ASG EBS EKS GKE AKS K8S PR MR'.split(' '));
/** Initials of who approved or reviewed: "Approved by J.K.", "reviewed by JK" (role acronyms excepted). */
const initialsBy = /\b(?:[Aa]pproved|[Rr]eviewed|[Ss]igned(?:[- ]off)?|[Ww]ritten|[Aa]uthored|[Pp]repared|[Aa]cked|[Cc]hecked)\s+by\s+((?:\p{Lu}\.\s?){1,2}\p{Lu}\.|\p{Lu}{2}(?![\p{L}\p{N}]))/gu;
/**
 * A lower-case possessive of a word that is no English word before what only people own
 * ("wiremu's laptop"): user names and names written in lower case.
 */
// Since probe round 42 also what a person says or proposes ("Per brisko's comment"): a program has no comment, suggestion or proposal.
const lowerPossessive = /(?<![\p{L}\p{N}@#/_.-])(\p{Ll}{3,})[’']s\s+(?:own\s+)?(?:laptop|machine|computer|workstation|desktop|desk|phone|credentials|password|calendar|inbox|home (?:directory|folder|dir)|SSH key|pager|shift|branch|fork|terminal|sandbox|dotfiles|account|notes|comments?|suggestions?|proposals?|advice|hunch|idea)\b/gu;
const ccLine = /^\s*(?:[-*>]\s*)?\/?(?:cc|bcc)\s*:?\s+(.+)$/i;
/** Words that say the line lists people: attendee lines, owners, reviewers, responders. */
// Since probe round 41 also the other words minutes open with ("Attending:", "Regrets:", "Apologies:", "Absent:", "Chair:", "Note taker:").
// Since probe round 42 also a meeting's roll call and sign-in ("Roll call:", "Sign in below so we know who was here:") and an incident's messenger.
const peopleContext = /\b(?:attendees?|attendance|attending|roll[- ]?call|who was here|messengers?|participants?|present|regrets|apologies|absent|chair|note[- ]?takers?|minute[- ]?takers?|owners?|who|OOO|out of office|on (?:leave|PTO|vacation)|hand-?offs?|handovers?|assignees?|assigned to|responders?|reviewers?|on[- ]?call|incident commander|IC|scribe|facilitator|people|(?<=\b(?:calls?|meetings?|syncs?|chats?|sessions?|paired|pairing|worked|working|met|spoke|speaking|talked|talking|discussed|discussions?|interviews?|1:1s?|stand-?ups?|handovers?|hand-?offs?|catch-?ups?|retros?|retrospectives?)\s)with|DRI|(?:comms|communications|incident|tech|technical|ops|operations) lead|incident manager|point of contact|POC|escalation(?: policy| path| chain)?)\s*[:(-]/i;
const initialsList = /(?<![\p{L}\p{N}])\p{Lu}{2,3}(?:\s*(?:,|&|\/|and)\s*\p{Lu}{2,3}(?![\p{L}\p{N}]))+/gu;
const listedName = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${capitalisedName}|\p{Lu}{2,3})(?![\p{L}\p{N}])`, 'gu');

/** Words of a team's or a role's name in a column of people: `platform`, `sre-oncall`, `engineer`. */
const teamWordInCell = /(?:^|[-_.])(?:team|teams|squad|guild|group|crew|sre|sres|ops|devops|oncall|on-call|eng|engineer|engineers|engineering|platform|infra|infrastructure|admins?|maintainers|owners|reviewers|responders|staff|support|security|network|data|lead|manager|vendor|customer|everyone)(?:$|[-_.])/i;
/** A cell naming a team in French, Spanish, Portuguese, Italian, Dutch or German. */
const otherLanguageTeamCell = /(?<![\p{L}])(?:[EeÉé]quip[oe]s?|[Ss]quadra|[Pp]loeg|[Aa]bteilung|[Bb]ereich)(?![\p{L}])/u;
/**
 * Table headers of columns that hold people; since probe round 37 also in French, Spanish,
 * Portuguese, German, Italian, Dutch, Japanese, Chinese and Korean ("Responsable", "Responsável",
 * "Verantwortlich", "Zuständig", "担当者", "负责人", "담당자"), as follow-up tables there head them.
 */
const englishPersonHeader = /^(?:responsables?|responsáve(?:l|is)|encargad[oa]s?|propietari[oa]s?|dono|verantwortlich(?:e[rn]?)?|zuständig(?:e[rn]?)?|ansprechpartner(?:in)?|bearbeiter(?:in)?|verantwoordelijke|eigenaar|responsabile|incaricato|担当|担当者|対応者|负责人|負責人|责任人|責任人|담당자|책임자|담당|contributors?|handled by|done by|performed by|fixed by|investigated by|investigators?|owner|owners|owner\(s\)|owners?\s*\/\s*drivers?|responsible|responsible person|accountable|who|handles?|contacts?|point of contact|poc|dri|scribe|driver|username|login|assignee|assigned to|responder|responders|by|lead|author|person|people|engineer|on[- ]?call|attendee|attendees|name|ic|commander|reviewer|reporter|requester|approver|(?:primary|secondary|backup|shadow)(?: on[- ]?call)?|(?:reported|acked|acknowledged|resolved|requested|raised|paged|signed off) by|(?:assigned|escalated|paged) to|(?:outgoing|incoming|off-?going|on-?coming) on[- ]?call|handed (?:over|off) to|relieved by)$/i;

/** A column's header or a field's label of people: the English and other languages' labels above, and since probe round 51 those of sign-off, review, copy and assignment lines. */
const personHeader = { test: (text: string): boolean => englishPersonHeader.test(text) || isSignOffLabel(text) };

/**
 * Since probe round 52: the columns of an on-call hand-off table (`| Shift | Outgoing | Incoming |`)
 * hold people; "Outgoing" and "Incoming" alone are also a firewall's or a queue's columns, so they
 * are read as people's only beside a column of the shift, the week, the rota or the hand-off.
 */
const handOffColumn = /^(?:outgoing|incoming|off-?going|on-?coming)$/i;
const handOffTableCue = /^(?:shifts?|weeks?|rota|rotation|hand-?offs?|handovers?|on[- ]?call(?: shift| week)?|pager)$/i;
function isHandOffColumn(header: string, headers: readonly string[]): boolean {
  return handOffColumn.test(header) && headers.some((h) => handOffTableCue.test(h));
}

/** Headers of columns of accounts (probe round 41), whose cells hold handles only. */
const accountHeader = /^(?:nicks?|nick ?names?|irc(?: nicks?| handles?)?|github(?: handles?| users?| user ?names?| accounts?)?|slack(?: handles?)?)$/i;
/** A cell of handles: one, or a few joined by a slash or a comma, in code or emphasis or not, perhaps with `@`. */
const accountCell = /^\s*(?:[*_`]*@?[\p{L}\p{N}][\p{L}\p{N}._-]*[*_`]*)(?:\s*[\/,]\s*[*_`]*@?[\p{L}\p{N}][\p{L}\p{N}._-]*[*_`]*){0,3}\s*$/u;
/** What a column of accounts holds when it names no one. */
const notAnAccountCell = /^(?:and|or|the|an?|tbd|tba|tbc|n|a|na|none|nobody|unknown|all|everyone|yes|no|done|open|opened|closed|merged|fixed|pending|todo|wip|draft|planned|blocked|ongoing|in|progress|n\/a)$/i;

/**
 * The roles of an incident's response, as the first cell of a table of who held them (since the
 * twelfth probe round; "| Scribe | Dagfinn |"). Not a column's header ("Role", "Person").
 */
const roleInCell = /^(?:(?:incident|deputy|acting)\s+(?:commander|lead|manager|coordinator)|ic|deputy ic|scribe|note-?taker|comms(?:\s+lead)?|communications(?:\s+lead)?|(?:tech(?:nical)?|ops|operations|customer|support|security|engineering)\s+lead|(?:customer|executive|stakeholder)\s+liaison|liaison|sme|subject matter expert|(?:primary|secondary|first)\s+(?:on-?call|responder)|on-?call(?:\s+engineer)?|first responder|responders?|investigators?|facilitator|dri|point of contact|poc|incident owner|postmortem (?:owner|author)|author|reviewers?|approvers?)$/i;

/** Why initials in a Team row are found: the guard looks for them in all of the post too (redaction-guard.ts's `discoverPeople`). */
export const teamRowInitials = "initials in a table's Team row";
/** A metadata table's label of who handled an event, and a cell of initials alone (`QV`, `SN, QV`, `` `SN` `RC` ``). */
const teamInCell = /^(?:team|teams|team members|handled by|handler|staff)$/i;
const initialsCell = /^\s*[*_`]*\p{Lu}{2,3}[*_`]*(?:(?:\s*[,/&]\s*|\s+)[*_`]*\p{Lu}{2,3}[*_`]*)*\s*$/u;

/**
 * Since the twelfth probe round: a hyphenated first name acting ("Jean-Luc restarted the pool",
 * "Anne-Sophie confirmed"), which the words on their own did not match: a first name and a word no
 * dictionary knows or another first name, or any word before a first name ("Jean" is English to
 * the lexicon, "Luc" a first name); not two words of neither kind ("Cross-Region replicated").
 */
// Since probe round 55 the surname may be hyphenated too ("Anna-Lena Kettwiger-Moos paged the
// DBA": the rule stopped before the surname and the language model found "Anna" alone).
const hyphenatedNameActing = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)(?:\s(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))?(?![\p{L}\p{N}'’-])\s+(?:(?:also|then|quickly|immediately|eventually|finally|later|manually|again)\s+)?${actionVerbs}\b`, 'gu');
/**
 * Since the twelfth probe round: someone to ask before or about something ("ask Ilsabet before
 * removing this retry", a code comment's warning), and a name given after "a.k.a."/"aka" ("pgwizard
 * (a.k.a. Dagfinn)"). "Ask Hallvard." alone still says too little.
 */
const askWithReason = new RegExp(String.raw`\b[Aa]sk\s+${emphasis}(${capitalisedName})${emphasis}\s+(?:before|about|for|if|whether|first|to|when|how|why)\b`, 'gu');
const alsoKnownAs = new RegExp(String.raw`\b(?:[Aa]\.[Kk]\.[Aa]\.?|[Aa][Kk][Aa]|[Aa]lso known as)\s+["“']?${emphasis}(${capitalisedName})(?![\p{L}\p{N}_-])`, 'gu');

/** Capitalised subjects of human verbs that are not people: pronouns and determiners start sentences. */
const notPeopleSubjects = new Set(['He', 'She', 'They', 'We', 'It', 'Someone', 'Everyone', 'Nobody', 'Customers', 'Users', 'Engineers', 'Support', 'Management', 'Legal', 'Security']);

/** Every part an English word that is no one's name ("Evidence", "Status page"). */
// Split on runs: a value whose internal part was blanked to spaces ("Author: An engineer ⎵⎵⎵ an
// engineer", after `npm run redact`) has empty parts between single spaces, which are no words.
const notAName = (word: string) => word.split(/[-\s]+/).filter(Boolean).every((part) => isOrdinaryWord(part) || (isEnglishWord(part) && !isKnownFirstName(part)));

/** Capitalised names and initials in a text that lists people (a cc line, an attendee line, a table cell). */
/** Roles written in capitals beside names ("Georgiana (IC)"): not initials. */
const roleAcronyms = new Set(['IC', 'SRE', 'SRES', 'DBA', 'CTO', 'CEO', 'CIO', 'CISO', 'COO', 'VP', 'PM', 'QA', 'TL', 'EM', 'OPS', 'DEV', 'SME', 'HR', 'PR', 'CS', 'SE', 'UX', 'UI', 'IT', 'AWS', 'GCP', 'API', 'DNS', 'CDN', 'TBD', 'N/A', 'NA',
  // Time zones, which a time in a quoted message brings into a line ("…at ~8:22AM UTC").
  ...commonTimeZones.map((zone) => zone.toUpperCase()), 'EET', 'EEST', 'WET', 'NZST']);

/** Whether two or three capitals are an acronym of a thing or a role the rules of initials know ("DB", "SRE", "UTC"), not someone's initials. */
export const isThingOrRoleAcronym = (letters: string): boolean => thingAcronyms.has(letters) || roleAcronyms.has(letters);

function namesInList(text: string, offset: number, why: string): PatternMatch[] {
  const names = [...allMatches(listedName, text)]
    .filter((m) => !notAName(m[0]) && !roleAcronyms.has(m[0]))
    .map((m) => ({ text: m[0], index: offset + m.index!, severity: 'error' as const, why }));
  // A chat or code-host handle in lower case ("cc: hbrekke, tovem", an Owner cell `jdoe42`): a
  // word that is no English, no public name and no hyphenated team id. Not a word of a noun
  // phrase in a sentence (after three English words in a row, right after another English word):
  // "Incident Manager: Root cause identified - bug in content validator" is a log line's
  // sentence, whose jargon no dictionary knows; an item after a comma or "and" is still one.
  let listEnd = text.length;
  for (const m of text.matchAll(/(?<=^|[\s,;:(-])(?=((?:\p{L}+\s+){2}\p{L}+)(?:[\s,.;:)-]|$))/gu)) {
    if (m[1].split(/\s+/).every((w) => (isOrdinaryWord(w) || isEnglishWord(w)) && !isKnownFirstName(w))) { listEnd = m.index!; break; }
  }
  for (const m of allMatches(lowerHandle, text)) {
    // A team's name before its word ("recap / pki チーム", "sre team"; round 61 of false positives): a team owns it.
    if (teamWordAfter.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    const previous = /(?:^|\s)(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    if (m.index! >= listEnd && previous && !/^(?:and|or|plus|also)$/i.test(previous[1]) && (isOrdinaryWord(previous[1]) || isEnglishWord(previous[1])) && !isKnownFirstName(previous[1])) continue;
    if (((nickLike(m[0]) && !madeOfWords(m[0].replace(/[._]+/g, '-'))) || rareFirstNameWord(m[0])) && !names.some((n) => n.index === offset + m.index!)) names.push({ text: m[0], index: offset + m.index!, severity: 'error', why });
  }
  // Since probe round 42: two handles joined by a slash ("Owners: orvikt/brannoch"), which the
  // pattern above leaves as a path; each must read as a handle, so a team's path of words
  // ("infra/platform") is not read.
  for (const m of text.matchAll(/(?<=^|[\s,;:(])(\p{Ll}[\p{Ll}\p{N}._]{2,30})\/(\p{Ll}[\p{Ll}\p{N}._]{2,30})(?=$|[\s,;.)])/gu)) {
    const parts = [m[1], m[2]];
    if (!parts.every((w) => (nickLike(w) && !madeOfWords(w)) || rareFirstNameWord(w))) continue;
    parts.forEach((w, k) => {
      const index = offset + m.index! + (k ? m[1].length + 1 : 0);
      if (!names.some((n) => n.index === index)) names.push({ text: w, index, severity: 'error', why });
    });
  }
  names.sort((a, b) => a.index - b.index);
  // Two lower-case words one space apart in a list with commas are one name ("Attendees: hallvard
  // brekke, tove lindqvist"): found as two, the fix wrote "an engineer an engineer" (since the
  // eleventh probe round). Without commas each is a handle (`/cc qorvath zyltrin`).
  for (let i = names.length - 1; i > 0; i--) {
    const [a, b] = [names[i - 1], names[i]];
    if (text.includes(',') && /^\p{Ll}/u.test(a.text) && /^\p{Ll}/u.test(b.text) && b.index === a.index + a.text.length + 1 && text[a.index - offset + a.text.length] === ' ') names.splice(i - 1, 2, { ...a, text: `${a.text} ${b.text}` });
  }
  return names;
}

/** A team's word right after a name, in the reports' languages: the name is the team's. */
const teamWordAfter = /^[ \t\u3000]*(?:team|squad|crew|チーム|班|팀|团队|團隊|小组|équipe|equipo|equipe)(?![\p{L}\p{N}])/iu;

/** A lower-case word as handles are written (`hbrekke`, `tove.m`, `jdoe42`), not part of a path, link, address or hyphenated name. */
// Not a word cut by a contraction ("don't", "won't"; session 30).
const lowerHandle = /(?<![\p{L}\p{N}@#/\\._:-])\p{Ll}[\p{Ll}\p{N}._]{2,30}(?![\p{L}\p{N}@_/:-]|\.[\p{L}\p{N}]|['’]t\b)/gu;

/**
 * Names of daemons and agents (`sshd`, `dockerd`, `rsyslogd`, `fluxcd`, `kubelet`,
 * `node-exporter`): a process, no one's handle. A name ending in "d" is a daemon's when what comes
 * before is a word or a public name ("ahmed" and "david" are people).
 */
export const daemonName = { test: (word: string) =>
  /(?:bot|agent|daemon|exporter|operator|controller|runner|worker|scheduler|let|ctl|cron|job|svc|service)$/.test(word) ||
  (/d$/.test(word) && [word.slice(0, -1), word.replace(/cd$/, '')].some((stem) => stem.length >= 3 && stem !== word && madeOfWords(stem))) };

/**
 * A handle after a person's verb: a personal account, or a placeholder person's (`jdoe`,
 * `johndoe`), which no machine has as its account and a real John Doe may have as his handle
 * ("run by jdoe", since the seventh probe round). A plural of an agent noun ("thanks validators",
 * "pinged maintainers") is a group the writer addresses, no one's handle (since the eleventh round
 * of false positives; {@link pluralAgentNoun}).
 */
const personHandle = (word: string) => (personalAccount(word) && !pluralAgentNoun(word.charAt(0).toUpperCase() + word.slice(1))) || /^(?:j(?:ohn|ane)?doe|alice)[\d._]*$/.test(word);

/**
 * The namespace of a container image on a registry whose namespaces are accounts (GHCR, Docker
 * Hub, Quay, GitLab's registry, ECR Public): `ghcr.io/hbrekke/app:1.2`, `docker.io/jsmith/tool`,
 * and an image without a registry where a command or manifest names one (`docker pull
 * jsmith/tool`, `image: jsmith/tool:1.2`, `FROM jsmith/base`).
 */
const registryNamespace = /(?<![\w.-])(?:ghcr\.io|(?:index\.|registry\.hub\.)?docker\.io|registry\.hub\.docker\.com|quay\.io|registry\.gitlab\.com|public\.ecr\.aws|hub\.docker\.com\/(?:r|u))\/([a-z0-9][a-z0-9._-]{1,38})(?=\/[\w.-])/gi;
const bareImageNamespace = /(?:\b(?:docker|podman|nerdctl)\s+(?:pull|push|run|create)(?:\s+--?[\w-]+(?:=\S+)?)*|\bimage:|^\s*FROM(?:\s+--platform=\S+)?)\s+["']?([a-z0-9][a-z0-9._-]{1,38})\/[\w.-]+(?::[\w.-]+|@sha256:[0-9a-f]+)?(?=["'\s\x60]|$)/gim;

/**
 * Since the twelfth probe round: a surname the lexicon does not hold, by an ending surnames of one
 * language have and words do not (`lindqvist`, `kowalczyk`, `petrovic`, `papadopoulos`,
 * `ivanenko`), six letters or more and no word of any dictionary; after an initial it reads as a
 * person's handle (`tlindqvist`). Organisations are named with words (`jepsen-io`, `openstack`).
 */
// Since probe round 54 also German endings (`vorlander`, `brandtner` of `kvorlander`,
// `obrandtner`, an image's namespace): the rule read the handle of an image only when its
// surname was one of these endings or the lexicon's.
const surnameEnding = /(?:[qk]vist|quist|str[oö]m|sson|ssen|sen|berg|stad|heim|w?ski|ska|czyk|wicz|[cs]henko|enko|ovi[cć]|evi[cć]|escu|o?poulos|akis|idis|stein|mann|feld|baum|vich|oglu|ishvili|adze|inen|dottir|lander|[dt]tner|[bdkt]ner|hardt|brandt|meier|meyer|maier|huber)$/;
const surnameShaped = (word: string) => word.length >= 6 && /^\p{Ll}+$/u.test(word) && surnameEnding.test(word) && !isEnglishWord(word) && !isOrdinaryWord(word) && !isOrdinaryWord(word.charAt(0).toUpperCase() + word.slice(1)) && !isPublicTerm(word) && !isKnownWord(word) && !madeOfWords(word);

/**
 * True when an account's name reads as a person's handle: initials and a name the lexicon knows
 * (`jsmith`, `kmiller42`, `jdoe`), a first name and nothing else or with an initial or digits
 * (`alex`, `sarahq`, `nicola42`), a first name and a surname joined (`sarah.smith`). Registries'
 * public organisations are not written so (`bitnami`, `linuxserver`, `grafana`, `jgraph`).
 */
export function looksLikePersonalHandle(account: string): boolean {
  const lower = account.toLowerCase();
  const letters = lower.replace(/[\d._-]+$/, '');
  if (isPublicTerm(account) || isPublicTerm(letters) || !personHandle(lower) || !nickLike(letters)) return false;
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const firstName = (w: string) => w.length >= 3 && isKnownFirstName(capital(w)) && !isEnglishWord(w) && !isOrdinaryWord(w) && !isPublicTerm(w);
  const surname = (w: string) => w.length >= 3 && (isKnownFirstName(capital(w)) || w === 'doe') && !isPublicTerm(w);
  const parts = letters.split(/[._-]/);
  // Since the eleventh probe round: a first name that is also a rare English word (`maria-g`), a
  // word no dictionary knows and an initial (`priya-s`), and two such words of four letters or
  // more (`hallvard-brekke`): organisations name themselves with words (`pgmac-net`, `cumulo-pro`).
  const rareFirstName = (w: string) => w.length >= 3 && isKnownFirstName(capital(w)) && !isOrdinaryWord(w) && !isOrdinaryWord(capital(w)) && !isPublicTerm(w);
  const unknownPart = (w: string, min: number) => w.length >= min && /^\p{L}+$/u.test(w) && !isEnglishWord(w) && !isOrdinaryWord(w) && !isOrdinaryWord(capital(w)) && !isPublicTerm(w) && !isKnownWord(w);
  if (parts.length === 2 && /^[\p{L}-]+$/u.test(letters) && account.includes('-')) {
    if ((rareFirstName(parts[0]) || unknownPart(parts[0], 4)) && parts[1].length === 1) return true;
    // Not an acronym in capitals of three letters or more (`LFDT-Lockness`, a foundation's
    // project): people write their handles in lower case or as names (round 44 of false positives).
    if (unknownPart(parts[0], 4) && unknownPart(parts[1], 4) && !account.split('-').some((w) => /^\p{Lu}{3,}$/u.test(w))) return true;
  }
  if (parts.length === 2) return firstName(parts[0]) && (surname(parts[1]) || parts[1].length === 1);
  if (parts.length > 2) return false;
  for (const initials of [1, 2]) if (surname(letters.slice(initials)) || surnameShaped(letters.slice(initials))) return true;
  // Since probe round 54: an initial and a Dutch or German surname with its particle run together
  // (`hvanteer`, `jvondrach`): the surname after the particle is often words (`van`+`teer`), which
  // the rules of words run together read as an organisation's name.
  if (/^\p{Ll}(?:van|von|ter|ten)\p{Ll}{4,}$/u.test(letters) && !isEnglishWord(letters) && !isOrdinaryWord(letters) && !isKnownWord(letters)) return true;
  for (const extra of [0, 1, 2]) if (firstName(letters.slice(0, letters.length - extra))) return true;
  // Since probe round 45: a first name and a surname run together with no separator
  // (`tovahmerrick`, `danvelkor`), the surname a word no dictionary or lexicon knows, four letters or
  // more; not two words run together (`mattermost`, `maxmind`) nor a public term and a suffix
  // (`jenkinsci`), so organisations named with words stay published.
  const opensWithPublicTerm = () => [...letters].some((_, k) => k >= 4 && isPublicTerm(letters.slice(0, k)));
  if (/^\p{Ll}+$/u.test(letters) && !madeOfWords(letters) && !opensWithPublicTerm()) {
    for (let cut = 3; cut <= letters.length - 4; cut++) if (firstName(letters.slice(0, cut)) && unknownPart(letters.slice(cut), 4)) return true;
  }
  return false;
}

/** People whose account names an image's namespace ({@link registryNamespace}). */
export function findImageNamespaceOwners(line: string): PatternMatch[] {
  if (!cuedPersonPatterns[0].cue.test(line)) return [];
  const matches: PatternMatch[] = [];
  for (const pattern of [registryNamespace, bareImageNamespace]) {
    for (const m of allMatches(pattern, line)) {
      if (!looksLikePersonalHandle(m[1]) || mergeBot.test(m[1])) continue;
      const index = m.index! + (pattern === registryNamespace ? m[0].length - m[1].length : m[0].lastIndexOf(`${m[1]}/`));
      if (!matches.some((k) => k.index === index)) matches.push({ text: m[1], index, severity: 'error', guess: true, local: true, why: 'an image under a personal namespace' });
    }
  }
  return matches;
}

/** Bots that merge, push and fix: their names are no one's. */
export const mergeBot = /(?:bot|\[bot\])$|^(?:bors|homu|mergify|kodiak|renovate|dependabot|prow|tide|marge|zuul|jenkins|buildkite|atlantis)$/i;

/** True when the word at `index` is part of a public multi-word name ("Lockheed Martin"). */
const insidePublicPhrase = (line: string, index: number, text: string) =>
  publicPhraseRanges(line).some(([a, b]) => a <= index && index + text.length <= b);

/**
 * A lower-case handle where only a person stands ("paged tove.m", "acknowledged by hbrekke"), in
 * prose and in pasted tool output (a PagerDuty log's "Incident #4512 acknowledged by hbrekke via
 * Slack"): the verbs are people's, and the handle is no English word or public name.
 */
/** A handle after another in a list: a comma, "and" or "&", the handle perhaps in emphasis, code or with `@`. */
const handleSibling = /^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:\*\*|__|\*|_|\x60)?@?(\p{Ll}[\p{Ll}\p{N}._]{1,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@\/-]|\.[\p{L}\p{N}])(?:\*\*|__|\*|_|\x60)?/u;

/**
 * A handle listed after a person's: read as {@link personHandle} reads one, or since probe round 44
 * also two words run together (`mostlyquiet`, as a CI team's retros thank `mostlygeek`), which
 * alone reads as a service's name but beside people is someone's handle; no word, bot or daemon.
 */
const listedSiblingHandle = (handle: string) =>
  (personHandle(handle) || (/^\p{Ll}{6,}$/u.test(handle) && !systemUsers.has(handle))) && nickLike(handle) && !mergeBot.test(handle) && !daemonName.test(handle);

export function findHandlesAsPeople(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (const m of allMatches(handleAsPerson, line)) {
    // Merge queues and dependency bots merge, push and fix too ("merged by bors", "by renovate-bot").
    // Since probe round 41 also a given name written in lower case that is a rare word ("paged maria").
    if (!((personHandle(m[1]) && nickLike(m[1])) || rareFirstNameWord(m[1])) || mergeBot.test(m[1])) continue;
    // Things are sent to places and accounts as well as people ("4% sent to stakers", "the funds
    // are sent to multisig"): after "sent to" only a given name written in lower case is read.
    if (/^[Ss]ent\b/.test(m[0]) && !rareFirstNameWord(m[1])) continue;
    matches.push({ text: m[1], index: m.index! + m[0].length - m[1].length, severity: 'error', why: 'a handle where a person stands' });
    // Since the twelfth probe round: the handles listed after it ("thanks to hbrekke and tovem",
    // "pinged hbrekke, tovem and kvold"), each no English word, public name or bot, as the first.
    let at = m.index! + m[0].length;
    for (let next = handleSibling.exec(line.slice(at)); next; next = handleSibling.exec(line.slice(at))) {
      const handle = next[1];
      if (!listedSiblingHandle(handle)) break;
      matches.push({ text: handle, index: at + next[0].length - handle.length, severity: 'error', why: 'a handle listed with a handle where a person stands' });
      at += next[0].length;
    }
  }
  if (/ by\b/.test(line)) {
    for (const m of allMatches(handleRunBy, line)) {
      if (personHandle(m[1]) && nickLike(m[1]) && !mergeBot.test(m[1]) && !daemonName.test(m[1])) matches.push({ text: m[1], index: m.index! + m[0].length - m[1].length, severity: 'error', guess: true, why: 'a handle where a person may stand' });
    }
  }
  return matches;
}

/**
 * A full name after a person's verb in pasted tool output ("Alert acknowledged by Tove Lindqvist",
 * "Incident escalated to Tove Lindqvist" in an Opsgenie or PagerDuty log): in prose the
 * phrasings find it; in code only two capitalised words no dictionary reads as English count.
 */
const fullNameByTool = /\b(?:[Aa]cknowledged|[Aa]cked|[Rr]esolved|[Ee]scalated|[Rr]eassigned|[Aa]ssigned|[Aa]pproved|[Rr]eviewed|[Mm]erged|[Cc]losed|[Rr]eopened|[Tt]riggered) (?:by|to) (\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)*){1,2})(?![\p{L}\p{N}_-])/gu;
export function findFullNamesInToolOutput(line: string): PatternMatch[] {
  if (!cuedPersonPatterns[2].cue.test(line)) return [];
  const matches: PatternMatch[] = [];
  for (const m of allMatches(fullNameByTool, line)) {
    const words = m[1].split(' ');
    if (!notAName(m[1]) && !words.every((w) => isPublicTerm(w) || isEnglishWord(w) || isOrdinaryWord(w)) && !isPublicTerm(m[1])) matches.push({ text: m[1], index: m.index! + m[0].length - m[1].length, severity: 'error', why: 'a name where a person stands, in pasted tool output' });
  }
  return matches;
}

/** Person phrasings in one line (no table context). */
export function findPersonPhrasings(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (const m of allMatches(thanks, line)) {
    // A firm named with its kind run on ("thanks to Quarkslab"; round 46 of false positives).
    if (!notAName(m[1]) && !hasOrganisationWordRunOn(m[1])) matches.push({ text: m[1], index: m.index! + m[0].lastIndexOf(m[1]), severity: 'error', why: 'thanked by name' });
  }
  for (const m of allMatches(fromTeam, line)) {
    if (!notAName(m[1])) matches.push({ text: m[1], index: m.index!, severity: 'error', why: 'a person "from the … team"' });
  }
  for (const m of allMatches(personActing, line)) {
    for (const name of [m[1], m[2]].filter(Boolean) as string[]) {
      if (notAName(name) || notPeopleSubjects.has(name)) continue;
      const known = isKnownFirstName(name);
      // A well-known company or product that is no one's first name ("Etsy noticed", "Amazon says").
      if (!known && isPublicTerm(name)) continue;
      matches.push({ text: name, index: m.index! + m[0].indexOf(name), severity: 'error', guess: !known, why: known ? 'a first name acting as a person' : 'acts as a person' });
    }
  }
  /**
   * A capitalised word in a person's place in the sentence: a first name is a person; a word that
   * no lexicon, dictionary or list of public names knows is a guess; anything else is not one.
   */
  const addPersonInContext = (name: string, index: number, why: string, { alwaysGuess = false } = {}) => {
    if (notAName(name) || notPeopleSubjects.has(name) || matches.some((k) => k.index === index) || insidePublicPhrase(line, index, name)) return;
    const known = isKnownFirstName(name.split(/[-\s]/)[0]);
    if (!known && (isPublicTerm(name) || isKnownWord(name))) return;
    matches.push({ text: name, index, severity: 'error', guess: alwaysGuess || !known || isPublicTerm(name), why });
  };
  for (const m of allMatches(personObject, line)) {
    // "Per Brannoc’s suggestion": the name without its possessive.
    const name = m[1]?.replace(/[’']s$/, '') ?? m[2];
    // "Hey Rustaceans," greets a community's members as the greeting's rule reads them (adoption round 50:
    // this rule, whose cues hold "Hey", published it as "Hey an engineer,").
    if (/^[Hh](?:ey|iya)\s/.test(m[0]) && membersOfCommunity.test(name)) continue;
    addPersonInContext(name, m.index! + (m[1] ? m[0].lastIndexOf(name) : 0), 'spoken to or owning things as people do');
    // Since probe round 44: the names listed after it ("pinged Ana, Bo and Quillon"; the third was
    // published), each read as the first, the list ending at the first word that is no name.
    if (m[1] && !/[’']s$/.test(m[1])) {
      let at = m.index! + m[0].length;
      for (let next = capitalisedSibling.exec(line.slice(at)); next; next = capitalisedSibling.exec(line.slice(at))) {
        const sibling = next[1];
        if (/^\p{Ll}/u.test(sibling)) {
          // A handle among them ("troubleshooting with Bren, mostlyquiet, and jabvel"), read as handles are.
          if (!listedSiblingHandle(sibling)) break;
          const index = at + next[0].lastIndexOf(sibling);
          if (!matches.some((k) => k.index === index)) matches.push({ text: sibling, index, severity: 'error', why: 'a handle listed with someone spoken to as people are' });
          at += next[0].length;
          continue;
        }
        // A word of two letters there is a short name ("Bo", "Jo"), as no team is so called; a
        // longer everyday word is a team's or a group's ("pinged Ana, Support and Legal").
        if (isPublicTerm(sibling) || (sibling.length > 2 && (notAName(sibling) || (!isKnownFirstName(sibling.split(/[-\s]/)[0]) && isKnownWord(sibling))))) break;
        const index = at + next[0].lastIndexOf(sibling);
        if (!matches.some((k) => k.index === index)) matches.push({ text: sibling, index, severity: 'error', guess: !isKnownFirstName(sibling.split(/[-\s]/)[0]), why: 'listed with someone spoken to as people are' });
        at += next[0].length;
      }
    }
  }
  for (const m of allMatches(doneByName, line)) addPersonInContext(m[1], m.index! + m[0].lastIndexOf(m[1]), 'did what people do');
  for (const m of allMatches(hyphenatedNameActing, line)) {
    const [first, second] = [m[1], m[2]];
    const firstName = (w: string) => isKnownFirstName(w) && !isOrdinaryWord(w) && !isPublicTerm(w);
    const unknown = (w: string) => !isEnglishWord(w.toLowerCase()) && !isOrdinaryWord(w) && !isPublicTerm(w) && !isKnownWord(w);
    // "Jean" is an English word to the lexicon, "Luc" a first name: the second part decides then.
    // Since probe round 34: two given names of any lexicon ("Jean-Baptiste"), and a surname after them ("Jean-Baptiste Morel").
    const givenName = (w: string) => (isGivenNameOnly(w) || isOtherLanguageGivenName(w)) && !isPublicTerm(w);
    if ((firstName(first) && (firstName(second) || unknown(second))) || (firstName(second) && !isPublicTerm(first)) || (givenName(first) && givenName(second) && isGivenNameOnly(second))) {
      addPersonInContext(m[3] && !isPublicTerm(m[3]) && !isOrdinaryWord(m[3]) ? `${first}-${second} ${m[3]}` : `${first}-${second}`, m.index!, 'a hyphenated first name acting as a person', { alwaysGuess: true });
    }
  }
  for (const m of allMatches(askWithReason, line)) addPersonInContext(m[1], m.index! + m[0].indexOf(m[1], 4), 'someone to ask');
  for (const m of allMatches(alsoKnownAs, line)) addPersonInContext(m[1], m.index! + m[0].lastIndexOf(m[1]), 'a name given after "a.k.a."');
  for (const m of allMatches(nameAndTheTeam, line)) addPersonInContext(m[1], m.index! + m[0].indexOf(m[1], 4), 'one of a team, with the rest of it');
  for (const m of allMatches(roleThenName, line)) addPersonInContext(m[1], m.index! + m[0].lastIndexOf(m[1]), 'named beside a role');
  for (const m of allMatches(personCue, line)) {
    const name = m.slice(1).find(Boolean)!;
    addPersonInContext(name, m.index! + m[0].indexOf(name, /^[\s(]/.test(m[0]) ? 1 : 0), 'where only a person stands');
  }
  for (const m of allMatches(quoteAttribution, line)) {
    const name = m[1] ?? m[2];
    addPersonInContext(name, m.index! + (m[1] ? m[0].lastIndexOf(name) : m[0].indexOf(name)), 'quoted as a speaker');
  }
  const signed = signature.exec(line);
  if (signed) addPersonInContext(signed[1], signed.index + signed[0].lastIndexOf(signed[1]), 'signed a message');
  if (line.includes('.')) {
    for (const m of allMatches(firstNameAndInitial, line)) {
      const known = isKnownFirstName(m[1]);
      if (notAName(m[1]) || notPeopleSubjects.has(m[1]) || (!known && (isPublicTerm(m[1]) || isKnownWord(m[1])))) continue;
      matches.push({ text: m[0], index: m.index!, severity: 'error', guess: !known, why: 'a first name and an initial' });
    }
  }
  if (/\s\p{Lu},\s/u.test(line)) {
    for (const m of allMatches(firstNameAndBareInitialBeforeRole, line)) {
      const known = isKnownFirstName(m[1]);
      if (notAName(m[1]) || notPeopleSubjects.has(m[1]) || (!known && (isPublicTerm(m[1]) || isKnownWord(m[1])))) continue;
      const text = `${m[1]} ${m[2]}`;
      if (!matches.some((k) => k.index === m.index)) matches.push({ text, index: m.index!, severity: 'error', guess: !known, why: 'a first name and an initial before a role' });
    }
  }
  if (/\p{Lu}{2}\s+[-–—:]\s/u.test(line)) {
    for (const m of allMatches(initialsWithState, line)) {
      if (!roleAcronyms.has(m[1]) && !thingAcronyms.has(m[1]) && !matches.some((k) => k.index === m.index)) matches.push({ text: m[1], index: m.index!, severity: 'error', why: 'initials owning an action item\'s state' });
    }
  }
  if (/[)\]]\.?\s*$/.test(line)) {
    // Topics are short ("(tbd)", "(wip)"): a handle of four letters or fewer counts when it reads as a person's.
    const owner = ownerInBrackets.exec(line);
    const name = owner?.[1];
    // Nor a file's name ("move the folder to a new name (xxx.old)").
    if (name && !/(?:^|\.)x{2,}(?:\.|$)|\.(?:old|bak|orig|tmp|new|save|log|txt|conf|cfg|json|ya?ml|sh|py|js|ts|md)$/i.test(name) && (name.length > 4 || looksLikePersonalHandle(name)) && personHandle(name) && nickLike(name) && !mergeBot.test(name) && !daemonName.test(name)) {
      matches.push({ text: name, index: owner!.index + owner![0].lastIndexOf(name), severity: 'error', guess: true, why: 'named as the owner of an action item' });
    }
  }
  if (line.includes(' to ')) {
    for (const m of allMatches(ownerToAct, line)) {
      // A lower-case word opening a bare line is as often a note's subject ("symlinks to check"):
      // a handle only in a list item, a task, a table cell or after a label.
      const marked = m[1].trim() !== '';
      for (const name of [m[2], m[3]].filter(Boolean) as string[]) {
        const first = m[0].indexOf(m[2], m[1].length);
        const index = m.index! + (name === m[2] ? first : m[0].indexOf(name, first + m[2].length));
        if (/^\p{Lu}{2,3}$/u.test(name)) {
          if (!roleAcronyms.has(name) && !thingAcronyms.has(name)) matches.push({ text: name, index, severity: 'error', why: 'initials given an action item' });
        } else if (/^\p{Lu}/u.test(name)) addPersonInContext(name, index, 'given an action item');
        else if (marked && personHandle(name) && nickLike(name) && !mergeBot.test(name) && !daemonName.test(name)) matches.push({ text: name, index, severity: 'error', guess: true, why: 'given an action item' });
      }
    }
  }
  for (const m of allMatches(initialsBy, line)) {
    if (!roleAcronyms.has(m[1])) matches.push({ text: m[1], index: m.index! + m[0].lastIndexOf(m[1]), severity: 'error', why: 'initials of who approved or reviewed' });
  }
  matches.push(...findHandlesAsPeople(line));
  for (const m of allMatches(lowerPossessive, line)) {
    if (nickLike(m[1])) matches.push({ text: m[1], index: m.index!, severity: 'error', why: 'owning things as people do' });
  }
  // Acting is weaker evidence than being spoken to: even a first name is only a guess here ("Travis failed").
  for (const m of allMatches(unknownWordActing, line)) {
    addPersonInContext(m[1], m.index!, 'acting as a person', { alwaysGuess: true });
    if (m[2]) addPersonInContext(m[2], m.index! + m[0].indexOf(m[2], m[1].length), 'acting as a person', { alwaysGuess: true });
  }
  // The same verbs in the present, the perfect or after a modal (since the twenty-fourth probe round).
  for (const m of findSingleWordsInOtherTenses(line)) addPersonInContext(m.text, m.index, otherTenseActing, { alwaysGuess: true });
  for (const m of allMatches(teamMemberActing, line)) {
    if (/^\p{Lu}+$/u.test(m[2]) || isEnglishWord(m[2].toLowerCase())) addPersonInContext(m[1], m.index!, 'a member of a team acting as a person', { alwaysGuess: true });
  }
  // A picture's alt text or caption shows someone at work in the present participle ("Vexmor
  // restarting the pool"): the same evidence as a past tense in prose, so a guess.
  if (line.includes('![') || line.includes('alt=')) {
    for (const alt of line.matchAll(/!\[([^\]]*)\]|\balt=["']([^"']*)["']/g)) {
      const text = alt[1] ?? alt[2];
      const at = alt.index! + alt[0].indexOf(text);
      for (const m of allMatches(participleActing, text)) addPersonInContext(m[1], at + m.index!, 'at work in a picture', { alwaysGuess: true });
      const handle = handleAtWork.exec(text);
      if (handle && personalAccount(handle[1]) && nickLike(handle[1])) matches.push({ text: handle[1], index: at + handle[0].indexOf(handle[1]), severity: 'error', guess: true, why: 'at work in a picture' });
      // Since the twenty-second probe round where someone stands in it, as a caption says it
      // ("Tadhg Marsh at the rack"), a full name too.
      for (const c of captionSentenceNames(text)) if (/\s/.test(c.name)) addPersonInContext(c.name, at + c.index, 'shown in a picture', { alwaysGuess: true });
    }
  }
  // Since the thirteenth probe round: a figure's caption that opens with a name where or how
  // someone stands ("Kasimir at the rack", "Dagfinn replacing the disk"); a picture of a thing is
  // captioned with the thing ("Latency during the incident", "Grafana showing the spike").
  if (line.includes('<figcaption')) {
    for (const m of allMatches(captionOpensWithName, line)) addPersonInContext(m[1], m.index! + m[0].lastIndexOf(m[1]), 'shown in a figure', { alwaysGuess: true });
    // Since the fourteenth probe round any sentence of the caption, not only its opening.
    for (const m of line.matchAll(/<figcaption[^>]*>(.*?)(?:<\/figcaption>|$)/g)) {
      const at = m.index! + m[0].length - m[1].length - (m[0].endsWith('</figcaption>') ? '</figcaption>'.length : 0);
      for (const c of captionSentenceNames(m[1])) addPersonInContext(c.name, at + c.index, 'shown in a figure', { alwaysGuess: true });
    }
  }
  if (line.includes('title=') || line.includes('![')) {
    for (const m of line.matchAll(pictureTitle)) {
      const title = m[2] ?? m[4];
      if (!title) continue;
      const at = m.index! + m[0].lastIndexOf(title);
      for (const c of captionSentenceNames(title)) addPersonInContext(c.name, at + c.index, 'shown in a picture', { alwaysGuess: true });
    }
  }
  for (const m of allMatches(workByName, line)) addPersonInContext(m[1], m.index! + m[0].lastIndexOf(m[1]), 'the maker of a picture, write-up or change');
  if (line.includes(' from ')) for (const m of allMatches(changeFromName, line)) {
    // As an approval's giver: a vendor or a team sends no pull request ("a PR from Renovate" names a known word or public term, not read).
    const name = m[1];
    if (notAName(name) || insidePublicPhrase(line, m.index!, name) || (!isKnownFirstName(name.split(/[-\s]/)[0]) && (isPublicTerm(name) || isKnownWord(name)))) continue;
    matches.push({ text: name, index: m.index! + m[0].lastIndexOf(name), severity: 'error', why: 'the author of a change' });
  }
  if (line.includes(' from ')) {
    for (const m of allMatches(approvalFromName, line)) {
      // Not a guess: a team or vendor gives no LGTM ("sign-off from Legal" names a known word, not read).
      const name = m[1];
      if (notAName(name) || insidePublicPhrase(line, m.index!, name) || (!isKnownFirstName(name.split(/[-\s]/)[0]) && (isPublicTerm(name) || isKnownWord(name)))) continue;
      matches.push({ text: name, index: m.index! + m[0].lastIndexOf(name), severity: 'error', why: 'who gave an approval' });
    }
  }
  const byline = bylineText.exec(line);
  if (byline) addPersonInContext(byline[1], byline.index + byline[0].indexOf(byline[1], byline[0].search(/[Bb]y\s/) + 3), 'the byline of the post');
  // A timeline entry in the present tense ("10:02 — Vexmor acknowledges the page"): the same
  // evidence as the past tense in prose, so a guess.
  const entry = timelineActor.exec(line);
  if (entry) addPersonInContext(entry[1], entry.index + entry[0].lastIndexOf(entry[1], entry[0].length - entry[2].length - 1), 'acting as a person in a timeline entry', { alwaysGuess: true });
  for (const m of findFirstNamesAndOwners(line)) if (!matches.some((k) => k.index === m.index)) matches.push(m);
  for (const m of findMoreNamedPeople(line, addPersonInContext)) {
    // A name with its particles is longer than the first name found alone at its start.
    const shorter = matches.findIndex((k) => k.index === m.index && k.text.length < m.text.length);
    if (shorter !== -1) matches[shorter] = m;
    else if (!matches.some((k) => k.index === m.index)) matches.push(m);
  }
  const cc = ccLine.exec(line);
  if (cc) matches.push(...namesInList(cc[1], line.length - cc[1].length, 'listed on a cc line'));
  const context = peopleContext.exec(line);
  if (context) {
    const start = context.index + context[0].length;
    const rest = line.slice(start);
    for (const m of allMatches(initialsList, rest)) {
      for (const initials of m[0].matchAll(/\p{Lu}{2,3}/gu)) {
        matches.push({ text: initials[0], index: start + m.index! + initials.index!, severity: 'error', why: 'initials in a list of people' });
      }
    }
    // "Attendees: Sarika, Tom, Jenny": every capitalised name after the context word.
    if (/^\s*[:(-]?\s*(?:\p{Lu}[\p{L}'’-]*\s*(?:,|&|and|\/|→|->|$)\s*){2,}/u.test(rest) || /(?::|\s-)\s*$/.test(context[0])) {
      matches.push(...namesInList(rest, start, 'in a list of people').filter((m) => !matches.some((k) => k.index === m.index)));
    }
  } else {
    // Since probe round 51: a sign-off, review, copy or assignment line in any of the reports'
    // languages ("Freigabe: Kollmanner", "Revisado por: Ulloquin", "Bearbeiter: tvellacott"); a
    // German noun of a thing after it is an office or a team ("Freigabe: Teamleitung"), and so is
    // a team's word ("Revisado por: el equipo de SRE").
    const start = signOffNamesStart(line);
    // A word alone in square brackets is a template's placeholder ("**Participantes:** [Equipo]", since probe round 55), not a link's text.
    const placeholderAt = (m: PatternMatch) => line[m.index - 1] === '[' && line[m.index + m.text.length] === ']' && line[m.index + m.text.length + 1] !== '(';
    if (start >= 0) matches.push(...namesInList(line.slice(start), start, 'in a sign-off, review or copy line').filter((m) => !matches.some((k) => k.index === m.index) && !isGermanThingNoun(m.text) && !otherLanguageTeamCell.test(m.text) && !placeholderAt(m) && !isSentenceWordAfterSignOff(line, start, m.index, m.text) && !isMachineOrProductAccount(m.text)));
  }
  return matches;
}

/**
 * The words that list people ("Attendees:", "Regrets:", "Owner:") when they open the list that
 * `index` of `line` lies in, or undefined: a handle found there because the post's minutes list
 * it is said so, not "named elsewhere in this post" (false positives round 42: an infrastructure
 * team's minutes heard that of the very line that named each attendee).
 */
export function peopleCueBefore(line: string, index: number): string | undefined {
  const context = peopleContext.exec(line);
  if (!context || context.index + context[0].length > index) return undefined;
  // Only names and their separators between the cue and the name: the list, not a later clause.
  if (!/^[\s\p{L}\p{N}@._'’,&/-]*$/u.test(line.slice(context.index + context[0].length, index))) return undefined;
  return context[0].trim();
}

/** Words of name particles between a first name and a surname ("Jan van der Berg", "Nur binti Hassan"). */
const particle = String.raw`(?:${alternationOf(nameParticles)})`;
/** A name with particles, or with a hyphenated Arabic article or kinship word ("Omar al-Farsi"). */
/** The cue of {@link nameWithParticles}: a particle, or an Arabic "abu" or "abd" it reads hyphenated, before a capital. */
const particleBeforeCapital = new RegExp(String.raw`\b(?:${alternationOf(nameParticles)}|abu|abd)[\s-]\p{Lu}`, 'u');
const nameWithParticles = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’-])(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:(\p{Lu}\p{Ll}+)\s)?((?:${particle}\s+){1,3}\p{Lu}\p{Ll}+|(?:al|el|bin|ibn|abu|abd|bint)-\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_@-])(?:\s(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}_@'’-]))?`, 'gu');
/**
 * Since the eleventh probe round: a Dutch or German particle (`van`, `van der`, `von`, `ter`)
 * before a surname no dictionary knows makes a name of the word before it, even a month's or a
 * common word's ("Jan van der Berg", "May van Dijk"): no date or phrase is written so. After
 * two particles the surname may be an English word too ("Berg").
 */
const dutchOrGermanParticleName = (particles: string, surname: string) => /^(?:van|von|ten|ter)\b/.test(particles) && (/^(?:van|von)\s+(?:der|den|dem|de)\s/.test(particles) || (!isEnglishWord(surname) && !isOrdinaryWord(surname)));
/**
 * Since probe round 32: a patronymic particle (`bin`, `binti`, `bint`, `ibn`) before a surname no
 * dictionary knows makes a name of the word before it, even an English word ("Hafiz bin
 * Rahmatullah"): Malay and Arabic names are written so, and no phrase is.
 */
const patronymicName = (particles: string, surname: string) => /^(?:bin|binti|binte|bint|ibn)\s/.test(particles) && !isEnglishWord(surname) && !isOrdinaryWord(surname);
/** "hosted by X": a person when the word is a first name, a handle, or followed by what is theirs. */
const hostedBy = /\b[Hh]osted\s+by\s+(?:\*\*|__|\*|_)?(\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\p{N}._]{2,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])((?:\*\*|__|\*|_)?\s+(?:[\p{Ll}\s]{0,20}?\b(?:his|her|their)\b))?/gu;
/** A quotation attributed after a dash or in brackets with a time: `"…" — Hallvard`, `"…" (Hallvard, 10:04)`. */
const quoteDashAttribution = /["”]\s*(?:[—–]|--)\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s*(?:[,(]|$))|["”]\s*\((\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s*\d{1,2}:\d{2}/gu;
/** A handle as a quotation's speaker: `"restarting now," wrote hbrekke`. */
const quoteHandle = /["”],?\s+(?:said|says|wrote|writes|asked|added|replied|noted)\s+(\p{Ll}[\p{Ll}\p{N}._]{2,30}[\p{Ll}\p{N}])(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu;
/** A byline in brackets ("## Timeline (by hbrekke)"). */
const bracketedBy = /\(\s*by\s+(?:\*\*|__|\*|_|\x60)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?|\p{Ll}[\p{Ll}\p{N}._]{2,30}[\p{Ll}\p{N}])(?:\*\*|__|\*|_|\x60)?\s*\)/gu;
/** A name and a role between dashes or after a comma and a dash ("Yelmar — SRE on call — declared it"). */
const nameDashRole = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.-])(\p{Lu}\p{Ll}{2,})\s+[—–]\s+(?:the\s+|our\s+)?${roleNoun}\b`, 'gu');
/** The plural a community calls its members by ("Hachydermians", "Rustaceans", "Pythonistas", "Gophers" not: a word). */
const membersOfCommunity = /\p{Ll}(?:ians|eans|ites|nauts|istas)$/u;
/** A greeting opening a chat message ("hey Ilsabet, can you …"). */
const greeting = /(?:^|[>:]\s*)(?:[Hh]ey|[Hh]i|[Hh]ello|[Mm]orning|[Yy]o)\s+(\p{Lu}\p{Ll}{2,})\s*[,!]/gu;
/** A full name in lower case acting ("hallvard brekke restarted the primary", "priya sharma confirmed"). */
const lowerCaseFullNameActing = new RegExp(String.raw`(?<![\p{L}\p{N}@#/_.'’\x60-])(\p{Ll}{3,})\s(\p{Ll}{3,}(?:-\p{Ll}{3,})?)\s+(?:(?:also|then|quickly|later|manually|again)\s+)?(?:${actionVerbs}|${humanVerbs})\b`, 'gu');
/** A bold time and speaker (`**[10:02] hbrekke**:`) or a speaker with the time after (`hbrekke (10:02):`). */
const timedSpeaker = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:\*\*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+(\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\p{N}._]{2,30}[\p{Ll}\p{N}])\*\*\s*:|(\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}\p{N}._]{2,30}[\p{Ll}\p{N}])\s+\(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\):)\s+\S/u;
/**
 * The name before an e-mail address in angle brackets (`Hallvard B. <hb@acme.io>`, `"Brekke, Hallvard" <…>`),
 * also with the bracket escaped as an MDX post must write it (`\<hb@acme.io>`, since probe round 42b).
 */
const displayName = /(?:^|[\s:,;(])"?((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:,?\s+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){0,3})"?\s*\\?<[^<>\s@]+@[^<>\s]+>/gu;
/**
 * The cues of this file's phrasings run only on a line holding them, with their patterns
 * (test/unit/redaction-cue-implication.test.ts checks each is implied). The address's display name
 * is read beside an address in angle brackets: both of its cues are the line's.
 */
export const cuedPersonPatterns: readonly CuedPattern[] = [
  { name: "an image's namespace in a registry", cue: /\//, pattern: registryNamespace },
  { name: "an image's namespace after a command", cue: /\//, pattern: bareImageNamespace },
  { name: 'a full name in tool output', cue: / by | to /, pattern: fullNameByTool },
  { name: 'the name before an address (its bracket)', cue: /</, pattern: displayName },
  { name: 'the name before an address (its @)', cue: /@/, pattern: displayName },
];
/** An address's local part with no domain (`hallvard.brekke@ only`, `` `kbirkeland@` ``), as mail aliases are written. */
const bareLocalPart = /(?<![\p{L}\p{N}._%+@-])([\p{Ll}][\p{Ll}\p{N}._+-]*[\p{Ll}\p{N}])@(?=$|[\s),;:!?\x60"']|\.(?:\s|$))/gu;

/**
 * Since the tenth probe round: more places where only a person stands — a name with particles,
 * "hosted by" a first name or handle, a quotation's speaker after a dash or with a time, a handle
 * after "wrote", a byline in brackets, a name and a role between dashes, a greeting, a bold or
 * trailing time beside a speaker, the name before an address, and a bare local part.
 */
function findMoreNamedPeople(line: string, addPersonInContext: (name: string, index: number, why: string, options?: { alwaysGuess?: boolean }) => void): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const handle = (name: string) => personHandle(name) && nickLike(name) && !mergeBot.test(name) && !daemonName.test(name) && !isKnownWord(name);
  if (particleBeforeCapital.test(line)) {
    for (const m of allMatches(nameWithParticles, line)) {
      const surname = m[2].split(/[\s-]/).at(-1)!;
      const first = m[1];
      const titled = /^(?:Mr|Mrs|Ms|Dr|Prof)/.test(m[0]);
      if (!first && !titled) continue;
      // A team, a department or a service of another language ("Equipo de Plataforma"; false positives round 42).
      if (first && isBodyNounOpeningName(first)) continue;
      // Since probe round 46: a participle of Italian, Spanish or Portuguese before "da"/"de" is who
      // did it after ("Segnalato da Ottavio Scarabelli", read by other-language-people.ts), no name's part.
      if (first && isDoneByParticiple(first)) continue;
      // A place or a public name written so ("Rio de Janeiro", "Costa del Sol") is public.
      // The surname after a particle may be a word too ("van der Berg", "al-Farsi"): only a public name is none.
      if (isPublicTerm(m[0].trim()) || (first && isPublicTerm(`${first} ${m[2]}`)) || isPublicTerm(surname) || (first && !namePartLike(first) && !isKnownFirstName(first) && !dutchOrGermanParticleName(m[2], surname) && !patronymicName(m[2], surname))) continue;
      // Since probe round 34: a second surname after the first, no word ("Ana dos Santos Ferreira").
      const second = m[3] && !isEnglishWord(m[3].toLowerCase()) && !isOrdinaryWord(m[3]) && !isPublicTerm(m[3]) ? ` ${m[3]}` : '';
      // Two English words around the particle are a place's name as often ("Costa del Sol"), unless a surname no dictionary knows follows.
      if (first && isEnglishWord(first) && isEnglishWord(surname) && !second) continue;
      const text = (titled ? m[2] : m[0].slice(0, m[0].length - (m[3] ? m[3].length + 1 : 0)).trim()) + second;
      matches.push({ text, index: m.index! + m[0].indexOf(text), severity: 'error', why: 'a name written with its particles' });
    }
  }
  if (/[Hh]osted by/.test(line)) {
    for (const m of allMatches(hostedBy, line)) {
      const name = m[1];
      const index = m.index! + m[0].indexOf(name, 9);
      // A company hosts things too ("hosted by Hetzner"): a first name, a handle, or someone's own place.
      const meeting = /\b(?:call|meeting|bridge|session|sync|retro|retrospective|review|stand-?up|huddle|webinar)\b/i.test(line.slice(0, m.index));
      if (/^\p{Ll}/u.test(name)) {
        if (handle(name)) matches.push({ text: name, index, severity: 'error', guess: true, why: 'hosting something as a person does' });
      } else if (m[2] || meeting || (isKnownFirstName(name) && !isEnglishWord(name))) addPersonInContext(name, index, 'hosting something as a person does', { alwaysGuess: !m[2] && !isKnownFirstName(name) });
    }
  }
  if (/["”]/.test(line)) {
    for (const m of allMatches(quoteDashAttribution, line)) {
      const name = m[1] ?? m[2];
      addPersonInContext(name, m.index! + m[0].indexOf(name), 'quoted as a speaker');
    }
    for (const m of allMatches(quoteHandle, line)) {
      if (handle(m[1])) matches.push({ text: m[1], index: m.index! + m[0].length - m[1].length, severity: 'error', guess: true, why: 'quoted as a speaker' });
    }
  }
  if (line.includes('(')) {
    for (const m of allMatches(bracketedBy, line)) {
      const name = m[1];
      const index = m.index! + m[0].indexOf(name, 3);
      if (/^\p{Lu}/u.test(name)) addPersonInContext(name, index, 'a byline in brackets');
      else if (handle(name)) matches.push({ text: name, index, severity: 'error', guess: true, why: 'a byline in brackets' });
    }
  }
  for (const m of allMatches(nameDashRole, line)) addPersonInContext(m[1], m.index!, 'named beside a role');
  // Two words no dictionary or list of public names knows, one of them a name the lexicon knows,
  // acting: the same evidence as the capitalised pair ("kube proxy restarted", "ruby gems failed",
  // "pgbouncer pooler restarted" are not: an English word, or no name among them).
  for (const m of allMatches(lowerCaseFullNameActing, line)) {
    const [first, surname] = [m[1], m[2]];
    const capital = (w: string) => w[0].toUpperCase() + w.slice(1);
    const words = [first, ...surname.split('-')];
    if (words.some((w) => isEnglishWord(w) || isPublicTerm(w) || isOrdinaryWord(capital(w)) || daemonName.test(w))) continue;
    if (!words.some((w) => isKnownFirstName(capital(w)))) continue;
    matches.push({ text: `${first} ${surname}`, index: m.index!, severity: 'error', guess: true, why: 'a full name in lower case acting as a person' });
  }
  // A community's name for its members ("Hello Hachydermians!", "Hey Rustaceans,"; adoption round
  // 49: published as "Hello an engineer!") greets the readers, no one person.
  for (const m of allMatches(greeting, line)) if (!membersOfCommunity.test(m[1])) addPersonInContext(m[1], m.index! + m[0].lastIndexOf(m[1]), 'greeted in a chat');
  const timed = timedSpeaker.exec(line);
  if (timed) {
    const name = timed[1] ?? timed[2];
    const index = timed.index + timed[0].indexOf(name, timed[1] ? timed[0].indexOf(']') : 0);
    if (/^\p{Lu}/u.test(name)) addPersonInContext(name, index, 'the speaker of a chat line');
    else if (handle(name)) matches.push({ text: name, index, severity: 'error', why: 'the speaker of a chat line' });
  }
  return matches;
}

/** Since the tenth probe round: the name before an address in angle brackets, and a mailbox's local part without its domain, in prose and code. */
function findNamesBesideAddresses(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  if (cuedPersonPatterns[3].cue.test(line) && cuedPersonPatterns[4].cue.test(line)) {
    for (const m of allMatches(displayName, line)) {
      const words = m[1].split(/,?\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w));
      if (!words.length || !words.some((w) => namePartLike(w) || isKnownFirstName(w)) || words.every((w) => isPublicTerm(w))) continue;
      matches.push({ text: m[1], index: m.index! + m[0].indexOf(m[1]), severity: 'error', guess: !words.some((w) => isKnownFirstName(w)), why: 'the name before an e-mail address' });
    }
  }
  if (line.includes('@')) {
    for (const m of allMatches(bareLocalPart, line)) {
      // An initial before the surname (`a.nakamura@`; since probe round 32): the surname is the part to judge.
      const head = /^\p{Ll}[._]\p{Ll}/u.test(m[1]) ? m[1].slice(2) : m[1];
      if (personalAccount(m[1]) && nickLike(head.replace(/[._+-].*$/, '')) && !isSystemAccount(m[1])) matches.push({ text: m[1], index: m.index!, severity: 'error', guess: true, why: "a mailbox's local part" });
    }
  }
  return matches;
}

/**
 * A capitalised word, possibly possessive, that is not part of a longer name, path or handle
 * (`Edith`, `Miriah's`; not `Jean-Pierre`, `/home/Edith`, `@Edith`), nor of a connection between
 * two places ("Hanna–Juniper").
 */
const capitalisedWord = /(?<![\p{L}\p{N}@#/\\_.'’–—-])(\p{Lu}\p{Ll}{2,})(?=[’']s(?![\p{L}\p{N}])|(?![\p{L}\p{N}_@'’–—-]))/gu;
/**
 * A possessive that stands for where someone lives or works ("the Pi at Miriah's)", "stays at
 * Miriah's for now", "Miriah's house"): companies and products own things too ("Flexential's data
 * center", "Komodo's API", "Hermes's config file"), but nobody says "at Komodo's".
 */
const ownersPlace = /^[’']s(?:\s+(?:house|home|place|flat|apartment|garage|basement|parents|family|car|desk|room|kids|wife|husband|partner)\b|[\s*_"”’]*(?:$|[)\].,;:!?]|\s(?:and|or|for|until|since|while|over|last|this|next|yesterday|today|tonight)\b))/u;
/** What may come before a sentence's first word: a list marker, a heading, a table cell, a quote, markup. */
const sentenceOpening = /(?:^|[.!?:;|]|^\s*(?:[-*+>]|\d+[.)]|#{1,6}))[\s*_"'“‘(\[]*$/u;

/**
 * Words that name a person wherever they stand, though no phrasing says so: a first name that no
 * dictionary, lexicon or list of public names knows as anything else ("Environment: Edith
 * (sandbox)", a laptop "Edith", "mcp-tunnel runs on Edith"), and a word known to none of them
 * with a possessive mid-sentence that names someone's place ("the Pi at Miriah's",
 * {@link ownersPlace}). Both are guesses, `redact/possible-person`, dropped where the post uses
 * the word as a thing ({@link usedAsThing}).
 */
export function findFirstNamesAndOwners(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (const m of allMatches(capitalisedWord, line)) {
    const word = m[1];
    if (isOrdinaryWord(word) || isEnglishWord(word) || isPublicTerm(word)) continue;
    const after = line.slice(m.index! + word.length, m.index! + word.length + 60);
    const firstName = isKnownFirstName(word);
    // The phrase check reads the whole line: only for a word that is a name or an owner so far.
    if ((!firstName && !ownersPlace.test(after)) || insidePublicPhrase(line, m.index!, word)) continue;
    if (firstName) {
      // Before a capitalised English word it is a two-word name ("Claude Code", "Edith Smith"),
      // which the language model and the full-name guesses judge as a whole.
      const next = /^\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_-])/u.exec(after)?.[1];
      if (next && (isEnglishWord(next) || isOrdinaryWord(next))) continue;
      // After its vendor's name, a product's ("Anthropic Claude 4"); the word before read from the
      // 60 characters before it, not the whole line (a long line holds many first names).
      const vendor = /(?<![\p{L}])(\p{Lu}\p{L}+)[ \t]+$/u.exec(line.slice(Math.max(0, m.index! - 60), m.index!))?.[1];
      if (vendor && isVendorProductName(`${vendor} ${word}`, line.slice(m.index! - vendor.length - 1))) continue;
      matches.push({ text: word, index: m.index!, severity: 'error', guess: true, firstName: true, why: 'a first name' });
      continue;
    }
    if (ownersPlace.test(after) && !isKnownWord(word) && !sentenceOpening.test(line.slice(0, m.index))) {
      matches.push({ text: word, index: m.index!, severity: 'error', guess: true, why: "a word no dictionary knows, with a possessive that names someone's place" });
    }
  }
  return matches;
}

/**
 * Of `columns`, those where two cells or more in the table's rows from line `first` are each an
 * English word in capitals of four letters or more (`SERVERS`, `GUEST`): labels written in
 * capitals, not people. One such cell (`| DONE |` in a Who column) is not enough.
 */
function columnsOfCapitalWords(lines: readonly string[], first: number, columns: readonly number[]): Set<number> {
  const counts = new Map<number, number>();
  for (let i = first; i < lines.length && /^\s*\|.*\|\s*$/.test(lines[i]); i++) {
    const cells = splitCells(lines[i]);
    for (const c of columns) {
      const word = cells[c]?.text.trim().replace(/[*_`]/g, '');
      if (word && /^\p{Lu}{4,}$/u.test(word) && isEnglishWord(word.toLowerCase())) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([c]) => c));
}

/** Cells of table columns whose header names people ("Owner", "Who"), by line index. */
export function findPersonCells(lines: readonly string[]): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let columns: number[] = [];
  let accountColumns = new Set<number>();
  let capitalLabelColumns = new Set<number>();
  // Since probe round 31: a column of people where one cell holds a name makes a cell of one
  // lower-case word in it a handle too, dictionary word or not (`mar` beside `sam` and `bob` in
  // an Owner column), as a list in one cell does; not a team's word, a role or a placeholder.
  let columnsWithPeople = new Set<number>();
  let loneWordCells: { line: number; column: number; match: PatternMatch }[] = [];
  const endTable = () => {
    for (const { line, column, match } of loneWordCells) if (columnsWithPeople.has(column)) found.set(line, [...(found.get(line) ?? []), match].sort((a, b) => a.index - b.index));
    columnsWithPeople = new Set();
    loneWordCells = [];
  };
  lines.forEach((line, i) => {
    if (!/^\s*\|.*\|\s*$/.test(line)) {
      columns = [];
      endTable();
      return;
    }
    const cells = splitCells(line);
    if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) return; // the delimiter row
    // Since the twelfth probe round: a table of roles, a role in the first cell and who held it in
    // the second (`| Scribe | Dagfinn |`), the header row too (`| Incident commander | Kasimir |`).
    if (cells.length >= 2 && roleInCell.test(cells[0].text.trim().replace(/[*_`]/g, ''))) {
      const cell = cells[1];
      const matches = namesInList(cell.text, cell.start, 'beside a role in a table of roles').filter((m) => /^\p{Lu}{2,3}$/u.test(m.text) || !isOrdinaryWord(m.text));
      if (matches.length) found.set(i, [...(found.get(i) ?? []), ...matches]);
    }
    // Since probe round 47: a metadata table's Team row of initials (`| **Team** | QV |`, as a
    // data-integrity group's reports name who handled each event); not a team's or a role's
    // acronym (`SRE`, `NOC`) or a public term.
    if (cells.length >= 2 && teamInCell.test(cells[0].text.trim().replace(/[*_`]/g, '')) && initialsCell.test(cells[1].text)) {
      const matches = [...allMatches(/\p{Lu}{2,3}/gu, cells[1].text)].filter((m) => !roleAcronyms.has(m[0]) && !isRoleAcronym(m[0]) && !teamWordInCell.test(m[0]) && !isPublicTerm(m[0]) && !isEnglishWord(m[0].toLowerCase()))
        .map((m): PatternMatch => ({ text: m[0], index: cells[1].start + m.index!, severity: 'error', guess: true, why: teamRowInitials }));
      if (matches.length) found.set(i, [...(found.get(i) ?? []), ...matches]);
    }
    const next = lines[i + 1] ?? '';
    if (/^\s*\|[\s:|-]+\|\s*$/.test(next)) {
      endTable();
      accountColumns = new Set(cells.flatMap((cell, c) => (accountHeader.test(cell.text.trim().replace(/[*_`]/g, '')) ? [c] : [])));
      const headers = cells.map((cell) => cell.text.trim().replace(/[*_`]/g, ''));
      columns = cells.flatMap((cell, c) => (personHeader.test(headers[c]) || isHandOffColumn(headers[c], headers) || accountColumns.has(c) ? [c] : []));
      capitalLabelColumns = columnsOfCapitalWords(lines, i + 2, columns);
      return;
    }
    for (const c of columns) {
      const cell = cells[c];
      if (!cell) continue;
      // Since probe round 41: a column of accounts ("Nick", "IRC", "GitHub", "Slack"), as a society
      // lists its sysadmins, holds a handle or a few joined by a slash or a comma (`mloc6/mloc`,
      // `orlav-dev`), words or not; not a placeholder, a team's word or a public name. A cell of
      // anything else (an issue's link, a sentence: a "GitHub" column of action items) is not read.
      if (accountColumns.has(c)) {
        if (accountCell.test(cell.text)) {
          const handles = [...allMatches(/[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu, cell.text)].filter((m) => !notAnAccountCell.test(m[0]) && !pronounWord.test(m[0]) && !teamWordInCell.test(m[0]) && !isPublicTerm(m[0]) && !/^\d+$/.test(m[0]));
          if (handles.length) found.set(i, [...(found.get(i) ?? []), ...handles.map((m) => ({ text: m[0], index: cell.start + m.index!, severity: 'error' as const, why: 'in a column of accounts' }))].sort((a, b) => a.index - b.index));
        }
        continue;
      }
      // A team named in another language's words ("Equipo SRE", "Équipe produit"; probe round 37, whose owner columns are read in those languages).
      if (otherLanguageTeamCell.test(cell.text)) continue;
      // In a column of words in capitals (`| MGMT |`, `| SERVERS |`: a "Name" column of VLANs), two or
      // three capitals are one more label, no one's initials (adoption round 49: `| IOT |`).
      const matches = namesInList(cell.text, cell.start, 'in a column of people').filter((m) => (/^\p{Lu}{2,3}$/u.test(m.text) && !capitalLabelColumns.has(c)) || (!isOrdinaryWord(m.text) && !(capitalLabelColumns.has(c) && m.text === m.text.toUpperCase())));
      // A first name in lower case, as handles are written (`charles`, `stephane`): in a column of
      // people it is someone, even where a dictionary or a list of public names knows the word.
      for (const m of allMatches(lowerHandle, cell.text)) {
        const capitalised = m[0][0].toUpperCase() + m[0].slice(1);
        if (isKnownFirstName(capitalised) && !matches.some((k) => k.index === cell.start + m.index!)) matches.push({ text: m[0], index: cell.start + m.index!, severity: 'error', why: 'in a column of people' });
      }
      // A list of people in one cell (`charles, stephane, christian`): once one of them is a
      // name, the other single words are names too, English or not ("christian", "will"); not
      // a team's name, a role or a placeholder.
      // Not a sentence with commas (round 25 of false positives, people-cell-lists.ts).
      if (matches.length && /[,;&/]|\band\b/.test(cell.text) && isListOfShortItems(cell.text)) {
        for (const item of allMatches(/[\p{L}][\p{L}\p{N}._'’-]*/gu, cell.text)) {
          const at = cell.start + item.index!;
          const word = item[0];
          if (matches.some((k) => placeHolds(k, at))) continue;
          if (/^(?:and|or|the|an?|tbd|tba|n\/a|none|nobody|team|all|everyone)$/i.test(word) || pronounWord.test(word) || roleAcronyms.has(word.toUpperCase()) || teamWordInCell.test(word) || isPublicTerm(word)) continue;
          matches.push({ text: word, index: at, severity: 'error', why: 'in a column of people, listed with a name' });
        }
      }
      matches.sort((a, b) => a.index - b.index);
      if (matches.length) {
        found.set(i, [...(found.get(i) ?? []), ...matches]);
        columnsWithPeople.add(c);
        continue;
      }
      const lone = /^(\s*[*_`]*)(\p{Ll}[\p{Ll}\p{N}]{1,30})[*_`]*\s*$/u.exec(cell.text);
      if (lone && !/^(?:and|or|the|an?|tbd|tba|tbc|none|nobody|team|all|everyone|unassigned|pending|done|open|closed|yes|no|n|y|na|todo|wip)$/.test(lone[2]) && !pronounWord.test(lone[2]) && !roleAcronyms.has(lone[2].toUpperCase()) && !teamWordInCell.test(lone[2]) && !isPublicTerm(lone[2])) {
        loneWordCells.push({ line: i, column: c, match: { text: lone[2], index: cell.start + lone[1].length, severity: 'error', why: 'in a column of people whose other cells hold names' } });
      }
    }
  });
  endTable();
  return found;
}

/** The text of an HTML cell or term, tags and spaces around it dropped, for `personHeader`. */
const headerText = (html: string) => html.replace(/<[^<>]*>/g, '').replace(/[*_`]/g, '').trim();

/**
 * Values of people in HTML markup, which a `.mdx` or `.md` post may write instead of a Markdown
 * table: the `<dd>` after a `<dt>Owner</dt>` of a description list, and the `<td>` cells under a
 * `<th>Owner</th>` of a table, also written over several lines. By line index, like the cells of
 * Markdown tables.
 */
export function findHtmlPersonCells(text: string): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  if (!/<(?:dt|th)\b/i.test(text)) return found;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const add = (value: string, at: number, why: string) => {
    // One value may span lines: each line of it is read on its own, at its own place.
    let offset = 0;
    for (const part of value.split('\n')) {
      const absolute = at + offset;
      offset += part.length + 1;
      let line = lineStarts.length - 1;
      while (lineStarts[line] > absolute) line--;
      // Tags inside the value (`<code>`, `<a>`) are blanked, keeping positions.
      const plain = part.replace(/<[^<>]*>/g, (tag) => ' '.repeat(tag.length));
      const matches = namesInList(plain, absolute - lineStarts[line], why).filter((m) => /^\p{Lu}{2,3}$/u.test(m.text) || !isOrdinaryWord(m.text));
      if (matches.length) found.set(line, [...(found.get(line) ?? []), ...matches]);
    }
  };
  for (const m of text.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/gi)) {
    if (personHeader.test(headerText(m[1]))) add(m[2], m.index! + m[0].length - '</dd>'.length - m[2].length, 'in a description list of people');
  }
  for (const table of text.matchAll(/<table\b[^>]*>[\s\S]*?<\/table>/gi)) {
    let columns: number[] = [];
    for (const row of table[0].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const cells = [...row[1].matchAll(/<(t[hd])\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)];
      if (cells.length && cells.every((c) => c[1].toLowerCase() === 'th')) {
        columns = cells.flatMap((c, i) => (personHeader.test(headerText(c[2])) ? [i] : []));
        continue;
      }
      for (const c of columns) {
        const cell = cells[c];
        if (!cell) continue;
        const at = table.index! + row.index! + row[0].indexOf(row[1]) + cell.index! + cell[0].indexOf('>') + 1;
        add(cell[2], at, 'in a column of people');
      }
    }
  }
  return found;
}

/**
 * Headings of sections that list people: every capitalised name in their list items is one. Since
 * session 30 also the thanks a retrospective closes with ("## Thanks", "## Acknowledgements"), a
 * list of the people who helped (Taskcluster's retrospectives list their IRC nicks there).
 */
const peopleHeading = /^\s{0,3}#{1,6}\s+(?:[\p{L} ]*\s)?(?:responders?|attendees?|participants?|people(?: involved)?|who was involved|contributors?|authors?|reviewers?|owners?|on-?call|incident team|response team|team members|involved|thanks|thank you|acknowledge?ments|kudos|credits|shout-?outs)\s*:?\s*$/iu;

/**
 * Words a list of people holds that are no one's name ("- everyone", "- the SRE team"): an item
 * of one lower-case word in a people section is a handle otherwise, whatever a dictionary says of
 * it (`coop`, `grenade`, `owlish` are nicks there).
 */
const notAHandleInPeopleList = /^(?:everyone|everybody|all|team|teams|us|you|them|folks|others|y'all|sheriffs|oncall|on-call|etc|and|the|our)$/i;

/** A list item (or a line of a people section) that is one lower-case word: a nick, as chats list them. */
function wholeItemHandle(text: string, offset: number, why: string): PatternMatch | undefined {
  const word = /^(\s*)(?:\*\*|__|\*|_|`)?@?([\p{Ll}][\p{Ll}\p{N}._-]{1,30})(?:\*\*|__|\*|_|`)?[\s.,;]*$/u.exec(text);
  // Words joined by separators name a project or a tool (`cert-manager`); a nick runs its letters together.
  if (!word || notAHandleInPeopleList.test(word[2]) || isPublicTerm(word[2]) || htmlElementNames.has(word[2]) || systemUsers.has(word[2]) || (/[-._]/.test(word[2]) && madeOfWords(word[2].replace(/[._]+/g, '-')))) return undefined;
  return { text: word[2], index: offset + text.indexOf(word[2], word[1].length), severity: 'error', why };
}

/**
 * Names in the list items of a people section ("## Responders" then "- Angus"), by line index.
 * An item of one lower-case word is a handle ("## Thanks" then "* coop"), and a line of such
 * words with commas lists them ("tomprince, aki, owlish, dustin").
 */
export function findPeopleSections(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const why = 'listed under a heading of people';
  let inSection = false;
  lines.forEach((line, i) => {
    if (codeLines.has(i)) return;
    if (/^\s{0,3}#{1,6}\s/.test(line)) {
      inSection = peopleHeading.test(line);
      return;
    }
    if (!inSection) return;
    const item = /^(\s*(?:[-*+]|\d+[.)])\s+)(.*)$/.exec(line);
    const commaLine = !item && /^\s*@?[\p{L}][\p{L}\p{N}._-]*(?:\s*,\s*@?[\p{L}][\p{L}\p{N}._-]*)+\s*[.,]?\s*$/u.test(line) ? line : undefined;
    if (!item && !commaLine) return;
    const parts = item ? [{ text: item[2], offset: item[1].length }] : [...commaLine!.matchAll(/[^,]+/g)].map((m) => ({ text: m[0], offset: m.index! }));
    const matches = parts.flatMap(({ text, offset }) => {
      const named = namesInList(text, offset, why).filter((m) => !isPublicTerm(m.text));
      const handle = named.length ? undefined : wholeItemHandle(text, offset, why);
      return handle ? [handle] : named;
    });
    if (matches.length) found.set(i, matches);
  });
  return found;
}

const closingLine = /^\s*(?:Cheers|Thanks|Thanks again|Many thanks|Thank you|Best|Best regards|Kind regards|Warm regards|Regards|Sincerely|Take care|Ta)\s*[,!.—–-]?\s*$/i;
/**
 * A mail's signature delimiter, two dashes alone on a line ("--⏎Tvarrick Holm | Platform team";
 * since probe round 47): what a copied message signs under it, as under a closing. Not in code,
 * where two dashes open an SQL comment.
 */
const signatureDelimiter = /^\s*--[ \t]?$/;
/** A closing, then a dash and what follows it on the same line ("Thanks, —Teodrin", "Cheers - tovem"). */
const closingThenDash = /^(\s*[\p{L} ]{2,16}?[,!.]?\s*)[—–-]\s*(\S[^\n]{0,60})$/u;
const signOffName = new RegExp(String.raw`^\s*(?:[-—–~]\s*)?(?:\*\*|__|\*|_)?(${capitalisedName}|\p{Ll}[\p{Ll}\p{N}._]{2,30})(?:\*\*|__|\*|_)?(?:\s*[,(|]\s*[^.!?]{0,40})?\s*$`, 'u');

/**
 * The name under a closing ("Cheers,⏎Tove", "Thanks!⏎⏎— tovem, SRE"): a message copied into the
 * post keeps its signature. A first name is a person, a word no dictionary knows a guess, a
 * lower-case word a handle.
 */
export function findSignOffs(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  lines.forEach((line, i) => {
    // Since probe round 62 the closing and a dash before the name on one line ("Thanks, —Teodrin").
    const oneLine = closingThenDash.exec(line);
    const closed = oneLine !== null && closingLine.test(oneLine[1]);
    if (!closed && !closingLine.test(line) && !(signatureDelimiter.test(line) && !codeLines.has(i))) return;
    let j = i + 1;
    if (!closed && j < lines.length && !lines[j].trim()) j++;
    if (closed) j = i;
    else if (j >= lines.length || codeLines.has(j) !== codeLines.has(i)) return;
    const m = signOffName.exec(closed ? oneLine[2] : lines[j]);
    if (!m) return;
    const name = m[1];
    const index = (closed ? oneLine.index + oneLine[0].length - oneLine[2].length : 0) + m.index + m[0].indexOf(name);
    if (/^\p{Ll}/u.test(name)) {
      if (personalAccount(name) && nickLike(name)) found.set(j, [{ text: name, index, severity: 'error', why: 'signed a message' }]);
      return;
    }
    if (notAName(name) || notPeopleSubjects.has(name) || name.split(/\s+/).every((w) => isPublicTerm(w) || isEnglishWord(w) || isOrdinaryWord(w))) return;
    const known = isKnownFirstName(name.split(/[-\s]/)[0]);
    if (!known && (isPublicTerm(name) || isKnownWord(name))) return;
    found.set(j, [{ text: name, index, severity: 'error', guess: !known, why: 'signed a message' }]);
  });
  return found;
}

/**
 * The users of a pasted kubeconfig (`users:` then `- name: hbrekke`): the entry's name is the
 * account's, and `kubectl config view` prints it for whoever ran it.
 */
export function findKubeconfigUsers(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  // An RBAC binding's subject (`- kind: User` with `name: hbrekke` beside it).
  const bindingSubject = (line: string, i: number) => {
    if (!/^\s*(?:-\s+)?kind:\s*['"]?User['"]?\s*$/.test(line)) return;
    for (const j of [i - 1, i + 1, i + 2]) {
      const named = codeLines.has(j) ? /^\s*(?:-\s+)?name:\s*['"]?([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])['"]?\s*$/u.exec(lines[j] ?? '') : null;
      if (named && personalAccount(named[1]) && nickLike(named[1])) found.set(j, [{ text: named[1], index: lines[j].indexOf(named[1], lines[j].indexOf('name:')), severity: 'error', why: 'the user of an RBAC binding' }]);
    }
  };
  const usersKeyIndent = (line: string) => {
    const key = /^(\s*)([\w-]+):\s*$/.exec(line);
    return key?.[2] === 'users' ? key[1].length : undefined;
  };
  forEachPastedListLine(lines, codeLines, usersKeyIndent, (line, i, indent, keyIndent) => {
    if (indent < keyIndent || (indent === keyIndent && !line.trimStart().startsWith('-'))) return 'end';
    const entry = /^\s*-\s+name:\s*['"]?([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])['"]?\s*$/u.exec(line);
    if (entry && personalAccount(entry[1]) && nickLike(entry[1])) found.set(i, [{ text: entry[1], index: line.indexOf(entry[1], line.indexOf('name:')), severity: 'error', why: 'a user of a pasted kubeconfig' }]);
  }, bindingSubject);
  return found;
}

/**
 * A YAML list of people under a key that says so (`owners:`, `assignees:`, `maintainers:`,
 * `reviewers:`, `oncall:` then `- hbrekke`; since the fourteenth probe round `notify:`,
 * `watchers:`, `subscribers:`, `cc:`; since probe round 63 `contributors:`, `participants:`,
 * `attendees:`, `authors:`, `stakeholders:`, `contacts:`, as a front matter lists them), in pasted code: each item judged as an owner's value
 * (a full name, or a handle that is no English word, public name, system account or team).
 */
const peopleListKey = /^(\s*)(?:-\s+)?(?:owners|assignees|maintainers|reviewers|approvers|responders|contributors|participants|attendees|authors|stakeholders|contacts|on[_-]?call(?:[_-]engineers)?|escalation|notify|watchers|subscribers|cc)\s*:\s*$/i;
/**
 * The keys of probe round 63 list roles as often as people in other scripts (a Chinese runbook's
 * `participants:` then `- "SRE团队"`, `- "产品经理"`, "the SRE team", "product managers"): their
 * items are read in Latin letters only.
 */
const rolesOrPeopleListKey = /^\s*(?:-\s+)?(?:contributors|participants|attendees|authors|stakeholders|contacts)\s*:/i;
export function findPeopleLists(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let latinOnly = false;
  forEachPastedListLine(lines, codeLines, (line) => {
    const key = peopleListKey.exec(line);
    if (key) latinOnly = rolesOrPeopleListKey.test(line);
    return key?.[1].length;
  }, (line, i, indent, keyIndent) => {
    const item = /^\s*-\s+["']?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}|[\p{L}][\p{L}\p{N}._-]*)["']?\s*(?:#.*)?$/u.exec(line);
    if (indent < keyIndent || (indent === keyIndent && !item) || (!item && !/^\s*-?\s*[\w-]+:/.test(line))) return 'end';
    if (!item) return;
    const value = item[1];
    if (teamWord.test(value) || isPublicTerm(value) || (latinOnly && /[^\p{Script=Latin}\p{N}\s._'’-]/u.test(value))) return;
    const at = line.indexOf(value, line.indexOf('-'));
    const why = 'listed under a key of people, in pasted structured output';
    if (/\s/.test(value)) {
      if (!notAName(value) && !value.split(/\s+/).every((w) => isPublicTerm(w) || isEnglishWord(w) || isOrdinaryWord(w))) found.set(i, [{ text: value, index: at, severity: 'error', why }]);
    } else if (personalAccount(value) && nickLike(value) && !mergeBot.test(value)) found.set(i, [{ text: value, index: at, severity: 'error', why }]);
  });
  return found;
}

/** The code lines and the lines of a leading front matter (`---` on the first line to the next `---`), which is YAML as pasted code is. */
export function withFrontMatterLines(lines: readonly string[], codeLines: ReadonlySet<number>): ReadonlySet<number> {
  if (lines[0]?.trimEnd() !== '---') return codeLines;
  const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (end === -1) return codeLines;
  const withFront = new Set(codeLines);
  for (let i = 1; i < end; i++) withFront.add(i);
  return withFront;
}

/** CSV headers of columns that hold people's accounts, and of columns that hold full names. */
// Since the seventeenth probe round also a paging tool's export (`assigned_to`, `acknowledged_by`, `resolved_by`).
const csvAccountHeader = /^(?:user|users|username|user_?name|login|user_?login|author|actor|assignee|reporter|owner|created_?by|updated_?by|requested_?by|assigned_?to|acknowledged_?by|acked_?by|resolved_?by|escalated_?to|closed_?by|triggered_?by|incident_?commander|commander|responder|target|escalation_?target|recipient|notify)$/i;
const csvNameHeader = /^(?:name|full_?name|display_?name|person|engineer|responder|on_?call)$/i;
/** Cells of a comma-separated line, quotes around a cell dropped, each with its column. */
function csvCells(line: string): { text: string; index: number }[] {
  const cells: { text: string; index: number }[] = [];
  let start = 0;
  for (const part of line.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim().replace(/^"(.*)"$/, '$1');
    cells.push({ text, index: start + lead + (part.trim().startsWith('"') && text !== part.trim() ? 1 : 0) });
    start += part.length + 1;
  }
  return cells;
}

/**
 * The people in CSV pasted into code (a query's or an export's output): under a header whose
 * column holds accounts (`user`, `login`, `author`) a handle or full name, under one of names
 * (`name`, `full_name`) a full name only, since `name` columns hold hosts and products as often.
 * Rows are the lines after the header with as many cells.
 */
export function findCsvPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  let columns: { account: Set<number>; name: Set<number>; width: number } | undefined;
  lines.forEach((line, i) => {
    if (!codeLines.has(i) || !line.includes(',')) {
      columns = undefined;
      return;
    }
    const cells = csvCells(line);
    if (columns && cells.length === columns.width) {
      const matches: PatternMatch[] = [];
      cells.forEach((cell, c) => {
        const name = cell.text;
        if (!name || !/^[\p{L}][\p{L}\p{N}._'’ -]*$/u.test(name)) return;
        const words = name.split(/\s+/);
        const fullName = words.length >= 2 && words.length <= 4 && !notAName(name) && !words.every((w) => isPublicTerm(w) || isEnglishWord(w) || isOrdinaryWord(w)) && words.every((w) => /^\p{Lu}/u.test(w));
        const account = words.length === 1 && personalAccount(name) && (nickLike(name) || isKnownFirstName(name));
        if ((columns!.account.has(c) && (fullName || account)) || (columns!.name.has(c) && fullName)) matches.push({ text: name, index: cell.index, severity: 'error', why: 'a person in a column of CSV output' });
      });
      if (matches.length) found.set(i, matches);
      return;
    }
    const headers = cells.map((cell) => cell.text.trim());
    const account = new Set(headers.flatMap((h, c) => (csvAccountHeader.test(h) ? [c] : [])));
    const name = new Set(headers.flatMap((h, c) => (csvNameHeader.test(h) ? [c] : [])));
    columns = cells.length >= 2 && (account.size || name.size) ? { account, name, width: cells.length } : undefined;
  });
  return found;
}

/**
 * A series of names in prose ("Angus, Georgiana and Yuvi"): three or more capitalised words, or
 * two joined by "and", each a first name or a word nobody else knows, none a public name or
 * English. Lists of products and places ("AWS, Google and Azure") are public names.
 */
export function findNameSeries(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const series = /(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_-])/gu;
  for (const m of allMatches(series, line)) {
    const words = [...m[1].matchAll(/\p{Lu}\p{Ll}+/gu)].filter((w) => w[0] !== 'And');
    const nameLike = (w: string) => !isPublicTerm(w) && !isOrdinaryWord(w) && (isKnownFirstName(w) || (!isEnglishWord(w) && !isKnownWord(w)));
    if (words.length < 2 || !words.every((w) => nameLike(w[0]))) continue;
    for (const w of words) matches.push({ text: w[0], index: m.index! + w.index!, severity: 'error', guess: true, why: 'in a series of names' });
  }
  return matches;
}

/**
 * The other members of a series that holds a person ("with Dimi, Marko, and Dev", "contributors
 * such as Marko (Cosmos), Zelmin (Quorvo), theBro (Kestrel), toschdev (Ulmo)", "with Yelmar and
 * Dev"): a list of two (joined by "and", or alone between brackets) or more one-word items, each perhaps with its organisation in brackets, is a list of people when
 * one of them is a name found as a person in the text, so that the names the phrasings missed do not stay beside the one they found. Read per paragraph
 * (a series wraps over lines). A sibling is a capitalised word no lexicon knows as a common word,
 * a camel-case or lower-case handle no dictionary knows, never a public name ("with Tove, Redis and
 * Grafana" names one person). A guess: the evidence is the company it keeps.
 */
export function findSeriesSiblings(lines: readonly string[], codeLines: ReadonlySet<number>, people: readonly PersonCandidate[]): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  // A name found anywhere in the text is one wherever it stands, as the scan will report it.
  // Not two unknown capitalised words taken for a full name: place names have that shape too
  // ("Nathpa Jhakri"), and their series are of places ("Salal, Bhakra and Chibro").
  const named = new Set(people.filter((p) => !p.unknownFullName).flatMap((p) => p.text.split(/\s+/)).filter((w) => w.length >= 3 && !isOrdinaryWord(w)));
  // A series is kept only when one of its items is a name found: a text without one has none, and
  // a paragraph that holds no such name anywhere has none either (session 42: the walk below read
  // every paragraph of every public post, most of which name nobody).
  if (!named.size) return found;
  const namedWords = [...named];
  const item = String.raw`\p{L}[\p{L}\p{N}_-]*(?:\s+\([^()\n]{1,40}\))?`;
  const separator = String.raw`(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)`;
  const series = new RegExp(String.raw`(?<![\p{L}\p{N}_@#/.'’-])${item}(?:${separator}${item})+(?![\p{L}\p{N}_'’-])`, 'gu');
  const sibling = (word: string) =>
    /^\p{Lu}\p{Ll}+$/u.test(word)
      ? !isPublicTerm(word) && !isKnownWord(word) && !isKnownWord(word.toLowerCase())
      : /^\p{Ll}+(?:\p{Lu}\p{Ll}*)+$|^\p{Ll}[\p{Ll}\p{N}_]{2,}$/u.test(word) && nickLike(word) && !isKnownWord(word);
  for (let start = 0; start < lines.length; ) {
    let end = start;
    if (!codeLines.has(start) && lines[start].trim() && !/^\s*(?:#|\||<)/.test(lines[start])) {
      while (end + 1 < lines.length && !codeLines.has(end + 1) && lines[end + 1].trim() && !/^\s*(?:[-*+]\s|\d+[.)]\s|#|\||>|<)/.test(lines[end + 1])) end++;
      const paragraph = lines.slice(start, end + 1).join(' ');
      if (!namedWords.some((w) => paragraph.includes(w))) {
        start = end + 1;
        continue;
      }
      const offsets = lines.slice(start, end + 1).reduce<number[]>((at, line, k) => [...at, k ? at[k - 1] + lines[start + k - 1].length + 1 : 0], []);
      const place = (index: number) => {
        let k = offsets.length - 1;
        while (offsets[k] > index) k--;
        return { line: start + k, index: index - offsets[k] };
      };
      for (const m of allMatches(series, paragraph)) {
        const items = [...m[0].matchAll(new RegExp(`(?:^|${separator})(${item})`, 'gu'))].map((i) => {
          const name = /^[^\s(]+/u.exec(i[1])![0];
          return { name, ...place(m.index! + i.index! + i[0].length - i[1].length) };
        });
        const isPerson = (i: (typeof items)[number]) => named.has(i.name);
        if (!items.some(isPerson)) continue;
        // Two items are a pair only when "and" joins them ("with Yelmar and Dev", since the seventh
        // probe round); "Yelmar, Redis" is no list. Only a capitalised word is the other of a
        // pair: "Yelmar and kubelet" names a process.
        const pair = items.length === 2;
        // Two names alone between brackets are a list whatever joins them: "the agents (Alexandra,
        // Francia)" named the second agent on the public page beside the first, replaced (adoption
        // round 59, a team's wiki page in French).
        const bracketed = paragraph[m.index! - 1] === '(' && paragraph[m.index! + m[0].length] === ')';
        if (pair && !bracketed && !/\s(?:and|&)\s/.test(m[0].replace(/\([^()]*\)/g, ''))) continue;
        for (const i of items) {
          if (pair && !/^\p{Lu}\p{Ll}+$/u.test(i.name)) continue;
          // A word beside another capitalised word is part of a longer name ("Steady Nodes").
          const at = offsets[i.line - start] + i.index;
          const longer = /^\s+\p{Lu}/u.test(paragraph.slice(at + i.name.length)) || /\p{Lu}[\p{L}\p{N}]*\s+$/u.test(paragraph.slice(Math.max(0, at - 40), at));
          if (isPerson(i) || longer || !sibling(i.name)) continue;
          found.set(i.line, [...(found.get(i.line) ?? []), { text: i.name, index: i.index, severity: 'error', guess: true, why: 'in a series with a person' }]);
        }
      }
    }
    start = end + 1;
  }
  return found;
}

/**
 * Two capitalised words that read as a first name and a surname and that no lexicon, dictionary
 * or list of public names knows, at least one of them known to none ("Oluwaseun Adeyemi's
 * dashboard", "the chart from Oluwaseun Adeyemi"): the language model misses names of many
 * languages in such places. A guess; one the post uses as a thing ("Zuvora Kite users") is dropped.
 */
export function findUnknownFullNames(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  // A surname may be double-barrelled ("Aurelio Zanetti-Broglio"): each of its parts must read as a name.
  // Since probe round 55 the surname may be in emphasis ("Teodor _Brannvik_ restarted"): the
  // marker after it hid the pair. Its second group is the marker, the third the surname.
  const pair = /(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}\p{Ll}+)\s+(\*\*|__|\*|_)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\2(?=[’']s\b|(?![\p{L}\p{N}_'’-]))/gu;
  const emphasisedSurnameActing = new RegExp(String.raw`^\s+(?:${actionVerbs}|${humanVerbs})\b`, 'u');
  /** Where a pair's second word starts, with its marker. */
  const secondWordAt = (m: RegExpExecArray) => m.index + m[0].length - m[3].length - 2 * (m[2]?.length ?? 0);
  const unknownWord = (w: string) => !isEnglishWord(w) && !isKnownWord(w);
  const unknown = (w: string) => w.split('-').some(unknownWord);
  const strictPart = (part: string) => !isPublicTerm(part) && !isOrdinaryWord(part) && (isKnownFirstName(part) || unknownWord(part));
  // A word only the word-game dictionary knows (it holds many names of other languages: "yaw",
  // "nkosi") reads as a name as a first name before a surname known to no one after a word that
  // introduces a person ("notes from Yaw Darko"; "Sun Microsystems" opens a sentence) and
  // as one part of a double-barrelled surname ("Dlamini-Nkosi"); as a surname it is more often a
  // thing ("Flexential Failure", "Narora Atomic").
  const loosePart = (part: string) => !isPublicTerm(part) && !isOrdinaryWord(part) && (isKnownFirstName(part) || !isKnownWord(part));
  const firstLike = (w: string, before: string) => w.split('-').every(/\b(?:from|by|with|to)\s+$/.test(before) ? loosePart : strictPart);
  const surnameLike = (w: string) => (w.includes('-') ? w.split('-').every(loosePart) && unknown(w) : strictPart(w));
  // A pair that is no name gives its second word back: in "Ask Hallvard Brekke to …" the name is
  // the second and third capitalised words, which a scan of whole pairs never tries.
  pair.lastIndex = 0;
  for (let m = pair.exec(line); m; m = pair.exec(line)) {
    // "Laut Handbuch", "Selon Armelle": "according to" opening a sentence is no first name; the
    // word it cites is a name unless German shows it a noun (round 34 of false positives).
    if (isAccordingToWord(m[1])) {
      // Only what the pair was found for before, narrowed to the word after; a given name a lexicon
      // knows there is read by findOtherLanguagePersonCues, as a person's.
      const pairFound = firstLike(m[1], line.slice(0, m.index)) && surnameLike(m[3]) && (unknown(m[1]) || unknown(m[3]));
      if (pairFound && !isCitedThing(m[1], m[3]) && !isKnownFirstName(m[3]) && !isOtherLanguageGivenName(m[3]) && unknown(m[3])) matches.push({ text: m[3], index: m.index + m[0].lastIndexOf(m[3]), severity: 'error', guess: true, unknownFullName: true, why: 'a word no dictionary knows after "according to"' });
      pair.lastIndex = secondWordAt(m);
      continue;
    }
    // A surname in emphasis only after a given name a lexicon knows or before a person's verb:
    // other languages capitalise a noun or a verb before an emphasised word ("Dienst **Etherpad**
    // ist", "Favorece **Monolitos**"), which measured on the reports read as names.
    const emphasisedSurnameNoName = !!m[2] && !(isKnownFirstName(m[1]) || isGivenNameOnly(m[1]) || isOtherLanguageGivenName(m[1]) || emphasisedSurnameActing.test(line.slice(m.index + m[0].length)));
    if (emphasisedSurnameNoName || !firstLike(m[1], line.slice(0, m.index)) || !surnameLike(m[3]) || !(unknown(m[1]) || unknown(m[3]))) {
      pair.lastIndex = secondWordAt(m);
      continue;
    }
    matches.push({ text: m[0], index: m.index, severity: 'error', guess: true, unknownFullName: true, why: 'two capitalised words no dictionary knows: a full name' });
  }
  // The same name in capitals ("HENRIETTA LOCKSWORTH-PRYCE"), read as it would be written in
  // lower case. Acronyms are short and seldom start with a first name: a first name of four
  // letters or more before a surname known to no one is required.
  const titleCase = (w: string) => w.split('-').map((part) => part[0] + part.slice(1).toLowerCase()).join('-');
  const capitalsPair = /(?<![\p{L}\p{N}@#/_.'’-])(\p{Lu}{4,})\s+(\p{Lu}{3,}(?:-\p{Lu}{3,})*)(?![\p{L}\p{N}_'’-])/gu;
  for (let m = capitalsPair.exec(line); m; m = capitalsPair.exec(line)) {
    const [first, surname] = [titleCase(m[1]), titleCase(m[2])];
    if (!isKnownFirstName(first) || !firstLike(first, '') || !surnameLike(surname) || !unknown(surname)) {
      capitalsPair.lastIndex = m.index + m[0].length - m[2].length;
      continue;
    }
    matches.push({ text: m[0], index: m.index, severity: 'error', guess: true, unknownFullName: true, why: 'a full name in capitals' });
  }
  return matches;
}

/**
 * Labels of ticket fields and e-mail headers, whose values tools and companies fill too: read as
 * attribution lines (`attributionLine`) and told apart there (`ticketField`). One list since
 * session 56's review (the two regular expressions wrote the same 22 labels out apart).
 */
const ticketFieldLabels = 'Reported by|Reporter|Requested by|Requester|Raised by|Opened by|Filed by|Assignee|Assigned to|Assigned|Acknowledged by|Resolved by|From|Sender|To|Cc|Bcc|Reply-To|Organi[sz]er|Attendees|Invitees|Guests';

/**
 * Attribution lines of commits, patches and documents ("Signed-off-by: Aurelio Zanetti-Broglio
 * <a@b.c>", "Author: …", "Reviewed-by: …"): what follows is who, also inside fenced code, where
 * pasted `git log` output and commit messages put them. The colon is required: "Reviewed by JK
 * before the rollout" is prose (and found as such). Since probe round 63 also inside an HTML
 * comment of its own line (`<!-- reviewed-by: dmontavesk -->`), which a page's source keeps.
 */
const attributionLine = new RegExp(String.raw`^\s*(?:<!--\s*)?(?:[>*+-]\s*)*(?:\*\*|__)?(?:[A-Z][a-z]+(?:-and-[a-z]+)+-by|Sign-?offs?|Signoff|Signed-off-by|Co-authored-by|Co-developed-by|Reviewed-by|Acked-by|Tested-by|Reported-by|Suggested-by|Approved-by|Authored-by|Helped-by|Author|Authors|Committer|Approver|Approvers|Written by|Authored by|Prepared by|Approved by|Reviewed by|Signed off by|Signed-off by|${ticketFieldLabels})(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]+(.+?)\s*(?:-->\s*)?$`, 'i');

/** A ticket field's or an e-mail header's label (`ticketFieldLabels`) on an attribution line. */
const ticketField = new RegExp(String.raw`(?:${ticketFieldLabels})(?:\*\*|__)?\s*:`, 'i');

/**
 * A speaker at the start of a line of a chat transcript: "Tavake: restarting now", "> **kwabena**:
 * looking", "**Seerr:** on it" (the colon inside the bold), ":wave: **Tove:** hi" (after an emoji), IRC's "<tsvetelina> restarting", "[10:02] Radek: on it";
 * since probe round 38 IRC's brackets escaped as MDX needs them ("\<tsvetelina> restarting") and a
 * date before the time ("[2024-05-01 03:12:44] <tsvetelina> restarting"). Ordinary labels ("Note:",
 * "Impact:", "Root cause:", "Q:") are English words or more than one word and are not speakers;
 * a lower-case label is a speaker only in chat markup (bold, a quote, a time stamp, IRC brackets),
 * or a task list item's label (`- [ ] hbrekke: rotate the keys`), since YAML keys and log levels
 * in code are lower-case labels too.
 */
const speakerLine = /^\s*((?:>\s*)*)(?:#{1,6}\s+)?(?:[-*+]\s+(?:\[[ xX]\]\s+)?)?(?:(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?)\s*)?(\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?\]?\s+)?(?:\\?<([\p{L}][\p{L}\p{N}_.|-]{1,30})\\?>|(\*\*|__)?(\p{Lu}\p{Ll}+|\p{Ll}{2}[\p{Ll}\p{N}_.]*)(?:\4)?(?:(?<=\*\*|__)[ \u00a0\u202f])?:(?:\4)?)[ \t]+\S/u;
/**
 * The header of a message in a chat export pasted as it was copied (since probe round 39): the
 * speaker alone on a line with the message's time in brackets, the message on the lines below
 * (Slack's ">Tavish [8:27 AM]", ">orianav [9:03 AM]"). A bot's header says "APP" or "BOT"
 * between the two and is not read; a word of the lexicons ("Update [9:05 AM]") is a note's label.
 */
const chatExportHeader = /^\s*((?:>\s*)*)(?:\*\*|__)?(\p{Lu}\p{Ll}+|\p{Ll}{2}[\p{Ll}\p{N}_.]*)(?:\*\*|__)?[ \t]+\[\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\][ \t]*$/u;
/** The labels of an attribution line that name a report's authors, whatever a dictionary says of their values. */
const authorsLabel = /^(?:authors?|written by|authored by|prepared by)$/i;
/** A value that is only code spans of one word each, listed (`` `tmarlowe`, `bquistra` ``); not a placeholder (`` `<names>` ``). */
const codeSpanList = /^`[\p{L}][\p{L}\p{N}._-]*`(?:\s*(?:[,;&]|\band\b)\s*`[\p{L}][\p{L}\p{N}._-]*`)*[.,;]?$/u;
/** The label of an attribution line, without markup and its colon ("**Authors:**" is "Authors"). */
const attributionLabel = (opening: string) => opening.replace(/^[\s>*+_-]*/, '').replace(/[\s*_]*:?[\s*_]*$/, '').replace(/[*_]/g, '').trim();

/** A quoted IRC line's nick: after a code span's or a quotation's opening, or a label's colon (`First report: <nick> text`). */
const quotedIrcLine = /(?:[`"“]|\p{L}:[ \t]+)(<([\p{Ll}][\p{Ll}\p{N}_|-]{1,30})>)[ \t]+[\p{L}@]/gu;

/** A word that can be a chat nick: not English, not a public name, not a word compromise knows as a plain word. */
export const nickLike = (word: string) => !isPublicTerm(word) && !isOrdinaryWord(word) && !isEnglishWord(word) && !htmlElementNames.has(word.toLowerCase()) && !roleAcronyms.has(word.toUpperCase());
/**
 * A lower-case word where only a person's name or handle stands (an attendee line, IRC brackets,
 * a chat line's speaker): a handle as {@link nickLike} reads one, or, since the eleventh probe
 * round, a first name the lexicon knows that is also a rare English word ("maria", the plural of
 * "mare"; "james"), but no common word ("will", "may", "mark"), which the frequency list knows.
 */
export const rareFirstNameWord = (word: string) => /^\p{Ll}{3,}$/u.test(word) && isKnownFirstName(word.charAt(0).toUpperCase() + word.slice(1)) && !isOrdinaryWord(word) && !isOrdinaryWord(word.charAt(0).toUpperCase() + word.slice(1)) && !isPublicTerm(word) && !htmlElementNames.has(word);
export const listedNickLike = (word: string) => nickLike(word) || rareFirstNameWord(word);

/**
 * A plural noun made of two English words run together ("Timestamps", "Datestamps", "Hostnames"):
 * a label of a list or a style guide ("Datestamps: please use …"), no one's name. The dictionary
 * lacks many such compounds, so each part is looked up (since the eighth round of false
 * positives). A name a lexicon knows ("Fields", "Williams") is not one.
 */
export function pluralOfCompound(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{5,}s$/u.test(word) || isKnownWord(word) || isKnownWord(word.slice(0, -1)) || isKnownFirstName(word)) return false;
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - 4; cut++) {
    const [head, tail] = [lower.slice(0, cut), lower.slice(cut)];
    if (isEnglishWord(head) && isEnglishWord(tail.slice(0, -1)) && tail.slice(0, -1).length >= 3 && !isKnownFirstName(head) && !isKnownFirstName(tail.slice(0, -1))) return true;
  }
  return false;
}

/** People named by an attribution line or as the speaker of a chat line, in prose and in code. */
export function findAttributionsAndSpeakers(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const attribution = attributionLine.exec(line);
  // Authors each written as code ("Authors: `tmarlowe`, `bquistra`", as a callout template's
  // `<names>` is filled; probe round 47) are the authors: their code spans are read as spaces.
  const authorsInCode = attribution && authorsLabel.test(attributionLabel(attribution[0].slice(0, attribution[0].lastIndexOf(attribution[1])))) && codeSpanList.test(attribution[1]);
  // A link or code after the label ("- From: `jdbc:postgresql://dtrack-db:5432/dtrack`", a
  // migration's source in a homelab's review) names a system, not its sender.
  if (attribution && (authorsInCode || !/:\/\/|^\s*`/.test(attribution[1]))) {
    // The value ends the line (but for spaces), so its last occurrence is where it is.
    const start = line.lastIndexOf(attribution[1]);
    // The name is what comes before an e-mail address in angle brackets or parentheses; several may be listed.
    // Every address in angle brackets or parentheses is blanked (same length, so indexes hold):
    // "Cc: a@acme.io, Tove Lindqvist <tl@acme.io>, Zyltrin Moss <zm@acme.io>" lists three.
    const value = (authorsInCode ? attribution[1].replace(/`/g, ' ') : attribution[1]).replace(/[<(][^<>()]*[>)]/g, (m) => ' '.repeat(m.length)).replace(/\s*[<(].*$/, '');
    for (const m of value.matchAll(/[^,;&/]+/g)) {
      for (const part of m[0].split(/\s+and\s+/)) {
        const name = part.trim().replace(/[.*_`]+$/, '');
        const words = name.split(/\s+/);
        // One lower-case word as a report's author ("Authors: mar", a bridge's postmortem; session
        // 30) is the author's handle, whatever a dictionary says of it: authors are people, and a
        // system account (`admin`, `root`) or a phrase of the list ("everyone") is left out.
        const authorHandle = authorsLabel.test(attributionLabel(attribution[0].slice(0, attribution[0].lastIndexOf(attribution[1])))) && /^\p{Ll}[\p{Ll}\p{N}._-]{1,30}$/u.test(name) && !systemUsers.has(name) && !notAHandleInPeopleList.test(name) && !isPublicTerm(name);
        if (authorHandle) {
          matches.push({ text: name, index: start + m.index! + m[0].indexOf(name), severity: 'error', why: 'named by an attribution line' });
          continue;
        }
        if (!name || words.length > 4 || !words.every((w) => /^[\p{L}][\p{L}\p{N}.'’_-]*$/u.test(w)) || notAName(name.replace(/[._]/g, ' '))) continue;
        // A product of several words as the author ("**Author**: Claude Code (with human
        // debugging)", a coding agent credited in a homelab's reports; round 59 of false positives).
        if (words.length > 1 && brandPhrases.has(name.toLowerCase())) continue;
        // Ticket and e-mail fields ("Reporter:", "From:") are filled by tools and companies too
        // ("Automation for Jira", "From: Cloudflare"); a lower-case word there is an account.
        if (ticketField.test(attribution[0]) && (words.every((w) => isPublicTerm(w) || isEnglishWord(w) || isOrdinaryWord(w)) || (/^\p{Ll}/u.test(name) && !(words.length === 1 && personalAccount(name) && nickLike(name))))) continue;
        matches.push({ text: name, index: start + m.index! + m[0].indexOf(name), severity: 'error', why: 'named by an attribution line' });
      }
    }
  }
  // Initials as the speaker of a time-stamped chat line (`[10:02] HB: on it`): the brackets
  // around the time make it a transcript, where a two- or three-letter label is who spoke.
  const initials = initialsSpeaker.exec(line);
  if (initials && !roleAcronyms.has(initials[1])) matches.push({ text: initials[1], index: initials.index + initials[0].length - initials[1].length - 1, severity: 'error', why: 'initials as the speaker of a chat line' });
  // After a bare time the label is as often a component of a timeline (`10:02 LB: drained`); it is
  // a speaker when what follows speaks as a person does (`10:02 HB: on it`, `10:03 TM: I'll page`).
  const bare = !initials && /^\s*(?:[-*+]\s+)?\d/.test(line) ? initialsSpeakingBare.exec(line) : null;
  if (bare && !roleAcronyms.has(bare[1])) matches.push({ text: bare[1], index: bare.index + bare[0].indexOf(bare[1], bare[0].search(/\d:\d\d/) + 4), severity: 'error', why: 'initials as the speaker of a chat line' });
  for (const m of pastedOutputUsers(line)) if (!matches.some((k) => k.index === m.index)) matches.push(m);
  // A chat line opening with an emoji and a handle without a colon (`:eyes: hbrekke is looking`).
  const reacting = emojiHandleLine.exec(line);
  if (reacting && personalAccount(reacting[1]) && nickLike(reacting[1])) matches.push({ text: reacting[1], index: reacting[0].lastIndexOf(reacting[1], reacting[0].length - reacting[2].length), severity: 'error', why: 'a handle opening a chat line' });
  // An IRC line quoted inside a line ("First report: `<tomprince> Do gecko-images workers …`",
  // Taskcluster's timelines; session 30): a nick in angle brackets opening a code span or a
  // quotation, or after a label's colon, then the message. Not an HTML element or a placeholder
  // of words (`<hostname>`).
  for (const quoted of line.matchAll(quotedIrcLine)) {
    const nick = quoted[2];
    const index = quoted.index! + quoted[0].indexOf(`<${nick}>`) + 1;
    if (!nickLike(nick) || matches.some((m) => m.index === index)) continue;
    matches.push({ text: nick, index, severity: 'error', why: 'the speaker of a quoted chat line' });
  }
  const header = line.includes('[') ? chatExportHeader.exec(line) : null;
  if (header && nickLike(header[2]) && !matches.some((m) => m.text === header[2])) {
    matches.push({ text: header[2], index: header[0].indexOf(header[2], header[1].length), severity: 'error', why: 'the speaker of a chat export\'s message' });
  }
  const speaker = speakerLine.exec(line);
  if (speaker) {
    const [, quote, time, nick, opening, label] = speaker;
    const word = nick ?? label;
    // Bold only when closed: a C function in pasted output (`__lxc_start: 2008 Failed`) opens with
    // the same two underscores.
    // French sets a space before the colon, also after the bold ("> **Gwenaël** : je redémarre";
    // since probe round 46).
    const bold = opening && (/^[ \u00a0\u202f]?:/u.test(speaker[0].split(`${label}${opening}`)[1] ?? '') || speaker[0].includes(`${label}:${opening}`)) ? opening : undefined;
    // A task list item's label is whom it is assigned to (`- [ ] hbrekke: rotate the keys`).
    const taskItem = /^\s*(?:>\s*)*[-*+]\s+\[[ xX]\]\s/.test(line);
    // A heading written as a chat line ("### Seerr: restarting pods", "#### tovem: on it").
    const heading = /^\s*(?:>\s*)*#{1,6}\s/.test(line);
    // A Slack line often opens with an emoji (`:rotating_light: tovem: paging now`).
    const emoji = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?::[a-z0-9_+-]+:|\p{Extended_Pictographic})/u.test(line);
    const inChatMarkup = Boolean(quote || time || nick || bold || taskItem || heading || emoji);
    // A list of bold labels with the colon inside ("- **Vaultwarden:** secrets mirrored") names
    // the parts of a system as often as the people of a chat: there the label is a speaker only
    // when it is a first name or written in lower case, as handles are (`- **jdoe:** on it`).
    // The same with the colon after the bold ("- **Sonarr**: unavailable") and a status list's
    // item after a mark of state ("- ✅ Sonarr: 200 OK"), as a homelab's reports list its services
    // (since the seventh probe round).
    const labelList = Boolean(!quote && !time && /^\s*[-*+]\s/.test(line) && ((bold && (speaker[0].includes(`${label}:${bold}`) || speaker[0].includes(`${label}${bold}:`))) || statusMark.test(line)));
    const speakerLike = !labelList || isKnownFirstName(word ?? '') || /^\p{Ll}/u.test(word ?? '');
    // A capitalised heading label that is no first name ("### Vexmore: restarting pods") is a
    // guess: dropped when the post uses the word as a thing ("the Vexmore container").
    const guess = heading && !isKnownFirstName(word ?? '') && /^\p{Lu}/u.test(word ?? '');
    // After `#`, `<name>` is a shell comment's placeholder (`# <db-host>  mariadb`), not an IRC nick.
    // `Cc: …`, `Re: …` and `Fwd: …` open e-mail headers and subjects, not chat lines.
    // A label and a value aligned in columns (`Sonarr:     3/3 replicas Running`) is a table
    // pasted as text; a chat line has one space after its speaker.
    const aligned = !quote && !time && !nick && !bold && new RegExp(String.raw`${escapeRegExp(label ?? '')}:[ \t]{2,}\S`).test(speaker[0]);
    // A field's label whose value is a full name alone ("Verantwortlich: Torsten Maiwald",
    // "Ansprechpartner: …"): no one says only a name in a chat, and the label is no given name.
    // Read as a speaker, `npm run redact` wrote "An engineer: An engineer" (redact round 36); the
    // value is still read by the name rules.
    const fieldOfName = !quote && !time && !nick && Boolean(label) && !isKnownFirstName(word ?? '') && fullNameAlone.test(line.slice(speaker.index + speaker[0].length - 1));
    // Since probe round 45: a label of people's column or field ("Responsable: Aitor",
    // "Responsável: Jurandir") is no speaker either; the name after it is read as a listed person.
    // Since probe round 47 also in bold ("**Verantwortlich:** Trautwieser", which was found as the
    // speaker "Verantwortlich" while the name was published).
    const labelOfPeople = !quote && !time && !nick && Boolean(label) && personHeader.test(label ?? '');
    // A statistic's label before its measure alone ("Avg: 0.00 Bit/s", nload's screen in a
    // distribution's news; round 50 of false positives): no one says only a quantity in a chat.
    const labelOfMeasure = !quote && !time && !nick && measureAlone.test(line.slice(speaker.index + speaker[0].length - 1));
    // A record's label before an identifier, a quoted message or an address alone ("Lớp: WEB101-HN-2024",
    // "Lỗi: \"System error\"", "Từ: …@…": class, error, from, in a Vietnamese support ticket; adoption round 61): a field of
    // a record, not a chat line, unless the label is a given name a lexicon knows.
    const labelOfRecord = !quote && !time && !nick && Boolean(word) && !isKnownFirstName(word!) && recordValueAlone.test(line.slice(speaker.index + speaker[0].length - 1));
    // A Russian label of a report's part or a word of grammar ("**Дата:** 2026-03-27", "Аналогично: …";
    // round 56 of false positives, cyrillic-prose-words.ts) is no speaker.
    const cyrillicLabel = Boolean(word) && /^\p{sc=Cyrillic}+$/u.test(word!) && isCyrillicWordOfNoName(word!);
    // A configuration key of English words in snake case (`replication_factor: 3`, round 59 of
    // false positives, config-key-words.ts) is no speaker.
    // A file's name, a block scalar's key, a version's label and a commented-out key (round 60 of
    // false positives, config-speaker-shapes.ts) are no speakers either.
    const configurationLabel = Boolean(word) && !quote && !time && !nick && isConfigurationLabel(line, word!, line.slice(speaker.index + speaker[0].length - 1));
    // A library's prefix of a log line (`03:08:25  libceph: …`) and a transcript's role in
    // another language ("Usuario: …", "Sistema: …"; round 62 of false positives,
    // system-voice-labels.ts) are a program's voice, with a time before them or not.
    if (word && !aligned && !fieldOfName && !labelOfPeople && !labelOfMeasure && !labelOfRecord && !cyrillicLabel && !configurationLabel && !isSystemVoiceLabel(word) && !isConfigKeyOfWords(word) && !(heading && nick) && speakerLike && !pluralOfCompound(word) && (inChatMarkup || /^\p{Lu}/u.test(word)) && (nickLike(word) || (inChatMarkup && listedNickLike(word))) && !mailHeaderLabel.test(word)) {
      matches.push({ text: word, index: speaker[0].indexOf(word, speaker[0].indexOf(time ?? '') + (time?.length ?? 0)), severity: 'error', ...(guess ? { guess: true } : {}), why: heading ? 'the speaker of a heading written as a chat line' : 'the speaker of a chat line' });
    }
  }
  return matches;
}

/** A number and its unit, then the line's end or a column's gap: a measure alone (`0.00 Bit/s`, `7.71 GByte`, `93 %`, `12 ms`). */
/** A record's value alone after its label: an identifier in capitals with dashes (`WEB101-HN-2024`), in backticks or not, a quoted message or an e-mail address (a mail's header). */
const recordValueAlone = /^(?:\x60?[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\x60?|"[^"\n]{1,200}"|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)\s*$/u;
const measureAlone = /^[\d.,]*\d\s?(?:%|[kKMGTPE]?i?(?:B|Bit|bit|Byte|byte|bps)(?:\/s)?|[mµn]?s|Hz|[kMG]Hz|°C|rpm|req\/s|ops\/s)(?:[ \t]{2,}|\s*$)/u;

/** A value of two to four capitalised words and nothing after them but markup or a full stop: a full name alone. */
const fullNameAlone = /^\p{Lu}\p{Ll}+(?:[ \t-]+\p{Lu}\p{Ll}+){1,3}(?:\*\*|__)?\.?\s*$/u;

/** A list item opening with a mark of state: an item of a status list, not a chat line. */
const statusMark = /^\s*[-*+]\s+(?:✅|❌|⚠️?|🔴|🟠|🟡|🟢|✔️?|✖️?|☑️?|⛔|🚫|❎)\s*/u;

/** An emoji, a lower-case handle and what someone in a chat is doing (`:eyes: hbrekke is looking`, `👀 tovem is on it`). */
const emojiHandleLine = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?)\s*(\p{Ll}[\p{Ll}\p{N}._]{2,30})(\s+(?:is|was|will be|'s|’s)\s+(?:looking|on it|investigating|checking|paging|joining|handling|digging|taking (?:a look|this|it|over)|here)\b)/u;
/** Initials after a bare time, before words only a person says in a chat. */
const initialsSpeakingBare = /^\s*(?:[-*+]\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\s+(?:\*\*|__)?(\p{Lu}{2,3}):(?:\*\*|__)?\s+(?:on it|I(?:'m|’m|'ll|’ll|'ve|’ve| am| will| have| think| see| can| just)\b|ack(?:ed)?\b|looking (?:into it|now)\b|thanks\b|thank you\b|will do\b|lgtm\b|\+1|sounds good|agreed\b|joining\b)/iu;
/**
 * The lines of a transcript around such a speaker (probe round 63): in a run of lines each opening
 * with a bare time and a label of two or three capitals (`10:14 QO: restarting the relay now`,
 * then `10:15 DM: ack`), one label that speaks as a person does makes the run a transcript, and
 * its other labels speakers too; a run where none speaks so is a timeline of components.
 */
const bareInitialsLabel = /^\s*(?:[-*+]\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\s+(?:\*\*|__)?(\p{Lu}{2,3}):(?:\*\*|__)?\s+\S/u;
export function findTranscriptInitials(lines: readonly string[]): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && bareInitialsLabel.test(lines[end])) end++;
    // The speaking label must be someone's initials: an incident role speaks too (`10:04 IC: ack`).
    const speaksAsPerson = (line: string) => {
      const speaking = initialsSpeakingBare.exec(line);
      return speaking !== null && !roleAcronyms.has(speaking[1]);
    };
    if (end - start >= 2 && lines.slice(start, end).some(speaksAsPerson)) {
      for (let i = start; i < end; i++) {
        const m = bareInitialsLabel.exec(lines[i])!;
        if (roleAcronyms.has(m[1]) || isPublicTerm(m[1])) continue;
        // A guess: a component's label may share a transcript's lines (`10:02 LB: drained`).
        found.set(i, [{ text: m[1], index: m[0].lastIndexOf(`${m[1]}:`), severity: 'error', guess: true, why: 'initials as the speaker of a line of a chat transcript' }]);
      }
    }
    start = Math.max(end, start + 1);
  }
  return found;
}
const initialsSpeaker = /^\s*(?:>\s*)*(?:[-*+]\s+)?\[\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?\]\s+(?:\*\*|__)?(\p{Lu}{2,3}):/u;

/** `git blame` output: commit, optional file, then `(author date time zone line)`. */
const gitBlameLine = /^\s*\^?[0-9a-f]{7,40}\s+(?:\S+\s+)?\(([^()]+?)\s+\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}\s+[+-]\d{4}\s+\d+\)/u;
/**
 * `ls -l` output: mode, links, owner, group, size; since probe round 53 also the size `ls -lh`
 * prints (`1.2K`): a person's group beside a service account's file (`deploy hbrekkan 1.2K`) was
 * published, the rule read bytes only.
 */
const lsLongLine = /^\s*[-dlcbps][rwxsStT-]{9}[.@+]?\s+\d+\s+([\p{L}][\p{L}\p{N}._-]*)\s+([\p{L}][\p{L}\p{N}._-]*)\s+\d[\d.,]*[KMGTP]?\s/u;
/** `ps aux` output: user, pid, %cpu, %mem. */
const psLine = /^\s*([\p{L}][\p{L}\p{N}._-]*)\s+\d+\s+\d+\.\d\s+\d+\.\d\s/u;
/** `/etc/crontab` and `/etc/cron.d`: five time fields, the user, then the command as a path. */
const systemCrontabLine = /^\s*(?:(?:[\d*/,-]+|@\w+)\s+){5}([a-z_][a-z0-9_.-]*)(\s+\/)/;
/** `last` and `who` output: the user, then the terminal. */
const loginSessionLine = /^\s*([\p{L}][\p{L}\p{N}._-]*)\s+(?:pts\/\d+|tty\d*|console|ttys\d+)\s/u;
/** A sudoers rule for a user (not a `%group`): `hbrekke ALL=(ALL) NOPASSWD: ALL`. */
const sudoersLine = /^\s*([\p{L}][\p{L}\p{N}._-]*)\s+ALL\s*=/u;
/** An `/etc/passwd` entry: user, password mark, uid, gid, comment. */
const passwdLine = /^\s*([a-z_][a-z0-9_.-]*):[x*!]?:\d+:\d+:([^:]*):/;
/**
 * A message header of a Slack copy ("hbrekke  10:02 AM", "Tove Lindqvist  10:02"), the line before
 * the message; since the fourteenth probe round also quoted, and in bold before one space ("> **Tove
 * Lindqvist** 10:02 AM"), as a copy pasted into Markdown keeps it.
 */
/**
 * A mail header's label, no chat line's speaker: "Cc:", "Re:", and since probe round 57 the
 * labels of a German, French, Spanish, Dutch, Italian or Nordic client's pasted header
 * ("Gesendet: Montag, 3. März 2026 10:02" was a speaker named "Gesendet").
 */
const mailHeaderLabel = /^(?:cc|bcc|re|fwd?|gesendet|betreff|envoy[ée]|objet|enviado|asunto|verzonden|onderwerp|inviato|oggetto|skickat|ämne|sendt|emne)$/i;
const chatHeaderLine = /^\s*(?:>\s*)*(?:(?:\*\*|__)(?=[^*_\n]+(?:\*\*|__)\s+\[?\d))?((?:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})|\p{Ll}[\p{Ll}\p{N}._]{2,30})(?:(?:\*\*|__)\s+|\s{2,})\[?\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\]?\s*$/u;

/**
 * A field of structured output (JSON, YAML, logfmt, an environment) whose value is who did
 * something: `"actor": "hbrekke"`, `created_by=hbrekke`, `"author": "Tove Lindqvist"`,
 * `GITHUB_ACTOR=hbrekke`. `owner:` and `primary:`, which name teams and databases as often, are
 * {@link ownerField}, judged more strictly.
 */
const actorField = /(?<![\p{L}\p{N}_])["']?(?:actor|author|login|creator|organi[sz]er|real[_-]?name|user[_-]name|display[_-]?name|full[_-]?name|first[_-]?name|last[_-]?name|given[_-]?name|family[_-]?name|(?:created|updated|modified|changed|deleted|triggered|requested|approved|merged|closed|opened|started|invoked|taken|assigned|reviewed|resolved|acknowledged|acked|reported|executed|performed|initiated|submitted|edited|authored|signed|deployed|released|published|uploaded|posted|written|added|removed|locked|claimed)[_-]?[Bb]y|(?:GITHUB|GITEA|GITLAB_USER)_(?:ACTOR|LOGIN)|BUILD_USER(?:_ID)?|GIT_(?:AUTHOR|COMMITTER)_NAME)["']?\s*[:=]\s*["']?([\p{L}][\p{L}\p{N}._'’-]*(?: [\p{L}][\p{L}\p{N}._'’-]*){0,3})["']?\s*(?=[,}\]]|$)/giu;
/** The author given to git on the command line: `git commit --author "Tove Lindqvist <t@…>"` (`git config user.name` is {@link gitConfigName}). */
const gitAuthorOption = /--author[= ]\s*(["'])([^"'<>…]*[^"'<>…\s])\s*(?:<[^<>]*>)?\s*(?:…)?\1/gu;
/**
 * A field that says whose a thing is or who is to act (`owner: hbrekke`, `"assignee": "Tove
 * Lindqvist"`, a Terraform tag `Owner = "hbrekke"`, a rota's `primary: hbrekke`, AWS's
 * `Key=Owner,Value=hbrekke`). Teams and databases fill these as often, so the value is judged
 * more strictly than an actor's: a full name, or one handle that is no English word, public name,
 * system account or team's name (`payments-team`, `sre`). Since the fourteenth probe round also
 * who is on call, approved, reviewed or commands (`oncall_engineer: tovem`, `approved_by`).
 */
const ownerField = /(?<![\p{L}\p{N}_.?&-])["']?(?:owner|owned[_-]?by|assignee|assigned[_-]?to|maintainer|maintained[_-]?by|responsible|point[_-]?of[_-]?contact|on[_-]?call(?:[_-](?:engineer|person|user|primary|secondary|contact|lead))?|approved[_-]?by|approver|reviewed[_-]?by|reviewer|incident[_-]?commander|escalated[_-]?to|primary|secondary)["']?\s*[:=]\s*["']?(?:user:(?:[\w-]+\/)?)?(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}|[\p{L}][\p{L}\p{N}._-]*)["']?\s*(?=[,}\]#]|$)|\bKey=Owner,Value=([\p{L}][\p{L}\p{N}._-]*)/giu;
/** Words of a team's name: a value with one of them is a team's (`sre-oncall`, `zorblat-squad`). */
const teamWord = /(?:^|[-_.])(?:team|teams|squad|guild|group|crew|sre|sres|ops|devops|oncall|on-call|eng|engineering|platform|infra|admins?|maintainers|owners|reviewers|approvers|responders|staff|dept|unit)(?:$|[-_.])/i;
/**
 * A JQL query naming people (`assignee = hbrekke`, `reporter in (hbrekke, tovem)`), pasted from a
 * Jira filter, also percent-encoded in a link's query (`?jql=assignee%3Dhbrekke`, since the
 * fourteenth probe round); not `currentUser()`, `EMPTY` or a group function.
 */
const jqlPerson = /\b(?:assignee|reporter|creator|watcher|voter)(?:\s*(?:!?=|~)\s*|(?:%20|\+)*(?:!|%21)?%3D(?:%20|\+)*|\s+(?:not\s+)?in\s+|\s+was(?:\s+not)?(?:\s+in)?\s+)(\([^()]*\)|"[^"]*"|'[^']*'|[\p{L}][\p{L}\p{N}._-]*)/giu;
/**
 * A Windows account written with its domain (`ACME\hbrekke`, `CORP\Tove.Lindqvist`, the backslash doubled in JSON):
 * the user after the backslash. Not a path's next folder (`C:\WINDOWS\system32\drivers`).
 */
const windowsAccount = /(?<![\p{L}\p{N}_\\:.\/-])[A-Z][A-Z0-9-]{1,14}\\{1,2}([\p{L}][\p{L}\p{N}._-]{1,30}[\p{L}\p{N}])(?![\p{L}\p{N}_\\\/-])/gu;
/** A directory entry's person (`CN=Tove Lindqvist,OU=Users,DC=acme`, `uid=hbrekke,ou=people`): the value before the next attribute. */
const directoryEntry = /(?<![\p{L}\p{N}_])(?:CN|cn|UID|uid)=([^,=\n"]+?)\s*,\s*(?:OU|ou|DC|dc|CN|cn|O|o)=/gu;
/** An organisational unit of system, service or machine accounts, right after the entry's first part. */
const serviceUnit = /^(?:OU|ou)=(?:sys-?users|system(?:-?users)?|services?|service-?accounts?|serviceaccounts|apps|applications|bots|daemons|machines|computers|hosts)\s*(?:,|$|["'\x60])/u;
/**
 * A database account a statement creates, changes or grants to (`CREATE USER hbrekke`, `ALTER ROLE
 * tovem`, `GRANT SELECT ON ledger TO hbrekke`, `REVOKE … FROM hbrekke`, MySQL's `'hbrekke'@'%'`).
 */
const databaseAccount = /\b(?:CREATE|ALTER|DROP)\s+(?:USER|ROLE|LOGIN)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?["'\x60]?([\p{L}_][\p{L}\p{N}._-]*)|\bGRANT\s[^;\n]*?\bTO\s+["'\x60]?([\p{L}_][\p{L}\p{N}._-]*)|\bREVOKE\s[^;\n]*?\bFROM\s+["'\x60]?([\p{L}_][\p{L}\p{N}._-]*)|(["'\x60])([\p{L}_][\p{L}\p{N}._-]*)\4@(["'\x60])[^"'\x60\s]*\6/gu;
/** The owner of a to-do in code, as style guides write it: `TODO(hbrekke)`, `FIXME(Tove)`, `XXX(@tovem)`; not a ticket (`TODO(#12)`, `TODO(OPS-12)`). */
const todoOwner = /\b(?:TODO|FIXME|XXX|HACK|BUG|NOTE)\(@?([\p{L}][\p{L}\p{N}._-]{1,30}[\p{L}\p{N}])\)/gu;
/**
 * The sender over a message copied from Discord (`hbrekke — Today at 10:02 AM`) or Microsoft Teams
 * (`[10:02 AM] Brekke, Hallvard`), and who joined or left an IRC channel (`*** hbrekke has joined`,
 * `--> hbrekke (~hb@host) has joined #ops`).
 */
const discordHeader = /^\s*(?:\*\*|__)?((?:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})|\p{Ll}[\p{Ll}\p{N}._]{2,30})(?:\*\*|__)?\s+[—–-]\s+(?:Today|Yesterday|\d{1,2}\/\d{1,2}\/\d{2,4})(?:\s+at)?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s*$/u;
const teamsHeader = /^\s*\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]\s+(\p{Lu}[\p{Ll}'’-]+(?:,?\s\p{Lu}[\p{Ll}'’-]+){1,2})\s*$/u;
const ircPresence = /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:\*{1,3}|-->|<--|-!-)\s+(\p{Ll}[\p{Ll}\p{N}._\-\[\]]{1,30})\s+(?:\([^()\s]+\)\s+)?has (?:joined|left|quit)\b/u;
/** A Slack mention as its API writes it, with the name (`<@U024BE7LH|hbrekke>`). */
const slackMentionName = /<@[UW][A-Z0-9]{6,}\|([^<>|\n]+)>/g;
/**
 * A chat line's speaker in lower case after a bare time and a dash, as a timeline pastes a chat
 * (`- 10:02 — hbrekke: restarting pods`); a guess, since components speak so in logs too.
 */
const timedLowerSpeaker = /^\s*(?:[-*+]\s+|\|\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?\s*[-—–]\s*(\p{Ll}[\p{Ll}\p{N}._]{2,30}):\s+\S/u;
/** `git config user.name "Tove Lindqvist"`: the name the commits carry. */
const gitConfigName = /\bgit config(?:\s+--(?:global|local|system|add|replace-all))*\s+(?:user|author|committer)\.name\s+(["']?)([^"'\n]+)\1/u;

/** An IAM user in Terraform (`aws_iam_user.hbrekke`, `resource "aws_iam_user" "hbrekke"`) or in an ARN (`:user/hbrekke`). */
const iamUser = /\baws_iam_user(?:_[a-z_]+)?(?:\.|"\s+")([\w-]+)|\barn:aws[\w-]*:iam::\d{12}:user\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)/g;
/** An iCalendar organiser or attendee: `ORGANIZER;CN=Tove Lindqvist:mailto:…`. */
const calendarPerson = /^\s*(?:ORGANIZER|ATTENDEE)\b[^\n]*?;CN=("?)([^";:]+)\1[;:]/u;
/** `git shortlog -sn` output: a count, a tab, the author (and `-e`'s address). */
const shortlogLine = /^\s*\d+\t([\p{L}][\p{L}\p{N}._'’ -]*?)\s*(?:<[^<>]*>\s*)?$/u;
/**
 * `git log` in a custom format with a relative date, as its manual's examples write it:
 * `%h - %an, %ar : %s` ("3f2a9c1 - Tove Lindqvist, 2 days ago : fix") and `%h %s (%cr) <%an>`;
 * since probe round 31 also the author in brackets after the date, `%h %ar (%an) %s`
 * ("a1b2c3d 2 hours ago (hkovacs) Revert …").
 */
const relativeDateAuthor = /(?:^|\s-\s|\s)((?:\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})|\p{Ll}[\p{Ll}\p{N}._-]{2,30}), \d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\b|\(\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\)\s+<([^<>@]+)>|\b\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago\s+\((\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}|\p{Ll}[\p{Ll}\p{N}._-]{2,30})\)/gu;

/** A mail client's line before a quoted reply: "On <date>, <name> [<address>] wrote:". */
const emailReplyLine = /^\s*(?:>\s*)*On\s+[^\n]{6,60}?(?:\d|[AaPp][Mm]),?\s+(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}|\p{Ll}[\p{Ll}\p{N}._]{2,30})\s*(?:<[^<>]*>\s*)?wrote:\s*$/u;
/**
 * The user or author column of pasted command output, in code and prose: `git blame` ("(Tove
 * Lindqvist 2025-02-28 14:02:11 +0100 42)"), `ls -l` (owner and group), `ps aux` (user), and the
 * name over a message copied from Slack. System accounts and English words are no one.
 */
function pastedOutputUsers(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const account = (name: string, index: number, why: string, guess = false) => {
    // A bot is no one (`dependabot[bot]` in git blame's author column; probe round 53's negative).
    if (personalAccount(name) && (nickLike(name) || isKnownFirstName(name)) && !mergeBot.test(name)) matches.push({ text: name, index, severity: 'error', why, ...(guess ? { guess } : {}) });
  };
  const fullName = (name: string, index: number, why: string) => {
    if (/\s/.test(name) ? !notAName(name) && !name.split(/\s+/).every((w) => isPublicTerm(w) || isEnglishWord(w) || isOrdinaryWord(w)) : false) matches.push({ text: name, index, severity: 'error', why });
    else if (!/\s/.test(name)) account(name, index, why);
  };
  // Since the fourteenth probe round: the writer of a quoted e-mail ("On Tue, 4 Mar 2025 at 10:02,
  // Tove Lindqvist <t@…> wrote:"), as mail clients open a reply.
  const reply = emailReplyLine.exec(line);
  if (reply) fullName(reply[1], reply.index + reply[0].search(/\s*(?:<[^<>]*>\s*)?wrote:\s*$/) - reply[1].length, 'the writer of a quoted e-mail');
  const blame = gitBlameLine.exec(line);
  if (blame) fullName(blame[1].trim(), blame.index + blame[0].indexOf(blame[1].trim(), blame[0].indexOf('(')), 'the author column of git blame');
  const ls = lsLongLine.exec(line);
  if (ls) {
    const ownerAt = ls.index + ls[0].search(/\s\d+\s/) + ls[0].slice(ls[0].search(/\s\d+\s/)).indexOf(ls[1]);
    account(ls[1], ownerAt, 'the owner of a file in ls -l output');
    if (ls[2] !== ls[1]) account(ls[2], ownerAt + ls[1].length + line.slice(ownerAt + ls[1].length).indexOf(ls[2]), 'the group of a file in ls -l output');
  }
  const ps = psLine.exec(line);
  if (ps) account(ps[1], ps.index + ps[0].indexOf(ps[1]), 'the user of a process in ps output');
  const cron = systemCrontabLine.exec(line);
  if (cron) account(cron[1], cron[0].length - cron[1].length - cron[2].length, 'the user of a system crontab line');
  const session = loginSessionLine.exec(line);
  if (session) account(session[1], session.index + session[0].indexOf(session[1]), 'the user of a login session');
  const sudoers = sudoersLine.exec(line);
  if (sudoers) account(sudoers[1], sudoers.index + sudoers[0].indexOf(sudoers[1]), 'a user of a sudoers rule');
  const passwd = passwdLine.exec(line);
  if (passwd) {
    account(passwd[1], passwd.index + passwd[0].indexOf(passwd[1]), 'a user of /etc/passwd');
    // The comment field (GECOS) holds the full name before its first comma.
    const gecos = passwd[2].split(',')[0].trim();
    // Or what a system account is for ("dbus unprivileged user", "avahi daemon"; round 49 of false
    // positives): a word of an account's kind says it is no one's name.
    if (gecos && !/(?<![\p{L}])(?:user|users|daemon|account|service|system|server|unprivileged|privileged)(?![\p{L}])/iu.test(gecos)) fullName(gecos, passwd.index + passwd[0].lastIndexOf(passwd[2]) + passwd[2].indexOf(gecos), 'the name in /etc/passwd');
  }
  // Cheap tests first: most lines have none of these shapes.
  if (line.includes(':') || line.includes('=')) {
    for (const m of allMatches(actorField, line)) fullName(m[1], m.index + m[0].lastIndexOf(m[1]), 'who did something, in a field of structured output');
  }
  if (line.includes('--author')) {
    for (const m of allMatches(gitAuthorOption, line)) fullName(m[2], m.index + m[0].indexOf(m[2], 1), 'the author given to git');
  }
  if ((line.includes(':') || line.includes('=')) && /owner|owned|assign|maintain|responsible|contact|call|primary|secondary|approve|review|commander|escalated/i.test(line)) {
    for (const m of allMatches(ownerField, line)) {
      const value = (m[1] ?? m[2]).trim();
      if (teamWord.test(value) || isPublicTerm(value)) continue;
      const at = m.index! + m[0].lastIndexOf(value);
      if (/\s/.test(value)) fullName(value, at, 'whose a thing is, in a field of structured output');
      else if (nickLike(value) && !mergeBot.test(value)) account(value, at, 'whose a thing is, in a field of structured output');
    }
  }
  if (/assignee|reporter|creator|watcher|voter/i.test(line)) {
    for (const m of allMatches(jqlPerson, line)) {
      const start = m.index! + m[0].length - m[1].length;
      for (const value of m[1].matchAll(/[\p{L}][\p{L}\p{N}._-]*(?![\p{L}\p{N}._-]*\()/gu)) {
        if (/^(?:empty|null|in|not|and|or)$/i.test(value[0])) continue;
        account(value[0], start + value.index!, 'a person named by a Jira query');
      }
    }
  }
  if (line.includes('.name')) {
    const config = gitConfigName.exec(line);
    if (config) fullName(config[2].trim(), config.index + config[0].lastIndexOf(config[2].trim()), 'the author name of git commits');
  }
  if (line.includes('iam')) {
    for (const m of allMatches(iamUser, line)) {
      const name = m[1] ?? m[2];
      account(name, m.index + m[0].length - name.length, 'an IAM user');
    }
  }
  if (line.includes('CN=')) {
    const invite = calendarPerson.exec(line);
    if (invite) fullName(invite[2].trim(), invite.index + invite[0].lastIndexOf(invite[2]), 'an organiser or attendee of a calendar invitation');
  }
  if (line.includes('\t')) {
    const shortlog = shortlogLine.exec(line);
    if (shortlog) fullName(shortlog[1], line.indexOf(shortlog[1], line.indexOf('\t')), 'an author in git shortlog output');
  }
  if (line.includes(' ago')) {
    for (const m of allMatches(relativeDateAuthor, line)) {
      const name = m[1] ?? m[3] ?? m[2].trim();
      fullName(name, m.index + m[0].indexOf(name), 'the author of a commit in git log output');
    }
  }
  const header = chatHeaderLine.exec(line);
  if (header) fullName(header[1], header.index + header[0].indexOf(header[1]), 'the sender of a copied chat message');
  // Since the eighth probe round: Windows and directory accounts, database accounts, the owner of a
  // to-do in code, and the senders of Discord, Teams and IRC copies.
  if (line.includes('\\')) {
    for (const m of allMatches(windowsAccount, line)) account(m[1], m.index! + m[0].length - m[1].length, 'a Windows account after its domain');
  }
  if (line.includes('=')) {
    for (const m of allMatches(directoryEntry, line)) {
      const value = m[1].trim();
      const at = m.index! + m[0].indexOf(m[1]);
      // Since probe round 57 a `uid=` is a login whatever its letters (`uid=tokereke,ou=people`
      // was refused as made of words): a handle in a person's place (person-slot-handles.ts).
      // An entry under a unit of system or service accounts (`uid=idp,ou=sysusers,o=…`; round 60
      // of false positives) is a service's bind account.
      if (serviceUnit.test(line.slice(m.index! + m[0].length - 3))) continue;
      if (/^uid=/i.test(m[0]) && isHandleInPersonSlot(value)) matches.push({ text: value, index: at, severity: 'error', why: 'a person of a directory entry' });
      else fullName(value, at, 'a person of a directory entry');
    }
  }
  if (/\b(?:USER|ROLE|LOGIN|GRANT|REVOKE)\b|['"\x60]@['"\x60]/.test(line)) {
    for (const m of allMatches(databaseAccount, line)) {
      const name = m[1] ?? m[2] ?? m[3] ?? m[5];
      // Services' accounts are written with a separator (`analytics_ro`, `svc-backup`); an
      // application's account is named after it (`'matomo'@'localhost'`), so the finding is a
      // guess, dropped when the post runs the word or names a file of it (`matomo.conf`).
      if (/[_-]/.test(name) && !looksLikePersonalHandle(name)) continue;
      account(name, m.index! + (m[5] ? 1 : m[0].length - name.length), 'a database account', true);
    }
  }
  if (line.includes('(')) {
    for (const m of allMatches(todoOwner, line)) {
      // Topics are short or carry digits (`TODO(perf)`, `TODO(i18n)`, `TODO(v2)`); people's handles seldom do.
      const word = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
      if ((m[1].length <= 4 || /\d/.test(m[1])) && !looksLikePersonalHandle(m[1]) && !isKnownFirstName(word)) continue;
      fullName(m[1], m.index! + m[0].length - m[1].length - 1, 'the owner of a to-do in code');
    }
  }
  const copied = discordHeader.exec(line) ?? teamsHeader.exec(line);
  if (copied) {
    // Teams writes "Surname, First": each word is the name.
    // A capitalised word there is judged as a name, not as an account ("Ilsabet" reads as words run together).
    for (const part of copied[1].split(/,\s*/)) {
      const at = copied.index + copied[0].indexOf(part);
      if (/^\p{Lu}\p{Ll}+$/u.test(part)) {
        if (!notAName(part) && !isPublicTerm(part)) matches.push({ text: part, index: at, severity: 'error', why: 'the sender of a copied chat message' });
      } else fullName(part, at, 'the sender of a copied chat message');
    }
  }
  if (line.includes('<@')) {
    for (const m of allMatches(slackMentionName, line)) fullName(m[1].trim(), m.index! + m[0].indexOf(m[1].trim(), 2), 'the name of a Slack mention');
  }
  const timed = timedLowerSpeaker.exec(line);
  if (timed && !mergeBot.test(timed[1]) && !daemonName.test(timed[1])) account(timed[1], timed.index + timed[0].lastIndexOf(timed[1]), 'the speaker of a chat line in a timeline', true);
  const irc = ircPresence.exec(line);
  if (irc) account(irc[1], irc.index + irc[0].indexOf(irc[1], irc[0].search(/[\p{Ll}]/u)), 'who joined or left a chat channel');
  return matches;
}

/**
 * Accounts every machine has, and placeholders: a home directory or `--as` of one of these
 * names no person.
 */
const systemUsers = new Set(('root ubuntu ec2-user admin administrator runner nobody www-data postgres postgresql mysql redis git node app apps ' +
  'deploy deployer jenkins vagrant centos debian pi fedora core opc azureuser cloud-user alpine rocky admin1 user username users me you ' +
  'shared public default guest circleci travis gitlab-runner builder build ci docker kube svc service daemon bin sys sync games man mail ' +
  'ansible terraform ftp sshd systemd-network systemd-resolve systemd-timesync systemd-journal systemd-coredump gnome-initial-setup nginx apache httpd elasticsearch kafka zookeeper hadoop spark airflow jovyan runneradmin ' +
  'vscode codespace dev developer ops system local localadmin test tester demo example john jane jdoe johndoe janedoe alice bob ' +
  // Daemons' own accounts, the system groups `ls -l` prints beside an owner (`nogroup`, `wheel`, `staff`),
  // and the words after "user" that are no account ("my user uid").
  'nogroup wheel staff stunnel stunnel4 postfix dovecot bind named nagios zabbix prometheus grafana mongodb memcache rabbitmq haproxy squid proxy backup syslog messagebus chrony ntp dnsmasq unbound clamav opendkim fail2ban solr tomcat uid gid ' +
  // Since round 49 of false positives the desktop's and the network's daemons (a distribution's news adds
  // "the dbus and avahi system accounts" and prints their /etc/passwd lines).
  'dbus avahi polkitd rtkit colord pulse gdm lightdm sddm usbmux saned geoclue').split(' '));

/** An account every machine of its kind has (`www-data`, `ec2-user`, `root`): no person's, and no internal system's name. */
export const isSystemAccount = (name: string) => systemUsers.has(name.toLowerCase());

/** True when `word` is English or public words run together ("burpsuitekeystores", "check-in"). */
export function madeOfWords(word: string): boolean {
  const known = (part: string) => isEnglishWord(part) || isPublicTerm(part) || isOrdinaryWord(part) || isNegatedEnglishWord(part);
  return word.split(/[._-]+/).filter(Boolean).every((part) => {
    if (known(part)) return true;
    // Can the part be cut into words of three letters or more? A piece of three letters counts
    // only as a common English word (since the thirteenth probe round: "ils" of a French list and
    // the dictionary's "mor" cut `ilsabet` and `vexmor` into words).
    const piece = (text: string) => (text.length > 3 ? known(text) : isEnglishWord(text) && isOrdinaryWord(text));
    const ends = [true, ...Array<boolean>(part.length).fill(false)];
    for (let end = 3; end <= part.length; end++) {
      for (let start = 0; start + 3 <= end && !ends[end]; start++) if (ends[start] && piece(part.slice(start, end))) ends[end] = true;
    }
    return ends[part.length];
  });
}

/**
 * A CI job's or a pool's name of words and codes (`pull-kubernetes-e2e-gce`, measured in a chat log
 * of a public CI since probe round 34): three parts or more, two of them English words or public
 * terms. No one's account is named so; `j-smith-42` and `tavish-k` are.
 */
export const isJobNameOfWords = (name: string) =>
  name.split('-').length > 2 && name.split('-').filter((part) => /^\p{L}+$/u.test(part) && (isEnglishWord(part) || isPublicTerm(part))).length >= 2;

/** A user name that names a person: not a system account or placeholder, not English words, not a public name, not a job's name. */
export const personalAccount = (name: string) => {
  const lower = name.toLowerCase();
  const letters = lower.replace(/[\d._-]+$/, '');
  // Since round 41 of false positives a job's name too: `?owner=pull-kubernetes-e2e-gce` in a quoted error was a person.
  // A Latin abbreviation is no one's (round 45 of false positives: "after the user e.g. inspected
  // the file" made `e.g` a user argument's account, 86 times in a hypervisor's bulletins).
  return letters.length >= 3 && !systemUsers.has(lower) && !systemUsers.has(letters) && !madeOfWords(letters) && !generatedAccount.test(lower) && !isJobNameOfWords(lower) && !latinAbbreviation.test(lower);
};
const latinAbbreviation = /^(?:e\.g|i\.e|n\.b|a\.k\.a|et\.al|viz|etc)\.?$/;
/**
 * A name after "copied to" that is a machine or a product, not someone (round 60 of false
 * positives: "copied to k8s03 and POSTed", "readarr → 10.1.237.5" in a homelab's timeline, 87
 * places once carried through the post): a public term numbered as machines are (`k8s03`,
 * `ceph2`) or a product's service account (`readarr`).
 */
function isMachineOrProductAccount(text: string): boolean {
  const numbered = /^([a-z][a-z0-9]*?[a-z])-?\d{1,3}$/.exec(text);
  return Boolean(numbered && isPublicTerm(numbered[1])) || (/^\p{Ll}+$/u.test(text) && isProductServiceAccount(text));
}
/** A plain list item's label, or a task's, without bold: `- Jellyfin: …`, `- [x] Immich: …`. */
const plainListLabel = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?\p{Lu}\p{L}+:\s/u;
let lastEvidence: string | undefined;
let lastProjects: ReadonlySet<string> = new Set();
/** The public projects a post shows (public-project-signs.ts), read once for the post's candidates. */
function publicProjectNamesOf(evidence: string): ReadonlySet<string> {
  if (evidence !== lastEvidence) [lastEvidence, lastProjects] = [evidence, publicProjectNames(evidence)];
  return lastProjects;
}
/** Traefik's providers, as a router's or service's reference writes them after its `@` (`name@file`), then no host's dot, colon or path. */
const traefikProvider = /^(?:file|docker|swarm|kubernetescrd|kubernetesingress|kubernetesgateway|kubernetes|internal|consulcatalog|consul|nomad|ecs|http|redis|etcd|zookeeper)(?![\w.:\/@-])/;

/**
 * A product's daemon runs as an account named after it (`chown -R ollama:ollama /models`, false
 * positives round 58): found as a person's, the login was looked for in the whole post and every
 * "Ollama" of an install project's error records read as someone. A product of the brand list
 * that is no given name names its service account; `chown -R hbrekke:hbrekke` stays a person's.
 */
export const isProductServiceAccount = (name: string) => brandNames.has(name.toLowerCase()) && !isKnownFirstName(name[0].toUpperCase() + name.slice(1).toLowerCase());

/**
 * An account a machine made, ending in a hash of 16 hex digits or more with letters and digits
 * (`gke-df315ed616f010764e03`, the SSH user GKE puts on its nodes): no one chooses such a name, and
 * it names no one (since the eleventh round of false positives). Handles carry a few digits
 * (`kmiller42`), never a hash.
 */
const generatedAccount = /(?:^|[-_.])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{16,}$/;

/** True for an account a machine made ({@link generatedAccount}): `gke-df315ed616f010764e03`. */
export const isGeneratedAccount = (name: string) => generatedAccount.test(name.toLowerCase());

/**
 * A person's account: the user of a home directory (`/home/bvanderhoek`, `/Users/ttrzebiatowski`,
 * `C:\Users\ttrzebiatowski`) or of a command's user argument (`kubectl --as=rquispehuaman`,
 * `sudo -u jsmith42`, "user jsmith42"), of a log line (sshd's "Accepted publickey for jsmith42", `sudo:  jsmith42 :`,
 * not `sudo: pam_unix(sudo:session)`, a module; PAM's "session opened for user root by
 * jsmith42(uid=1001)" since the fourteenth probe round, `id`'s `uid=1001(jsmith42)`) or of an SSH target ({@link sshTarget}). Also in code, where they are most often pasted. A word
 * cut by an apostrophe is a contraction ("The user shouldn’t have"), not a user name. A home folder
 * right after an escaped newline or tab (`\n\t/home/…`: a stack trace quoted in a JSON string) is one too.
 * Since probe round 37 also the folder of a user on a shared disk (`/scratch/users/tokoro/`,
 * `/data/home/tokoro`, `/mnt/nfs/people/tokoro`).
 */
const accountName = new RegExp(String.raw`(?:(?:(?<![\p{L}\p{N}_.-])|(?<=\\[nrt]))(?:${userFoldersSource}|\/var\/(?:spool\/)?mail|\/var\/spool\/cron(?:\/crontabs)?)[\/\\]{1,2}|(?<![\w-])(?:--as|--user|--username|--login|--impersonate)(?:=|\s+)['"]?|\bsudo\s+-u\s+|\b[Uu]ser(?:name)?["']?(?:\s*[:=]\s*|\s+)['"${'`'}]?|\bAccepted (?:publickey|password|keyboard-interactive\/pam) for |\bsudo:\s+(?![\w.-]+\()|\bby\s+(?=[\p{L}][\p{L}\p{N}._-]*\(uid=\d)|\buid=\d+\()([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?![\p{L}\p{N}]|[’']\p{L})`, 'gu');

/**
 * The user of an SSH or SCP target whose host is an address or a name without a domain
 * (`ssh hbrekke@10.40.2.7`, `scp f tove@bastion:/tmp`); with a domain it is an e-mail address's shape,
 * which `redact/email` finds whole.
 */
const sshTarget = /(?<![\p{L}\p{N}_.@\/:+-])([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])@(?=\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)|\[[0-9a-fA-F:]+\]|[A-Za-z][\w-]*(?![\w-]|\.[A-Za-z]))/gu;

/** People's accounts in one line, prose or code. */
/**
 * Since the tenth probe round: the account a command logs in as or gives a file to, in the other
 * ways tools take one: `psql -U hbrekke`, `mysql -u tovem`, `crontab -u tovem`, `ssh -l hbrekke`,
 * `su - hbrekke`, `chown hbrekke:staff`, `export USER=hbrekke`, a home folder as the shell writes it
 * (`~hbrekke/`), a git remote named after its owner (`git remote add kasimir …`), a branch under
 * a user's folder (`users/tovem/…`) and a logfmt field of who acted (`actor=hbrekke action=…`).
 */
const commandAccount = /(?:\b(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|createdb|dropdb|vacuumdb|pgbench|clickhouse-client)\b[^\n|;&\x60]*?\s-U\s*|\b(?:mysql|mysqldump|mysqladmin|mongo|mongosh|mongodump|mongorestore|crontab|redis-cli|rabbitmqctl)\b[^\n|;&\x60]*?\s(?:-u\s*|--user(?:=|\s+)|--username(?:=|\s+))|\bssh\b[^\n|;&\x60]*?\s-l\s+|\bsu\s+(?:-l?\s+|--login\s+)|\bchown\s+(?:-[A-Za-z]+\s+)*|(?<![\w$])(?:export\s+)?(?:USER|LOGNAME|SUDO_USER|PGUSER|MYSQL_USER)=|(?<![\w~.\/-])~(?=[a-z][\w.-]*\/)|\bgit\s+remote\s+add\s+|(?<![\w.\/-])users?\/(?=[\w.-]+\/[\w.-])|(?<![\w.-])(?:actor|user|username|login|author)=(?=[\w.-]+\s+[a-z_]+=))['"]?([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?![\p{L}\p{N}]|[’']\p{L})/gu;
/** Ids that stand for one person on a chat platform: a Discord mention, a Jira account id, a Slack deep link's user, a Teams user. */
const chatUserId = /<@!?(\d{17,20})>|\[~accountid:([0-9a-f]{6,}(?::[0-9a-f-]{8,})?)\]|\bslack:\/\/user\?[^\s)]*?\bid=([UW][A-Z0-9]{6,})|\b8:orgid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi;

/** A URL fragment ending in a word of who and one or two more words: `#by-brynjolf-tamsle`, `#thanks-to-hbrekke`. */
const fragmentOfPerson = /(?<=[\p{L}\p{N}/)\]])#(?:[\p{Ll}\p{N}]+-)*?(?:by|from|thanks-to|thanks|cc|owner|author|assignee|assigned-to|paged)-(\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}\p{N}_-])/gu;

/** An account named before its noun: "the alex user", "the hbrekke account". */
const accountBeforeNoun = /\bthe\s+[*_`]{0,2}(\p{Ll}[\p{Ll}\p{N}._-]*[\p{Ll}\p{N}])[*_`]{0,2}\s+(?:user|account)\b/gu;
/** Commands that manage accounts, and the options of theirs that take a value. */
const userCommand = /(?<!\bopenssl\s+)\b(adduser|deluser|useradd|usermod|userdel|passwd|chage|chsh|chfn|gpasswd)[ \t]+([^`;&|\n]*)/g;
const optionWithValue = /^(?:-[dsugGcekKpf]|-aG|--(?:home|shell|uid|gid|ingroup|gecos|comment|groups?|expiredate|inactive|password|firstuid|lastuid|add|delete))$/;

/**
 * The account a command adds, changes or removes: `adduser hbrekke sudo` (the user first, then a
 * group), `usermod -aG docker hbrekke` and `useradd -m -s /bin/bash hbrekke` (the user last).
 */
function userCommandAccounts(line: string): { text: string; index: number }[] {
  const accounts: { text: string; index: number }[] = [];
  for (const m of allMatches(userCommand, line)) {
    const args: { text: string; index: number }[] = [];
    let offset = m.index! + m[0].length - m[2].length;
    const tokens = m[2].split(/(\s+)/);
    let skipNext = false;
    for (const token of tokens) {
      if (token && !/^\s+$/.test(token)) {
        if (skipNext) skipNext = false;
        else if (token.startsWith('-')) skipNext = optionWithValue.test(token);
        else if (/^[\p{L}][\p{L}\p{N}._-]*$/u.test(token)) args.push({ text: token, index: offset });
        // An argument that is no name (`$USER`) still takes its place: `usermod -aG docker $USER`
        // names no one, rather than "docker".
        else if (!token.startsWith('"') && !token.startsWith("'")) args.push({ text: '', index: offset });
      }
      offset += token.length;
    }
    const firstArgument = /^(?:adduser|deluser|passwd|chage|chsh|chfn)$/.test(m[1]);
    const user = firstArgument ? args[0] : args.at(-1);
    if (user?.text) accounts.push(user);
  }
  return accounts;
}

export function findAccountNames(line: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  // A ZFS snapshot (`zfs send rpool2@move`), a systemd template unit (`systemctl start
  // stunnel@off`, `rclone_backup@gdrive.service`) and an image digest or package tag (`app@sha256:…`,
  // `pool-client@latest`) have the same shape as an SSH target and name no one.
  if (line.includes('@')) {
    for (const m of allMatches(sshTarget, line)) {
      // An argument of these commands; a shell prompt before them (`[tove@pool-01 ~]$ systemctl …`) is an account.
      if (/\b(?:zfs|zpool|systemctl|journalctl)\s/.test(line.slice(0, m.index))) continue;
      if (/^(?:(?:sha(?:1|256|384|512)|latest|next|beta|alpha|canary|stable|rc)\b|[\w-]+\.(?:service|timer|socket|path|mount|target)\b)/i.test(line.slice(m.index! + m[0].length))) continue;
      // A Traefik router's or service's reference names its provider after the `@`
      // (`authelia@file`, `immich-secure@file`, `whoami@docker`; round 60 of false positives,
      // measured on a homelab's journals): a configuration's name, no login on a host.
      // After `ssh`, `scp` or `rsync` it is a login still (`ssh tove@docker`).
      if (traefikProvider.test(line.slice(m.index! + m[0].length)) && !/\b(?:ssh|scp|sftp|rsync|mosh)\b/.test(line.slice(0, m.index))) continue;
      // A peer's node id before its address (`efa67d24…@46.166.163.37:26656`, Tendermint's and
      // libp2p's peer lists): a key's hash of 20 hex digits or more is nobody's login.
      if (/^[0-9a-f]{20,}$/i.test(m[1]) && /\d/.test(m[1])) continue;
      // An example password with `@` for a letter (`passw@rd123`; round 14 of false positives).
      if (isExamplePassword(`${m[1]}@${/^[\w-]*/.exec(line.slice(m.index! + m[0].length))![0]}`)) continue;
      // A host's name of three labels or more before the `@` (`voidlinux.github.com@pi$`, a prompt
      // showing the working folder, a site's checkout; round 49 of false positives): no login is so named.
      if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+\.(?:com|org|net|io|dev|edu|gov|info)$/i.test(m[1]) && m[1].split('.').length >= 3) continue;
      // A product's service account (`prowlarr@media:/data`, a backup's source; round 60 of false positives).
      if (isProductServiceAccount(m[1])) continue;
      if (personalAccount(m[1])) matches.push({ text: m[1], index: m.index!, severity: 'error', why: "a person's account" });
    }
  }
  // A link's fragment that says who (`#by-brynjolf-tamsle`, `#notes-from-hbrekke`): the heading
  // it points at names the person, and the address shows the name even where the page has none.
  for (const m of allMatches(fragmentOfPerson, line)) {
    const parts = m[1].split('-');
    const capitalised = parts.map((part) => part[0].toUpperCase() + part.slice(1));
    if (!capitalised.every(namePartLike) && !(parts.length === 1 && personalAccount(parts[0]) && !isEnglishWord(capitalised[0]))) continue;
    matches.push({ text: m[1], index: m.index! + m[0].length - m[1].length, severity: 'error', guess: true, why: "named in a link's fragment" });
  }
  // A Jira or Confluence mention (`[~hbrekke]`; `[~accountid:…]` is found as an id, above).
  for (const m of line.matchAll(/\[~(?!accountid:)([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])\]/gu)) {
    matches.push({ text: m[1], index: m.index! + 2, severity: 'error', why: 'a Jira mention' });
  }
  for (const account of userCommandAccounts(line)) {
    // A command's account that is a first name is someone's, even where a word-game dictionary
    // knows the word ("stephane", a crown); not a common word ("adduser will" is no one's).
    const firstName = isKnownFirstName(account.text[0].toUpperCase() + account.text.slice(1)) && !isOrdinaryWord(account.text) && !isSystemAccount(account.text);
    if (!firstName && isProductServiceAccount(account.text)) continue;
    if (personalAccount(account.text) || firstName) matches.push({ ...account, severity: 'error', why: "a person's account" });
  }
  // "the alex user", "the hbrekke account": the name before the noun.
  if (/\b(?:user|account)\b/.test(line)) {
    for (const m of allMatches(accountBeforeNoun, line)) {
      // Not looked for elsewhere: a service's own account has the same shape ("the matomo user").
      if (personalAccount(m[1]) && !isProductServiceAccount(m[1])) matches.push({ text: m[1], index: m.index! + m[0].indexOf(m[1], 3), severity: 'error', local: true, why: "a person's account" });
    }
  }
  if (/[-~=]|\bsu\s|\bchown\s|\bgit\s+remote|users?\//.test(line)) {
    for (const m of allMatches(commandAccount, line)) {
      const account = m[1];
      // A login of `chown` or `su` is written in ASCII letters (useradd's default rule): a word with
      // an accent after them is prose ("du chown récursif", a French table; round 60 of false positives).
      if (/[^\x00-\x7f]/.test(account) && /\b(?:chown|su)\s/.test(m[0])) continue;
      // A file mode given to `chown` by mistake for `chmod` (`chown -R go-rwx …`) is no account.
      if (!personalAccount(account) || isEnglishWord(account) || isPublicTerm(account) || isProductServiceAccount(account) || /^[ugoa]*-[rwxXst]+$/.test(account)) continue;
      const index = m.index! + m[0].length - account.length;
      matches.push({ text: account, index, severity: 'error', why: "a person's account" });
      // `chown hbrekke:hbrekke`: the group after the owner is the person's own group.
      const group = /^[:.]([\p{L}][\p{L}\p{N}._-]*[\p{L}\p{N}])(?![\p{L}\p{N}])/u.exec(line.slice(index + account.length));
      if (/\bchown\s/.test(m[0]) && group && group[1].toLowerCase() === account.toLowerCase()) matches.push({ text: group[1], index: index + account.length + 1, severity: 'error', why: "a person's account" });
    }
  }
  for (const m of findNamesBesideAddresses(line)) if (!matches.some((k) => k.index === m.index)) matches.push(m);
  if (/<@|\[~accountid|slack:\/\/|orgid:/.test(line)) {
    for (const m of allMatches(chatUserId, line)) {
      // A mention is replaced whole (`<@…>`, `[~accountid:…]`): a role inside its brackets is no mention.
      const whole = m[1] !== undefined || m[2] !== undefined;
      const text = whole ? m[0] : (m[3] ?? m[4]);
      matches.push({ text, index: m.index! + m[0].indexOf(text), severity: 'error', why: "a person's id on a chat platform" });
    }
  }
  for (const m of allMatches(accountName, line)) {
    // "user jsmith42" in prose: only a name with a digit or one no dictionary knows; "user data" is English.
    if (!personalAccount(m[1])) continue;
    // A product's service account (`User=ollama`, `sudo -u ollama`; round 58); a home folder is someone's.
    if (!/^(?:[\/\\~]|[A-Za-z]:)/.test(m[0]) && isProductServiceAccount(m[1])) continue;
    // "user IPs", "user OpenID URIs", "package-user plist" (round 25 of false positives, user-word-compounds.ts).
    if (/^[Uu]ser/.test(m[0]) && isWordAfterUserNoAccount(line, m.index!, m[0].slice(0, m[0].length - m[1].length), m[1])) continue;
    matches.push({ text: m[1], index: m.index! + m[0].length - m[1].length, severity: 'error', why: "a person's account" });
  }
  return matches;
}

/** A word that reads as part of a person's name: a first name, or a word no lexicon, dictionary or list of public names knows. */
const namePartLike = (word: string) => !isPublicTerm(word) && !isOrdinaryWord(word) && (isKnownFirstName(word) || (!isEnglishWord(word) && !isKnownWord(word)));

/**
 * The whole name around a name found in a line: the other parts of a double-barrelled surname
 * ("Aldersgate-" before a known "Moore") and a first name or surname next to it that reads as a
 * name ("Fenwick" before "Aldersgate-Moore"). A finding covering only part of a name is fixed by
 * replacing that part, which publishes the rest ("Fenwick Aldersgate-an engineer").
 */
/** What an action item asks of someone before their name ("- Email Greg Werner"): no given name. */
const contactVerb = /^(?:Email|E-mail|Mail|Ping|Call|Phone|Ask|Thank|Message|Contact|Invite|Tell|Remind|Notify|Page|Cc)$/;
/** A word that opens a sentence before a comma as a connective, not a surname ("Consequently, Nóva …"). */
const sentenceAdverb = /^(?:\p{L}+(?:ly|wise|wards?)|However|Meanwhile|Therefore|Thus|Hence|Instead|Otherwise|Nevertheless|Nonetheless|Furthermore|Moreover|Besides|Overall|Meantime|Anyway|Regardless)$/iu;

export function wholeNameAt(line: string, index: number, text: string): { index: number; text: string } {
  // A name cut by a line break ("by Oluwaseun⏎Adeyemi") is reported whole already.
  if (line.slice(index, index + text.length) !== text) return { index, text };
  let start = index;
  let end = index + text.length;
  for (let m; (m = /(?<![\p{L}\p{N}_.@/-])\p{Lu}\p{Ll}+-$/u.exec(line.slice(0, start))); ) start = m.index;
  for (let m; (m = /^-\p{Lu}\p{Ll}+(?![\p{L}\p{N}_@])/u.exec(line.slice(end))); ) end += m[0].length;
  // One more word on each side, when every part of it reads as a name.
  // A word in emphasis counts with its markers ("**Hallvard** Brekke", "by **Hallvard** Brekke"),
  // so the fix keeps them balanced; the found word's own markers join it only when a name part
  // next to it does.
  const wrap = /(\*\*|__|~~|\*|_)$/.exec(line.slice(0, start));
  const wrapped = wrap && line.startsWith(wrap[1], end) ? wrap[1].length : 0;
  // Since the eighth probe round across a middle initial or a nickname in quotes or brackets
  // ("Hallvard J. Brekke", 'Hallvard "Hal" Brekke'): the fix of "Brekke" alone left "Hallvard J.".
  // Since adoption round 54 a nickname with a second capital too ('Hallvard "QuietFox" Brekke',
  // quoted-nicknames.ts).
  const middle = String.raw`(?:[ \t]+(?:\p{Lu}\.|${quotedNickname}))?`;
  const before = new RegExp(String.raw`(?<![\p{L}\p{N}.@/'’*~-])(\*\*|__|~~|\*|_)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\1${middle}[ \t]+$`, 'u').exec(line.slice(0, start - wrapped));
  // A surname may touch a letter of a script written without spaces, whose particle follows a
  // name directly ("Sidney Dekkerは", "Dekker는"; round 37 of false positives): the fix of the
  // given name alone published "An engineer Dekker" in a Japanese guide.
  const after = new RegExp(String.raw`^${middle}[ \t]+(\*\*|__|~~|\*|_)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)\1(?![\p{N}_@*~-]|(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])\p{L})`, 'u').exec(line.slice(end + wrapped));
  // A particle before the surname found ("Dónal Ó Ceallaigh") or joined to the next ("Anna
  // d'Aubigny") is part of the name (since the eighteenth probe round).
  const particleBefore = /(?<![\p{L}\p{N}.@/'’*~-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)[ \t]+(?:Ó|Ní|Nic|Mac|Uí|Ua)[ \t]+$/u.exec(line.slice(0, start));
  if (particleBefore && particleBefore[1].split('-').every(namePartLike)) start = particleBefore.index;
  const elidedFirstName = /(?<![\p{L}\p{N}.@/'’*~-])(?:[DO]['’])\p{Lu}\p{Ll}+[ \t]+$/u.exec(line.slice(0, start));
  if (elidedFirstName) start = elidedFirstName.index;
  const elidedAfter = /^[ \t]+(?:[dDlL]|[Dd]ell|[OÓ])['’]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}_@])/u.exec(line.slice(end));
  if (elidedAfter) end += elidedAfter[0].length;
  // "Selon Camille": "according to" in another language is no part of the name after it (round 34 of false positives).
  // Since probe round 44 a given name that is a rare English word before a surname no dictionary
  // knows ("that Quillon Brask exported": "Quillon", a sword's crossguard, is no word a lexicon
  // knows as a common one), which the fix of "Brask" alone left on the page; not after another
  // capitalised word, where a title's words run.
  const rareWordGivenName = (word: string) => !!before && !nameAfter && !contactVerb.test(word) && !/\p{Lu}[\p{L}\p{N}]*[ \t]+$/u.test(line.slice(0, before.index)) && isEnglishWord(word.toLowerCase()) &&
    !/(?:ed|ing|ly)$/.test(word) && !isKnownWord(word) && !isOrdinaryWord(word) && !isPublicTerm(word) && /^\p{Lu}\p{Ll}+$/u.test(line.slice(start, end).replace(/^[*_~]+|[*_~]+$/g, '')) && namePartLike(line.slice(start, end).replace(/^[*_~]+|[*_~]+$/g, ''));
  const nameAfter = after && after[2].split('-').every(namePartLike);
  const nameBefore = before && !isAccordingToWord(before[2]) && (before[2].split('-').every(namePartLike) || rareWordGivenName(before[2]));
  if (nameBefore || nameAfter) {
    start -= wrapped;
    end += wrapped;
  }
  if (nameBefore) start = before!.index;
  if (nameAfter) end += after![0].length;
  // Since probe round 44 the initials in brackets after a given name, which open with its letter
  // ("Ffion (FR) ran the retro"): the fix of the name left its initials. Only after a name found,
  // so a product's short form ("Spacebucks (SBX)") stays.
  const initials = /^[ \t]+\((\p{Lu}{2,3})\)/u.exec(line.slice(end));
  if (initials && initials[1][0] === line.slice(start, end).replace(/^[*_~]+/, '')[0]) end += initials[0].length;
  // Since the twenty-second probe round a surname written first, in capitals ("BRENNE Caoimhe")
  // or before a comma opening the line or sentence ("Brenne, Caoimhe restarted …"): the fix of
  // the given name alone left the surname. Not a common word ("Yesterday, Caoimhe …", "URGENT
  // Caoimhe"), a role's acronym or a public term.
  // Only a capitalised given name acting (a verb in lower case after it), so a series of names
  // ("Away: Tovenild, Yelmar") and an SQL keyword before an account (`ROLE tovem`) stay apart.
  if (!nameBefore && /^\p{Lu}\p{Ll}+$/u.test(line.slice(start, end)) && /^[ \t]+(?!(?:and|or|nor)\b)\p{Ll}/u.test(line.slice(end))) {
    const surnameFirst = /(?<![\p{L}\p{N}.@/'’*~-])(\p{Lu}{3,})[ \t]+$/u.exec(line.slice(0, start)) ?? /(?:^|[.!?]\s+|^\s*(?:[-*+]|\d+[.)])\s+)(\p{Lu}\p{Ll}+),[ \t]+$/u.exec(line.slice(0, start));
    const word = surnameFirst?.[1];
    if (word && !sentenceAdverb.test(word) && !isOrdinaryWord(word.toLowerCase()) && !isOrdinaryWord(word.charAt(0) + word.slice(1).toLowerCase()) && !isPublicTerm(word) && !roleAcronyms.has(word) && !isKnownWord(word) && !isKnownFirstName(word)) start = surnameFirst!.index + surnameFirst![0].indexOf(word);
  }
  // Since adoption round 54 an initial without its full stop opening a full name after a label's
  // colon or at the line's start ("**Responders**: A Dana Quillfeather"): `npm run redact`
  // took the "A" for an article before a thing's name and left the name for a hand to fix, and the
  // post was held. Read as an article ("A Dana Quill called"), the run is replaced whole all the same.
  const initialOpening = /(?:^[ \t]*(?:[-*+][ \t]+)?|:[*_]*[ \t]+)(\p{Lu})[ \t]+$/u.exec(line.slice(0, start));
  if (initialOpening && /^\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)+$/u.test(line.slice(start, end))) start -= initialOpening[0].length - initialOpening[0].lastIndexOf(initialOpening[1]);
  return { index: start, text: line.slice(start, end) };
}

function splitCells(line: string): { text: string; start: number }[] {
  const cells: { text: string; start: number }[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i < line.length; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\') {
      cells.push({ text: line.slice(start, i), start });
      start = i + 1;
    }
  }
  return cells;
}

/**
 * `text` with each run of spaces made one space, and where each of its characters stands in
 * `text`. The tagger's time follows the characters it reads (a third less on the bench's posts),
 * sentences blanked for it are mostly spaces, and how many spaces part two words changes none of
 * its tags.
 */
function collapseSpaces(text: string): { compact: string; position: Int32Array } {
  const position = new Int32Array(text.length + 1);
  const kept: string[] = [];
  let length = 0;
  let keptFrom = 0;
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) === 32) {
      if (keptFrom < i) kept.push(text.slice(keptFrom, i));
      keptFrom = i + 1;
      continue;
    }
    position[length++] = i;
  }
  if (keptFrom < text.length) kept.push(text.slice(keptFrom));
  position[length] = text.length;
  return { compact: kept.join(''), position };
}

/**
 * The lines of a text as `findTaggedPeople` gives them to the tagger, the slow part (about 12 ms a
 * KB): it only reads sentences with a capitalised word that may be a name (a name starting a
 * sentence counts: "Justin is going to reach out"). The others are blanked, which keeps every
 * offset. So is a line whose sentences left could make no name `findTaggedPeople` keeps, where
 * that leaves the tagger's other sentences as they were (`joinsNoSentences`; session 40).
 */
export function linesForTagger(lines: readonly string[], codeLines: ReadonlySet<number>): string[] {
  const prose: string[] = [];
  lines.forEach((line, i) => {
    if (codeLines.has(i)) return prose.push(' '.repeat(line.length));
    const kept = line.replace(sentence, (part) => (mayHoldAName(part) ? part : ' '.repeat(part.length)));
    prose.push(kept.trim() && noTaggedNameKept(kept) && joinsNoSentences(kept, prose) ? ' '.repeat(line.length) : kept);
  });
  return prose;
}

/**
 * Names compromise tags as people in a text (run once per text: the tagger is the slow part), by
 * line index. A full name (two or more capitalised words, the first a known first name or not an
 * English word) is `redact/person`; a single word is a guess (`redact/possible-person`). Both stop
 * the public build. Well-known public names (public-terms.ts: on already-published provider
 * reports most single words were products and places, "Travis", "Cassandra", "Sydney") and
 * English words that are no one's name are not reported. Lines inside fenced code blocks are skipped.
 */
export function findTaggedPeople(lines: readonly string[], codeLines: ReadonlySet<number>): Map<number, PatternMatch[]> {
  const found = new Map<number, PatternMatch[]>();
  const prose = linesForTagger(lines, codeLines);
  const text = prose.join('\n');
  if (!/\p{Lu}\p{Ll}/u.test(text)) return found;
  const starts: number[] = [];
  let offset = 0;
  for (const line of prose) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const lineOf = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  type Term = { text: string; tags: string[]; offset: { start: number; length: number } };
  const { compact, position } = collapseSpaces(text);
  for (const tagged of nlp(compact).people().json({ offset: true }) as { terms: Term[] }[]) {
    // The tagger read the compact text: its offsets are moved back to the text's.
    const person = { terms: tagged.terms.map((t) => ({ ...t, offset: { start: position[t.offset.start], length: position[t.offset.start + t.offset.length - 1] + 1 - position[t.offset.start] } })) };
    // A name ends where punctuation other than an initial's full stop parts its words: the tagger
    // read "Edith (Claude Code sandbox" as one person, whose fix would have replaced the bracket
    // and the product with a role.
    const gaps = person.terms.map((t, i) => (i ? text.slice(person.terms[i - 1].offset.start + person.terms[i - 1].offset.length, t.offset.start) : ''));
    // A dash joins two places ("Hanna–Juniper", a power line), not two names.
    if (gaps.some((gap) => /[–—]/.test(gap))) continue;
    const parted = gaps.findIndex((gap) => /[^\s.]/.test(gap));
    // The name is its capitalised words: the tagger's span may carry a noun after it ("Cassandra cluster").
    const terms = (parted > 0 ? person.terms.slice(0, parted) : person.terms).filter((t) => /^\p{Lu}/u.test(t.text));
    dropOpeningWordsOfNoName(terms);
    if (!terms.length) continue;
    // An acronym of three letters or more before English words that are no one's name ("NAT
    // Gateways", "DNS Resolvers"): a product's or component's name, as provider posts write them.
    if (terms.length >= 2 && /^\p{Lu}{3,}$/u.test(terms[0].text) && terms.slice(1).every((t) => (isOrdinaryWord(t.text) || isEnglishWord(t.text)) && !isKnownFirstName(t.text) && !t.tags.includes('FirstName'))) continue;
    // Acronyms ("URI", "GAO") are not names, nor a connection between two places ("Hanna–Juniper").
    if (terms.every((t) => t.text === t.text.toUpperCase()) || terms.some((t) => /[–—]/.test(t.text))) continue;
    if (terms.every((t) => isOrdinaryWord(t.text.replace(/[’']s$/, '')) && !t.tags.includes('FirstName'))) continue;
    const first = terms[0];
    const last = terms.at(-1)!;
    // A team, a department or a service of another language, its noun and a particle opening it ("Equipo de Plataforma"; false positives round 42).
    if (terms.length >= 2 && isBodyNounOpeningName(first.text) && /^\s+(?:de|di|da|do|du|del|della|des|dos|das)\s/.test(text.slice(first.offset.start + first.text.length))) continue;
    const line = lineOf(first.offset.start);
    // A name split over two lines is reported on the first, up to its end there.
    const end = Math.min(last.offset.start + last.text.replace(/[’']s$/, '').length, starts[line] + prose[line].length);
    // Nor does it go on into a link's target ("[Cody Technology Park](https://…)": one term to the tagger).
    const span = text.slice(first.offset.start, end).replace(/\]\(.*$|[[\]<>|`].*$/s, '').replace(/[.,;:!?)]+$/, '');
    const index = first.offset.start - starts[line];
    if (/[–—]/.test(span)) continue;
    const full = terms.length >= 2 && terms.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && (terms[0].tags.some((tag) => /FirstName|MaleName|FemaleName/.test(tag)) || !isOrdinaryWord(terms[0].text));
    // A well-known public name ("Travis CI", "Sydney", "Homebrew"); one acting as a person is
    // still found by the phrasings ("Austin deployed the fix").
    if (isPublicNameAt(lines[line], index, span)) continue;
    // A member of code after a dot or a `$` (`{{ len .CategoryCounts }}` of a template,
    // `$.Name`), or one called or read right after (`CategoryCounts(`, `Name.Count`): code, not a
    // name (since the tenth round of false positives). A name ends a sentence before its full stop.
    if (!full && terms.length === 1 && (/[.$]$/.test(lines[line].slice(0, index)) || /^(?:\(|\.\p{L})/u.test(lines[line].slice(index + span.length)))) continue;
    // One English word that is no one's name ("Evidence suggested ...").
    if (!full && terms.length === 1 && isEnglishWordNoName(span.replace(/[’']s$/, ''))) continue;
    // An English word that is also a first name, before a plural noun it qualifies ("Grace periods
    // were extended"): a person's name is not followed by a noun ("Grace notes" is a person noting).
    const next = /^\s+(\p{Ll}+s)\b/u.exec(lines[line].slice(index + span.length));
    if (!full && terms.length === 1 && isEnglishWord(span) && next && isEnglishWord(next[1]) && !new RegExp(String.raw`^${humanVerbs}$`).test(next[1])) continue;
    // An English word opening a list of lower-case things done to as things ("Genesis, peers, and
    // state-sync are configured"; lists-of-things.ts, round 33).
    if (!full && terms.length === 1 && isEnglishWord(span) && opensListOfThings(lines[line].slice(index + span.length))) continue;
    const match: PatternMatch = { text: span, index, severity: 'error', guess: !full, why: full ? 'a full name (language model)' : 'may be a name (language model)' };
    found.set(line, [...(found.get(line) ?? []), match]);
  }
  return found;
}


/**
 * Drops the words opening a tagged name that are no part of it. A verb in the past tense opening a
 * timeline's line ("Started Jenkins core build"; since the ninth round of false positives). Nor is
 * a question word, article, conjunction or preposition a title-case heading opens with ("## What
 * Leopold Sundqvarn did"): `npm run redact` replaced it with the name, and customers read "An
 * engineer did" (canary round 39).
 */
function dropOpeningWordsOfNoName(terms: { text: string }[]): void {
  while (terms.length > 1 && /^\p{Lu}\p{Ll}{3,}ed$/u.test(terms[0].text) && isEnglishWord(terms[0].text) && !isKnownFirstName(terms[0].text)) terms.shift();
  while (terms.length > 1 && headingOpeningWord.test(terms[0].text) && !isKnownFirstName(terms[0].text)) terms.shift();
}

/** An English word that is no one's name: a tagged name of this one word alone is not reported ("Evidence suggested ..."). */
function isEnglishWordNoName(word: string): boolean {
  return isEnglishWord(word) && !isKnownFirstName(word);
}

/** A capitalised word or an acronym of a line as the tagger's term for it is sure to be: letters alone, a comma or full stop after them. */
const plainCapitalisedWord = /^(\p{Lu}(?:\p{Ll}*|\p{Lu}*))[.,;:!?]?$/u;

/**
 * True when no name the tagger could find on `line` is kept by `findTaggedPeople`, whatever it
 * tags: the capitalised words a name is made of (its terms that open with a capital) are a run of
 * the line's capitalised words, and every such run, after the words `dropOpeningWordsOfNoName`
 * drops, is acronyms alone or one English word that is no one's name, neither reported. "The database on-call
 * paused all deploys to the Payments service" is such a line (the tagger read ~a quarter of what
 * it was given in the bench's posts in lines like it; docs/performance.md, session 40). A word
 * the tagger could split or read otherwise (a hyphen, an apostrophe, a bracket, a slash) makes
 * the answer false. compromise tags each sentence alone; `joinsNoSentences` says when blanking
 * the line leaves its other sentences as they were.
 */
function noTaggedNameKept(line: string): boolean {
  // compromise joins the words on each side of a slash into one term ("Payments and/or Checkout").
  if (line.includes('/')) return false;
  const capitalised: string[] = [];
  // Its terms are the line's runs without white space (JavaScript's \s, as here).
  for (const chunk of line.split(/\s+/)) {
    if (!/\p{Lu}/u.test(chunk)) continue;
    const word = plainCapitalisedWord.exec(chunk);
    if (!word) return false;
    capitalised.push(word[1]);
  }
  for (let from = 0; from < capitalised.length; from++) {
    for (let to = from + 1; to <= capitalised.length; to++) {
      const run = capitalised.slice(from, to).map((text) => ({ text }));
      dropOpeningWordsOfNoName(run);
      // Acronyms alone are dropped, and one English word that is no one's name.
      if (!run.every((t) => t.text === t.text.toUpperCase()) && (run.length > 1 || !isEnglishWordNoName(run[0].text))) return false;
    }
  }
  return true;
}

/** Brackets and quotes over which compromise joins a sentence to the next one or two (its `parensMerge` and `quoteMerge`), over line breaks too. */
const sentenceJoiningMark = /[()\uFF08\uFF09"\uFF02\u201C\u201D\u201F\u201E\u2E42\u201A\u2019\u2039\u203A\u2035\u2032\u2036\u2033\u2037\u2034\u301D\u301E\u301F\u300C\u300D\u300E\u300F\u00AB\u00BB]/u;

/**
 * True when blanking `line` changes how compromise parts the text into sentences nowhere else: it
 * splits at line breaks, but joins a sentence with one opening bracket or quote to the next one
 * or two that close it. So neither the line nor the two lines with words before it (`before`,
 * the text's lines so far as the tagger will read them) may hold a bracket or quote: a line
 * blanked between them would bring a closing one nearer.
 */
function joinsNoSentences(line: string, before: readonly string[]): boolean {
  if (sentenceJoiningMark.test(line)) return false;
  let sentences = 0;
  for (let j = before.length - 1; j >= 0 && sentences < 2; j--) {
    if (sentenceJoiningMark.test(before[j])) return false;
    // A line without letters, digits or symbols is joined to the sentence before it.
    if (/[\p{L}\p{N}\p{So}]/u.test(before[j])) sentences++;
  }
  return true;
}

/** English words a title-case heading or question opens with that are no part of a name after them. */
const headingOpeningWord = /^(?:What|Why|How|When|Where|Who|Whom|Whose|Which|The|A|An|And|But|Or|If|After|Before|During|While|Since|Until|Once|Did|Does|Do|Has|Have|Had|Was|Were|Is|Are|Can|Could|Should|Would|To|For|From|With|By|At|In|On|Of|Then|Thanks)$/u;

/** Nouns that follow the name of a company, product or place, not of a person. */
/**
 * After a possessive, not "account" alone: "ran from Kasimir’s account" is someone's login;
 * "Zuvora's account manager" is still a company's (since the eleventh probe round).
 */
const personalAccountNoun = String.raw`(?!\s+accounts?\b(?!\s+(?:manager|team|executive|rep|representative|id|number)s?\b))`;
const thingNouns = String.raw`(?:models?|downtime|failures?|testnets?|mainnets?|devnets?|blockchain|validators?|pods?|containers?|volumes?|deployments?|namespaces?|replicas?|images?|ingress|charts?|VMs?|daemons?|backends?|frontends?|players?|members?|subscribers?|sellers?|merchants?|traders?|stores?|shop|products?|features?|functionality|code|software|system|systems|fleet|pipelines?|plugins?|agents?|program|module|flag|users?|customers?|platform|apps?|application|service|services|servers?|API|APIs|SDK|clients?|cluster|clusters|nodes?|status|accounts?|dashboard|website|site|infrastructure|outage|incident|database|databases|instances?|data|storage|network|engineers|engineering|employees|staff|support|team|teams|community|integration|builds?|jobs?|workers?|region|regions|version|releases?|CI|CD|Cloud|DB|app's|organisation|organization|Inc|Ltd|LLC|GmbH|Corp|Corporation|Company|Group|Labs|Systems|Technologies|Team|Teams|Squad|Department|Foundation)`;

/** "called" naming a thing ("a tool called …"), not someone calling a person ("the engineer called …"; since the twentieth probe round). */
const calledAsName = String.raw`(?<!\b(?:[Ww]e|I|[Hh]e|[Ss]he|[Tt]hey|someone|engineer|on-?call|responder|commander|lead|who)\s+(?:(?:then|also|later|quickly|first)\s+)?)called`;

/**
 * True when the text uses `word` as the name of a thing somewhere: after an article or a
 * preposition of place ("the Roblox client", "at Zerodha", "on Strava") or before a noun that
 * follows companies, products and places ("Roblox users", "Travis CI", "Tyler, Texas"). People's
 * names are not written that way, so a guess about such a word is dropped.
 */
function usedAsThing(word: string, text: string, firstName = false): boolean {
  const w = escapeRegExp(word);
  // A thing named after a person names the person ("on Edith", "from Edith", "a laptop named
  // Edith"): for a first name, only an article says it is a thing.
  // "Data from Zuvora" is a thing's; "help from", "notes from" are a person's (personObject).
  // "Waiting on Quenby" is said of people as of systems, so it says nothing (twenty-eighth probe round).
  const before = firstName ? 'the|a|an|its' : String.raw`the|a|an|its|at|(?<!\b[Ww]ait(?:ed|ing)?\s)on|via|(?<!\b(?:[Hh]elp|[Nn]otes|[Mm]essages?|DMs?|[Ee]-?mails?|[Rr]eply|[Ff]eedback|[Aa]dvice|[Hh]and-?off|[Hh]andover)\s)from|into|onto|using|use|uses|used|with the|${calledAsName}|named`;
  // In a series, what follows the series qualifies each of its words ("Chelsea and Brooklyn
  // stores"), and a word listed with a public place after "in" is a place ("in Georgia and Victoria").
  const series = String.raw`(?:(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}\p{L}+)*`;
  const seriesBefore = String.raw`(?:\p{Lu}\p{L}+(?:,\s*|\s+(?:and|or|&)\s+))*`;
  // The word with one name at least before or after it.
  const inSeries = String.raw`(?:(?:\p{Lu}\p{L}+(?:,\s*|\s+(?:and|or|&)\s+))+${w}|${w}(?:(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}\p{L}+)+)`;
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:in|across|throughout|near)\s+(${seriesBefore}${w}${series})(?![’'])`, 'gu'))) {
    if (m[1].split(/,\s*|\s+(?:and|or|&)\s+/).some((part) => part !== word && (isPublicTerm(part) || new RegExp(`^(?:${usStates})$`).test(part)))) return true;
  }
  // A word listed with a public name or an acronym of three capitals or more ("Graph Ophan,
  // Omniture and OAS page impressions", a newspaper's analytics tools; since the ninth probe
  // round) is a product like them: people are listed with people. Not a first name, which a
  // list of people and teams holds ("Sarah, Tove and the SRE team").
  // A name with an initial ("Hallvard B., SRE lead,") is a person's, whatever follows its comma
  // (since the thirteenth probe round): products are not named with an initial.
  if (!firstName && !/\s\p{Lu}\.?$/u.test(word)) {
    const listBefore = String.raw`(?:\p{Lu}[\p{L}\p{N}]*(?:,\s*|\s+(?:and|or|&)\s+))*`;
    const listAfter = String.raw`(?:(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}[\p{L}\p{N}]*)*`;
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}_-])(${listBefore}${w}${listAfter})(?![\p{L}\p{N}’'_-])`, 'gu'))) {
      const parts = m[1].split(/,\s*|\s+(?:and|or|&)\s+/);
      // A role in capitals is no product ("Our DBA, Kasimir, failed over"; since the twenty-third probe round).
      if (parts.length >= 2 && parts.some((part) => part !== word && (isPublicTerm(part) || (/^\p{Lu}{3,}$/u.test(part) && !/^(?:SRE|DBA|CTO|CEO|CIO|CISO|COO|SME)$/.test(part)) || usedAsRepository(part, text)))) return true;
    }
  }
  // Words of one paragraph only: "the NVMe⏎⏎Stephane tried" is no thing called Stephane.
  // A possessive before "account" is someone's login ("ran from Kasimir’s account"), not a
  // company's account as "Zuvora accounts" or "Zuvora's account manager" are (eleventh probe round).
  const gap = String.raw`(?:[ \t]+\n?|\n)[ \t]*`;
  const pattern = new RegExp(String.raw`(?:\b(?:${before})${gap}(?:\p{Lu}[\p{L}\p{N}]*${gap}){0,2}${w}\b(?![’']s\b)(?!(?<=s)[’']\s)(?!\s+(?:and|said|says|noted|wrote))|(?<![\p{L}])${w}(?:[’']s${personalAccountNoun})?${series}\s+${thingNouns}\b|(?<![\p{L}])${w},\s+(?:${usStates})\b|(?<![\p{L}])${w}\.(?:com|io|net|org|app|dev)\b)`, 'u');
  if (pattern.test(text)) return true;
  // A series before a compound of two nouns that a verb then follows ("Radarr and Sonarr download
  // sync confirmed working"; round 37 of false positives): the words qualify the compound, as a
  // product's name does. People act themselves ("Angus and Yuvi restarted it", "… download the
  // logs"), and a word in -ed after them is their verb ("… paused sync jobs"). Two names at least,
  // and no preposition after them: "Ms. Okafor from support relayed …" is one person.
  if (!firstName && new RegExp(String.raw`(?<![\p{L}])${inSeries}\s+(?!\p{Ll}+ed\b|(?:from|with|of|at|in|on|for|to|by|the|our|their|his|her)\b)\p{Ll}{3,}\s+(?:${thingNouns}|syncs?|requests?|downloads?|uploads?|queues?|feeds?|imports?|exports?)\s+(?:\p{Ll}+ed|is|are|was|were|has|have|had)\b`, 'u').test(text)) return true;
  // A word before a version ("Pymongo 4.0", "Wasmvm v2.1.5", "Zorvex 1.12.3"): software is
  // released, people are not (since the eleventh round of false positives). Not a first name, and
  // not a clock's time ("Yelmar 10.30"): a version with one digit after its dot, a `v`, or three parts.
  if (!firstName && new RegExp(String.raw`(?<![\p{L}])${w}\s+${versionNumber}`, 'u').test(text)) return true;
  // A word the post explains as an organisation or a product in apposition ("reported by
  // Halborn, an auditing firm", "Zuvora, a hosting provider"; since the tenth round of false
  // positives). People are introduced by their role ("Tove, our DBA", "Tove, our service owner"), which
  // is found: the noun must end the apposition.
  if (!firstName && new RegExp(String.raw`(?<![\p{L}])${w},\s+(?:an?|the|our|their)\s+(?:[\p{L}-]+\s+){0,2}(?:firm|company|vendor|provider|startup|consultancy|agency|project|library|framework|protocol|exchange|foundation|organi[sz]ation|registrar|ISP|CDN|bank|service|platform|tool|product|blockchain|network|testnet|mainnet)s?(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|in|from|for|of|we|used)\b)`, 'u').test(text)) return true;
  // A town and its region: "Hamilton, Ontario", "Tyler, Texas".
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${w},\s+(\p{Lu}\p{Ll}+)`, 'gu'))) if (isPublicPlace(m[1])) return true;
  // Part of a product's name: after a public name ("Amazon Data Firehose", "Google Meet
  // Livestream") or before one ("Stackless Python").
  for (const m of text.matchAll(new RegExp(String.raw`((?:\p{Lu}[\p{L}\p{N}]*${gap}){1,3})${w}(?:${gap}(\p{Lu}[\p{L}\p{N}]*))?`, 'gu'))) {
    if (m[1].trim().split(/\s+/).some((part) => isPublicTerm(part)) || (m[2] && isPublicTerm(m[2]))) return true;
  }
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${w}${gap}(\p{Lu}[\p{L}\p{N}]*)`, 'gu'))) if (isPublicTerm(m[1])) return true;
  return false;
}

/**
 * True when the post links to a repository named as the word is, in any letter case, on a code
 * host (`github.com/hyperledger/besu/releases/…` for "Besu", `NethermindEth/nethermind#812`): a
 * project's name, as release notes and chain reports name clients. People's repositories are named
 * after what they hold, not after their owners (since the tenth round of false positives).
 */
export function usedAsRepository(word: string, text: string): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}]{2,}$/u.test(word)) return false;
  const w = escapeRegExp(word);
  return new RegExp(String.raw`(?:(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[\w.-]+\/${w}(?![\w-]|\.(?!git\b)\w)|(?<![\w.\/-])[\w.-]+\/${w}#\d)`, 'iu').test(text);
}

/**
 * True when the text uses a word as the name of an organisation or product: after "the", "at" or
 * "its" ("at Confio", "the Confio validators"), before a noun that follows companies and products,
 * possessive or not ("Confio team", "Confio's validators"), as a person's affiliation in brackets
 * ("Ethan (Confio)") or as a domain ("confio.io"). A surname is not written so: a word the post
 * uses this way is not looked for alone as a name when the language model or a phrasing read it
 * as the surname of a full name ("Alex Confio joins", where Confio is Alex's company).
 */
export function usedAsOrganisation(word: string, text: string): boolean {
  const w = escapeRegExp(word);
  if (new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]t|[Ii]ts)\s+${w}\b(?![’']s\b)|(?<![\p{L}\p{N}_.-])${w}(?:[’']s${personalAccountNoun})?\s+(?:${thingNouns}|validators?|nodes?|folks|people|contributors?|developers?|devs)\b|(?<![\p{L}])${w}\.(?:com|io|net|org|app|dev|xyz|network)\b`, 'u').test(text)) return true;
  // An affiliation after a name ("Ethan (Confio)"), not a role's holder ("Commander (Tavita)").
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+\(${w}\)`, 'gu'))) if (!isOrdinaryWord(m[1]) && !isEnglishWord(m[1])) return true;
  return false;
}

/**
 * True when the text runs a lower-case word as a command or names a file of it: with arguments at
 * the start of a code span or of a line (`` `sanoid --cron` ``, `sanoid --take-snapshots`), after
 * a prompt or `sudo` (`$ sanoid`), after a path's slash (`/usr/sbin/sanoid`) or before a
 * configuration file's extension (`sanoid.conf`). A tool, no one's handle; a handle alone in a
 * code span (`` `kmiller` ``) is still one.
 */
export function usedAsCommand(word: string, text: string): boolean {
  const w = escapeRegExp(word);
  return new RegExp(String.raw`\x60${w}[ \t]+[^\x60\s]|(?:^|[\s\x60])(?:\$|sudo)[ \t]+${w}(?=[\s\x60]|$)|^[ \t]*${w}[ \t]+-{1,2}[a-z]|\/${w}(?=[\s\x60]|$)|(?<![\p{L}\p{N}])${w}\.(?:conf|cfg|service|timer|socket|ya?ml|json|toml|ini|log|sh|py|rb|js|ts|go|rs|d)\b`, 'mu').test(text);
}

/**
 * A full name the language model read in a product's or project's name ("the Avail Goldberg
 * testnet", "Jenkins Core Release 2.465"): its first word is no one's name alone (an English word,
 * a public name or a word no list of names knows) and the post writes that word after an article,
 * as things are named ("the Avail LC network", "The Jenkins Core weekly release"). A first name
 * and nothing else ("the Sarah Qalandri dashboard") stays a name.
 */
function productNamedAsPerson(candidate: PersonCandidate, text: string): boolean {
  const words = candidate.text.split(/\s+/);
  // A public project's name before a word the post runs as a command ("Calico Felix", "Calico
  // Felix NAT" and `felix reload`): the project's component, as it names it (since the eighth
  // round of false positives).
  const modelRead = candidate.why === 'a full name (language model)' || candidate.why === 'may be a name (language model)';
  if (modelRead && words.length >= 2 && isPublicTerm(words[0]) && words.slice(1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && usedAsCommand(w.toLowerCase(), text))) return true;
  if (candidate.why !== 'a full name (language model)') return false;
  // A name the post writes before a version ("Claude Sonnet 3.7", "Zorvex Quellnet v2"): a
  // release of software, as people have none (since the eleventh round of false positives).
  if (new RegExp(String.raw`(?<![\p{L}])${words.map(escapeRegExp).join(String.raw`\s+`)}\s+${versionNumber}`, 'u').test(text)) return true;
  // Three words or more, all but the first English words that are no one's name ("Cody Technology Park",
  // "Jenkins Core Release"): a place's or a product's name.
  if (words.length >= 3 && words.slice(1).every((w) => notAName(w))) return true;
  const first = words[0];
  if (isKnownFirstName(first) && !isEnglishWord(first) && !isPublicTerm(first)) return false;
  return new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[Tt]heir)\s+${escapeRegExp(first)}\b(?![’']s\b)`, 'u').test(text) || usedAsOrganisation(first, text) || pairUsedAsThing(candidate.text, text);
}

/**
 * A vendor's name before its product's ("Anthropic Claude 4 was used to proofread", false
 * positives round 55, published "an engineer 4"): two words, the first a well-known brand that
 * is no given name, the second a brand too or before a generation's whole number. A given name
 * first stays a person's ("Marta Claude").
 */
function isVendorProductName(text: string, evidence: string): boolean {
  const words = text.split(/\s+/);
  if (words.length !== 2 || !isWellKnownBrand(words[0]) || isKnownFirstName(words[0])) return false;
  return isWellKnownBrand(words[1]) || new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(text)}[ \t]+\d+(?![\p{L}\d:])`, 'u').test(evidence);
}

/**
 * True when the text uses two words as the name of a thing: after an article ("the Zuvora Kite
 * app") or right before a noun that follows products ("Zuvora Kite users"), not in a possessive
 * ("Oluwaseun Adeyemi's dashboard") or after "from" or "with", which people's names take too.
 */
export function pairUsedAsThing(pair: string, text: string): boolean {
  const w = pair.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  // Before a version too ("Zorvex Quellnet 2.1"), since the eleventh round of false positives.
  return new RegExp(String.raw`\b(?:the|a|an|its|via|using|${calledAsName}|named)\s+${w}\b|(?<![\p{L}])${w}\s+(?:${thingNouns}|${titleThingNouns})\b|(?<![\p{L}])${w}\s+${versionNumber}|(?<![\p{L}])${w}\.(?:com|io|net|org|app|dev)\b`, 'u').test(text);
}

/**
 * Nouns of things as a title in title case writes them ("Zuvora Kite Incident Report", "Zuvora
 * Mainnet Validator"): two words no dictionary knows before one of them name the thing the title
 * is about, not a person (since the tenth round of false positives).
 */
const titleThingNouns = String.raw`(?:Incidents?|Outages?|Post-?[Mm]ortems?|Testnets?|Mainnets?|Devnets?|Networks?|Validators?|Nodes?|Clusters?|Upgrades?|Releases?|Migrations?|Hard\s+Fork|Forks?|Halt|Downtime|Degradation|Disruption)`;

/**
 * Two capitalised words no dictionary knows ("Jiva Ctrl" of a runbook's title) whose first word
 * the post writes after an article, as things are named ("the Jiva CSI node plugin", "a Jiva
 * volume"): a product's name and a word of it, not a first name and a surname (since the eighth
 * round of false positives). A person's first name is not written after an article.
 */
function firstWordUsedAsThing(pair: string, text: string): boolean {
  const first = pair.split(/\s+/)[0];
  return !isKnownFirstName(first) && usedAsThing(first, text, true);
}

/**
 * True when the post writes a word twice or more as the modifier of a noun after an article ("a
 * Felix watch delivery failure", "the Felix VTEP staleness"): a component's name, as a first name
 * is never written of a person. Once could be a thing named after someone ("the Sarah laptop"),
 * which names the person; so a first name acting as a person ("Felix programs the routes") is a
 * person unless the post writes it so at least twice, or runs it as a command (`felix reload`;
 * since the eighth round of false positives).
 */
export function usedAsModifier(word: string, text: string): boolean {
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Aa]n?)[ \t]+${escapeRegExp(word)}[ \t]+(?!(?:and|or|said|says|wrote|noted|is|was|has|had|will|would|did|does)\b)(?:\p{Ll}[\p{Ll}-]+|\p{Lu}{2,}s?)\b`, 'gu');
  return [...text.matchAll(pattern)].length >= 2;
}

const listItemLabel = /^(\s*)[-*+]\s+(?:\*\*|__)?([\p{L}][\p{L}\p{N}/.&+-]*(?:\s+[\p{L}][\p{L}\p{N}/.&+-]*){1,3})(?:\*\*|__)?\s*:\s/u;

/**
 * True when line `i` is an item of a list in which two other items open with a label of two to
 * four words, one of them English or a public name and none a first name ("- Cloud SQL: …",
 * "- Compute Engine: …"): a list of products' or components' labels, as status pages write their
 * product impact, not a chat transcript, whose speakers are one word or full names (since the
 * ninth round of false positives).
 */
export function inListOfLabels(lines: readonly string[], i: number): boolean {
  const item = /^(\s*)[-*+]\s/.exec(lines[i]);
  if (!item) return false;
  return countSiblingItems(lines, i, item[1].length, (line) => {
    const label = listItemLabel.exec(line);
    if (!label) return false;
    const words = label[2].split(/\s+/);
    return !words.some((w) => isKnownFirstName(w)) && words.some((w) => isPublicTerm(w) || ((isOrdinaryWord(w) || isEnglishWord(w)) && !isKnownFirstName(w)));
  }, 2) >= 2;
}

/**
 * How many items of the list holding line `i` (same indent, in its paragraph: a blank line or a
 * shallower item ends it), above and below it, satisfy `isLike`; counting stops at `enough`.
 */
function countSiblingItems(lines: readonly string[], i: number, indent: number, isLike: (line: string) => boolean, enough: number): number {
  let count = 0;
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < lines.length && lines[k].trim(); k += step) {
      const sibling = /^(\s*)[-*+]\s/.exec(lines[k]);
      if (!sibling) continue;
      if (sibling[1].length < indent) break;
      if (sibling[1].length > indent) continue;
      if (isLike(lines[k]) && ++count >= enough) return count;
    }
  }
  return count;
}

/** A list item of one capitalised label whose value opens with a link, a code span or an address ("- Geth: [v1.15.5](…)"). */
const referenceItem = /^(\s*)[-*+]\s+(?:\*\*|__)?\p{Lu}[\p{L}\p{N}.&+-]*(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?:\[[^\]]+\]\(|`[^`]+`|<?https?:\/\/)/u;

/**
 * True when line `i` is an item of a list of references: it and another item of the same list
 * give a one-word label and, first thing after it, a link, a code span or an address ("- Geth:
 * [v1.15.5](https://github.com/…)", "- Nethermind: [v1.31.4](…)", "- Sepolia: `0x7f02…`"), as
 * release notes list a version per client and runbooks an address per network. A chat's lines say
 * something: two speakers who each open with only a link or a code are not a transcript (since the
 * tenth round of false positives).
 */
export function inListOfReferences(lines: readonly string[], i: number): boolean {
  const item = referenceItem.exec(lines[i]);
  if (item) return countSiblingItems(lines, i, item[1].length, (line) => referenceItem.test(line), 1) >= 1;
  // The same written as lines of one paragraph, without bullets ("Wasmvm: [v2.1.5](…)⏎Gaia:
  // [v22.0.1](…)", the supporting information of a chain's retro; since the eleventh round of
  // false positives): another line of the paragraph written so, and no line of it a one-word
  // label before words, which would make the paragraph a chat ("Tove: restarting now").
  if (!referenceLine.test(lines[i])) return false;
  let references = 0;
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < lines.length && lines[k].trim() && !/^\s*(?:[-*+]\s|\d+[.)]\s|#|>|\||```|~~~)/.test(lines[k]); k += step) {
      if (referenceLine.test(lines[k])) references++;
      else if (oneWordLabelLine.test(lines[k])) return false;
    }
  }
  return references >= 1;
}

/** A paragraph's line opening with a label of one word and a colon, as a chat's speaker opens one. */
const oneWordLabelLine = /^\s{0,3}(?:\*\*|__)?[\p{L}][\p{L}\p{N}._&+-]*(?:\*\*|__)?\s*:(?:\*\*|__)?\s/u;

/** A paragraph's line of one capitalised label whose value opens with a link, a code span or an address ("Gaia: [v22.0.1](…)"). */
const referenceLine = /^\s{0,3}(?:\*\*|__)?\p{Lu}[\p{L}\p{N}.&+-]*(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?:\[[^\]]+\]\(|`[^`]+`|<?https?:\/\/)/u;

/**
 * The plural of an agent noun made from an English verb of six letters or more ("Validators" of
 * "validate", "Operators", "Relayers" of "relay" is too short): a group acting, as chain-halt
 * reports write "Validators confirmed the hashes", not one person (since the ninth round of false
 * positives). Surnames ending so have short stems ("Masters", "Sanders", "Flowers").
 */
export function pluralAgentNoun(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{5,})(?:ors|ers)$/u.exec(word);
  if (!m || isKnownWord(word) || isKnownFirstName(word) || isKnownFirstName(word.slice(0, -1))) return false;
  const stem = m[1].toLowerCase();
  return !/ing$/.test(stem) && [stem, `${stem}e`].some((verb) => verb.length >= 6 && isEnglishWord(verb) && !isKnownFirstName(verb));
}

/** Prefixes English builds words of things with ("Descheduler", "Misconfiguration", "Autoscaler"). */
const wordPrefix = /^(?:de|dis|mis|re|un|pre|non|sub|auto|multi|over|under|inter|anti|co|counter|micro|super)/;

/**
 * A capitalised word that is an English prefix before an English word of seven letters or more
 * ("Descheduler", "Misconfiguration"), or before such a word of eight letters or more misspelt by
 * one letter ("Desheduler", "Reconcilation"): a word of the trade the dictionary lacks, not a
 * name (since the ninth round of false positives). Names that start like a prefix have a short
 * rest ("Deforest", "Overstreet") or one no dictionary knows ("Remington", "Desmond"); a name
 * a lexicon knows is never one.
 */
export function prefixedEnglishWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{8,}$/u.test(word) || isKnownWord(word) || isKnownFirstName(word) || isPublicTerm(word)) return false;
  const lower = word.toLowerCase();
  for (let end = 2; end <= 7; end++) {
    const prefix = lower.slice(0, end);
    if (!wordPrefix.test(prefix) || wordPrefix.exec(prefix)![0] !== prefix) continue;
    const rest = lower.slice(end);
    if (rest.length >= 7 && isEnglishWord(rest) && !isKnownFirstName(rest)) return true;
    if (rest.length >= 8 && oneEditFromEnglish(rest)) return true;
  }
  return false;
}

/**
 * True when one letter added, dropped, changed or two swapped makes `word` an English noun of
 * eight letters or more ending like the name of a tool or an action.
 */
function oneEditFromEnglish(word: string): boolean {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  // Only a noun of what tools are and do (`scheduler`, `reconciliation`, `deployment`): French
  // surnames are one letter off other English words ("Desrosiers", "crosiers").
  const english = (w: string) => w.length >= 8 && /(?:[^i]er|or|ion|ment|ing)$/.test(w) && isEnglishWord(w) && !isKnownFirstName(w);
  for (let i = 0; i <= word.length; i++) {
    for (const c of letters) if (english(word.slice(0, i) + c + word.slice(i)) || (i < word.length && english(word.slice(0, i) + c + word.slice(i + 1)))) return true;
    if (i < word.length && english(word.slice(0, i) + word.slice(i + 1))) return true;
    if (i + 1 < word.length && english(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}

/**
 * True when the post writes a capitalised word as a file's name in a path (`/srv/data/Lang.sto`,
 * `../Lang/`): the guess is the file or folder the sentence names ("move Lang file"). Not after
 * `/Users/` or `/home/`, whose folders are people's accounts (since the eighth round of false
 * positives).
 */
export function usedAsFileName(word: string, text: string): boolean {
  const pattern = new RegExp(String.raw`(?<!(?:^|[\s/\\])(?:[Uu]sers|home)[/\\])(?<=[/\\])${escapeRegExp(word)}(?=\.[A-Za-z0-9]|/)`, 'u');
  return pattern.test(text);
}

const usStates = 'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';

/** A sentence and the spaces after it; a line without sentence ends is one sentence. */
const sentence = /(?:[^.!?]|[.!?](?!\s)|(?<=(?:^|[\s(])(?:\p{L}|Dr|Mr|Mrs|Ms|Mx|St|Prof|Jr|Sr|vs|etc|e\.g|i\.e|approx|incl|No|Inc|Ltd|Co))[.])*(?:[.!?]+|$)\s*/gu;

/** A word as `mayHoldAName` reads a sentence: a letter or a digit, then those, apostrophes and hyphens. */
const sentenceWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * True when a sentence has a capitalised word that may be part of a name: a first name or
 * surname, or a word compromise's lexicon does not know as a plain word (the word-game
 * dictionary is used only for a sentence's first word). "The deploy failed." has none.
 */
function mayHoldAName(text: string): boolean {
  let first = true;
  // One expression for every sentence, read from its start: `matchAll` copied it for each sentence
  // of every line given to the tagger (session 51).
  sentenceWord.lastIndex = 0;
  for (let m = sentenceWord.exec(text); m; m = sentenceWord.exec(text)) {
    const opening = first;
    first = false;
    // Most words are not capitalised: read before the possessive is cut, which keeps the first
    // letter. A lower-case ASCII letter or a digit opens no capitalised word without asking.
    const code = m[0].charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || !/^\p{Lu}/u.test(m[0])) continue;
    const word = m[0].replace(/[’']s$/, '');
    // Acronyms ("AWS", "DNS") are not names, and the tagger's spans made only of them are dropped.
    if (word.length > 1 && word === word.toUpperCase()) continue;
    if (isKnownFirstName(word)) return true;
    if (isOrdinaryWord(word)) continue;
    // The first word of a sentence is capitalised anyway: an English word there ("Capacity was
    // added") is not a name. Elsewhere the dictionary is too generous ("Nat Welch").
    if (opening && isEnglishWord(word)) continue;
    return true;
  }
  return false;
}

export interface PersonCandidate extends PatternMatch {
  /** Index of the line in the text. */
  line: number;
}

/**
 * Adds a candidate unless one already found covers it; a longer name replaces the parts found
 * before ("Oluwaseun Adeyemi" for "Adeyemi" of "Adeyemi restarted", "Oluwaseun" cut by a line break).
 */
function addLonger(candidates: PersonCandidate[], added: PersonCandidate): void {
  const end = added.index + added.text.length;
  const overlapping = candidates.filter((c) => c.line === added.line && c.index < end && added.index < c.index + c.text.length);
  // Since probe round 37 a phrasing that leaves no doubt replaces a guess of the same words, which
  // the checks of guesses would drop ("Danke an Bettina": the first name's guess came first).
  const sameGuess = overlapping.find((c) => c.guess && !added.guess && c.index === added.index && c.text.length === added.text.length);
  if (sameGuess) {
    candidates.splice(candidates.indexOf(sameGuess), 1, added);
    return;
  }
  if (overlapping.some((c) => c.index < added.index || c.index + c.text.length > end || c.text.length >= added.text.length)) return;
  for (const c of overlapping) candidates.splice(candidates.indexOf(c), 1);
  // A name a phrasing leaves no doubt about stays certain when it grows into a full name.
  candidates.push(overlapping.some((c) => !c.guess) ? { ...added, guess: false, unknownFullName: false, why: overlapping.find((c) => !c.guess)!.why } : added);
}

const candidateCache = new Map<string, PersonCandidate[]>();

/** The texts hashed last and their hashes: each post's evidence is looked up for each of its texts, twice (to discover names, then to report them). */
const recentHashes: { text: string; hash: number }[] = [];

/** A 32-bit FNV-1a hash of a text, for a cache key; a text among the last 16 hashed is not read again. */
function textHash(text: string): number {
  // Strings of another length differ at once; one of the same length is compared natively.
  const recent = recentHashes.find((entry) => entry.text === text);
  if (recent) return recent.hash;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash >>>= 0;
  if (recentHashes.length >= 16) recentHashes.shift();
  recentHashes.push({ text, hash });
  return hash;
}

/**
 * Every person that phrasings, table columns and the language model find in a text, by line.
 * Cached for the last texts seen: a post is read once to discover names and once to report them.
 * `evidence` is where the post shows that a word names a thing ("the Zuvora node", `felix
 * reload`): the whole post, when `text` is one of its fields. A public title ("Zuvora Kite
 * Incident Report") says nothing of its words alone; the body that writes "the Zuvora Kite app"
 * does (since the tenth round of false positives).
 */
/** A sequence diagram's actor or participant (Mermaid, PlantUML): `participant Dagfinn`, `actor Kasimir Vold as KV`. */
const diagramParticipant = /^\s*(actor|participant)\s+["']?(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)?)["']?(?=\s*$|\s+as\s)/u;

/**
 * The prose of a comment in a line of code, the rest blanked so indices stay the line's: a whole
 * line after `#`, `//`, `--`, `;`, `/*`, `*` or `<!--`, or a comment after code (two spaces or a
 * tab, then `#` or `//`). Not a shebang (`#!`), a directive (`#include`) or a URL (`http://`);
 * only words: a commented-out command reads as no phrasing of people.
 */
function commentProse(line: string): string | undefined {
  const whole = /^(\s*(?:#(?![!#\w])|\/\/|--(?=\s)|;|\/\*+|\*(?=\s)|<!--)\s*)(.*)$/.exec(line);
  const trailing = whole ? undefined : /^(.*?(?:\s{2,}|\t)(?:#|\/\/)\s+)(\S.*)$/.exec(line);
  const found = whole ?? trailing;
  if (!found || !/\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(found[2])) return undefined;
  return ' '.repeat(found[1].length) + found[2];
}

/**
 * The quoted values of a code fence's info string (```` ```sh title="run by Saoirse Crane" ````),
 * the rest blanked: renderers show a fence's title above the code, so it is prose (since the
 * twenty-second probe round). Undefined for any other line.
 */
function fenceInfoProse(line: string): string | undefined {
  const opening = /^(\s*(?:`{3,}|~{3,}))([^`\n]*)$/.exec(line);
  if (!opening || !/["']/.test(opening[2])) return undefined;
  const values = [...opening[2].matchAll(/(["'])([^"'\n]+)\1/g)];
  if (!values.length) return undefined;
  let prose = ' '.repeat(line.length);
  for (const v of values) {
    const at = opening[1].length + v.index! + 1;
    prose = prose.slice(0, at) + v[2] + prose.slice(at + v[2].length);
  }
  return prose;
}

/**
 * The first rules' matches on one line (phrasings; in code, handles, comments, a fence's title, a
 * diagram's actors; attributions, accounts, image owners), in the order they are added. A pure
 * function of the line and whether it is code, so `findPersonCandidates` keeps it by the line.
 */
function firstRulesOnLine(line: string, code: boolean): PatternMatch[] {
  const found: PatternMatch[] = [];
  if (!code) for (const m of findPersonPhrasings(line)) found.push(m);
  else {
    for (const m of [...findHandlesAsPeople(line), ...findFullNamesInToolOutput(line)]) found.push(m);
    // Since the twelfth probe round: a comment in code is prose ("# ask Ilsabet before removing
    // this", "// TODO: Dagfinn says this can go"), read with the phrasings, the code blanked.
    const comment = commentProse(line);
    if (comment) for (const m of findPersonPhrasings(comment)) if (!found.some((c) => c.index === m.index)) found.push(m);
    const info = fenceInfoProse(line);
    if (info) for (const m of [...findPersonPhrasings(info), ...findUnlistedGivenNames(info)]) if (!found.some((c) => c.index === m.index)) found.push(m);
    const drawn = diagramParticipant.exec(line);
    if (drawn) {
      const name = drawn[2];
      const first = name.split(/[\s-]/)[0];
      const known = isKnownFirstName(first) && !isOrdinaryWord(first) && !isPublicTerm(first);
      // An actor is a person by the diagram's own words; a participant is one with a first name,
      // and since the fourteenth probe round with one word no lexicon knows ("participant
      // Dagfinn"), as a guess: systems are drawn with words, acronyms and compounds
      // ("participant DB", "participant Gateway", "participant Ledgerdb", "participant
      // Ledgerd", a daemon), and a public product's name is a public term.
      const unknown = !notAName(name) && !isPublicTerm(name) && !isKnownWord(name);
      const unknownOneWord = unknown && /^\p{Lu}\p{Ll}{3,}$/u.test(name) && !madeOfWords(name.toLowerCase()) && !daemonName.test(name.toLowerCase()) && !/(?:db|api|svc|srv|sql|mq|proxy|cache|store|gw|lb|hub|ops|net|io|ctl)$/.test(name);
      if ((drawn[1] === 'actor' && unknown) || known || (drawn[1] === 'participant' && unknownOneWord)) found.push({ text: name, index: drawn.index + drawn[0].lastIndexOf(name), severity: 'error', guess: !known, why: 'a person drawn in a sequence diagram' });
    }
  }
  for (const m of [...findAttributionsAndSpeakers(line), ...findAccountNames(line), ...findImageNamespaceOwners(line)]) {
    // In code a `#` line is a comment: its label in lower case is a key or the topic of a note
    // (`# bbr: false`, `# workloadendpoints: entirely absent`; round 60 of false positives), no
    // speaker of a heading.
    if (code && m.why === 'the speaker of a heading written as a chat line' && /^\p{Ll}/u.test(m.text)) continue;
    found.push(m);
  }
  return found;
}

/** By the line, a line of prose and one of code apart (each a string of its own: no key is joined). */
const firstLineRules = { prose: new LineMemo<PatternMatch[]>(), code: new LineMemo<PatternMatch[]>() };
/** The shapes of probe round 50 on a line (they read code and prose alike but for a quoted speaker). */
const shapesOfRound50 = new LineMemo<PatternMatch[]>();
const blankLineText = /^[ \t]*$/;

/**
 * A match of the second rules on a line, and how it joins the candidates found before: added
 * unless one starts at the same place (`ifNew`), or as `addLonger` adds it.
 */
type LineOp = { ifNew: boolean; match: PatternMatch };

/** The second rules before the initials' (series, link titles, pasted configs and records, tool exports, …), on one line: a pure function of the line and whether it is code. */
function secondRulesBeforeInitials(line: string, code: boolean): LineOp[] {
  const ops: LineOp[] = [];
  if (!code) for (const m of findNameSeries(line)) ops.push({ ifNew: true, match: m });
  if (!code) for (const m of findLinkTitlePeople(line)) ops.push({ ifNew: false, match: m });
  for (const m of findPastedConfigPeople(line)) ops.push({ ifNew: false, match: m });
  // Since the sixteenth probe round: records, diagrams and image file names (pasted-record-people.ts).
  for (const m of findPastedRecordPeople(line, code)) ops.push({ ifNew: false, match: m });
  // Since the seventeenth probe round: paging logs, GitHub events, transcripts (tool-export-people.ts).
  for (const m of findToolExportPeople(line, code)) ops.push({ ifNew: false, match: m });
  // Since probe round 42b: a pasted chat, transcript, ticket or review line's author (tool-header-authors.ts).
  for (const m of findToolHeaderAuthors(line)) ops.push({ ifNew: false, match: m });
  if (!code) for (const m of findAttributedPeople(line)) ops.push({ ifNew: false, match: m });
  for (const m of findPronounedNames(line)) ops.push({ ifNew: false, match: m });
  // Since the eighteenth probe round: chat and paging pastes, hand-offs, initials.
  for (const m of findOnCallPastePeople(line)) ops.push({ ifNew: false, match: m });
  for (const m of findLinkPathPeople(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 51: a person's own site by its domain (personal-site-hosts.ts).
  for (const m of findPersonalSiteHosts(line)) ops.push({ ifNew: false, match: m });
  return ops;
}

/** The second rules after the initials' and before those reading the next line, on one line: a pure function of the line and whether it is code. */
function secondRulesBeforeNeighbours(line: string, code: boolean): LineOp[] {
  const ops: LineOp[] = [];
  if (!code) for (const m of findPeopleInProseClauses(line)) ops.push({ ifNew: false, match: m });
  if (!code) for (const m of findUnknownFullNames(line)) ops.push({ ifNew: false, match: m });
  // Since the nineteenth probe round: full names of everyday words, where a person stands.
  if (!code) for (const m of findEverydayWordNames(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 32: a single given name that is a word, opening a clause and acting (word-given-names-acting.ts).
  if (!code) for (const m of findWordGivenNamesActing(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 41: a lower-case handle saying, proposing or volunteering in a meeting's minutes (handles-in-minutes.ts).
  if (!code) for (const m of findHandlesInMinutes(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 43: initials speaking, acting, addressed or owning actions in a retro's timeline (timeline-initials.ts).
  if (!code) for (const m of findTimelineInitials(line)) ops.push({ ifNew: false, match: m });
  for (const m of findRomanisedKoreanNames(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 41b: a romanised name with a Japanese or Korean honorific ("Kuga-san").
  for (const m of findRomanisedHonorificPeople(line)) ops.push({ ifNew: false, match: m });
  // Since the twenty-first probe round: an unlisted given name and a word surname, acting (unlisted-given-names.ts).
  if (!code) for (const m of findUnlistedGivenNames(line)) ops.push({ ifNew: false, match: m });
  // Since the twentieth probe round: timelines' bracketed actors, chat actions, RACI lines, … (shorthand-people.ts).
  for (const m of findShorthandPeople(line, code)) ops.push({ ifNew: false, match: m });
  if (!code) for (const m of findPossessiveWorkPeople(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 36: tickets' assignees, names joined by a slash, `name@`, a timed speaker (note-shorthand-people.ts).
  // Since probe round 40b the addressee of an IRC line in code too (a pasted chat log).
  for (const m of code ? findIrcAddressees(line) : findNoteShorthandPeople(line)) ops.push({ ifNew: false, match: m });
  if (!code) for (const m of findOtherLanguagePeople(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 33: titles, "according to" and "then" before a name in other languages (other-language-person-cues.ts).
  if (!code) for (const m of findOtherLanguagePersonCues(line)) ops.push({ ifNew: false, match: m });
  for (const m of [...findImageFilePeople(line), ...findSelfHostedProfiles(line)]) ops.push({ ifNew: false, match: m });
  // Since the twenty-second probe round: `data-owner="…"` and other attributes named for a person (attribute-people.ts).
  if (!code) for (const m of findAttributePeople(line)) ops.push({ ifNew: false, match: m });
  // Since the twenty-third probe round: other tenses, copulas, passives, roles, handles (person-clause-forms.ts).
  if (!code) for (const m of findPeopleInOtherClauses(line)) ops.push({ ifNew: false, match: m });
  return ops;
}

/** The last second rules (activity log handles, code comments), on one line: a pure function of the line and whether it is code. */
function secondRulesAfterNeighbours(line: string, code: boolean): LineOp[] {
  const ops: LineOp[] = [];
  if (!code) for (const m of findActivityLogHandles(line)) ops.push({ ifNew: false, match: m });
  for (const m of findCodeCommentPeople(line)) ops.push({ ifNew: false, match: m });
  // Since probe round 34: a tracker's field, a link's query, a timeline row's handle, git log's author
  // (tracker-and-log-people.ts); the writer naming themself, a bare prompt's user (writer-and-prompt-people.ts).
  for (const m of findTrackerAndLogPeople(line, code)) ops.push({ ifNew: false, match: m });
  for (const m of findWriterAndPromptPeople(line, code)) ops.push({ ifNew: false, match: m });
  return ops;
}

type SecondRules = { before: LineOp[]; middle: LineOp[]; after: LineOp[] };
const secondLineRules = { prose: new LineMemo<SecondRules>(), code: new LineMemo<SecondRules>() };
/** The rules that read a neighbouring line too, kept by the line and that neighbour. */
const initialNamesOnLine = new LinePairMemo<PatternMatch[]>();
const addressFormsOnLine = new LinePairMemo<PatternMatch[]>();
const statusFormsOnLine = new LinePairMemo<PatternMatch[]>();

export function findPersonCandidates(text: string, evidence: string = text): PersonCandidate[] {
  // The post's text is not kept in the key: a post's fields each carry it, and the cache holds 2048.
  // What follows the text in its evidence (a blank line and the post) is the same for each of a
  // post's texts: it is hashed once for all of them.
  const cacheKey = evidence === text ? text : evidence.startsWith(text) ? `${text}\u0000${evidence.length}:+${textHash(evidence.slice(text.length))}` : `${text}\u0000${evidence.length}:${textHash(evidence)}`;
  const cached = candidateCache.get(cacheKey);
  if (cached) return cached;
  const lines = text.split(/\r?\n/);
  const codeLines = new Set<number>();
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const opening = fenceLineOpening.exec(line);
    if (fence !== undefined || opening) codeLines.add(i);
    if (opening) fence = fence === undefined ? opening[1] : opening[1].startsWith(fence) ? undefined : fence;
  });
  const candidates: PersonCandidate[] = [];
  // Each line's first rules read the line alone: answered once for each line however often it is read.
  // A glossary's bold term before a colon is defined, not speaking (glossary-sections.ts).
  const glossary = glossaryLines(lines, codeLines);
  lines.forEach((line, i) => {
    const code = codeLines.has(i);
    for (const m of firstLineRules[code ? 'code' : 'prose'].get(line, () => firstRulesOnLine(line, code))) {
      if (m.why === 'the speaker of a chat line' && glossary.has(i)) continue;
      candidates.push({ ...m, line: i });
    }
  });
  for (const [i, matches] of findPersonCells(lines)) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findHtmlPersonCells(text)) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findPeopleSections(lines, codeLines)) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findSignOffs(lines, codeLines)) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findItalicBylines(lines, codeLines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findMeetingNotesPeople(lines, codeLines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findGitLogAuthors(lines, codeLines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findKubeconfigUsers(lines, codeLines)) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findCsvPeople(lines, codeLines)) for (const m of matches) candidates.push({ ...m, line: i });
  // A post's own front matter lists people as pasted YAML does (`contributors:` then `- hbrekke`; probe round 63).
  for (const [i, matches] of findPeopleLists(lines, withFrontMatterLines(lines, codeLines))) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findTsvPeople(lines, codeLines)) for (const m of matches) candidates.push({ ...m, line: i });
  for (const [i, matches] of findOnCallListNames(lines, codeLines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findTranscriptInitials(lines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findCommentAuthorLines(lines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findActorColumnPeople(lines, codeLines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findContextualPeople(lines, codeLines)) for (const m of matches) if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
  for (const [i, matches] of findToolExportPeopleOverLines(lines, codeLines)) for (const m of matches) addLonger(candidates, { ...m, line: i });
  for (const [i, matches] of findKubeContextUsers(lines, codeLines)) for (const m of matches) addLonger(candidates, { ...m, line: i });
  // Since the twenty-eighth probe round: a process listing's users, a handle in an activity log (process-list-users.ts, activity-log-handles.ts).
  for (const [i, matches] of findProcessListUsers(lines, codeLines)) for (const m of matches) addLonger(candidates, { ...m, line: i });
  for (const [i, matches] of findWhoAmIAccounts(lines, codeLines)) for (const m of matches) addLonger(candidates, { ...m, line: i });
  // Since probe round 61: a tool's activity line, a transcript's or a chat save's speaker in code (tool-activity-people.ts).
  for (const [i, matches] of findToolActivityPeople(lines, codeLines)) for (const m of matches) addLonger(candidates, { ...m, line: i });
  // Since probe round 62: a database client's tables and statements (sql-output-people.ts).
  for (const [i, matches] of findSqlOutputPeople(lines, codeLines)) for (const m of matches) addLonger(candidates, { ...m, line: i });
  // The second rules, in the order they were always added: those reading the line alone answered
  // once for each line however often it is read, those reading a neighbour too once for each pair.
  lines.forEach((line, i) => {
    const code = codeLines.has(i);
    const join = (ops: readonly LineOp[]) => {
      for (const { ifNew, match: m } of ops) {
        // A handle "opening" a line that goes on with the sentence before it opens no sentence (handles-in-minutes.ts).
        if (m.why === handleActingWhy && !code && !line.slice(0, m.index).trim() && continuesSentenceOfLineBefore(lines, i)) continue;
        if (!ifNew) addLonger(candidates, { ...m, line: i });
        else if (!candidates.some((c) => c.line === i && c.index === m.index)) candidates.push({ ...m, line: i });
      }
    };
    const ops = secondLineRules[code ? 'code' : 'prose'].get(line, () => ({ before: secondRulesBeforeInitials(line, code), middle: secondRulesBeforeNeighbours(line, code), after: secondRulesAfterNeighbours(line, code) }));
    join(ops.before);
    if (!code) {
      const previous = lines[i - 1] ?? '';
      for (const m of initialNamesOnLine.get(line, previous, () => findInitialNames(line, previous))) addLonger(candidates, { ...m, line: i });
    }
    join(ops.middle);
    if (!code) {
      const next = codeLines.has(i + 1) ? '' : lines[i + 1] ?? '';
      // Since the twenty-fifth probe round: thanks, contractions, roles set against a name, definition lists (person-address-forms.ts).
      for (const m of addressFormsOnLine.get(line, next, () => findPeopleInAddressForms(line, next))) addLonger(candidates, { ...m, line: i });
      // Since probe round 30: short statuses, waited on or pinged at the end, a header cell (person-status-forms.ts).
      for (const m of statusFormsOnLine.get(line, next, () => findPeopleInStatusForms(line, next))) addLonger(candidates, { ...m, line: i });
    }
    join(ops.after);
  });
  // A paragraph wrapped over lines reads as one line on the page: a phrasing cut by the wrap
  // ("thanks to\nOluwaseun", "by Oluwaseun\nAdeyemi") is looked for across each line break.
  for (let i = 0; i + 1 < lines.length; i++) {
    // A hard line break written as a backslash at the line's end ("thanks to\\") is a space on the page.
    const [first, second] = [lines[i].replace(/\\$/, ' '), lines[i + 1]];
    if (codeLines.has(i) || codeLines.has(i + 1) || !first.trim() || !second.trim() || /^\s*(?:#|\|)/.test(first) || /^\s*(?:[-*+]\s|\d+[.)]\s|#|\||>|<)/.test(second)) continue;
    // Only a capitalised word next to the break can be a name cut by it.
    if (!/\p{Lu}[\p{L}'’]*\s*$/u.test(first) && !/^\s*\p{Lu}/u.test(second)) continue;
    const joined = `${first} ${second.trimStart()}`;
    const shift = second.length - second.trimStart().length - 1;
    // Since the twenty-second probe round also the rules of full names with a part that is a word
    // and of initials ("drained by⏎Caoimhe⏎Brenne, who stayed on").
    for (const m of [...findPersonPhrasings(joined), ...findUnknownFullNames(joined), ...findUnlistedGivenNames(joined), ...findEverydayWordNames(joined), ...findInitialNames(joined)]) {
      const onFirst = m.index < first.length;
      const line = onFirst ? i : i + 1;
      const index = onFirst ? m.index : m.index - first.length + shift;
      addLonger(candidates, { ...m, index, line });
    }
  }
  for (const [i, matches] of findTaggedPeople(lines, codeLines)) for (const m of matches) candidates.push({ ...m, line: i });
  // A caption over several lines (since the fourteenth probe round): the sentences of its lines
  // after the opening tag's, up to the closing tag, read as the caption's.
  let inCaption = false;
  lines.forEach((line, i) => {
    if (codeLines.has(i)) return;
    const opened = line.lastIndexOf('<figcaption');
    const closed = line.indexOf('</figcaption>');
    if (inCaption) {
      const text = closed === -1 ? line : line.slice(0, closed);
      for (const c of captionSentenceNames(text)) {
        const { name, index } = c;
        const known = isKnownFirstName(name);
        if (notAName(name) || notPeopleSubjects.has(name) || (!known && (isPublicTerm(name) || isKnownWord(name))) || insidePublicPhrase(line, index, name)) continue;
        addLonger(candidates, { text: name, index, severity: 'error', guess: true, line: i, why: 'shown in a figure' });
      }
    }
    if (opened !== -1 && line.indexOf('</figcaption>', opened) === -1) inCaption = true;
    else if (closed !== -1) inCaption = false;
  });
  // One answer per word: a first name found as often as it is used is judged once, not per use
  // (usedAsThing reads the whole text).
  const asThing = new Map<string, boolean>();
  const thing = (c: PersonCandidate) => {
    const key = `${c.unknownFullName ? 'pair' : c.firstName ? 'first' : 'word'}\u0000${c.text}`;
    let answer = asThing.get(key);
    if (answer === undefined) asThing.set(key, answer = c.unknownFullName ? pairUsedAsThing(c.text, evidence) || firstWordUsedAsThing(c.text, evidence) : usedAsThing(c.text.replace(/[’']s$/, ''), evidence, c.firstName));
    return answer;
  };
  // A lower-case guess the post also runs as a command or names as a file ("handled by sanoid"
  // and `sanoid --cron`); a capitalised one it writes as an organisation ("The Confio validators"),
  // as a file in a path or runs in lower case as a command. A handle with digits or a dot
  // (`kmiller42`, `sarah.smith`) is an account's in any path.
  // A given name acting as a person ("Hortense restarted the job") is a person's even where the
  // post also names a thing so ("the Hortense cluster"): only a post that writes it twice as a
  // modifier after an article, as the eighth round asks of "a first name acting as a person",
  // makes it a thing's (since the fifteenth round of false positives).
  const actingGivenName = (c: PersonCandidate) => c.why === 'acting as a person' && isKnownFirstName(c.text) && !isEnglishWord(c.text) && !isOrdinaryWord(c.text) && !isPublicTerm(c.text);
  const notAPerson = (c: PersonCandidate) =>
    (actingGivenName(c) ? usedAsModifier(c.text, evidence) : thing(c)) || prefixedEnglishWord(c.text) || pluralAgentNoun(c.text) || usedAsRepository(c.text, evidence) || (/^\p{Ll}+$/u.test(c.text) ? usedAsCommand(c.text, evidence) : !/\s/.test(c.text) && ((!actingGivenName(c) && usedAsOrganisation(c.text.replace(/[’']s$/, ''), evidence)) || (/^\p{Lu}\p{Ll}+$/u.test(c.text) && (usedAsFileName(c.text, evidence) || usedAsCommand(c.text.toLowerCase(), evidence)))));
  // A one-word label in a list of products' labels ("- Datastream: Customers may see …" beside
  // "- Cloud SQL: …" and "- Compute Engine: …", a status page's product impact) is a product.
  // The same in a list of references, whose labels each open with a link or a code ("- Geth:
  // [v1.15.5](…)", "- Sepolia: `0x7f02…`"): a client's or a network's name.
  // Since round 41 of false positives, also a label the post gives as a product's name in a field
  // ("> Versiondog: All versions prior to v8.0" below "Product: Versiondog"; product-field-names.ts).
  // Since round 60 of false positives also a brand of the general list that is no given name, as
  // a plain list item's or a task's label ("- Jellyfin: audit the library", "- [x] Immich: root
  // cause found"; a homelab's follow-ups): a bold label stays a speaker, as chats write them.
  const productLabel = (c: PersonCandidate) => c.why === 'the speaker of a chat line' && /^\p{Lu}/u.test(c.text) && !isKnownFirstName(c.text) && (inListOfLabels(lines, c.line) || inListOfReferences(lines, c.line) || inChangelogList(lines, c.line) || usedAsProductName(c.text, evidence) || (isBrandNotGivenName(c.text) && plainListLabel.test(lines[c.line])));
  // An account named after a product the post shows public (`ENV USER=volsync` beside
  // `ghcr.io/…/volsync:0.17.7`; round 60 of false positives, public-project-signs.ts) is the
  // product's service account: no given name, and no home folder (`/home/volsync`) makes it someone.
  const productAccount = (c: { why: string; text: string }) => (c.why === "a person's account" || c.why === homeFolderUserWhy) && /^\p{Ll}[\p{Ll}\p{N}-]*$/u.test(c.text) && !isKnownFirstName(c.text[0].toUpperCase() + c.text.slice(1)) && publicProjectNamesOf(evidence).has(c.text);
  // A plain-text bulletin's centred title ("Qrexec: Injection of …") opens with its component's name
  // and a colon, as a chat line with its speaker (since the thirteenth round of false positives).
  const titleLabel = (c: PersonCandidate) => c.why === 'the speaker of a chat line' && inCentredTitleBlock(lines, c.line);
  // A title's organisation before a headline in title case ("Zillow: Debugging Production with
  // Event Logging"; session 30, headline-labels.ts).
  const headlineLabel = (c: PersonCandidate) => c.why === 'the speaker of a chat line' && /^\p{Lu}/u.test(c.text) && !isKnownFirstName(c.text) && isHeadlineAfterLabel(lines[c.line], c.index, c.text);
  // An unlisted given name the post writes as a common noun ("the testnet"; session 30, unlisted-given-names.ts).
  // Since redx30 also a guess from the word's place ("Testnet halted", "Testnet Validators") whose
  // word, or whose first word, no list of given names knows: before, such a guess was looked for in
  // the whole post and found the table's "| Testnet Availability |" the pair rule above let go.
  const commonNounGuess = (c: PersonCandidate) => c.guess && (c.why === 'acting as a person' || c.unknownFullName === true) && !isKnownFirstName(c.text.split(/\s+/)[0]) && writtenAsCommonNoun(c.text.split(/\s+/)[0], evidence);
  const commonNounPair = (c: PersonCandidate) => (c.why.startsWith('an unlisted given name and a surname that is a word') && writtenAsCommonNoun(c.text.split(/\s+/)[0], evidence)) || commonNounGuess(c)
    // A title-case noun phrase the post writes in sentence case too ("Klasifikasi Insiden" and
    // "Klasifikasi insiden mencakup …"; round 62, sentence-case-phrases.ts).
    || isSentenceCasePhrase(c.text, evidence)
    // A guess of one word opening a phrase the post writes in lower case ("— Nguyên nhân #1" beside
    // "nguyên nhân gốc rễ"; round 63, sentence-case-phrases.ts).
    || (c.guess && !/\s/.test(c.text) && opensLowerCasePhrase(lines[c.line], c.index, c.text, evidence));
  // The cast of a walk-through (Alice and Bob) and a type of code after a label of people
  // (`sender: HumanAddr,`) name no one (since the twelfth round of false positives).
  const notNamedInPost = (c: PersonCandidate) => (c.guess && exampleParty(c.text, evidence)) || usedAsType(c.text, evidence) || isAnonymisedParty(c.text, isKnownFirstName);
  // A given name written as a shared system's ("Tier-1 Hortense", "the clusters Joltik, Accelgor
  // and Gallade") or a weekday opening a date ("Tue 16 Oct"), and the post's other uses of such a
  // system's name. Where the words around the name say a system, a guess from its form, a series
  // or acting ("Tier-1 Hortense got a revision") is the system's; a phrasing that leaves no doubt
  // (thanked, spoken to, a chat line's speaker) is kept. Elsewhere in the post only a guess from
  // the word's form is, so "Hortense restarted the job" beside "Tier-1 Hortense" is still found.
  // And a placeholder account (`vscXXXXX`). Since the fifteenth round of false positives;
  // src/lib/publication/system-names.ts.
  const systemOrDate = (c: PersonCandidate) => isPlaceholderAccount(c.text) || (readAsSystem(c) && nameOfSystemOrDate(lines, c.line, c.index, c.text)) || (c.guess && formGuess(c) && !/\s/.test(c.text) && writtenAsSystemName(c.text, evidence));
  // A word of German, Danish, Italian … read as English (since the seventeenth round of false
  // positives; src/lib/publication/other-languages.ts).
  const languages = otherLanguageLines(lines, evidence);
  // A well-known brand acting ("Tailscale went down"; round 21 of false positives, public-product-signs.ts),
  // and a brand of several words the language model reads as a full name ("Claude Code").
  const brandPhrase = (c: PersonCandidate) => (c.guess || c.why.endsWith('(language model)')) && (isBrandPhrase(c.text) || isPublicTermPhrase(c.text));
  // And a town or region before a country ("Carlton, Victoria, Australia"; address-places.ts), and
  // since round 22 before a state or a county's noun ("Reno, Nevada", "Weber counties"; subdivision-places.ts).
  // A brand is read so only acting: in a series beside a word no list knows ("Ysera and Odin") it
  // may be a machine named as one, and the series is judged as a whole.
  // A word acting in the present, the perfect or after a modal is a brand's ("Esri has resolved
  // the issue") or a program's the post also writes in lower case ("Dracut would also include
  // the module" beside "then dracut (used by …)"), as vendors' updates and bulletins speak (since
  // the twenty-fourth probe round).
  const otherTenseOfAThing = (c: PersonCandidate) => c.why === otherTenseActing && (isBrandNotGivenName(c.text) || new RegExp(String.raw`(?<=[\s(])${escapeRegExp(c.text.toLowerCase())}(?=[\s),;:]|\.(?:\s|$))`, 'u').test(evidence));
  // A full name the model reads in a heading's run of title words ("Transaction Receipts Validation
  // Skip Post-Mortem"; round 23 of false positives, title-word-runs.ts).
  // Round 25 of false positives: a product's release ("Rosetta 2", "macOS Sierra"), an instruction
  // opening with a verb that is a given name ("Mark all notifications as read"), an organisation's
  // department ("Acme Moderation sees …") or edition ("Acme Self-Hosted"), a product's term
  // ("OpenID URI"), a place after a point of
  // the compass ("North Virginia"), a member of a series of
  // services ("Lambda, ELB, Kinesis") and the subject of a passive only things take ("Power was
  // restored"); versioned-products.ts and its neighbours.
  const productOrInstruction = (c: PersonCandidate) => (c.guess || c.why.endsWith('(language model)')) && (isVersionedProductName(c.text, evidence) || isImperativeOfNameVerb(lines[c.line], c.index, c.text, inChangelogList(lines, c.line)) || isOrganisationDepartment(c.text) || isProductEdition(c.text) || isBrandTermPhrase(c.text) || isVendorProductName(c.text, evidence) || isCompassPlace(c.text) || isInSeriesOfServices(lines[c.line], c.index, c.text) || isPairedWithProduct(lines[c.line], c.index, c.text, isEnglishWord) || isSubjectOfPassiveOfThings(lines[c.line], c.index, c.text) || isEponymOfMethod(lines[c.line], c.index, c.text) || followsBodyNounAndParticle(lines[c.line], c.index, c.text) || isPartOfAcronymExpansion(c.text, evidence, acronymReaders) || (((c.why === 'a first name' || c.why.endsWith('(language model)')) && isSoftwareName(c.text, evidence)) || (c.guess && !isKnownFirstName(c.text.split(/\s+/)[0]) && isSoftwareName(c.text, evidence, false))));
  // Since round 45 of false positives: a part of a term spelled out before its acronym ("Extended
  // Page Tables (EPT)"; acronym-expansions.ts), and a given name the post writes as software's by
  // its form alone ("Rosetta 2", "Dora block explorer"; given-name-software.ts).
  const acronymReaders = { isWord: isEnglishWord, isGivenName: (word: string) => isKnownFirstName(word) && !isOrdinaryWord(word) };
  const titleWordReaders = { isWord: isEnglishWord, isNameWord: (word: string) => isKnownFirstName(word) && !isEnglishWord(word) && !isOrdinaryWord(word) };
  // Our components' names right after "<" or "</" are markup ("<li>Git <PublicOnly>an engineer</PublicOnly></li>"
  // in a raw HTML list: "PublicOnly" was held as a person, then everywhere in the post; adoption
  // round 51). Not any word there: a chat line's `<nick>` is its speaker.
  const elementName = (c: PersonCandidate) => /^(?:Internal|PublicOnly)$/.test(c.text) && /<[ \t]*\/?[ \t]*$/.test(lines[c.line].slice(Math.max(0, c.index - 4), c.index));
  // A language model's full name of English words none a given name, in a raw HTML element's text
  // ("<li>Git Source Control</li>", a table of an infrastructure's services, read "Git an
  // engineer"; adoption round 51): the model reads the element's tag as the sentence's start.
  const wordsOnlyName = (c: PersonCandidate) => c.why.endsWith('(language model)') && /\s/.test(c.text) && /<(?:li|td|th|dd|dt|p|span|div)\b[^<>]*>[^<>]*$/i.test(lines[c.line].slice(0, c.index))
    && c.text.split(/\s+/).every((w) => isEnglishWord(w.toLowerCase()) && !isKnownFirstName(w));
  // A capitalised label of a shell comment in a fenced block (`# Configurer: https://…`,
  // `# Rétention: 7 jours local`) is read as a heading's speaker, and a code line has no language:
  // such a guess is judged in the post's language (round 60 of false positives, a French wiki).
  // Since round 61: so is a name with particles on a code line, a shell comment's heading over
  // endpoints of a Spanish post (`# Pruebas de Carga`, `# CORE (Lógica de Negocio)`): these
  // languages join two nouns with "de" as names join a given name and a surname.
  const commentLabelLanguage = (c: PersonCandidate) => (((c.guess && c.why === 'the speaker of a heading written as a chat line') || c.why === 'a name written with its particles') && codeLines.has(c.line) ? otherLanguageOfText(evidence) : undefined);
  const kept = candidates.filter((c) => !elementName(c) && !wordsOnlyName(c) && !opensWithContraction(c.text) && !isNameOfPlaceOrPrize(lines[c.line], c.index, c.text) && !isSalutationWithoutName(c.text) && !isNumberPlaceholder(c.text) && !isCompanyName(c.text, lines[c.line], c.index) && !(c.guess && (notAPerson(c) || (c.why === 'acting as a person' && isBrandNotGivenName(c.text)) || otherTenseOfAThing(c) || isPlaceBeforeCountry(lines[c.line], c.index, c.text) || isSubdivisionPlace(lines[c.line], c.index, c.text) || isSaintPlace(lines[c.line], c.index, c.text) || isOrganisationGuess(c.text, evidence))) && !brandPhrase(c) && !productOrInstruction(c) && !(c.why.endsWith('(language model)') && (isSaintPlace(lines[c.line], c.index, c.text) || inRunOfTitleWords(lines[c.line], c.index, c.text, titleWordReaders) || isTitleAfterAcronym(lines[c.line], c.index, c.text, isEnglishWord, isKnownFirstName))) && !notNamedInPost(c) && !productNamedAsPerson(c, evidence) && !productLabel(c) && !productAccount(c) && !titleLabel(c) && !headlineLabel(c) && !commonNounPair(c) && !systemOrDate(c) && !(c.why === 'a first name acting as a person' && (usedAsModifier(c.text, evidence) || usedAsCommand(c.text.toLowerCase(), evidence))) && !isOtherLanguageWord(c, lines[c.line], languages.get(c.line) ?? openingLabelLanguage(lines[c.line], c.index + c.text.length, evidence) ?? commentLabelLanguage(c)) && !(c.why === personalSiteWhy && siteNamedInProse(c.text, evidence)));
  // The other members of a series with a person in it, judged as the guesses above are.
  for (const [i, matches] of findSeriesSiblings(lines, codeLines, kept)) {
    for (const m of matches) if (!kept.some((c) => c.line === i && c.index === m.index) && !thing({ ...m, line: i })) kept.push({ ...m, line: i });
  }
  // Since probe round 50: speakers before bracketed times, pictures' and links' people, on-call
  // lines, run-as accounts, other scripts' mentions, payload keys, home folders of words. Added
  // after the checks of guesses: each shape says a person or an account by itself (the checks
  // dropped "Hollberger" of a German task item as a German word, and a possessive in alt text
  // as a thing's), and a candidate over the same place is kept as it is. Since probe round 52
  // also the logins of prompts, listings and log lines (login-record-accounts.ts); since probe
  // round 53 a site the post calls a person's (possessed-site-hosts.ts) and a machine named after
  // its user (machines-named-for-users.ts); since probe round 54 what a redaction tool left of a
  // person (redactor-draft-people.ts); since probe round 55 the people a chat export's markup
  // names (chat-export-people.ts) and the writer a quoted reply's header names
  // (reply-header-people.ts); since probe round 56 a person's namespace in an image's reference
  // (image-namespace-people.ts); since probe round 57 a chat line's speaker after other time
  // stamps, a Latin name Russian declines, an alert's annotation's person, a tracker branch's user
  // (chat-stamp-speakers.ts, declined-latin-names.ts, alert-annotation-people.ts,
  // tracker-branch-people.ts) and, over lines, a rota's roles (rota-role-people.ts); since probe
  // round 60 a handle in brackets made of the full name before it and the handles of a pager's
  // timeline and a deploy's annotation (name-derived-handles.ts, paging-timeline-handles.ts).
  const rotaRoles = findRotaRolePeople(lines);
  lines.forEach((line, i) => {
    if (blankLineText.test(line)) return;
    for (const m of [...shapesOfRound50.get(line, () => [...findSpeakersAndBylines(line), ...findMentionsAndPayloadPeople(line), ...findHomeFolderAccounts(line), ...findLoginRecordAccounts(line), ...findPossessedSiteHosts(line), ...findMachinesNamedForUsers(line), ...findRedactorDraftPeople(line), ...findChatExportPeople(line), ...findImageNamespacePeople(line), ...findChatStampSpeakers(line), ...findLowerCaseCyrillicNames(line), ...findDeclinedLatinNames(line), ...findAlertAnnotationPeople(line), ...findTrackerBranchPeople(line), ...findNameDerivedHandles(line), ...findPagingTimelineHandles(line)]), ...(rotaRoles.get(i) ?? [])]) {
      if (productAccount(m)) continue;
      if (!kept.some((c) => c.line === i && c.index < m.index + m.text.length && m.index < c.index + c.text.length)) kept.push({ ...m, line: i });
    }
    // A reply header's whole name replaces the part of it another rule found ("schrieb
    // Anna-Lena Kettwiger-Moos:" was found as "Anna-Lena").
    // Since probe round 56 so do a German attendee list's names and a given name with its
    // surname's initial ("Corvin A.", found as "Corvin").
    // An initial only extends a given name another rule found, shorter than it, and is as sure
    // as that finding (a guess stays one: "Hallvard B." before a role, round 13).
    const initials = findGivenNameInitials(line).flatMap((m) => {
      const base = kept.find((c) => c.line === i && c.index === m.index && c.text.length < m.text.length);
      return base ? [{ ...m, ...(base.guess ? { guess: base.guess } : {}) }] : [];
    });
    // Since probe round 57 so does a mail header's person written surname first ("Von:
    // Vinterlund, Hedda", found as "Hedda").
    const mailHeader = findMailHeaderPeople(line);
    for (const m of [...findReplyHeaderPeople(line), ...findGermanAttendees(line), ...mailHeader, ...initials]) {
      // A mail header's item is the line's end: what starts in it and runs on joined the next
      // header's label ("Hedda Gesendet").
      const inside = (c: (typeof kept)[number]) => c.line === i && c.index >= m.index && (c.index + c.text.length <= m.index + m.text.length || (mailHeader.includes(m) && c.index < m.index + m.text.length));
      if (kept.some((c) => c.line === i && c.index < m.index + m.text.length && m.index < c.index + c.text.length && !inside(c))) continue;
      for (let k = kept.length - 1; k >= 0; k--) if (inside(kept[k])) kept.splice(k, 1);
      kept.push({ ...m, line: i });
    }
  });
  candidates.length = 0;
  candidates.push(...kept);
  if (candidateCache.size > 2048) candidateCache.delete(candidateCache.keys().next().value!);
  candidateCache.set(cacheKey, candidates);
  return candidates;
}
