import { findSharedActionItemLinks } from './action-item-shared-links.ts';
import { errorBudgetFractionWarning } from './error-budget-fraction.ts';
import { dayForTimeAlone } from './time-alone-day.ts';
import { describeCharacter } from './confusables.ts';
import { decodedUriComponent } from './uri-component.ts';
import { lookalikeComponentName, prefixedComponentName } from './component-tag-lookalikes.ts';
import { findMojibake } from './mojibake.ts';
import { describeEsmMistake } from './mdx-esm-mistakes.ts';
import { enumValueMistake } from './enum-value-mistakes.ts';
import { findSetextRuleHeadings, mayHoldSetextRuleHeading } from './setext-rule-headings.ts';
import { foreignLineBreak, missingFrontmatterHint, unclosedFrontmatterHint } from './frontmatter-delimiters.ts';
import { describeComponentAttributes } from './component-attributes.ts';
import { isReadAsNonText, textReadAsOtherValue } from './yaml-reading.ts';
import type { z } from 'zod';
import { parseBodyText } from './body-tree.ts';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { findClosestMatch } from './closest-match.ts';
import { idFromText, slugFromTitle, slugMaxLength } from './slug.ts';
import { splitFrontmatter, parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { findNumberNotationProblems } from './number-notation.ts';
import { describeValueCutByComment, findValuesCutByComment } from './comment-in-value.ts';
import { describeValueCutByAnchor, findValuesCutByAnchor } from './anchor-in-value.ts';
import { htmlElementNames } from './html-element-names.ts';
import { hasAccountOutsideComponents, isBodyWithoutAccount } from './empty-body.ts';
import { onlyLinkOfBody } from './body-only-a-link.ts';
import { describeWeekdayContradiction, findWeekdayContradictions } from './weekday-contradictions.ts';
import { stripInternalFromSource } from './strip-internal.ts';
import { findSpreadsheetFormulas } from './spreadsheet-formula.ts';
import { formatFieldPath, type Finding } from './findings.ts';
import {
  postmortemObjectSchema,
  draftPostmortemObjectSchema,
  findMissingReviewFacts,
  findOverlongTexts,
  findCrossFieldIssues,
  findVocabularyIssues,
  findRelatedIssues,
  type DraftPostmortem,
  type Postmortem,
} from './postmortem-schema.ts';
import type { Vocabulary } from './vocabulary.ts';
import { lintPostmortem, type LintConfig } from './lint/index.ts';
import { minutesOfDurationInWords } from './duration-words.ts';
import { linesOutsideFences } from './lines-outside-fences.ts';
import { enumFieldOf, enumSynonym, isIncidentState, looksLikeStatusMessage, severityBeyondScale, severityColour, severityForWord, severityMeant, severityWordInEnglish } from './enum-synonyms.ts';
import { fileNameDayProblem } from './file-name-day.ts';
import { findUntrackedFollowUps, mayHoldFollowUps } from './body-follow-ups.ts';
import { findImpossibleClockTimes } from './body-clock-times.ts';
import { findTimelineTurningBack } from './body-timeline-order.ts';
import { findMergedTimelineCells } from './timeline-merged-cells.ts';
import { findBodyTimelineDisagreements } from './body-timeline-agreement.ts';
import { describeVariantPlacement, findVariantPlacements, findVariantTagsCuttingBlocks } from './variant-placement.ts';
import { describeVariantTagsInCode, findVariantTagsInCode } from './variant-tags-in-code.ts';
import { findUnknownActionItemMentions } from './action-item-mentions.ts';
import { findFrontmatterLineMistake } from './frontmatter-line-mistakes.ts';
import { findAngleBracketMistakes, findUnreadLinks, mistakesOutsideCode } from './angle-bracket-text.ts';
import { describeBracedBlock, describeProseSyntax } from './mdx-prose-syntax.ts';
import { findAsciiDocTables, findGridTables, findDashListItems, findDefinitionListItems, findForeignMarkup, findUnrenderedFences, findMystRoles, findOrgMarkup } from './foreign-markup.ts';
import { findMissingImages, projectPublicDir, readBodyImages } from './lint/images.ts';
import { findImagesWithoutAltText } from './lint/image-alt-text.ts';
import { resolve } from 'node:path';
import type { NotificationRegime } from './notification-deadlines.ts';
import { activeContentFix, findActiveContent } from './active-content.ts';
import { bracesTypedAsText, constantExpressionFix, isCommentExpression, isConstantExpression } from './mdx-expression.ts';
import { findDeepNesting, maxNestingDepth } from './nesting-depth.ts';
import { findDeepJsxNesting, maxJsxNestingDepth } from './jsx-nesting-depth.ts';
import { findLongMarkerRun, maxMarkerRun } from './marker-runs.ts';
import { findTableProblems } from './table-cells.ts';
import { findHeadingProblems, findTooDeepHeadings } from './heading-depth.ts';
import { findLocalFileLinks, findPostmortemLinkProblems, findUnreachableLinks, type LinkSite } from './postmortem-links.ts';
import { describeUndefinedReference, findConflictingDefinitions, findFootnoteProblems, findUndefinedReferences, mayHoldFootnote, mayHoldReferenceLink } from './undefined-references.ts';
import { findUnclosedBrace } from './unclosed-brace.ts';
import { binaryKindOfText } from './binary-file.ts';
import { escapeHiddenCharacters, escapeOf, findHiddenCharacter, findHiddenCharacterInData, findInvisibleCharacter, findMeaninglessCharacter } from './invisible-characters.ts';
import { findMarkdownInTitle, findMarkupInPlainText, findTitleProblem, findTypographicallyQuotedTexts, isComment, isDataAddress, isVariantTag } from './plain-text-fields.ts';
import { describeNonUtf8Bytes, type NonUtf8Bytes } from './non-utf8-bytes.ts';
import { describeRedundantVariantTag, describeShownNowhere, describeStrayClosingTag, findRedundantVariantTags, findShownNowhere } from './variant-nesting.ts';
import { describeGitLfsPointer, isGitLfsPointer } from './git-lfs-pointer.ts';
import { findTypographicAttributeQuote } from './typographic-attribute-quote.ts';
import { typographicallyQuoted } from './typographic-quotes.ts';
import { describeLeftoverConflictMarker, describeMergeConflict, findLeftoverConflictMarker, findLoneConflictSeparator, findMergeConflict, findSecondFrontmatter } from './pasted-text.ts';
import { describeInvisibleInBody, findInvisibleInBody } from './invisible-in-body.ts';
import { findRawHtmlProblem, findUnclosedHtmlBlock, rawHtmlDepthLimit } from './unclosed-html.ts';
import { findReviewerPeople } from './reviewer-names.ts';
import { mayHoldUnusualCharacter } from './unusual-characters.ts';
import { oversizeFrontmatter } from './frontmatter-size.ts';
import { tooDeepYamlOffset } from './yaml-errors.ts';
import { describeSubMillisecond, findSubMillisecondInstants } from './sub-millisecond.ts';
import { codePointName, quoteSnippet, quotedSnippet, reasonWithWholeCharacter } from './quoted-snippet.ts';

/** The longest postmortem id (file name without its extension) taken. */
const maxIdLength = 100;

/** Names of the dashes a word processor or a chat app puts for "-". */
const dashNames: Record<string, string> = {
  '\u2010': 'a hyphen', '\u2011': 'a non-breaking hyphen', '\u2012': 'a figure dash', '\u2013': 'an en dash', '\u2014': 'an em dash',
  '\u2015': 'a horizontal bar', '\u2212': 'a minus sign', '\uFE58': 'a small em dash', '\uFE63': 'a small hyphen-minus', '\uFF0D': 'a full-width hyphen-minus',
};

/** Components authors may use in MDX without importing them. */
export const knownComponents = ['Internal', 'PublicOnly'] as const;

export interface ValidationContext {
  vocabulary: Vocabulary;
  knownIds: ReadonlySet<string>;
  contentDir: string;
  /**
   * Skip parsing the body (MDX syntax, components, lints): the build does, because Astro compiles
   * every body itself moments later and reports syntax errors with file and line.
   */
  frontmatterOnly?: boolean;
  /** Lint rules to run once the file is valid; omitted: schema checks only. */
  lint?: LintOptions;
  /**
   * The file's bytes are valid UTF-8, so a U+FFFD in the text was written as such (the mark a
   * converter leaves where it could not read a character), not decoded from bytes that are not UTF-8.
   */
  replacementCharacterWritten?: boolean;
  /** The file's first bytes that are not UTF-8, when it has some, with what they were meant to be (round 22). */
  nonUtf8Bytes?: NonUtf8Bytes;
}

/** What the lint rules need beyond the file: levels, the as-of day and instant, names, regimes. */
export interface LintOptions {
  config: LintConfig;
  asOf: string;
  people: readonly string[];
  asOfInstant?: string;
  notificationRegimes?: readonly NotificationRegime[];
}

export interface ValidatedPostmortem {
  file: string;
  id: string;
  source: string;
  /** Parsed, normalised frontmatter; undefined when the schema rejected it, or the body was refused unread (`body/nesting-depth`). */
  data?: Postmortem;
  /**
   * The frontmatter as the site stores it: set whenever the file has no error, a draft that still
   * lacks review facts included (`data` is then undefined). The content loader stores this, so
   * each file's frontmatter is parsed and validated once per build.
   */
  entryData?: DraftPostmortem;
  /** The MDX/Markdown body tree with positions; undefined when it does not parse. */
  tree?: Root;
  bodyStartLine: number;
  /** Where the body starts in `source` (after the front matter's closing fence): `bodyOfSplitSource` reads it without splitting again. */
  bodyOffset: number;
  findings: Finding[];
}

/** The sub-schema at a path, unwrapping optional/default/pipe wrappers (for "did you mean" keys). */
function schemaAt(path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: any = postmortemObjectSchema;
  const unwrap = () => {
    while (current?.def?.innerType || current?.def?.in) current = current.def.innerType ?? current.def.in;
  };
  unwrap();
  for (const key of path) {
    if (typeof key === 'number') current = current?.def?.element;
    else current = current?.def?.shape?.[key];
    unwrap();
    if (!current) return undefined;
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  // JSON has no infinity: `.inf` would read "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
  return JSON.stringify(value);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: any = data;
  for (const key of path) current = current?.[key as any];
  return current;
}

/** What a top-level key of another tool's report is here, for the keys whose closest match would mislead. */
function adoptedKeyHint(key: string): { why: string; fix: string } | undefined {
  const lower = key.toLowerCase().replace(/[_\s-]/g, '');
  // Round 55: `length: 1.0 hours` (a status archive's field, 86 times in the corpora) got the list of keys alone.
  if (/^(?:duration|durationminutes|durationmins|ttr|mttr|tta|mtta|ttd|mttd|ttm|mttm|timetoresolve|timetorecover|downtime|length|outagelength|incidentlength|elapsed|dauer|ausfallzeit|durée|duración|所要時間|継続時間|障害時間)$/.test(lower)) {
    // Round 56: and in German, French, Spanish, Japanese (`Dauer: 45 Minuten`, the list of keys alone).
    return { why: 'durations are not written: the site counts them from times (started, detected, acknowledged, mitigated, resolved).', fix: 'delete it, and check that times holds the moments it was counted from; minutes customers could not use the service go in impact.downtimeMinutes.' };
  }
  // Round 62: `timezone: Europe/Berlin` was told "did you mean timeline?", and to merge the two.
  if (/^(?:timezone|tz|zone|timezoneoffset|utcoffset|zeitzone|fuseauhoraire)$/.test(lower)) {
    return { why: 'every time of the frontmatter holds its own zone: the site stores them as UTC.', fix: 'delete it, and write each time with the offset it was noted at (2025-07-08T19:45:00+02:00 for 19:45 in Europe/Berlin in summer) or in UTC with a Z; in the body, name the zone once in the timeline\'s heading (## Timeline (CEST)).' };
  }
  if (lower === 'draft') return { why: 'whether a postmortem is a draft is its status.', fix: 'delete it and write status: draft (or in-review, published).' };
  // Round 57: `incident_date:`, `incidentDate:`, `event_date:` (the corpora's templates) got the list of keys alone.
  if (/^(?:date|incidentdate|eventdate|outagedate|dateofincident)$/.test(lower)) return { why: 'a postmortem has several dates, each in its field.', fix: `write when the incident began as times.started (a date-time with its zone), and the day it was published as published; then delete ${key}.` };
  if (/^(?:author|authors|createdby|writtenby)$/.test(lower)) return { why: 'a postmortem names no author (it is blameless, and the record outlives who wrote it); git keeps who wrote it.', fix: 'delete it; name the teams that responded in teams, and the roles that reviewed it in reviewers.' };
  if (/^(?:id|slug|permalink|url|incidentid|incident)$/.test(lower)) return { why: 'the file name is the postmortem\'s id and URL (/postmortems/<file name>/).', fix: 'delete it, and name the file after the id (npm run new names it <day>-<what broke>.mdx); a ticket number goes in the body or in links.' };
  if (/^(?:description|excerpt|abstract|tldr)$/.test(lower)) return { why: 'the short account of the incident is the summary.', fix: `rename it to summary (2-3 sentences for readers who were not there).` };
  if (/^(?:categories|category|labels|keywords)$/.test(lower)) return { why: 'themes are tags, from tags.yaml.', fix: 'rename it to tags and use ids of tags.yaml (add new ones there).' };
  if (/^(?:layout|weight|type|template|linktitle|menu|aliases|toc)$/.test(lower)) return { why: 'it is a setting of another site generator, which this one does not read.', fix: 'delete it.' };
  // Round 42: the page settings of Docusaurus, MkDocs Material, VuePress and Obsidian, and the
  // dates and flags of Notion and Confluence exports: `comments: true` was "did you mean
  // commander?", `created:` "keep one related:", `publish: true` "keep one published:".
  if (/^(?:sidebar\w*|displayedsidebar|hide\w*|comments|search|readtime|readingtime|icon|prev|next|sticky|star|article|cssclass(?:es)?|pageclass|navorder|navexclude|haschildren|parent|paginationnext|paginationprev|customediturl|editlink|lastupdateauthor|confluence\w*|space|pageid|notion\w*|lang|language)$/.test(lower)) return { why: 'it is a page setting of another site generator or wiki (Docusaurus, MkDocs, VuePress, Obsidian, Confluence, Notion), which this site does not read.', fix: 'delete it.' };
  if (/^(?:created|createdat|createdon|createdtime|datecreated|updated|updatedat|modified|lastmod|lastmodified|lastupdate|lastupdated|lastedited|lasteditedtime|dateupdated)$/.test(lower)) return { why: 'it is when the page was written or edited, which git keeps; the days this site shows are drafted (the day the report was written) and published.', fix: 'delete it; if it is the day the report was written and drafted is not set, write drafted: <that day, YYYY-MM-DD>.' };
  if (/^(?:publish|unlisted|listed|hidden|private|visible)$/.test(lower)) return { why: 'who may read a postmortem is its visibility (internal or public), and whether it is finished its status (draft, in-review, published); every published postmortem is listed.', fix: 'delete it, and set status: and visibility: to what it meant.' };
  if (lower === 'subtitle') return { why: 'a postmortem has one title; the line under it is the summary.', fix: 'move its text into summary, then delete subtitle.' };
  if (lower === 'links') return { why: 'other postmortems this one is about are its related: ids (their file names), and other links go in the body.', fix: 'list the postmortems as related: [<id>, …] and write other links in the body; then delete links.' };
  // Round 41: the keys a CMS (Netlify/Decap, Forestry, Tina, Ghost, Contentful) or a status page
  // (Statuspage, cState, Upptime) writes; `resolved: true` was "did you mean related?".
  if (/^(?:templatekey|thumbnail|featuredimage|featureimage|coverimage|cover|image|heroimage|customexcerpt|sys|contenttype|locale|commit|pinned|informational)$/.test(lower)) return { why: 'it is a setting of a CMS or a status page this report came from, which this site does not read.', fix: 'delete it (an image the report needs goes in the body, ![what it shows](./media/<id>/x.png)).' };
  if (/^(?:resolved|isresolved|ongoing|closed)$/.test(lower)) return { why: 'whether the incident is over is its times: when it was resolved, as times.resolved.', fix: 'delete it, and write times.resolved (a date-time with its zone) if the incident is over.' };
  if (/^(?:components|affected|affectedcomponents|affectedservices|systems)$/.test(lower)) return { why: 'the parts of the product an incident touched are its services, ids of services.yaml.', fix: 'list them as services: [...] with ids of services.yaml, then delete the key.' };
  // Round 14: the fields of old report templates, each with where its text goes.
  if (/^(?:rootcause|rootcauses|cause|causes|whyithappened)$/.test(lower)) return { why: 'the causes are written in the body (a "## Why it happened" section), and the contributing factors listed in contributors.', fix: 'move the text into the body under a heading, and list the factors in contributors; then delete the key.' };
  if (/^(?:lessons|lessonslearned|learnings|takeaways)$/.test(lower)) return { why: 'what was learned is written in the body (a "## What we learned" section); what will change is an action item.', fix: 'move the text into the body under a heading, and give each change an action item; then delete the key.' };
  if (/^(?:jira|ticket|tickets|issue|issues|incidentticket|pagerduty|opsgenie)$/.test(lower)) return { why: 'a ticket of the incident is named in the body; a follow-up\'s ticket is its action item\'s link.', fix: 'write it in the body (e.g. "Tracked in OPS-123"), or as link: https://… of the action item it belongs to; then delete the key.' };
  if (/^(?:owner|owners|team|owningteam)$/.test(lower) && lower !== 'team') return { why: 'a postmortem lists the teams that responded; action items each have one owner.', fix: 'list the teams in teams: [...], and give each action item its owner.' };
  // Round 44: keys of incident trackers' exports that were "remove it" (their words lost) or got a
  // wrong "did you mean" (`priority:` → security, `impact_level: high` → "keep one impact:").
  if (/^(?:priority|incidentpriority|impactlevel|urgency|level)$/.test(lower)) return { why: 'how bad an incident was is its severity (SEV-0 to SEV-4); priorities (P0 to P3) belong to action items.', fix: 'write severity: SEV-n for the level it meant (P1 or high is most often SEV-1 or SEV-2), then delete the key.' };
  if (/^(?:customerimpact|userimpact|customerfacing|customersaffected|impacted)$/.test(lower)) return { why: 'whether and how customers were affected is impact.description (and impact.start, impact.end), and a public post is visibility: public.', fix: 'write what customers saw in impact.description, then delete the key.' };
  if (/^(?:postmortemowner|reportowner|incidentowner|owningteams?|responsibleteam)$/.test(lower)) return { why: 'a postmortem lists the teams that responded, in teams; each action item has one owner team.', fix: 'list the team in teams: [...] (ids of teams.yaml), then delete the key.' };
  if (/^(?:oncall|oncallengineer|responders?|incidentlead)$/.test(lower)) return { why: 'people are not listed in a postmortem (it is blameless, and names must not reach the public site): the one person field is commander, the incident commander\'s role or name for the internal site.', fix: 'list the teams that responded in teams: [...]; write the commander as commander: if it is the incident commander; then delete the key.' };
  if (/^(?:environment|env|region|regions|datacenter|datacentre|cluster|zone|availabilityzone|location)$/.test(lower)) return { why: 'where an incident happened is said by its services (ids of services.yaml) and, in words, in the summary or the body.', fix: 'write it in the summary or the body (e.g. "in production, eu-west-1"), then delete the key.' };
  if (/^(?:detection|detectedby|detectionmethod|howdetected|detectionsource)$/.test(lower)) return { why: 'how the incident was found is the timeline\'s detection entry (kind: detection) and the body\'s words.', fix: 'write it as the timeline entry of kind detection (its time and event, e.g. "Error-rate alert pages the on-call."), then delete the key.' };
  if (/^(?:uuid|guid|version|revision|schemaversion|formatversion)$/.test(lower)) return { why: 'it is metadata of the tool the report came from; the file name is the postmortem\'s id and git keeps its versions.', fix: 'delete it.' };
  // Round 45: the keys of status pages (cState's `resolvedWhen`, `section`, `pin`), blogs
  // (`teaserImage`) and incident sheets (`outage_duration`, `sla_breach`, a top-level `link`):
  // each was "remove it" with the list of keys, or "did you mean security?".
  if (/^(?:resolvedwhen|resolvedat|resolvedon|resolutiontime|endtime|endedat|enddate|ended)$/.test(lower)) return { why: 'when the incident ended is times.resolved.', fix: 'write it as times.resolved, a date-time with its zone (2025-03-14T10:20:00Z), then delete the key.' };
  if (/^(?:starttime|startedat|startdate|began|begin|start)$/.test(lower)) return { why: 'when the incident began is times.started.', fix: 'write it as times.started, a date-time with its zone (2025-03-14T09:12:00Z), then delete the key.' };
  if (/^(?:section|pin|teaserimage|postmortem|ispostmortem|featured|excerptimage|ogimage|socialimage)$/.test(lower)) return { why: 'it is a setting of a status page, blog or CMS this report came from, which this site does not read.', fix: 'delete it.' };
  if (/^(?:outageduration|impactduration|timetodetect|timetomitigate|timetoacknowledge|timetorespond|detectiontime|responsetime)$/.test(lower)) return { why: 'durations are not written: the site counts them from times (started, detected, acknowledged, mitigated, resolved).', fix: 'delete it, and check that times holds the moments it was counted from; minutes customers could not use the service go in impact.downtimeMinutes.' };
  if (/^(?:slabreach|slabreached|slobreach|slobreached|sloviolated|slaviolated|slaimpact|sloimpact|sla|slo)$/.test(lower)) return { why: 'the SLO or SLA an incident touched is impact.slo.', fix: 'write it under impact: as slo: "<the objective and what happened to it, e.g. checkout availability 99.95% missed>", then delete the key.' };
  // Round 58: the keys of incident tools' exports (FireHydrant, incident.io, Jira, PagerDuty) that got the list of keys alone.
  if (/^(?:key|issuekey|incidentkey|incidentnumber|incidentno|number|ticketid)$/.test(lower)) return { why: 'the file name is the postmortem\'s id and URL (/postmortems/<file name>/); a tracker\'s number for the incident is no field here.', fix: 'delete it, and write the number in the body (e.g. "Tracked in OPS-1234"); the file is named <day>-<what broke>.mdx.' };
  if (/^(?:assignee|assignees|reporter|lead|scribe|commslead|communicationslead)$/.test(lower)) return { why: 'people are not listed in a postmortem (it is blameless, and names must not reach the public site): the one person field is commander, the incident commander\'s role or name for the internal site.', fix: 'list the teams that responded in teams: [...]; write the commander as commander: if it is the incident commander; then delete the key.' };
  if (/^(?:currentmilestone|milestone|resolution|phase|incidentstatus|incidentstate)$/.test(lower)) return { why: 'it is the incident\'s state in the tool it came from; here a postmortem\'s own state is status (draft, in-review, published), and the incident\'s course is its times.', fix: 'write status: published once the report is reviewed (draft or in-review before), write when the incident ended as times.resolved; then delete the key.' };
  if (/^(?:milestones|timestamps|keytimes|incidenttimes|keytimestamps)$/.test(lower)) return { why: 'the moments of an incident are times (started, detected, acknowledged, declared, mitigated, resolved).', fix: `rename ${key} to times, keeping those of its keys that are the moments times names (started, detected, acknowledged, mitigated, resolved), each a date-time with its zone.` };
  if (/^(?:customfields|fields|properties|pageproperties|metadata|extra|attributes)$/.test(lower)) return { why: 'it is a set of another tool\'s own fields, which this site does not read: each of its values has its own place here.', fix: 'move each value to its field (an affected product to services, what customers saw to impact.description, anything else to the body), then delete the key.' };
  if (/^(?:slackchannel|channel|chatchannel|incidentchannel|warroom|bridge|conferencebridge|zoom|zoomlink|meetinglink|escalationpolicy|schedule|oncallschedule)$/.test(lower)) return { why: 'it is a detail of how the responders met or were paged (a channel, a bridge, an escalation policy), which no field holds and the public site must not show.', fix: 'delete it; if readers need it, write it in the body inside <Internal>…</Internal>.' };
  if (/^(?:link|href|sourceurl|source|reference|incidenturl|incidentlink)$/.test(lower)) return { why: 'a postmortem\'s own links are statusPage (its notice on the status page), each action item\'s link (its ticket) and, for anything else, the body.', fix: 'write it as statusPage: https://… if it is the status page\'s notice, as the link of the action item it tracks, or as a link in the body; then delete the key.' };
  return undefined;
}

/**
 * Keys other tools write in a timeline entry or an action item (bad input round 14): `time:` and
 * `description:` were "unknown key" beside "required field at is missing", the key meant unnamed.
 */
function nestedKeyHint(path: readonly PropertyKey[], key: string, known: readonly string[]): { why: string; fix: string; meant: string } | undefined {
  const lower = key.toLowerCase().replace(/[_\s-]/g, '');
  // Round 42: `done: true` was "did you mean due? keep one due:"; a flag or a day of completion is the status.
  if (path.length === 2 && path[0] === 'actionItems' && known.includes('status') && /^(?:done|isdone|completed|complete|completedat|completedon|closed|closedat|finished|resolved|checked)$/.test(lower)) {
    return { why: 'whether an action item is done is its status.', fix: `delete ${key}, and write status: done if it is done (or open, in-progress, wont-do).`, meant: 'status' };
  }
  const meant = path.length === 2 && path[0] === 'timeline'
    ? ({ time: 'at', timestamp: 'at', date: 'at', datetime: 'at', when: 'at', ts: 'at', description: 'event', text: 'event', what: 'event', message: 'event', summary: 'event', note: 'event', type: 'kind', category: 'kind' } as Record<string, string>)[lower]
    : path.length === 2 && path[0] === 'actionItems'
      ? ({ assignee: 'owner', assignedto: 'owner', team: 'owner', responsible: 'owner', duedate: 'due', deadline: 'due', eta: 'due', targetdate: 'due', state: 'status', ticket: 'link', url: 'link', issue: 'link', jira: 'link', href: 'link', description: 'title', name: 'title', task: 'title', action: 'title', summary: 'title', severity: 'priority', kind: 'type', category: 'type' } as Record<string, string>)[lower]
      : path.length === 1 && path[0] === 'times'
        // Round 15: `closed:` was "did you mean declared?", `reported:` "did you mean resolved?".
        ? ({ start: 'started', begin: 'started', began: 'started', startedat: 'started', end: 'resolved', ended: 'resolved', closed: 'resolved', fixed: 'resolved', recovered: 'resolved', resolvedat: 'resolved', reported: 'detected', noticed: 'detected', alerted: 'detected', discovered: 'detected', paged: 'acknowledged', acked: 'acknowledged', mitigatedat: 'mitigated', workaround: 'mitigated' } as Record<string, string>)[lower]
        // Round 38: `imported.from:` was "remove it" beside "required field imported.source is missing".
        : path.length === 1 && path[0] === 'imported'
          ? ({ from: 'source', file: 'source', path: 'source', origin: 'source', url: 'source', type: 'format', filetype: 'format', date: 'on', importedon: 'on', at: 'on', when: 'on' } as Record<string, string>)[lower]
          : undefined;
  if (!meant || !known.includes(meant)) return undefined;
  const where = path[0] === 'timeline' ? 'a timeline entry' : path[0] === 'times' ? 'times' : path[0] === 'imported' ? 'imported' : 'an action item';
  return { why: `${where} writes it as ${meant}.`, fix: `rename ${key} to ${meant}.`, meant };
}

/** Lists whose entries are ids (no spaces), as against lists of text such as reviewers' roles. */
const idListFields = new Set(['services', 'teams', 'tags', 'related', 'include', 'classification', 'regimes']);

/** Turns a zod issue into an author-facing finding (what is wrong, the value, and the fix). */
/** The states a status page labels an incident's updates with (Statuspage, cState), written where a severity goes. */
const statusPageStates = /^\s*(?:investigating|identified|monitoring|verifying|resolved|scheduled|in[ -]progress|completed|postmortem|update)\s*$/i;

function describeSchemaIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
): { rule: string; message: string; fix?: string; path: PropertyKey[] } {
  const path = issue.path as PropertyKey[];
  const field = formatFieldPath(path);
  const value = valueAt(data, path);
  // Round 41: a day or a time written as a list of one (`drafted: [2025-07-09]`, as a CMS writes a
  // date widget's value) got the format and an example day, not its own.
  if (issue.code !== 'invalid_type' && issue.code !== 'invalid_value' && issue.code !== 'unrecognized_keys' && Array.isArray(value) && value.length === 1 && typeof path.at(-1) === 'string'
    && (typeof value[0] === 'string' || value[0] instanceof Date) && (schemaAt(path) as any)?.def?.type !== 'array') {
    const one = value[0] instanceof Date ? value[0].toISOString().replace(/T00:00:00\.000Z$/, '') : value[0];
    return { rule: 'schema/invalid', path, message: `${field} is written as a list (${describeValue(value)}), but holds one value.`, fix: `write ${String(path.at(-1))}: ${one}, without the brackets.` };
  }
  if (issue.code === 'unrecognized_keys') {
    const shape = (schemaAt(path) as any)?.def?.shape ?? {};
    const known = Object.keys(shape);
    const key = issue.keys[0];
    if (key === '') {
      // A key written `~:` or `"":` was "unknown key" with a "did you mean" of whatever key came closest.
      return { rule: 'schema/unknown-key', path, message: `a key with no name (written ~: or "":)${field ? ` in ${field}` : ''}.`, fix: 'write the name of the key before the colon, or delete the line.' };
    }
    if (key.endsWith(':') && known.includes(key.replace(/:+$/, ''))) {
      // `severity:: SEV-2` (round 15) was "unknown key "severity:", did you mean severity?".
      return { rule: 'schema/unknown-key', path: [...path, key], message: `the key ${key.replace(/:+$/, '')} is written with ${key.length - key.replace(/:+$/, '').length + 1} colons, so YAML reads the key as "${key}".`, fix: `write one colon: ${key.replace(/:+$/, '')}: …` };
    }
    // `times.started: …` (round 16), as Hugo and some exporters write a nested field, was "did you
    // mean times? Rename the key", which would give times twice.
    const dotted = /^([A-Za-z]\w*)\.([A-Za-z]\w*)$/.exec(key);
    if (dotted && known.includes(dotted[1])) {
      const parentExists = value !== null && typeof value === 'object' && dotted[1] in (value as object);
      return { rule: 'schema/unknown-key', path: [...path, key], message: `the key "${key}" is one key with a point in its name: YAML does not read a point as a field inside ${dotted[1]}.`,
        fix: `write ${dotted[2]}: indented under ${dotted[1]}:${parentExists ? ` (which this file has already)` : ''}, e.g. "${dotted[1]}:" then "  ${dotted[2]}: …" on the next line.` };
    }
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined;
    const merged = record?.['<<'];
    if (key === '<<') {
      // Round 44: the fields the merge would copy are named, so the author writes out those.
      const fields = [...new Set((Array.isArray(merged) ? merged : [merged]).flatMap((one) => (one && typeof one === 'object' && !Array.isArray(one) ? Object.keys(one) : [])))];
      return { rule: 'schema/unknown-key', path: [...path, key], message: `a YAML merge key (<<)${field ? ` in ${field}` : ''} is not supported: ${fields.length ? `the fields it would copy (${fields.slice(0, 6).join(', ')}${fields.length > 6 ? ', …' : ''}) are not read` : 'what it would copy is not read'}.`, fix: 'write the fields out in place of the <<: line, then delete it, and the & anchor it names if nothing else uses it.' };
    }
    // Round 44: `defaults: &defaults {…}` then `<<: *defaults` at the top level was "move the keys
    // under defaults: out to the top level … delete the defaults: line", which left `<<: *defaults`
    // an alias to an anchor deleted: a YAML error in turn. Said as the one merge it is.
    const mergedFrom = Array.isArray(merged) ? merged : [merged];
    if (merged !== undefined && issue.keys.includes('<<') && mergedFrom.some((one) => JSON.stringify(one) === JSON.stringify(record?.[key]))) {
      const fields = [...new Set(mergedFrom.flatMap((one) => (one && typeof one === 'object' && !Array.isArray(one) ? Object.keys(one) : [])))];
      // `<<: [*a, *b]`: every key the merge names is said here, so no alias is left to one deleted.
      const anchored = issue.keys.filter((other) => other !== '<<' && mergedFrom.some((one) => JSON.stringify(one) === JSON.stringify(record?.[other])));
      const keys = anchored.length ? anchored : [key];
      const lines = keys.map((name) => `${name}:`).join(', ');
      return { rule: 'schema/unknown-key', path: [...path, key], message: `unknown key${keys.length > 1 ? 's' : ''} ${keys.map((name) => `"${name}"`).join(', ')}${field ? ` in ${field}` : ''}: ${keys.length > 1 ? 'they are the anchors' : 'it is the anchor'} of a YAML merge key (<<: *…), which was to copy ${keys.length > 1 ? 'their' : 'its'} fields (${fields.slice(0, 6).join(', ')}${fields.length > 6 ? ', …' : ''}) ${field ? `into ${field}` : 'to the top level'}; this site reads no merge key, so they are not read.`,
        fix: `move the keys under ${lines} out ${field ? `into ${field}` : 'to the top level'} (one indent less), then delete the ${lines} line${keys.length > 1 ? 's' : ''} and the <<: line together (an alias left to an anchor deleted is a YAML error)${fields.some((name) => name in record!) ? '; where a key is given there already, keep one' : ''}.` };
    }
    // Round 41: the facts nested under a key of a CMS's export (Contentful's `fields:`, Hugo's
    // `params:`, `data:`) were "remove it" (which deletes them) or "did you mean teams?".
    const nested = (value as Record<string, unknown> | undefined)?.[key];
    const wrapped = nested && typeof nested === 'object' && !Array.isArray(nested) ? Object.keys(nested).filter((inner) => known.includes(inner)) : [];
    if (wrapped.length) {
      return { rule: 'schema/unknown-key', path: [...path, key], message: `unknown key "${key}": it holds ${wrapped.slice(0, 4).join(', ')}${wrapped.length > 4 ? ', …' : ''}, fields of the postmortem itself, nested one level down (as a CMS's export or another generator's params write them), so they are not read.`,
        fix: `move the keys under ${key}: out to the top level (one indent less), and delete the ${key}: line${known.some((name) => wrapped.includes(name) && value !== null && typeof value === 'object' && name in (value as object)) ? '; where the top level has the same key already, keep one' : ''}.` };
    }
    // Keys of other tools' reports (Jekyll, Hugo, incident trackers) whose closest key misled:
    // `draft: true` was "did you mean drafted?", `duration:` was "remove it" (bad input round 13).
    const adopted = path.length === 0 ? adoptedKeyHint(key) : nestedKeyHint(path, key, known);
    if (adopted) return { rule: 'schema/unknown-key', path: [...path, key], message: `unknown key "${key}": ${adopted.why}`, fix: adopted.fix };
    // `Title:` beside `title:` (round 19) got "did you mean title? Rename the key", which gives
    // title twice; YAML keys differ by letter case, so the file held two titles, one unread.
    const sameInOtherCase = known.find((name) => name !== key && name.toLowerCase() === key.toLowerCase());
    if (sameInOtherCase) {
      const both = value !== null && typeof value === 'object' && sameInOtherCase in (value as object);
      return { rule: 'schema/unknown-key', path: [...path, key], message: `the key "${key}" is ${sameInOtherCase} in other letter case${field ? ` in ${field}` : ''}: keys are read as written, so ${both ? `this file gives ${sameInOtherCase} twice, and the value under "${key}" is not read` : `"${key}" is not read`}.`,
        fix: both ? `keep one: delete the ${key}: line, or move its value to ${sameInOtherCase}: and delete ${key}:.` : `write ${sameInOtherCase}: as listed, in its letter case.` };
    }
    // Round 47: `“title”: …` (a key in an editor's typographic quotes) was "did you mean title?", not why.
    // Round 49: the quotes are typographicallyQuoted's, the values' and dates' rule, which knows
    // ‹ › 「 」 『 』 too (`「severity」:`, an input method's, was "did you mean severity?").
    const curled = typographicallyQuoted(key);
    if (curled && known.includes(curled.inner)) {
      const both = value !== null && typeof value === 'object' && curled.inner in (value as object);
      return { rule: 'schema/unknown-key', path: [...path, key], message: `the key ${key}${field ? ` in ${field}` : ''} is written in typographic quotes (${curled.open} ${curled.close}), which an editor or a chat app typed for straight ones: YAML reads only " and ' as quotes, so they are part of the key, and ${curled.inner} is not read.`,
        fix: `write ${curled.inner}: without the quotes${both ? `, and keep one ${curled.inner}: (this ${field ? `part of ${field}` : 'file'} has one already)` : ''}.` };
    }
    // Round 48: `severity\u00a0:` (a no-break space before the colon, a chat app's) was "did you
    // mean severity?", the character that made it another key unnamed.
    const oddInKey = [...key].filter((character) => /[\s\p{Cf}]/u.test(character) || character.normalize('NFKC') !== character);
    const plainKey = key.normalize('NFKC').replace(/[\s\p{Cf}]/gu, '');
    if (oddInKey.length && known.includes(plainKey)) {
      return { rule: 'schema/unknown-key', path: [...path, key], message: `the key "${key}"${field ? ` in ${field}` : ''} holds ${[...new Set(oddInKey)].map((character) => describeCharacter(character)).join(', ')}: it looks like ${plainKey}, but is another key, so ${plainKey} is not read.`,
        fix: `retype the key: ${plainKey}: (a word processor, a web page or a chat app put the other character there).` };
    }
    // Round 48: `started:` at the top level (times' field one level up) was "did you mean drafted?".
    const home = known.find((parent) => {
      const inner = schemaAt([...path, parent]) as { def?: { shape?: Record<string, unknown> } } | undefined;
      return parent !== key && inner?.def?.shape !== undefined && key in inner.def.shape;
    });
    if (home) {
      const hasHome = value !== null && typeof value === 'object' && home in (value as object);
      return { rule: 'schema/unknown-key', path: [...path, key], message: `unknown key "${key}"${field ? ` in ${field}` : ''}: ${key} is a field of ${[...path, home].join('.')}, written here ${field ? `in ${field}` : 'at the top level'}, so it is not read.`,
        fix: `move it under ${home}:, indented two spaces more than ${home}: is${hasHome ? '' : ` (add a line ${home}: above it)`}.` };
    }
    const suggestion = findClosestMatch(key, known);
    return {
      rule: 'schema/unknown-key',
      path: [...path, key],
      message: `unknown key "${key}"${field ? ` in ${field}` : ''}.`,
      // Round 41: `impactDetail:` beside `impact: major` was "did you mean impact? Rename the key",
      // which gives impact twice: where the key meant is there already, the two are to be merged.
      fix: suggestion && value !== null && typeof value === 'object' && suggestion in (value as object)
        ? `did you mean "${suggestion}"? This ${field ? `part of ${field}` : 'file'} has ${suggestion}: already: keep one ${suggestion}:, with what ${key} holds in it, and delete ${key}.`
        : suggestion
        ? `did you mean "${suggestion}"? Rename the key.`
        : `remove it; allowed keys here: ${known.join(', ')}.`,
    };
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) {
    return {
      rule: 'schema/required',
      path,
      message: `required field ${field} is missing.`,
      fix:
        issue.code === 'invalid_value'
          ? `add \`${String(path[path.length - 1])}:\` with one of ${issue.values.map(String).join(', ')}.`
          : `add \`${String(path[path.length - 1])}:\` (expected ${issue.expected}).`,
    };
  }
  if (value === undefined) {
    // Union-typed fields (dates, times) explain their own format in the message.
    return {
      rule: 'schema/required',
      path,
      message: `required field ${field} is missing.`,
      fix: `add \`${String(path[path.length - 1])}:\` ${issue.message.replace(/^is missing: add it, /, '')}`,
    };
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map((v) => String(v));
    const key = String(path[path.length - 1]);
    // Round 51: `type:` with nothing after it (YAML's null) was "is null, which is not allowed", a
    // value the author never wrote, as round 14 found for fields of text.
    // (An empty severity has its own sentence below: which level, as scales differ.)
    if (value === null && typeof path.at(-1) === 'string' && !(path.length === 1 && path[0] === 'severity')) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is empty: nothing is written after \`${key}:\`, but it takes one of ${options.join(', ')}.`,
        fix: `write one of them after the colon (${key}: ${options[0]}), or delete the line if the field is optional.`,
      };
    }
    // Bad input round 16: `severity: [SEV-2]` was "is ["SEV-2"], which is not allowed", with no
    // value to write; a field of one value written as a list.
    if (Array.isArray(value) && typeof path.at(-1) === 'string') {
      const meant = value.length === 1 && options.includes(String(value[0])) ? String(value[0]) : undefined;
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is written as a list (${describeValue(value)}), but holds one value: one of ${options.join(', ')}.`,
        fix: meant ? `write ${key}: ${meant}, without the brackets.` : `write one of them, without brackets: ${key}: ${options[0]}${value.length > 1 ? ` (a postmortem has one ${key}; say the rest in the body)` : ''}.`,
      };
    }
    // Round 41: a field of one value written as a set of keys (`severity: {level: 2}`, `{name: SEV-2}`,
    // as a CMS or an incident tool's export writes it) was "is {"level":2}, which is not allowed".
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof path.at(-1) === 'string') {
      const inner = Object.values(value as Record<string, unknown>);
      const one = inner.length === 1 && (typeof inner[0] === 'string' || typeof inner[0] === 'number') ? String(inner[0]).trim() : undefined;
      const meant = one === undefined ? undefined : options.find((option) => option.toLowerCase() === one.toLowerCase() || option.replace(/\D+/g, '') === one && /^\d+$/.test(one));
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is written as a set of keys (${describeValue(value)}), but holds one value: one of ${options.join(', ')}.`,
        fix: meant ? `write ${key}: ${meant}${meant === one ? '' : ` (if ${one} is what your old scale called ${meant})`}, on one line, without the key under it.` : `write one of them on the key's line: ${key}: ${options[0]}.`,
      };
    }
    // `SEV‑2` with a non-breaking hyphen (U+2011), an en dash or a word processor's minus: the
    // message showed the value as "SEV‑2" and asked "did you mean SEV-2?", the two alike on screen.
    const oddDash = typeof value === 'string' ? /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/.exec(value) : null;
    if (oddDash && options.includes((value as string).trim().replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'))) {
      const code = `U+${oddDash[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      const meant = (value as string).trim().replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-');
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, whose dash is ${code} (${dashNames[oddDash[0]] ?? 'a dash'}), not the hyphen-minus (-) of ${meant}: the two look alike, but the value is not ${meant}.`,
        fix: `retype the dash: ${key}: ${meant} (a word processor or a chat app put the other character there).`,
      };
    }
    // `severity: "SEV-2 "`, `status: " published"` (a value quoted with a space, as a spreadsheet
    // cell or a template leaves it): "did you mean SEV-2?", the two alike on screen (round 22).
    if (typeof value === 'string' && value !== value.trim() && options.includes(value.trim())) {
      const ends = [/^\s/.test(value) ? 'starts' : '', /\s$/.test(value) ? 'ends' : ''].filter(Boolean).join(' and ');
      return {
        rule: 'schema/invalid-value',
        path,
        // Round 46: a no-break space after an unquoted value was said to be "inside its quotes", none being written.
        message: /^ *\S[\s\S]*?\S? *$/.test(value) && !/[^ \S]/.test(value)
          ? `${field} is ${describeValue(value)}, which ${ends} with a space inside its quotes: the value is read with it, so it is not ${value.trim()}.`
          : `${field} is ${describeValue(value)}, which ${ends} with ${[...new Set([...value].filter((character) => /[^ \S]/.test(character)))].map(describeCharacter).join(' and ')}, an invisible character YAML keeps in the value: so it is not ${value.trim()}.`,
        fix: `write ${key}: ${value.trim()}, without the space${/^\s|\s$/.test(value.replace(/ /g, '')) ? ' (it is a tab or an invisible space: delete it)' : ''}.`,
      };
    }
    const misread = typeof value === 'string' ? enumValueMistake(value, options, key, path.length === 1 && path[0] === 'severity') : undefined;
    if (misread) return { rule: 'schema/invalid-value', path, message: `${field} is ${describeValue(value)}, ${misread.message}`, fix: misread.fix };
    const candidate = typeof value === 'string' ? findClosestMatch(value, options) : undefined;
    // "SEV-5" is not a typo of "SEV-0": only suggest when more than digits differ.
    const digitsOnly = (text: string) => text.replace(/\d/g, '#');
    // `severity: 2` is SEV-2 written short: the option whose only number it is.
    const byNumber = typeof value === 'number' ? options.filter((option) => option.replace(/\D/g, '') === String(value)) : [];
    // `SEV-02` was "did you mean SEV-0", `SEV-II` too, and `ＳＥＶ-2`, `Severity 2`, `S2` had no
    // suggestion (bad input round 13): the number a severity is written with, read first.
    const bySeverityNumber = path.length === 1 && path[0] === 'severity' ? severityMeant(value, options) : undefined;
    // `severity: critical`, `Major` (another tool's scale, round 15): the SEV-n it most often is.
    // Round 44: `Medium (4.2)`, `Critical (complete cluster instability)`: a word with a note after it got the list alone.
    const noted = typeof value === 'string' ? /^([^()]+?)\s*\(([^()]+)\)\s*$/.exec(value) : null;
    const isSeverity = path.length === 1 && path[0] === 'severity';
    const bySeverityWord = isSeverity && !bySeverityNumber ? severityForWord(value, options) ?? (noted ? severityForWord(noted[1], options) : undefined) : undefined;
    const word = bySeverityWord && noted && !severityForWord(value, options) ? noted[1] : value;
    const inEnglish = bySeverityWord ? severityWordInEnglish(word) : undefined;
    // Round 55: a status page's state of the incident (`severity: monitoring`, as its updates are labelled) got the list alone.
    if (isSeverity && typeof value === 'string' && statusPageStates.test(value)) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, a state of the incident as a status page labels its updates (investigating, identified, monitoring, resolved), not how bad it was; severities here are ${options.join(', ')} (SEV-0 the worst).`,
        fix: `write severity: SEV-n for how bad the incident was (most often SEV-2 or SEV-3 for a status page's incident); when it was found, mitigated and resolved goes in times (detected, mitigated, resolved), each update in the timeline.`,
      };
    }
    if (bySeverityWord) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, ${inEnglish ? `"${inEnglish}" in another language, ` : ''}a word of another tool's severity scale${word !== value ? ` with a note after it ("${noted![2]}")` : ''}; severities here are ${options.join(', ')} (SEV-0 the worst).`,
        fix: `write severity: ${bySeverityWord}, what ${describeValue(word)} most often stands for; if your old reports' scale maps it to another level, write that SEV-n.${word !== value ? ' Say the note in the summary or the body.' : ''}`,
      };
    }
    // Round 44: `severity: ""` was "did you mean SEV-0?" (the worst), `~` "null, which is not allowed", `none` the list alone.
    // Round 58: `UNSET`, an incident tool's export of a severity never chosen, the list alone too.
    if (isSeverity && (value === null || (typeof value === 'string' && /^\s*(?:|none|n\/?a|tbd|tbc|unknown|-+|—|\?+|null|unset|not[ _-]set)\s*$/i.test(value)))) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${value === null || String(value).trim() === '' ? 'empty' : describeValue(value)}, which names no level: every postmortem has a severity, a near miss too.`,
        fix: `write the level it had: severity: SEV-0 (the worst) to SEV-4; if nothing reached customers, SEV-4 with nearMiss: true. A draft may leave the line out until it is known.`,
      };
    }
    // `severity: red`, `🔴` (a traffic light's colour, round 43): the list of SEV-n alone said not
    // that a colour is read as no level, nor which one it often is.
    const byColour = path.length === 1 && path[0] === 'severity' && !bySeverityNumber ? severityColour(value, options) : undefined;
    if (byColour) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, a colour (${byColour.colour}) of a traffic-light scale, which is read as no level here: severities are ${options.join(', ')} (SEV-0 the worst).`,
        fix: `write the SEV-n your scale's ${byColour.colour} stands for: severity: ${byColour.often} is what ${byColour.colour} most often is, but scales of colours differ (green may mean resolved, red the worst), so check one of your old reports.`,
      };
    }
    // Round 45: `SEV-5`, `-1` (a scale of more levels, or a slip) got the list alone.
    const beyond = isSeverity && !bySeverityNumber ? severityBeyondScale(value, options) : undefined;
    if (beyond !== undefined) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, a level beyond this scale: severities here are ${options.join(', ')}, ${options[0]} the worst and ${options[options.length - 1]} the least.`,
        fix: beyond < 0 ? `write severity: ${options[0]} if it was the worst level of your old scale, or the SEV-n it stands for.` : `write severity: ${options[options.length - 1]} if it was the least level of your old scale (it had more levels than this one), or the SEV-n it stands for.`,
      };
    }
    // Round 45: `status: resolved`, `investigating` (the incident's state, as a status page writes it) got the list alone.
    if (path.length === 1 && path[0] === 'status' && isIncidentState(value)) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, a state of the incident as a status page or a tracker writes it; here status is the postmortem's own state, ${options.join(', ')}.`,
        fix: `write status: draft while the report is written, in-review while it is reviewed, published once it is; when the incident ended goes in times.resolved.`,
      };
    }
    // Round 58 (round 57's leftover): a status page's message as the status got the list alone.
    if (path.length === 1 && path[0] === 'status' && looksLikeStatusMessage(value) && !enumSynonym('status', value, options)) {
      return {
        rule: 'schema/invalid-value',
        path,
        message: `${field} is ${describeValue(value)}, which reads as a status page's message (a sentence), not a status: this field holds the postmortem's own state, one of ${options.join(', ')}.`,
        fix: `write status: draft while the report is written, in-review while it is reviewed, published once it is; the message, if it is worth keeping, goes in the timeline (the update with its time) or the body.`,
      };
    }
    // Another tool's word for a value (`closed` for done, `external` for public: round 14), read
    // before the closest spelling, which took `external` for "internal".
    const enumField = enumFieldOf(path);
    const synonym = enumField ? enumSynonym(enumField, value, options) : undefined;
    const suggestion = synonym ?? bySeverityNumber?.id ?? (byNumber.length === 1 ? byNumber[0] : candidate && digitsOnly(candidate) !== digitsOnly(String(value)) ? candidate : undefined);
    return {
      rule: 'schema/invalid-value',
      path,
      message: `${field} is ${describeValue(value)}, which is not allowed.`,
      fix: synonym && synonym.toLowerCase() !== String(value).trim().toLowerCase()
        ? `write ${String(path[path.length - 1])}: ${synonym}, the value here for what ${describeValue(value)} says (the values are ${options.join(', ')}).`
        : `use one of ${options.join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.${bySeverityNumber?.note ? ` ${bySeverityNumber.note}` : ''}`,
    };
  }
  if (issue.code === 'invalid_type' && !path.length) {
    return {
      rule: 'schema/type',
      path,
      message: `the frontmatter is ${Array.isArray(value) ? 'a list' : describeValue(value)}, but must be fields, one "key: value" per line (title: ..., status: ...).`,
      fix: 'write the fields as key: value lines between the two `---` lines; `npm run new` writes a complete set.',
    };
  }
  if (issue.code === 'invalid_type' && value === null) {
    // `title:` with nothing after it is YAML's null: "title is null, but must be text" named a
    // value the author never wrote.
    return {
      rule: 'schema/type',
      path,
      message: typeof path[path.length - 1] === 'number'
        ? `${field} is empty (a "-" with nothing after it), but must be ${typeNames[issue.expected] ?? `a ${issue.expected}`}.`
        : `${field} is empty: nothing is written after \`${String(path[path.length - 1])}:\`, but it must be ${typeNames[issue.expected] ?? `a ${issue.expected}`}.`,
      fix: typeof path[path.length - 1] === 'number' ? 'write the entry after the "-", or delete the line.' : 'write the value after the colon, or delete the line if the field is optional.',
    };
  }
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) {
    const reading = numberWrittenAsText(value, String(path[path.length - 1]));
    if (reading) return { rule: 'schema/type', path, message: `${field} is written ${reading.written}, ${reading.why}`, fix: reading.fix };
  }
  // `owner: [checkout, payments]`, `trigger: [config, deploy]`: "must be text" did not say why one.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && Array.isArray(value) && (path.at(-1) === 'owner' || path.at(-1) === 'trigger')) {
    const owner = path.at(-1) === 'owner';
    return {
      rule: 'schema/type',
      path,
      message: owner
        ? `${field} lists ${value.length} teams, but an action item has one owner team, which answers for it.`
        : `${field} lists ${value.length} triggers, but a postmortem has one trigger: the change or event that started the incident.`,
      fix: owner
        ? `write the team that owns it (owner: ${String(value[0] ?? 'checkout')}), and give each other team's part an action item of its own.`
        : `write the one that started it (trigger: ${String(value[0] ?? 'configuration')}); name the others in the contributing factors or tags.`,
    };
  }
  // Round 15: a set of keys written another way. `times:` as a list (`- started: …`, each key
  // after a "-") was "must be a set of keys" with the value shown as JSON; `impact:` as a line of
  // text and action items as lines of text said nothing of the fields to write.
  if (issue.code === 'invalid_type' && issue.expected === 'object' && Array.isArray(value) && value.length
    && value.every((item) => item && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 1)) {
    const keys = value.map((item) => Object.keys(item as object)[0]);
    return {
      rule: 'schema/type',
      path,
      message: `${field} is written as a list (a "-" before each of its keys: ${keys.join(', ')}), but it is one set of keys.`,
      fix: `delete the "- " before each key, keeping the keys indented under ${String(path.at(-1))}: (e.g. "  ${keys[0]}: …").`,
    };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && typeof value === 'string' && path.length === 1 && path[0] === 'impact' && /^(?:none|minor|major|critical|maintenance|degraded|partial|partial outage|major outage)$/i.test(value.trim())) {
    // Round 41: a status page's impact level (Statuspage's none/minor/major/critical) got "write
    // description: major", a level as the account of what customers saw.
    return { rule: 'schema/type', path, message: `impact is "${value.trim()}", a status page's impact level, but here impact is a set of keys: the description of what customers saw, the impact window and counts; how bad it was is the severity.`,
      fix: 'write severity: for the level (SEV-0 to SEV-4), and impact: with description: (what customers saw), start: and end: indented under it.' };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && typeof value === 'string' && path.length === 1 && path[0] === 'impact') {
    return {
      rule: 'schema/type',
      path,
      message: `impact is a line of text, but it is a set of keys: the text is its description, beside the impact window and counts.`,
      fix: `write it as impact: then, indented on the next line, description: ${quoteSnippet(value, 60)} (and start:, end: for the window).`,
    };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && typeof value === 'string' && path.length === 2 && (path[0] === 'actionItems' || path[0] === 'timeline')) {
    const item = path[0] === 'actionItems';
    return {
      rule: 'schema/type',
      path,
      message: `${field} is a line of text (${quotedSnippet(value, 60)}), but ${item ? 'an action item is a set of fields: id, title, owner, due, priority, type, status and verification' : 'a timeline entry is a set of fields: at, event and kind'}.`,
      fix: item ? 'write it as "- id: AI-1" with "title: <the text>" and the other fields indented under it (npm run new writes one to copy).'
        : 'write it as "- at: <date-time>" with "event: <the text>" and "kind:" indented under it.',
    };
  }
  // Round 41: text written as a set of keys (`- name: checkout-api`, `owner: {team: checkout}`, a
  // CMS's relation as an export writes it) or as a list of lines (`summary:` as two "- " sentences),
  // and a list of ids as a map (`tags: {config: true}`): each got "write the text itself" or
  // "write a list" with no value to write.
  if (issue.code === 'invalid_type' && issue.expected === 'string' && value && typeof value === 'object') {
    const key = String(path.at(-1));
    const entries = Array.isArray(value) ? [] : Object.entries(value as Record<string, unknown>);
    const named = entries.find(([name]) => /^(?:name|id|slug|key|label|title|value|team|service|text)$/i.test(name)) ?? (entries.length === 1 ? entries[0] : undefined);
    // Round 42: Obsidian's wiki link unquoted (`related: [[2025-07-01-db-failover]]`), which YAML
    // reads as a list in a list: "put it in double quotes" gave a wiki link, refused in turn.
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' && typeof path.at(-1) === 'number' && idListFields.has(String(path.at(-2)))) {
      return { rule: 'schema/type', path, message: `${field} is ${describeValue(value)}, but must be text: [[${value[0]}]], a wiki link as Obsidian writes it (or an id in two brackets), is a list in a list to YAML.`, fix: `write the id alone, without brackets: ${String(path.at(-2))}: [${value[0]}].` };
    }
    // Round 42: a person as a CMS or a tracker writes one (`owner: {name: Alice Example, email: …}`)
    // was "write owner: Alice Example", which the team vocabulary refused in turn.
    const teamField = key === 'owner' || (typeof path.at(-1) === 'number' && path.at(-2) === 'teams');
    if (teamField && named && (entries.some(([name]) => /^e-?mail$/i.test(name)) || /\s/.test(String(named[1]).trim()))) {
      return { rule: 'schema/type', path, message: `${field} is a person (${describeValue(value)}), but ${key === 'owner' ? 'an action item\'s owner' : 'each entry of teams'} is a team, an id of teams.yaml: a team answers for it, and a postmortem names no person (it is blameless, and names must not reach the public site).`,
        fix: `write ${typeof path.at(-1) === 'number' ? '- ' : `${key}: `}<the id of that person's team in teams.yaml>.` };
    }
    // Not where roles go (reviewers, commander): a CMS's person relation holds a name, and the fix would write it.
    if (named && (typeof named[1] === 'string' || typeof named[1] === 'number') && !path.some((part) => part === 'reviewers' || part === 'commander' || part === 'responders')) {
      const inList = typeof path.at(-1) === 'number';
      return { rule: 'schema/type', path, message: `${field} is written as a set of keys (${describeValue(value)}), but holds text: ${inList ? 'each entry of the list is' : 'the field is'} the ${/^(?:services|teams|tags|related)$/.test(String(path.at(-2))) || key === 'owner' ? 'id' : 'text'} alone.`,
        fix: `write ${inList ? `- ${String(named[1])}` : `${key}: ${String(named[1])}`}${entries.length > 1 ? ` (the other keys, ${entries.filter((entry) => entry !== named).map(([name]) => name).join(', ')}, have no place here: say them in the body if they matter)` : ''}.` };
    }
    if (Array.isArray(value) && typeof path.at(-1) === 'string' && value.length && value.every((item) => typeof item === 'string' || typeof item === 'number')) {
      const joined = quoteSnippet(value.map(String).join(' '), 80);
      return { rule: 'schema/type', path, message: `${field} is written as a list (${value.length === 1 ? 'one line after a "-"' : `${value.length} lines, each after a "-"`}), but holds one text.`, fix: `write ${value.length === 1 ? 'it' : 'them as one text'} on the key's line, without the "-": ${key}: ${joined}${/[.!?]$/.test(joined) ? '' : '.'}` };
    }
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array' && value && typeof value === 'object' && !Array.isArray(value) && idListFields.has(String(path.at(-1)))) {
    const chosen = Object.entries(value as Record<string, unknown>).filter(([, on]) => on === true || on === 'yes' || on === 1).map(([name]) => name);
    if (chosen.length) return { rule: 'schema/type', path, message: `${field} is written as a set of keys (${describeValue(value)}), but is a list of ids.`, fix: `write it as a list of the ids marked true: ${String(path.at(-1))}: [${chosen.join(', ')}].` };
    // Round 42: ids each with a word about them (`teams: {checkout: owner, payments: support}`, a
    // role beside a team) got "write a list: [a, b]".
    const ids = Object.entries(value as Record<string, unknown>);
    if (ids.length && ids.every(([id, about]) => /^[a-z0-9][a-z0-9-]*$/.test(id) && (typeof about === 'string' || about === null))) {
      return { rule: 'schema/type', path, message: `${field} is written as a set of keys (${describeValue(value)}): each id with a word about it, but it is a list of ids.`, fix: `write it as a list of the ids: ${String(path.at(-1))}: [${ids.map(([id]) => id).join(', ')}] (what the words say, a role, goes in the body).` };
    }
  }
  // Round 41: the timeline or the action items as one line of text got "write a list: [the text]",
  // a list of text that the schema refuses in turn.
  if (issue.code === 'invalid_type' && issue.expected === 'array' && path.length === 1 && (path[0] === 'timeline' || path[0] === 'actionItems') && typeof value === 'string') {
    const item = path[0] === 'actionItems';
    return { rule: 'schema/type', path, message: `${field} is a line of text (${quotedSnippet(value, 60)}), but it is a list of ${item ? 'action items, each a set of fields: id, title, owner, due, priority, type, status and verification' : 'entries, each a set of fields: at, event and kind'}.`,
      fix: item ? 'write each as "- id: AI-1" on the line under actionItems:, with "title: <the text>" and the other fields indented under it (npm run new writes one to copy).'
        : 'write each as "- at: <date-time>" on the line under timeline:, with "event: <the text>" and "kind:" indented under it.' };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array' && path.length === 1 && path[0] === 'timeline' && value && typeof value === 'object' && !Array.isArray(value)) {
    const [first] = Object.entries(value as Record<string, unknown>);
    if (first) return { rule: 'schema/type', path, message: `timeline is written as a set of keys, a time for each event (${Object.keys(value).length} of them), but it is a list of entries, each with its time, event and kind.`, fix: `write each as an entry: "- at: ${first[0]}", then "event: ${quoteSnippet(String(first[1]), 40)}" and "kind: …" indented under it.` };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') {
    const meant = booleanMeant(value);
    if (meant) return { rule: 'schema/type', path, message: `${field} is ${describeValue(value)}, ${meant.why}, but it must be true or false.`, fix: `write ${meant.value}, without quotes.` };
  }
  if (issue.code === 'invalid_type') {
    // `tags: config, deploy` (a converted report's comma list) gets the list to write (round 13).
    // Round 15: `tags: config deploy` (spaces between ids) too, and `#config #deploy` (hashtags).
    // Round 38: only lists of ids split at spaces; `reviewers: SRE lead` was told `[SRE, lead]`, two roles.
    const ids = idListFields.has(String(path.at(-1)));
    // Round 53: a list in quotes (`teams: "[checkout, payments]"`) and ids set off by pipes (`checkout-api | payments-api`)
    // got the shape of a list alone; `checkout-api, *` (a status page's "and the rest") too.
    const quotedList = typeof value === 'string' && /^\s*\[[^\[\]]*\]\s*$/.test(value);
    const items = issue.expected === 'array' && typeof value === 'string' ? value.replace(/^\s*\[|\]\s*$/g, '').split(ids ? /\s*[,;|]\s*|\s+/ : /\s*[,;|]\s*/).map((item) => item.trim().replace(/^#(?=\w)/, '')).filter(Boolean) : [];
    const wildcard = ids ? items.find((item) => /^(?:\*|\.{3}|…|etc\.?|all)$/i.test(item)) : undefined;
    return {
      rule: 'schema/type',
      path,
      message: `${field} is ${describeValue(value)}, but must be ${typeNames[issue.expected] ?? `a ${issue.expected}`}.`,
      // Round 46: `services:` over `  -checkout-api` (no space after the dash) was told `[-checkout-api]`.
      fix: typeof value === 'string' && issue.expected === 'array' && /^-[^\s-]/.test(value)
        ? `write the item with a space after its dash, "- ${value.slice(1)}" (YAML reads "${value}" as text, not as an item of a list), or ${String(path.at(-1))}: [${value.slice(1)}].`
        : wildcard && items.length > 1
        ? `write each one it means by its id, as a list: ${String(path.at(-1))}: [${items.filter((item) => item !== wildcard).join(', ')}, …] ("${wildcard}" names none, and the list is read as written).`
        : items.length && items.every((item) => (ids ? /^[\w.-]+$/ : /^[\w.-][\w .-]*$/).test(item))
        ? `write it as a list${quotedList ? ', without the quotes (in quotes YAML reads it as one text)' : ''}: ${String(path.at(-1))}: [${items.join(', ')}].`
        : typeFixes[issue.expected] ?? typeFixes[issue.expected === 'int' ? 'number' : ''],
    };
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && (typeof value === 'string' || Array.isArray(value))) {
    // A length, not a number: "check the number" would send the author looking for one.
    const limit = Number((issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum);
    const unit = typeof value === 'string' ? 'character' : 'entry';
    const count = (n: number) => `${n} ${n === 1 ? unit : unit === 'entry' ? 'entries' : `${unit}s`}`;
    // Text is trimmed before its length is checked: "   " is as empty as "", not "3 characters; at least 1".
    const empty = issue.code === 'too_small' && (typeof value === 'string' ? value.trim() : value).length === 0;
    const blank = typeof value === 'string' && value.length > 0 ? ' (it holds only spaces)' : '';
    return {
      rule: 'schema/invalid',
      path,
      message: empty ? `${field} is ${typeof value === 'string' ? 'empty' : 'an empty list'}${blank}.`
        : `${field} has ${count(value.length)}; ${issue.code === 'too_big' ? 'at most' : 'at least'} ${count(limit)} ${limit === 1 ? 'is' : 'are'} allowed.`,
      fix: empty ? `write the ${typeof value === 'string' ? 'text' : 'entries'}, or remove the key if it is optional.`
        : issue.code === 'too_big' ? 'shorten it.' : 'add to it.',
    };
  }
  if (issue.code === 'too_small' && typeof value === 'number' && value < 0 && Number((issue as { minimum?: unknown }).minimum) === 0) {
    // `usersAffected: -5` was "too small (the limit is 0). Fix: check the number" (round 15).
    return { rule: 'schema/invalid', path, message: `${field} is ${value}, a negative number: ${String(path.at(-1))} counts something that happened, so it is 0 or more.`, fix: `write ${Math.abs(value)} if the minus sign is a slip, or leave the field out if the figure is not known.` };
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const limit = (issue as { maximum?: unknown; minimum?: unknown }).maximum ?? (issue as { minimum?: unknown }).minimum;
    return { rule: 'schema/invalid', path, message: `${field} is ${describeValue(value)}, which is too ${issue.code === 'too_big' ? 'large' : 'small'} (the limit is ${String(limit)}).`, fix: 'check the number.' };
  }
  // Round 55: a timeline's time alone (`- at: "00:10"` after an entry at 17:49) was given an example on a fixed
  // day, the same one as the entry before it: the day is the one the entries before it imply, the next after midnight.
  const timeAlone = path[0] === 'timeline' && path[2] === 'at' && typeof path[1] === 'number' && typeof value === 'string'
    ? /is a time without its day(?:, on a 12-hour clock)?: write the day before it, e\.g\. (\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(issue.message) : null;
  const meantDay = timeAlone ? dayForTimeAlone(data, path[1] as number, timeAlone[2]) : undefined;
  const message = timeAlone && meantDay
    ? issue.message.replace(`e.g. ${timeAlone[1]}T`, `${meantDay.day}T`).replace(/\.$/, `: ${meantDay.why}.`)
    : issue.message;
  return { rule: 'schema/invalid', path, message: message.startsWith('is ') ? `${field} ${message}` : `${field}: ${message}` };
}

/**
 * A number field holding what YAML read as text (or as infinity) though the author surely meant a
 * number: `1_000`, `1,000`, `90 min`, `2h`, `.inf`. Each was "must be a number. Fix: write a
 * number, without quotes", and there were no quotes to remove.
 */
function numberWrittenAsText(value: unknown, key: string): { written: string; why: string; fix: string } | undefined {
  if (value === Infinity || value === -Infinity) {
    return { written: value > 0 ? '.inf' : '-.inf', why: 'which YAML reads as infinity: no count is infinite.', fix: 'write the number in digits, or leave the field out if it is not known.' };
  }
  // Round 60: `.nan` was "is .nan, but must be a number": YAML reads it as the number "not a number", which is no figure.
  if (typeof value === 'number' && Number.isNaN(value)) {
    return { written: '.nan', why: 'which YAML reads as "not a number", a value that stands for no figure.', fix: 'write the number in digits, or leave the field out if it is not known.' };
  }
  // Round 62: a range as a YAML list (`[1000, 2000]`) was "is [1000,2000], but must be a number. Fix: write a number".
  if (Array.isArray(value) && value.length === 2 && value.every((bound) => typeof bound === 'number' && Number.isFinite(bound))) {
    return { written: JSON.stringify(value), why: 'which YAML reads as a list of two numbers: a range, where the field holds one number.', fix: `write one number (${Math.max(...(value as number[]))}, the upper bound, unless one was measured); give the range in the body.` };
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const otherWritten = numberOfOtherLocale(text, key);
  if (otherWritten) return { written: JSON.stringify(value), ...otherWritten };
  // Round 41: words of estimate before a number in words or with its unit (`about two hours`,
  // `~2h`, `around 1h 30m`) got "write a number": the number is read as without them.
  const hedged = /^(?:(?:~|≈|ca\.)\s*|(?:about|around|roughly|approximately|approx\.|nearly|almost)\s+)(.+)$/i.exec(text);
  if (hedged && !/^(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\+?$/.test(hedged[1])) {
    const inner = numberWrittenAsText(hedged[1], key);
    if (inner) return { written: JSON.stringify(value), why: inner.why, fix: `${inner.fix.replace(/\.$/, '')}; say in the body that it is an estimate.` };
  }
  // Round 37: `usersAffected: "12"`, `"1e3"`, `" 12 "` were "must be a number" with "write a number,
  // without quotes", the number itself not named.
  if (/^\+?(?:\d+(?:\.\d+)?(?:e[+-]?\d+)?|0x[0-9a-f]+)$/i.test(text) && Number.isFinite(Number(text))) {
    return { written: JSON.stringify(value), why: 'which YAML reads as text, for its quotes.', fix: `write ${Number(text)}, without quotes.` };
  }
  // Round 15: also `1 000` with a no-break or thin space, `1'000` (Swiss), `1.000.000` and
  // `€1.200,50` (a point between groups, a decimal comma), and a currency written after it.
  const european = /^([$€£]\s*)?(\d{1,3}(?:\.\d{3})+),(\d+)\s*(?:[$€£]|usd|eur|gbp|chf)?$/i.exec(text) ?? /^([$€£]\s*)?(\d{1,3}(?:\.\d{3}){2,})()\s*(?:[$€£]|usd|eur|gbp|chf)?$/i.exec(text);
  if (european) {
    const digits = `${european[2].replace(/\./g, '')}${european[3] ? `.${european[3]}` : ''}`;
    return { written: JSON.stringify(value), why: 'which YAML reads as text: points between the digit groups' + (european[3] ? ' and a decimal comma' : '') + ' are not read in a number.', fix: `write ${Number(digits)}, without quotes, separators or currency.` };
  }
  const grouped = /^([$€£]\s*)?(\d{1,3}(?:([_, '\u00A0\u202F\u2009])\d{3})+)(\.\d+)?\s*((?:[$€£]|usd|eur|gbp|chf))?$/i.exec(text);
  if (grouped) {
    const digits = `${grouped[2].replace(/[_, '\u00A0\u202F\u2009]/g, '')}${grouped[4] ?? ''}`;
    const separator = grouped[3] === '\u00A0' ? 'no-break space (U+00A0)' : grouped[3] === '\u202F' || grouped[3] === '\u2009' ? 'thin space' : `"${grouped[3]}"`;
    return { written: JSON.stringify(value), why: `which YAML reads as text: a number takes no ${separator} between its digits${grouped[1] ? ' and no currency sign' : grouped[5] ? ' and no currency' : ''}.`, fix: grouped[3] === ',' && !grouped[4] && /^\d{1,3},\d{3}$/.test(grouped[2])
      ? `write ${digits} if the comma groups thousands, or ${Number(grouped[2].replace(',', '.'))} if it is a decimal comma, without quotes.`
      : `write ${digits}, without quotes.` };
  }
  // Round 15: `10k`, `1.2M` (a multiplier), `1000+`, a share in a count field, and words for a
  // number not known (`unknown`, `TBD`, `N/A`) got "must be a number" with none given.
  const multiplied = key === 'downtimeMinutes' ? null : /^(\d+(?:\.\d+)?)\s*([kKmM])$/.exec(text);
  if (multiplied) {
    const times = /k/i.test(multiplied[2]) ? 1_000 : 1_000_000;
    return { written: JSON.stringify(value), why: `which YAML reads as text: "${multiplied[2]}" is a multiplier, and the field holds the number in digits.`, fix: `write ${Math.round(Number(multiplied[1]) * times)}, without quotes.` };
  }
  if (/^\d+(?:\.\d+)?\s*%$/.test(text) && key !== 'errorBudgetBurnedPercent' && key !== 'downtimeMinutes' && key !== 'revenueLost') {
    return { written: JSON.stringify(value), why: `a share, where ${key} holds a count.`, fix: `write the count itself (${text} of how many?), or leave the field out and give the share in the body.` };
  }
  if (/^(?:unknown|unclear|tbd|tbc|n\/?a|none|\?+|-|—|null|nil|not known|unavailable)$/i.test(text)) {
    return { written: JSON.stringify(value), why: 'a word for a number that is not known.', fix: `leave ${key} out (delete the line) while it is not known; write the number when it is.` };
  }
  // Round 16: `12,5` (a decimal comma, as most of Europe writes a fraction; three digits after
  // the comma are read above as a thousands separator) and `10'` (a prime for minutes).
  const decimalComma = /^(\d+),(\d{1,2}|\d{4,})$/.exec(text);
  if (decimalComma) {
    return { written: JSON.stringify(value), why: 'which YAML reads as text: a number writes its fraction after a point, not a comma.', fix: `write ${decimalComma[1]}.${decimalComma[2]}, without quotes.` };
  }
  const prime = /^(\d+(?:\.\d+)?)\s*['\u2032\u2019]$/.exec(text);
  if (prime && key === 'downtimeMinutes') {
    return { written: JSON.stringify(value), why: `which YAML reads as text: the mark after ${prime[1]} (a prime, for minutes) is not part of a number; the field's name says it holds minutes.`, fix: `write ${prime[1]}, without quotes or mark.` };
  }
  // Round 63: a multiplier with a unit (`2k users`, `5k USD`) and a rate (`300 req/s`) were "must be a number" with none given.
  const multipliedWithUnit = key === 'downtimeMinutes' ? null : /^[$€£]?\s*(\d+(?:\.\d+)?)\s*([kKmM])\s*(users?|customers?|requests?|reqs?|orders?|errors?|usd|eur|gbp|chf|[$€£])$/i.exec(text);
  if (multipliedWithUnit) {
    const times = /k/i.test(multipliedWithUnit[2]) ? 1_000 : 1_000_000;
    return { written: JSON.stringify(value), why: `which YAML reads as text: "${multipliedWithUnit[2]}" is a multiplier, and the field holds the number alone, in digits, its unit in its name (${key}).`, fix: `write ${Math.round(Number(multipliedWithUnit[1]) * times)}, without quotes, multiplier or unit.` };
  }
  const rate = key === 'downtimeMinutes' ? null : /^(\d+(?:\.\d+)?)\s*(?:req(?:uest)?s?|errors?|users?|orders?)?\s*(?:\/|per\s+|a\s+)\s*(?:s|sec|second|m|min|minute|h|hr|hour)$|^(\d+(?:\.\d+)?)\s*(?:rps|qps)$/i.exec(text);
  if (rate) {
    return { written: JSON.stringify(value), why: `a rate (${text}), where ${key} holds a count over the whole incident.`, fix: `write the count: the rate times how long it lasted (${rate[1] ?? rate[2]} a second for 10 minutes is ${Number(rate[1] ?? rate[2]) * 600}, if the rate is a second's), or leave the field out and give the rate in the body.` };
  }
  const withUnit = /^(\d+(?:\.\d+)?)\s*(%|percent|min|mins|minutes?|m|h|hrs?|hours?|users?|requests?|orders?|[$€£]|usd|eur|gbp)$/i.exec(text);
  if (withUnit) {
    const [, number, unit] = withUnit;
    const hours = /^h/i.test(unit) && key === 'downtimeMinutes';
    return {
      written: JSON.stringify(value),
      why: `which YAML reads as text: the field holds the number alone, its unit is in its name (${key}).`,
      fix: hours ? `write ${Number(number) * 60} (${number} h in minutes), without quotes or unit.` : `write ${number}, without quotes or unit.`,
    };
  }
  // Bad input round 13: durations as other tools write them (ISO 8601 `PT1H10M`, a clock `1:10`,
  // `1h10m`), an estimate `~10`, a range `10-15` and a Unicode minus were "must be a number.
  // Fix: write a number, without quotes", with no quotes written and no number given.
  if (key === 'downtimeMinutes') {
    // Round 15: days in an ISO duration (`P1DT2H`), `2h30` (minutes after the h without their
    // unit), and seconds (`45s`, `5400 seconds`) were "must be a number" with no number given.
    const iso = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text);
    const clock = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
    const spelled = /^(?:(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)\s*(?:(\d+(?:\.\d+)?)\s*(?:m(?:in(?:utes?|s)?)?)?)?$/i.exec(text);
    const secondsOnly = /^(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)$/i.exec(text);
    const [days, hours, minutes, seconds] = iso && text.length > 2 && !/T$/i.test(text) ? [iso[1], iso[2], iso[3], iso[4]] : clock ? [undefined, clock[1], clock[2], clock[3]] : spelled ? [undefined, spelled[1], spelled[2], undefined] : secondsOnly ? [undefined, undefined, undefined, secondsOnly[1]] : [];
    if (days !== undefined || hours !== undefined || minutes !== undefined || seconds !== undefined) {
      const total = Math.round((Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0) + Number(seconds ?? 0) / 60) * 100) / 100;
      const how = iso ? 'an ISO 8601 duration' : clock ? 'a duration as hours:minutes' : secondsOnly ? 'a duration in seconds' : 'a duration in hours and minutes';
      return { written: JSON.stringify(value), why: `which YAML reads as text: ${how}, where the field holds the minutes as a number.`, fix: `write ${total} (${text} in minutes), without quotes.` };
    }
    // Round 59: in another language's words (`45 минут`, `1 Stunde 23 Minuten`, `1時間23分`), "must be a number" alone.
    const inOtherWords = minutesOfDurationInWords(text);
    if (inOtherWords !== undefined) {
      return { written: JSON.stringify(value), why: 'which YAML reads as text: a duration with its words for hours and minutes, where the field holds the minutes as a number.', fix: `write ${inOtherWords} (${text} in minutes), without quotes or words.` };
    }
  }
  // `two hours`, `ninety minutes`, `half an hour` (round 15): numbers in words.
  const inWords = key === 'downtimeMinutes' ? /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|half an?)\s+(hours?|minutes?|mins?)$/i.exec(text) : null;
  if (key === 'downtimeMinutes' && /^(?:an?|one) hour and a half$|^one and a half hours$/i.test(text)) {
    return { written: JSON.stringify(value), why: 'which YAML reads as text: a number in words, where the field holds the minutes in digits.', fix: `write 90 (${text} in minutes), without quotes.` };
  }
  if (inWords) {
    const numbers: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90, 'half a': 0.5, 'half an': 0.5 };
    const minutes = numbers[inWords[1].toLowerCase()] * (/^h/i.test(inWords[2]) ? 60 : 1);
    return { written: JSON.stringify(value), why: 'which YAML reads as text: a number in words, where the field holds the minutes in digits.', fix: `write ${minutes} (${text} in minutes), without quotes.` };
  }
  // Round 17: `about 2,000`, `around 500`, `over 1,200` (words of estimate, digits grouped) got "write a number".
  const estimate = /^(?:~|≈|ca\.?\s*|(?:about|around|roughly|approximately|nearly|almost|over|under|up to|more than|less than|fewer than)\s+|approx\.?\s*|<|>|<=|>=)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\+?$|^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*\+$/i.exec(text);
  if (estimate) return { written: JSON.stringify(value), why: 'which YAML reads as text: the field holds a number alone, without a sign of estimate.', fix: `write ${(estimate[1] ?? estimate[2]).replace(/,/g, '')}, without quotes; say in the body that it is an estimate.` };
  const range = /^(\d+(?:\.\d+)?)\s*(?:-|–|to|\.\.)\s*(\d+(?:\.\d+)?)$/i.exec(text);
  if (range) return { written: JSON.stringify(value), why: 'which YAML reads as text: a range, where the field holds one number.', fix: `write one number, without quotes (${range[2]}, the upper bound, unless one was measured); give the range in the body.` };
  const unicodeMinus = /^[\u2212\u2012-\u2014](\d+(?:\.\d+)?)$/.exec(text);
  if (unicodeMinus) return { written: JSON.stringify(value), why: `which YAML reads as text: its first character is U+${text.charCodeAt(0).toString(16).toUpperCase()}, a dash or minus sign of a word processor, not the hyphen-minus of a number.`, fix: `write ${unicodeMinus[1]} (a count is not negative), without quotes.` };
  return undefined;
}

/**
 * Numbers as other locales and tools write them that were "must be a number. Fix: write a number" with none given (bad
 * input round 62): digits of another script (`٣٠٠٠`, `３０００`), India's grouping (`1,20,000`), a share with a decimal
 * comma (`12,5 %`), days in a duration (`1d 2h`, `1 day`), and ranges with a share's sign, words or money
 * (`10-20%`, `between 1000 and 2000`, `$5k-$10k`).
 */
function numberOfOtherLocale(text: string, key: string): { why: string; fix: string } | undefined {
  const ascii = text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= 0xff10 ? 0xff10 : code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660));
  });
  if (ascii !== text && /^\d+(?:[.,]\d+)?$/.test(ascii)) {
    return { why: 'which YAML reads as text: its digits are of another script (or full-width), and a number is written in the digits 0-9.', fix: `write ${ascii.replace(',', '.')}, without quotes.` };
  }
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(text)) {
    return { why: 'which YAML reads as text: commas group its digits as India writes them (lakh, crore), and a number takes none.', fix: `write ${text.replace(/,/g, '')}, without quotes or commas.` };
  }
  const commaShare = /^(\d+),(\d+)\s*%$/.exec(text);
  if (commaShare && key === 'errorBudgetBurnedPercent') {
    return { why: 'which YAML reads as text: a number writes its fraction after a point, not a comma, and the field holds the percent without its sign.', fix: `write ${commaShare[1]}.${commaShare[2]}, without quotes or %.` };
  }
  if (key === 'downtimeMinutes') {
    const days = /^(\d+(?:\.\d+)?)\s*d(?:ays?)?\.?(?:,?\s*(\d+(?:\.\d+)?)\s*h(?:ours?|rs?)?)?(?:,?\s*(\d+)\s*m(?:in(?:utes?|s)?)?)?$/i.exec(text);
    if (days) {
      const total = Math.round((Number(days[1]) * 1440 + Number(days[2] ?? 0) * 60 + Number(days[3] ?? 0)) * 100) / 100;
      return { why: 'which YAML reads as text: a duration in days, where the field holds the minutes as a number.', fix: `write ${total} (${text} in minutes), without quotes.` };
    }
  }
  const range = /^(?:between\s+)?([$€£]?)\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*(%?)\s*(?:-|–|—|to|and)\s*[$€£]?\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*(%?)$/i.exec(text);
  if (range && (range[4] || range[7] || range[1] || range[3] || range[6] || /^between\s/i.test(text))) {
    const share = Boolean(range[4] || range[7]);
    const upper = Number(range[5]) * (/k/i.test(range[6]) ? 1_000 : /m/i.test(range[6]) ? 1_000_000 : 1);
    if (share && key !== 'errorBudgetBurnedPercent') {
      return { why: `which YAML reads as text: a range of shares, where ${key} holds one count.`, fix: `write the count itself (${text} of how many?), one number, or leave the field out and give the range in the body.` };
    }
    return { why: 'which YAML reads as text: a range, where the field holds one number.', fix: `write one number, without quotes${share ? ' or %' : range[1] ? ' or currency' : ''} (${upper}, the upper bound, unless one was measured); give the range in the body.` };
  }
  return undefined;
}

/**
 * The true or false a value of another type means, and why it is not one (bad input round 37):
 * `nearMiss: no`, `personalData: off`, `Yes`, `y` are YAML 1.1's words for a boolean, which YAML
 * 1.2 (the version read here) reads as text; `"false"` is text by its quotes; 0 and 1 are numbers.
 * "must be true or false, write true or false" left the author to guess which was meant.
 */
function booleanMeant(value: unknown): { value: boolean; why: string } | undefined {
  if (value === 0 || value === 1) return { value: value === 1, why: 'a number' };
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (word === 'true' || word === 'false') return { value: word === 'true', why: 'text, by its quotes' };
  const yaml11 = ({ yes: true, y: true, on: true, no: false, n: false, off: false } as Record<string, boolean>)[word];
  return yaml11 === undefined ? undefined : { value: yaml11, why: `a word older YAML (1.1) read as ${yaml11}, and YAML 1.2, read here, reads as text` };
}

/** What a value of each type is called in a message. */
const typeNames: Record<string, string> = { array: 'a list', int: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', object: 'a set of keys' };

/** How to write a value of each type in YAML, for a value of the wrong type. */
const typeFixes: Record<string, string> = {
  boolean: 'write true or false, without quotes.',
  array: 'write a list: [a, b] on the same line, or one "- item" per line below the key.',
  string: 'write the text itself; put it in double quotes when it is a number, a date, yes/no, or starts with [, {, @, *, & or #.',
  number: 'write a number, without quotes.',
  object: 'write its keys on the lines below, indented under this one.',
};

/** The vocabulary-bearing fields of frontmatter that failed the schema, where they are well-typed. */
function lenientView(data: unknown): Postmortem {
  const raw = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const items = Array.isArray(raw.actionItems) ? raw.actionItems : [];
  return {
    services: strings(raw.services),
    teams: strings(raw.teams),
    tags: strings(raw.tags),
    trigger: typeof raw.trigger === 'string' ? raw.trigger : '',
    actionItems: items.map((item) => ({ owner: typeof item?.owner === 'string' ? item.owner : '' })),
  } as unknown as Postmortem;
}

/**
 * The action items' ids and titles as written, for the body's checks when the schema refused the
 * fields; undefined when the YAML did not parse or `actionItems` is not a list (the items unknown,
 * so no mention or follow-up can be told tracked or not).
 */
function actionItemsAsWritten(frontmatter: ParsedFrontmatter | undefined): { id: string; title: string; link?: string }[] | undefined {
  if (!frontmatter || frontmatter.errors.length) return undefined;
  const raw = frontmatter.data as Record<string, unknown> | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  if (raw.actionItems === undefined || raw.actionItems === null) return [];
  if (!Array.isArray(raw.actionItems)) return undefined;
  return raw.actionItems.map((item) => ({
    id: typeof item?.id === 'string' ? item.id : String(item?.id ?? ''),
    title: typeof item?.title === 'string' ? item.title : '',
    link: typeof item?.link === 'string' ? item.link : undefined,
  }));
}

interface BodySyntaxError {
  line: number;
  column: number;
  reason: string;
  /** An expression or comment never closed: where its `{` opens, in the body as it was parsed then. */
  braceOpensAt?: { line: number; column: number };
}

/**
 * The parser stops at the first error. To report every error of a file in one run, the line of
 * each error is blanked (keeping line numbers) and the body parsed again, until it parses or an
 * error does not move (an unclosed tag reported at the end, say). The tree is kept only when the
 * body parses as written; the tree of the body with its errors' lines blanked is `partial`.
 */
function parseBodyReportingEveryError(body: string, isMdx: boolean, limit = 50): { tree?: Root; partial?: Root; errors: BodySyntaxError[]; blanked: number[] } {
  const errors: BodySyntaxError[] = [];
  const blankedLines: number[] = [];
  const lines = body.split('\n');
  for (let attempt = 0; attempt < limit; attempt++) {
    try {
      const tree = parseBodyText(lines.join('\n'), isMdx);
      return errors.length ? { partial: tree, errors, blanked: blankedLines } : { tree, errors, blanked: blankedLines };
    } catch (error) {
      const place = (error as { line?: number; column?: number; place?: any });
      const line = place.line ?? place.place?.line ?? place.place?.start?.line ?? 1;
      const column = place.column ?? place.place?.column ?? place.place?.start?.column ?? 1;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
      if (errors.some((e) => e.line === line && e.column === column)) break;
      // The parser reports an expression never closed at the end of the body: its `{` is looked
      // for in the body as parsed now (earlier errors' lines blanked), and its line is the one
      // blanked, so that the parse goes on to the errors after it.
      const braceOpensAt = /^Unexpected end of file in expression/.test(reason) ? findUnclosedBrace(lines.join('\n')) : undefined;
      errors.push({ line, column, reason, ...(braceOpensAt ? { braceOpensAt } : {}) });
      // A tag never closed is reported with no place (the body's first line): the line blanked is
      // the one that opens it, "(6:1-6:6)", so that the parse goes on (round 47: it stopped there,
      // and no check of the body ran).
      const tagOpensAt = /^Expected a closing tag for `<[^`]*>` \((\d+):/.exec(reason);
      const blanked = braceOpensAt?.line ?? (tagOpensAt ? Number(tagOpensAt[1]) : line);
      if (blanked - 1 >= lines.length) break;
      lines[blanked - 1] = '';
      blankedLines.push(blanked);
    }
  }
  return { errors, blanked: blankedLines };
}

/**
 * Whether a line of the file is in a block (a run of lines without a blank one) of the body that
 * holds a line blanked to parse past a syntax error: what is left of that block was not read as
 * written. `blanked` are 1-based lines of the body.
 */
function brokenBlocks(body: string, blanked: readonly number[], bodyStartLine: number): (fileLine: number) => boolean {
  const lines = body.split('\n');
  const ranges = blanked.map((line) => {
    let from = line;
    let to = line;
    while (from > 1 && lines[from - 2]?.trim()) from--;
    while (to < lines.length && lines[to]?.trim()) to++;
    return [from + bodyStartLine - 1, to + bodyStartLine - 1] as const;
  });
  return (fileLine) => ranges.some(([from, to]) => fileLine >= from && fileLine <= to);
}

/**
 * A fenced code block that runs to the end of the body because its closing fence is missing
 * (Markdown then shows the rest of the file as code, headings and components included). Only a
 * block at the top level is looked at: one in a list or quote ends with its container.
 */
function findUnclosedCodeFence(tree: Root, body: string): { line: number; column: number; fence: string } | undefined {
  const last = tree.children.at(-1);
  if (last?.type !== 'code' || last.position?.start.offset === undefined || last.position.end.offset === undefined) return undefined;
  const text = body.slice(last.position.start.offset, last.position.end.offset);
  const opening = /^[ \t]*(`{3,}|~{3,})/.exec(text);
  if (!opening || body.slice(last.position.end.offset).trim()) return undefined;
  const lines = text.split(/\r?\n/);
  const closing = lines.length > 1 ? /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lines.at(-1)!) : null;
  if (closing && closing[1][0] === opening[1][0] && closing[1].length >= opening[1].length) return undefined;
  return { line: last.position.start.line, column: last.position.start.column, fence: opening[1] };
}

/**
 * The parser's message with the places it names (`(6:1-6:6)`: the `<div>` that is not closed)
 * counted from the top of the file, as the finding's own line is, instead of from the body.
 */
function placesInFile(reason: string, bodyStartLine: number): string {
  const line = (value: string) => Number(value) + bodyStartLine - 1;
  return reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_all, l1: string, c1: string, l2?: string, c2?: string) =>
    `(line ${line(l1)}:${c1}${l2 ? `-${line(l2)}:${c2}` : ''})`);
}

/**
 * Everything that can be checked from one file and the vocabularies: frontmatter syntax, the
 * schema, ordering rules, vocabulary values, `related` ids, and MDX syntax.
 */
/** The longest body read, in bytes: seven times the longest report of the corpora (72 KB). */
export const maxBodyBytes = 512 * 1024;

export function validatePostmortemSource(
  file: string,
  id: string,
  source: string,
  context: ValidationContext,
): ValidatedPostmortem {
  const findings: Finding[] = [];
  const split = splitFrontmatter(source);
  const result: ValidatedPostmortem = { file, id, source, bodyStartLine: split.bodyStartLine, bodyOffset: source.length - split.body.length, findings };
  const add = (
    frontmatter: ParsedFrontmatter | undefined,
    path: PropertyKey[],
    rule: string,
    message: string,
    fix?: string,
  ) => {
    const position = frontmatter ? frontmatter.positionOf(path) : { line: 1, column: 1 };
    findings.push({
      file,
      ...position,
      rule,
      severity: 'error',
      message,
      fix,
      field: path.length ? formatFieldPath(path) : undefined,
    });
  };

  /** The line and column of the character at `index` of the source, for a finding placed there. */
  const positionAt = (index: number) => {
    const before = source.slice(0, index).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };

  // A Git LFS pointer is text with no frontmatter: it was "the file has no frontmatter block".
  if (isGitLfsPointer(source)) {
    findings.push({ file, line: 1, column: 1, rule: 'file/lfs-pointer', severity: 'error', ...describeGitLfsPointer(source) });
    return result;
  }
  // One scan for the characters every character check below looks for: most files hold none, and
  // skip them all (session 41, src/lib/unusual-characters.ts).
  const unusual = mayHoldUnusualCharacter(source);
  // Bytes that are not UTF-8 text (decoded as U+FFFD), a UTF-16 file (NULs between the letters),
  // or control characters: published as they are, garbled, unless refused here.
  const unreadable = unusual ? /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F\u007F]/.exec(source) : null;
  if (unreadable) {
    // A program or an image saved as .mdx holds many NULs, as UTF-16 text does: said as what it is.
    const kind = binaryKindOfText(source);
    const utf16 = kind === 'UTF-16 text' || kind === 'UTF-32 text';
    findings.push({
      file, ...positionAt(unreadable.index), rule: 'file/encoding', severity: 'error',
      message: utf16 ? `the file is ${kind}, not UTF-8.`
        : kind ? `the file is not text but ${kind}: it is no postmortem, and would be published as garbled characters.`
        : unreadable[0] === '\uFFFD' && context.replacementCharacterWritten ? 'the file holds U+FFFD (\uFFFD), the mark a converter writes where it could not read a character: the character meant was lost before this file was saved, and every page would show \uFFFD.'
        : unreadable[0] === '\uFFFD' && context.nonUtf8Bytes ? describeNonUtf8Bytes(context.nonUtf8Bytes).message
        : unreadable[0] === '\uFFFD' ? 'the file has bytes that are not UTF-8 text (shown as \uFFFD); they would be published garbled.'
        : `the file has the control character U+${unreadable[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which no reader can see; it would be published as it is.`,
      fix: utf16 ? 'save it as UTF-8 (your editor\'s "Save with encoding").'
        : kind ? 'put the postmortem itself there, as UTF-8 text, or move this file out of the postmortems folder (a picture goes in media/ and is shown with ![…](./media/…)).'
        : unreadable[0] === '\uFFFD' && context.replacementCharacterWritten ? 'write the character meant there (the original report has it); converting again from the original, as UTF-8, keeps every such character.'
        : unreadable[0] === '\uFFFD' && context.nonUtf8Bytes ? describeNonUtf8Bytes(context.nonUtf8Bytes).fix
        : 'retype the text there, or save the file as UTF-8.',
    });
    return result;
  }
  // A merge left unresolved: the YAML errors it gave named no conflict, and a .md body published it.
  const conflict = findMergeConflict(source);
  if (conflict) {
    findings.push({
      file, line: conflict.startLine, column: 1, rule: 'file/merge-conflict', severity: 'error',
      message: `${describeMergeConflict(conflict)}, which would be published as they are${conflict.startLine < split.bodyStartLine ? ' (in the frontmatter they are no YAML)' : ''}.`,
      fix: 'keep the side you mean (or combine the two), delete the three marker lines, and check again.',
    });
    return result;
  }
  const leftover = findLeftoverConflictMarker(source);
  if (leftover) {
    const { message, fix } = describeLeftoverConflictMarker(leftover);
    findings.push({
      file, line: leftover.line, column: 1, rule: 'file/merge-conflict', severity: 'error',
      message: `${message}: it would be published as it is${leftover.line < split.bodyStartLine ? ' (in the frontmatter it is no YAML)' : ''}.`,
      fix,
    });
    return result;
  }
  // Round 39b: `=======` alone under a line is also how Markdown writes a heading, so it is said
  // with both readings (an error when the line above ends as a sentence does, or is blank).
  const separator = findLoneConflictSeparator(split.body);
  if (separator) {
    const line = separator.line + split.bodyStartLine - 1;
    const above = separator.above?.slice(0, 60);
    findings.push({
      file, line, column: 1, rule: 'file/merge-conflict', severity: separator.prose ? 'error' : 'warning',
      message: above === undefined
        ? `line ${line}, \`=======\` alone, is git's separator between the two sides of a merge conflict, left when the conflict was settled by hand: the page would show it as a line of seven = signs.`
        : `line ${line}, \`=======\` alone under "${above}", is either git's separator between the two sides of a merge conflict, left when the conflict was settled by hand, or a Markdown underline: the page shows "${above}" as a level-1 heading${separator.prose ? ', and that line ends as a sentence does, not as a heading' : ''}.`,
      fix: `if it is left from a merge, delete the line and check that the lines around it hold the side you mean${above === undefined ? '' : `; if it is a heading, write it as "## ${above}" (a postmortem's page has its title as its only level-1 heading)`}.`,
    });
  }
  // Round 39: a C1 control (U+0080-U+009F) is what a Windows-1252 file read as Latin-1 holds in
  // place of its quotes, dashes and ellipsis; no reader sees it (U+0085 in the body ended a
  // heading's line for one parser and not the other: "the body holds no account"). A form feed in
  // the frontmatter (an old editor's page break) was a YAML error naming neither.
  const frontmatterLength = unusual && split.present ? source.split('\n').slice(0, split.bodyStartLine - 1).join('\n').length : 0;
  const c1 = /[\u0080-\u009F]/g;
  let latin1Control: RegExpExecArray | null = null;
  // U+0085 in the frontmatter is said below, as the line break YAML reads it as.
  while (unusual && (latin1Control = c1.exec(source)) && latin1Control[0] === '\u0085' && latin1Control.index < frontmatterLength);
  const formFeed = source.slice(0, frontmatterLength).indexOf('\f');
  // "â\u0080\u0099" is UTF-8's ’ read as Latin-1: the garbled run is said below, with ’.
  const garbledRun = latin1Control ? findMojibake(source) : undefined;
  const inGarbledRun = !!garbledRun && !!latin1Control && latin1Control.index >= garbledRun.index && latin1Control.index < garbledRun.index + garbledRun.written.length;
  if (latin1Control && !inGarbledRun && (formFeed < 0 || latin1Control.index < formFeed)) {
    const code = latin1Control[0].charCodeAt(0);
    const meant = new TextDecoder('windows-1252').decode(Uint8Array.of(code));
    const lost = meant !== latin1Control[0];
    findings.push({
      file, ...positionAt(latin1Control.index), rule: 'file/encoding', severity: 'error',
      message: `the file has the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}, which no reader sees${lost ? `: it is what Windows-1252's ${meant} (the byte 0x${code.toString(16).toUpperCase()}) becomes when a file is read as Latin-1 (ISO-8859-1), so ${meant} was lost in a conversion` : ''}.`,
      fix: lost ? `write ${meant} there, and look for others: convert the original again from Windows-1252 (iconv -f WINDOWS-1252 -t UTF-8), not from Latin-1.` : 'delete it (retype the text around it).',
    });
    return result;
  }
  if (formFeed >= 0) {
    findings.push({
      file, ...positionAt(formFeed), rule: 'file/encoding', severity: 'error',
      message: 'the frontmatter has a form feed (U+000C, the page break of older editors), which YAML reads as part of the line around it, not as the blank line it shows as.',
      fix: 'delete it: a blank line, or nothing, goes there.',
    });
    return result;
  }
  // A carriage return alone ends a line for the YAML and Markdown readers but not for the line
  // numbers (nor for some editors): a frontmatter saved so read as other fields than it shows,
  // with an error about "nested mappings" at a line that is not the one.
  const loneReturn = unusual ? /\r(?!\n)/.exec(source) : null;
  if (loneReturn) {
    findings.push({
      file, ...positionAt(loneReturn.index), rule: 'file/encoding', severity: 'error',
      message: 'a line ends with a carriage return alone (U+000D, the line ending of classic Mac OS), which some readers take as a line break and others do not: the fields and lines would be read otherwise than your editor shows them.',
      fix: 'save the file with LF line endings (or CRLF), e.g. your editor\'s "line endings: LF".',
    });
    return result;
  }

  // Invisible characters that change what a reader sees or what a value is: a right-to-left
  // override reverses the text after it on the page (the source reads otherwise), and a zero-width
  // space in a frontmatter value makes "checkout\u200b-api" another id or name than the one it looks like.
  const invisible = unusual ? findInvisibleCharacter(source, split.present ? split.bodyStartLine : 0) : undefined;
  if (invisible) {
    findings.push({
      file, ...positionAt(invisible.index), rule: 'file/encoding', severity: 'error',
      message: invisible.message,
      fix: invisible.fix,
    });
  }

  // Round 40: the same characters in the body, published as written (src/lib/invisible-in-body.ts).
  if (!invisible && split.present && unusual) {
    for (const hidden of findInvisibleInBody(split.body)) {
      findings.push({ file, line: hidden.line + split.bodyStartLine - 1, column: hidden.column, rule: 'file/encoding', severity: hidden.where === 'link' ? 'error' : 'warning', ...describeInvisibleInBody(hidden) });
    }
  }

  // "Ã©" for "é": UTF-8 read as Windows-1252 and saved again, valid UTF-8 that every page showed garbled.
  const garbled = invisible || !unusual ? undefined : findMojibake(source);
  if (garbled) {
    findings.push({
      file, ...positionAt(garbled.index), rule: 'file/encoding', severity: 'error',
      message: `the file holds "${garbled.written}", which is "${garbled.meant}" garbled: its UTF-8 bytes were once read as Windows-1252 (or Latin-1) and saved again, so every page would show "${garbled.written}".`,
      fix: `write "${garbled.meant}" there, and look for others (a converter's "fix text encoding", or iconv -f UTF-8 -t WINDOWS-1252 on the converted file, undoes it throughout).`,
    });
  }

  // A byte-order mark at the start of a line of the body (round 15): what `cat a.md b.md` leaves
  // where the second file began, invisible, and a sign that two files were joined.
  const joinedMark = invisible || !split.present || !unusual ? undefined : /(?:^|\n)\uFEFF/.exec(split.body);
  if (joinedMark) {
    findings.push({
      file, ...positionAt(source.length - split.body.length + joinedMark.index + (joinedMark[0].length - 1)), rule: 'file/encoding', severity: 'error',
      message: 'a line of the body begins with a byte-order mark (U+FEFF), the invisible mark a file starts with: another file was joined to this one here (cat a.md b.md, or a paste of a whole file).',
      fix: 'delete the invisible character at the start of the line (retype the line), and check that the text after it belongs to this postmortem.',
    });
  }

  // A private-use character (an icon of a terminal font pasted with a prompt, Apple's logo U+F8FF)
  // or a noncharacter (U+FFFE: a byte-order mark read the wrong way round) means nothing outside
  // the program it came from: every reader saw an empty box or another font's symbol (bad input
  // round 14; none of the corpora's Markdown files holds one).
  const meaningless = invisible || garbled || !unusual ? undefined : findMeaninglessCharacter(source);
  if (meaningless) {
    findings.push({
      file, ...positionAt(meaningless.index), rule: 'file/encoding', severity: 'error',
      message: meaningless.message,
      fix: 'replace it with the character or the words meant (an icon pasted from a terminal prompt can go), or delete it.',
    });
  }

  // A folder's notes (README.md, CONTRIBUTING.md) saved among the postmortems were two errors,
  // "rename the file to readme.md" and "no frontmatter": the fix renamed it and kept it a broken
  // postmortem (bad input round 14). Said once, as the notes they are.
  if (/^(?:readme|contributing|changelog|license|licence|notes|todo|index|summary)$/i.test(id) && !/^\uFEFF?---[ \t]*\r?\n/.test(source)) {
    add(undefined, [], 'corpus/not-read', `${file} reads as a folder's notes, not a postmortem, and every .md and .mdx file of the postmortems folder is read as a postmortem (this one has no frontmatter), so the check and the build stop on it.`,
      `move it out of the postmortems folder (to the content folder beside it, or docs/), or rename it _${file.split(/[\\/]/).pop()}: a file whose name starts with _ is not read.`);
    return result;
  }

  // Round 46: a template kept among the postmortems (`template.md`, `postmortem-template.mdx`): its
  // placeholders were said one by one (`SEV-?` as "did you mean SEV-0?"), not that it is a template.
  // Round 54: not a name led by its day (`2025-07-08-email-template-outage`), as npm run new names a
  // postmortem and as no template of the corpora's 40 is named: an incident about templates was refused by its name.
  if (/^(?:[a-z0-9]+[-_])*template(?:[-_][a-z0-9]+)*$/i.test(id) && !/^\d{4}-\d{2}-\d{2}[-_]/.test(id)) {
    const name = file.split(/[\\/]/).pop()!;
    add(undefined, [], 'corpus/not-read', `${file} is named as a template, not a postmortem, but every .md and .mdx file of the postmortems folder is read as a postmortem: its placeholders would be checked, or published, as an incident's facts.`,
      `rename it _${name}: a file whose name starts with _ is not read (npm run new writes a postmortem from templates/ in any case).`);
    return result;
  }

  // A page bundle, `2025-07-08-checkout-errors/index.mdx` as Hugo and Astro's own pages take one:
  // published as the postmortem "index", its folder's name read by no one (bad input round 39).
  if (/^index$/i.test(id)) {
    const folder = file.split(/[\\/]/).at(-2) ?? '';
    const named = folder !== 'postmortems' && /^[a-z0-9][a-z0-9-]*$/.test(folder) ? folder : undefined;
    const extension = /\.md$/i.test(file) ? '.md' : '.mdx';
    add(undefined, [], 'file/name', `${file} is read as the postmortem "index" (its address /postmortems/index/): a postmortem's id is its file name${named ? `, not the name of its folder, "${named}", as in Hugo's or Astro's page bundles` : ''}.`,
      named ? `move it beside the folder as ${named}${extension} (git mv ${named}/index${extension} ${named}${extension}), and the images it shows to media/${named}/, with their paths in it written ./media/${named}/….`
        : `rename it to the day and what broke, e.g. 2025-03-14-orders-migration-lock${extension}.`);
  }

  // The fix names the file to rename to ("2025-07-08-cafe-outage.mdx" for "2025-07-08-Café-Outage.mdx"),
  // not an example of another incident's name.
  // Round 42: a name as a URL or a Notion export keeps it (`checkout%20config`, `Title 1a2b…`, 32
  // hex digits of Notion's page id) was renamed `checkout-20config` and kept the hex; a name in
  // another script (`2025-07-08-сбой`) was renamed to its day alone.
  const fileNameWords = id.replace(/(?:\.(?:mdx?|markdown))+$/i, '');
  const nameWords = withoutNotionPageId(decodedUriComponent(fileNameWords) ?? fileNameWords);
  const renamedId = idFromText(nameWords);
  const extension = /\.md$/i.test(file) ? '.md' : '.mdx';
  const wordsLost = renamedId !== undefined && /^[\d-]*$/.test(renamedId) && /[^\P{L}a-zA-Z]/u.test(nameWords);
  const renameFix = wordsLost
    ? `rename the file to ${renamedId ? `${renamedId.replace(/-$/, '')}-` : ''}<what broke, in Latin letters, e.g. checkout-outage>${extension} (lowercase letters a-z, digits and hyphens: the id is the page's address).`
    : renamedId
    ? `rename the file to ${renamedId}${extension} (lowercase letters, digits and hyphens; npm run import names imported files this way).`
    : 'rename the file to lowercase letters, digits and hyphens, e.g. 2025-03-14-orders-migration-lock.mdx.';
  // `x (Alice's conflicted copy 2025-07-10).mdx`, `x.sync-conflict-….mdx`, `x (1).mdx`: a sync
  // tool's copy of another postmortem, whose fix was to rename it into a second postmortem (round 14).
  const syncCopyOf = /^(.+?)(?: \([^)]*conflicted copy[^)]*\)| \(\d+\)| copy(?: \d+)?|\.sync-conflict-[\w-]+| - Copy(?: \(\d+\))?)$/i.exec(id)?.[1];
  // `x_BACKUP_12345.mdx`, `x_BASE_…`, `x_LOCAL_…`, `x_REMOTE_…` (older git: `x.mdx.LOCAL.12345.mdx`):
  // the sides git mergetool writes beside the file, left when the tool was stopped; the fix was to
  // rename each into a postmortem of its own, "capital letters" (bad input round 39).
  const mergetoolSide = /^(.+?)(?:_(BACKUP|BASE|LOCAL|REMOTE)_\d+|\.mdx?\.(BACKUP|BASE|LOCAL|REMOTE)\.\d+)$/.exec(id);
  if (mergetoolSide && context.knownIds.has(mergetoolSide[1])) {
    const [, of, side = mergetoolSide[3]] = mergetoolSide;
    add(undefined, [], 'file/name', `file name "${id}" is the ${side} side of "${of}" that git mergetool writes during a merge and deletes after it (this one was left when the tool was stopped): read as a postmortem, it would be the same incident published twice.`,
      `check that ${of}${extension} holds the merge you mean, then delete this file (git config mergetool.keepBackup false stops the BACKUP copies).`);
  } else if (syncCopyOf && context.knownIds.has(syncCopyOf)) {
    add(undefined, [], 'file/name', `file name "${id}" is a copy of the postmortem "${syncCopyOf}" that a sync tool or a file manager made (two edits at once, or a copy and paste): renamed, it would be the same incident published twice.`,
      `compare it with ${syncCopyOf}${extension}, keep what differs there, and delete this copy.`);
  } else if (/\s/.test(id)) {
    // Round 36: a line break or a tab in the name (a paste into a file dialog) was "has spaces".
    const blank = /[\r\n]/.test(id) ? 'a line break' : /\t/.test(id) ? 'a tab' : / /.test(id) ? 'spaces' : 'a blank character';
    add(undefined, [], 'file/name', `file name "${id.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}" has ${blank}; the file name is the postmortem's id and URL.`, renameFix);
  } else if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    const others = [...new Set([...id].filter((c) => !/[a-zA-Z0-9-]/.test(c)))]
      .map((c) => (/[\p{L}\p{N}\p{S}\p{P}]/u.test(c) ? c : codePointName(c)));
    const why = /[A-Z]/.test(id) ? 'capital letters' : others.length ? `characters other than a-z, 0-9 and hyphens (${others.join(' ')})` : 'a hyphen first';
    add(undefined, [], 'file/name', `file name "${id}" is not a valid postmortem id: it has ${why}, and the file name is the postmortem's id and URL.`, renameFix);
  } else if (/^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(id)) {
    // `nul.mdx` is a device name on Windows, whatever its extension: git cannot check the file
    // out there, and a clone of the knowledge base fails on every Windows machine.
    add(undefined, [], 'file/name', `file name "${id}" is a device name on Windows (${id.toUpperCase()}, whatever the extension): git cannot check the file out there, so the knowledge base could not be cloned on a Windows machine.`,
      `rename the file to the day and what broke, e.g. 2025-03-14-${id}-outage${extension}.`);
  } else if (id.length > maxIdLength) {
    // Round 16: a name of 236 characters passed; Windows refuses paths over 260 characters unless
    // long paths are turned on, so git could not check it out there, and every address carried it.
    const day = /^\d{4}-\d{2}-\d{2}-/.exec(id)?.[0] ?? '';
    add(undefined, [], 'file/name', `file name ${quotedSnippet(id, 40)} is ${id.length} characters; a postmortem's id is at most ${maxIdLength} (npm run new and import write at most ${day.length + slugMaxLength}): git cannot check out a path over 260 characters on Windows, and every page address and link carries it.`,
      `rename the file to the day and what broke in a few words, e.g. ${day}${slugFromTitle(id.slice(day.length))}${extension}.`);
  }

  // A frontmatter of megabytes (a timeline of 50,000 entries) is refused from its length, as a
  // body past maxBodyBytes is: no parser reads it (bad input round 21).
  // Values nested thousands deep are said as such by the parsing below, however long their text.
  const oversize = split.present ? oversizeFrontmatter(split.yaml, split.yamlStartLine) : undefined;
  if (oversize && tooDeepYamlOffset(split.yaml) === undefined) {
    findings.push({ file, line: split.yamlStartLine - 1, column: 1, rule: 'frontmatter/too-large', severity: 'error', ...oversize });
    return result;
  }
  let parsedFrontmatter: ParsedFrontmatter | undefined;
  let lineBreakHint: ReturnType<typeof foreignLineBreak>;
  if (!split.present && /^\uFEFF?---[ \t]*\r?\n/.test(source)) {
    // Opened but never closed: the YAML would otherwise be read as the body and published as text.
    const hint = unclosedFrontmatterHint(source);
    if (hint) findings.push({ file, line: hint.line, column: 1, rule: 'frontmatter/unclosed', severity: 'error', message: hint.message, fix: hint.fix });
    else add(undefined, [], 'frontmatter/unclosed', 'the frontmatter opened by the `---` on line 1 is never closed: there is no line with only `---` after it.',
      'add a line with only `---` after the last field, before the body (a `---` with text after it on the same line does not close it).');
  } else if (!split.present) {
    // An empty file, and a `---` after blank lines (which no reader takes for frontmatter: its
    // fields would be the body), are said as what they are.
    const leadingBlank = /^(?:[ \t]*\r?\n)+(?=---[ \t]*\r?\n)/.exec(source.replace(/^\uFEFF/, ''));
    if (!source.replace(/^\uFEFF/, '').trim()) {
      add(undefined, [], 'frontmatter/missing', 'the file is empty.',
        'write the postmortem in it (`npm run new` writes a complete one), or delete the file.');
    } else if (/^[\uFEFF\u200B\u200C\u200D\u2060\u00A0]+---[ \t]*\r?\n/.test(source.replace(/^\uFEFF/, ''))) {
      // A second byte-order mark (two editors each adding one) or a zero-width space before the
      // `---` was "the file has no frontmatter block", with the block right there on line 1.
      const hidden = source.replace(/^\uFEFF/, '').codePointAt(0)!;
      add(undefined, [], 'frontmatter/missing', `line 1 holds the invisible character U+${hidden.toString(16).toUpperCase().padStart(4, '0')}${hidden === 0xfeff ? ' (a second byte-order mark)' : ''} before its \`---\`: frontmatter opens with a line of exactly \`---\`, so these fields would be shown as text.`,
        'delete line 1 and type `---` again (the character cannot be seen, so retyping the line removes it), or save the file as UTF-8 without a byte-order mark.');
    } else if (leadingBlank) {
      const lines = leadingBlank[0].split('\n').length - 1;
      add(undefined, [], 'frontmatter/missing', `the frontmatter's \`---\` is on line ${lines + 1}, after ${lines === 1 ? 'a blank line' : `${lines} blank lines`}: it is only read on line 1, so its fields would be shown as text.`,
        `delete the blank ${lines === 1 ? 'line' : 'lines'} before the first \`---\`.`);
    } else if (/^(?:-{4,}|\+{3}|;{3})[ \t]*\r?$/.test(source.replace(/^\uFEFF/, '').split('\n')[0])) {
      // `----` (a dash too many) or TOML's `+++` was "the file has no frontmatter block", with a
      // block of fields right there: said as what it is. So is `;;;` (round 15), which opens JSON
      // frontmatter in some site generators (Metalsmith, Zola's older themes).
      const first = source.replace(/^\uFEFF/, '').split('\n')[0].trim();
      add(undefined, [], 'frontmatter/missing', first.startsWith(';')
        ? 'line 1 is `;;;`, which opens JSON frontmatter in some site generators: only frontmatter between two `---` lines is read, so these fields would be shown as text.'
        : first.startsWith('+')
        ? 'line 1 is `+++`, which opens TOML frontmatter: only YAML frontmatter, between two `---` lines, is read, so these fields would be shown as text.'
        : `line 1 is \`${first}\` (${first.length} dashes): frontmatter opens with a line of exactly three, \`---\`, so these fields would be shown as text.`,
      first.startsWith(';')
        ? 'make line 1, and the line that closes the fields, exactly `---` (the fields may stay as JSON between them: YAML reads JSON).'
        : first.startsWith('+')
        ? 'write the fields as YAML (`title: ...`, not `title = "..."`) between two lines of `---`; `npm run new` writes a complete block.'
        : 'make line 1, and the line that closes the fields, exactly `---`.');
    } else {
      // Read once: the hint scans the whole file (bad input round 14 found it scanned twice).
      const hint = missingFrontmatterHint(source);
      if (hint) findings.push({ file, line: hint.line, column: 1, rule: 'frontmatter/missing', severity: 'error', message: hint.message, fix: hint.fix });
      else add(undefined, [], 'frontmatter/missing', 'the file has no frontmatter block.',
        'start the file with a `---` fenced YAML block; `npm run new` writes a complete one.');
    }
  } else if ((lineBreakHint = foreignLineBreak(split.yaml, split.yamlStartLine))) {
    // U+2028 between two fields was "the value "SEV-2 status: published" holds ": "", about a line
    // the author sees as two.
    findings.push({ file, line: lineBreakHint.line, column: 1, rule: 'file/encoding', severity: 'error', message: lineBreakHint.message, fix: lineBreakHint.fix });
  } else {
    const frontmatter = parseFrontmatter(split);
    parsedFrontmatter = frontmatter;
    // A `---` among the fields (a YAML document marker, or two blocks joined) closed the
    // frontmatter there: the fields after it were the body, and the error was "required field
    // status is missing", about a field the author could see (bad input round 13).
    // Round 53: or any key, when its lines run straight into another `---` (`related: []`, `---`,
    // `authors: [ana]`, `---`: a second YAML document), said as the empty section "## authors: [ana]".
    const fieldsInBody = /^(?:[ \t]*\r?\n)*((?:title|summary|severity|status|visibility|services|teams|tags|trigger|times|impact|drafted|published|timeline|actionItems|related):)(?:[ \t]|\r?\n)/.exec(split.body)
      ?? /^(?:[ \t]*\r?\n)*([A-Za-z_][\w-]*:)(?:[ \t][^\n]*)?\n(?:(?:[A-Za-z_][\w-]*:(?:[ \t][^\n]*)?|[ \t]+\S[^\n]*|-[ \t][^\n]*)\n)*---[ \t]*\r?(?:\n|$)/.exec(split.body);
    if (fieldsInBody && !frontmatter.errors.length) {
      const closing = split.bodyStartLine - 1;
      const firstField = closing + (/^(?:[ \t]*\r?\n)*/.exec(split.body)![0].match(/\n/g) ?? []).length;
      findings.push({ file, line: closing, column: 1, rule: 'frontmatter/yaml', severity: 'error',
        message: `the \`---\` on line ${closing} closes the frontmatter, but fields follow it (\`${fieldsInBody[1]}\` on line ${firstField + 1}): they would be read as the body and shown as text, and the frontmatter would lack them.`,
        fix: `delete line ${closing} if the fields after it belong to this postmortem (the frontmatter then ends at the next \`---\`), or move them above it.` });
    }
    // One line's mistake said in words, instead of the parser's errors it sets off (round 14).
    // Only a mistake at (or just after) the parser's first error line is its cause: one further
    // down would hide the error above it behind a message about another line.
    const firstErrorLine = Math.min(...frontmatter.errors.map((error) => error.position.line));
    const lineMistakeFound = frontmatter.errors.some((error) => !error.fix || error.lineMistakeFirst) ? findFrontmatterLineMistake(split.yaml, split.yamlStartLine) : undefined;
    const lineMistake = lineMistakeFound && lineMistakeFound.line <= firstErrorLine + 1 ? lineMistakeFound : undefined;
    if (lineMistake) {
      findings.push({ file, line: lineMistake.line, column: 1, rule: 'frontmatter/yaml', severity: 'error', message: lineMistake.message, fix: lineMistake.fix });
    }
    for (const error of lineMistake ? [] : frontmatter.errors) {
      findings.push({ file, ...error.position, rule: 'frontmatter/yaml', severity: 'error',
        message: `frontmatter is not valid YAML: ${error.message}`,
        fix: error.fix ?? 'check indentation, colons and quoting on this line (quote values that contain ": " or start with @, *, & or #).' });
    }
    // An escape in double quotes ("\u0007", "\0", "\u202E", "\uD800") puts in a value (or a key)
    // what the raw-text checks above cannot see. A raw invisible character is said once, above.
    // A value holds one only from the text as written (`unusual` above) or from an escape, which
    // starts with a backslash: without either, the values are not walked (session 41).
    const found = frontmatter.errors.length || invisible || (!unusual && !split.yaml.includes('\\')) ? undefined : findHiddenCharacterInData(frontmatter.data);
    if (found) {
      const { path, hidden } = found;
      add(frontmatter, path, 'file/encoding',
        hidden.kind === 'control'
          ? `${formatFieldPath(path) || 'the frontmatter'} holds the control character ${hidden.code} (written as an escape in quotes), which no reader can see; it would be published as it is.`
          : `${formatFieldPath(path.map((part) => (typeof part === 'string' ? escapeHiddenCharacters(part) : part))) || 'the frontmatter'} holds, written as an escape in quotes (${escapeOf(hidden)}), ${hidden.description}.`,
        hidden.kind === 'control' ? 'remove the escape (\\u0007, \\0, \\a and the like) from the quoted text.'
          : hidden.kind === 'lone-surrogate' ? `write the character itself, or both halves of its pair (\\uD83D\\uDD25 is 🔥); remove ${escapeOf(hidden)} if it is a slip.`
          : `remove ${escapeOf(hidden)} from the quoted text${hidden.kind === 'bidi' ? '; text in a right-to-left language needs no such character' : ''}.`);
      // The field's name as written, with the escape: a key holding U+202E reversed the line it was printed on.
      const said = findings.at(-1);
      if (said?.field) said.field = escapeHiddenCharacters(said.field);
    }
    // `0x10` is read as 16 and `1e400` as infinity: said as written, at the value.
    const notations = frontmatter.errors.length ? [] : findNumberNotationProblems(split.yaml, split.yamlStartLine);
    // `.123456789Z` was kept as `.123Z` without a word (bad input round 21): a warning, since the
    // instant kept is the one written to the millisecond.
    for (const instant of frontmatter.errors.length ? [] : findSubMillisecondInstants(frontmatter.data)) {
      const field = formatFieldPath(instant.path);
      findings.push({ file, ...frontmatter.positionOf(instant.path), rule: 'schema/sub-millisecond', severity: 'warning', field, ...describeSubMillisecond(field, instant) });
    }
    for (const problem of notations) {
      findings.push({ file, line: problem.line, column: problem.column, rule: 'schema/invalid', severity: 'error', message: problem.message, fix: problem.fix, field: formatFieldPath(problem.path) });
    }
    // `summary: A push (ticket #4521) lowered a limit.`: YAML read "A push (ticket" (round 16).
    for (const cut of frontmatter.errors.length ? [] : findValuesCutByComment(split.yaml, split.yamlStartLine)) {
      findings.push({ file, line: cut.line, column: cut.column, rule: 'frontmatter/yaml', severity: 'error', ...describeValueCutByComment(cut) });
    }
    // `summary: &amp; checkout failed`: YAML read "checkout failed", & and all dropped (round 48).
    for (const cut of frontmatter.errors.length ? [] : findValuesCutByAnchor(split.yaml, split.yamlStartLine)) {
      findings.push({ file, line: cut.line, column: cut.column, rule: 'frontmatter/yaml', severity: 'error', ...describeValueCutByAnchor(cut) });
    }
    const saidAsWritten = new Set(notations.map((problem) => formatFieldPath(problem.path)));
    if (!frontmatter.errors.length) {
      // Every file is read with the draft schema (review facts optional); missing review facts are
      // then warnings on a draft and errors from in-review on.
      const parsed = draftPostmortemObjectSchema.safeParse(frontmatter.data ?? {});
      if (!parsed.success) {
        // A misspelled key also makes its field "missing": report the misspelling only.
        const renamed = new Set(
          parsed.error.issues.flatMap((issue) => {
            if (issue.code !== 'unrecognized_keys') return [];
            const known = Object.keys((schemaAt(issue.path as PropertyKey[]) as any)?.def?.shape ?? {});
            // The key a hint names too (`description:` in a timeline entry is its event): "required
            // field timeline[1].event is missing" beside it was a second error for one word (round 38).
            return issue.keys.map((key) => formatFieldPath([...(issue.path as PropertyKey[]), nestedKeyHint(issue.path as PropertyKey[], key, known)?.meant ?? findClosestMatch(key, known) ?? key]));
          }),
        );
        // zod 4 runs a text field's length check on a list too (`source: []` was "must be text"
        // and "is an empty list"): one mistake, one error, the type's (bad input round 38).
        const wrongType = new Set(parsed.error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => formatFieldPath(issue.path as PropertyKey[])));
        for (const issue of parsed.error.issues) {
          if (issue.code !== 'invalid_type' && wrongType.has(formatFieldPath(issue.path as PropertyKey[]))) continue;
          // A key holding a hidden character is said above, once, with the character named.
          if (found && issue.code === 'unrecognized_keys' && issue.keys.every((key) => findHiddenCharacter(key))) continue;
          if (issue.code !== 'unrecognized_keys' && renamed.has(formatFieldPath(issue.path as PropertyKey[]))) continue;
          // 1e400 is said as written above, not as the ".inf" YAML read.
          if (saidAsWritten.has(formatFieldPath(issue.path as PropertyKey[]))) continue;
          const described = describeSchemaIssue(issue, frontmatter.data);
          // `title: #Checkout errors` is YAML's comment after an empty value: "nothing is written
          // after title:" named no cause, with the text right there on the line.
          const comment = described.message.includes('nothing is written after') ? commentedOutValue(split, frontmatter.positionOf(described.path).line) : undefined;
          if (comment) {
            const key = String(described.path.at(-1));
            add(frontmatter, described.path, described.rule,
              `${formatFieldPath(described.path)} is empty: the "#" after \`${key}:\` starts a YAML comment, so ${JSON.stringify(comment)} is not read as its value.`,
              `put the value in quotes, ${key}: ${JSON.stringify(comment)}, if the "#" is part of it; if it is a note, write the value before it, or delete the line where the field is optional.`);
            continue;
          }
          // `tags: [1e3]`, `owner: true`, `trigger: 0x10`: "is 1000, but must be text" named a value
          // nobody wrote. Said as written, with what YAML read and the quotes that keep it text.
          const readValue = valueAt(frontmatter.data, issue.path as PropertyKey[]);
          const written = issue.code === 'invalid_type' && issue.expected === 'string' && isReadAsNonText(readValue) ? frontmatter.writtenAt?.(issue.path as PropertyKey[]) : undefined;
          if (written) {
            const reading = textReadAsOtherValue(formatFieldPath(issue.path as PropertyKey[]), written, readValue, typeof issue.path.at(-1) === 'number');
            add(frontmatter, described.path, described.rule, reading.message, reading.fix);
            continue;
          }
          // Round 59: a title written only as the body's first `# ` heading (as Hugo, Jekyll and wiki pages keep it) got
          // "required field title is missing" alone, the title right there in the body.
          const headingTitle = described.rule === 'schema/required' && formatFieldPath(described.path) === 'title' ? [...linesOutsideFences(split.body)].map(({ line }) => /^# +(\S.*?)[ #]*$/.exec(line)?.[1]).find(Boolean) : undefined;
          if (headingTitle) {
            add(frontmatter, described.path, described.rule, `${described.message} The body has the heading "# ${headingTitle}", which the page shows as a heading under the title: lists, search results and the feed read title alone.`,
              `add title: ${/^[\w ,.()'’-]+$/u.test(headingTitle) ? headingTitle : JSON.stringify(headingTitle)} to the front matter, and delete the heading from the body.`);
            continue;
          }
          add(frontmatter, described.path, described.rule, described.message, described.fix);
        }
        // Still report unknown vocabulary values, so one run shows every problem of the file.
        for (const issue of findVocabularyIssues(lenientView(frontmatter.data), context.vocabulary, context.contentDir)) {
          add(frontmatter, issue.path, 'vocabulary/unknown', issue.message);
        }
      } else {
        const data = parsed.data;
        const isDraft = data.status === 'draft';
        const missing = findMissingReviewFacts(data);
        for (const issue of missing) {
          const position = frontmatter.positionOf(issue.path);
          findings.push({
            file, ...position, rule: isDraft ? 'draft/fill-before-review' : 'schema/required',
            severity: isDraft ? 'warning' : 'error',
            message: isDraft ? `fill before review: ${issue.message}` : `status is ${data.status}, but ${issue.message}`,
            fix: isDraft ? undefined : 'fill it in, or set status: draft while the report is being completed.',
            field: formatFieldPath(issue.path),
          });
        }
        // `teams: []` is what `npm run new` and `npm run draft` write when no team is known: an
        // unfilled list, published as a report no team answered for (the team pages and the
        // recurrence by team left it out). Leaving the key out still says "no team recorded".
        const rawTeams = (frontmatter.data as { teams?: unknown } | undefined)?.teams;
        if (Array.isArray(rawTeams) && rawTeams.length === 0) {
          findings.push({
            file, ...frontmatter.positionOf(['teams']), rule: isDraft ? 'draft/fill-before-review' : 'schema/required', severity: isDraft ? 'warning' : 'error',
            message: isDraft ? 'fill before review: teams is an empty list: name the team or teams that responded.' : `status is ${data.status}, but teams is an empty list ([]): name the team or teams that responded.`,
            fix: 'list their ids from teams.yaml, e.g. teams: [checkout]; if no team is recorded (an old report), delete the line.',
            field: 'teams',
          });
        }
        // A person in `reviewers` (the schema's "no personal names"): `npm run review` matches the
        // list against team handles and roles, and a name stays in the record after its holder leaves.
        const members = new Map([...context.vocabulary.teams].map(([teamId, team]) => [teamId, team.members ?? []] as const));
        for (const person of findReviewerPeople(data.reviewers, members, context.lint?.people)) {
          findings.push({
            file, ...frontmatter.positionOf(['reviewers', person.index]), rule: 'schema/reviewer-person',
            severity: person.knownAs && !isDraft ? 'error' : 'warning',
            message: `reviewers[${person.index}] is ${JSON.stringify(person.reviewer)}, ${person.knownAs ? `a person (${person.knownAs})` : 'which reads as a person\'s name'}: reviewers lists the roles and team handles that reviewed the postmortem, not people (npm run review matches it against the owning teams' handles and CODEOWNERS, and the record outlives who held the role).`,
            fix: `write the team's handle (e.g. "@acme/checkout") or the role they reviewed as (e.g. "SRE reviewer", "security engineering lead")${person.knownAs ? '' : '; if it is a role, not a person, write it in lower case ("incident review board")'}.`,
            field: `reviewers.${person.index}`,
          });
        }
        // `commander` is a role ("IC: payments on-call"), as the schema says; a person's name there
        // passed without a word (bad input round 24), though the same name in reviewers was warned.
        for (const person of data.commander === undefined ? [] : findReviewerPeople([data.commander], members, context.lint?.people)) {
          findings.push({
            file, ...frontmatter.positionOf(['commander']), rule: 'schema/commander-person',
            severity: person.knownAs && !isDraft ? 'error' : 'warning',
            message: `commander is ${JSON.stringify(person.reviewer)}, ${person.knownAs ? `a person (${person.knownAs})` : 'which reads as a person\'s name'}: commander records the role that led the response, not who held it (the report is blameless, and outlives who held the role).`,
            fix: `write the role, e.g. commander: "IC: payments on-call"${person.knownAs ? '' : '; if it is a role, not a person, write it in lower case'}.`,
            field: 'commander',
          });
        }
        // Round 62: a share between 0 and 1 in a field in percent (error-budget-fraction.ts).
        const budgetFraction = errorBudgetFractionWarning(data.impact?.errorBudgetBurnedPercent);
        if (budgetFraction) {
          findings.push({ file, ...frontmatter.positionOf(['impact', 'errorBudgetBurnedPercent']), rule: 'schema/percent-as-fraction', severity: 'warning', ...budgetFraction, field: 'impact.errorBudgetBurnedPercent' });
        }
        // Round 62: two action items linking one ticket (action-item-shared-links.ts).
        for (const shared of findSharedActionItemLinks(data.actionItems ?? [])) {
          const [item, first] = [data.actionItems[shared.index], data.actionItems[shared.first]];
          findings.push({
            file, ...frontmatter.positionOf(['actionItems', shared.index, 'link']), rule: 'action-item/shared-link', severity: 'warning',
            message: `action item ${item.id} links the same ticket as ${first.id} (actionItems[${shared.first}].link, ${first.link}): the follow-up tracker reads each item's status apart, so when the ticket is closed for one, the other is tracked by a ticket that is not its own.`,
            fix: `link ${item.id}'s own ticket; if one ticket holds both, make them one action item, or link the ticket from one and say in the other's verification that it is done with ${first.id}.`,
            field: `actionItems[${shared.index}].link`,
          });
        }
        // A draft (or a postmortem in review) with a publication day: it is not published, and the
        // day would stand when the status changes, though the review may end weeks later.
        if (data.status !== 'published' && data.published) {
          findings.push({
            file, ...frontmatter.positionOf(['published']), rule: 'schema/consistency', severity: 'warning',
            message: `status is ${data.status}, but published is ${data.published}: a ${data.status === 'draft' ? 'draft' : 'postmortem in review'} is not published (no site shows it), and the day would stay when the status becomes published, whenever the review ends.`,
            fix: 'delete the published line and write the day the review ends, with status: published; if it was published that day, set status: published.',
            field: 'published',
          });
        }
        for (const issue of findOverlongTexts(data)) {
          // An imported draft may carry a report's whole first paragraph as its summary: the
          // author shortens it before review, as they fill in the rest.
          findings.push({
            file, ...frontmatter.positionOf(issue.path), rule: 'schema/too-long', severity: isDraft ? 'warning' : 'error',
            message: issue.message,
            fix: issue.path.at(-1) === 'verification'
              ? 'shorten it to how completion is checked, in a sentence or two; link a ticket or document for the rest.'
              : issue.path[0] === 'actionItems'
              ? 'shorten it to what will be done, in one line; put the details in verification or the body.'
              : issue.path[0] === 'timeline'
              ? 'shorten it to what happened at that moment, in a sentence or two; put logs and detail in the body (or a linked file).'
              : issue.path[0] === 'impact'
              ? 'shorten it to who and what was affected, in 2-3 sentences; the rest belongs in the body.'
              : issue.path.at(-1) === 'title'
              ? 'shorten it to what broke and where, in one line; put the details in the summary and the body.'
              : 'shorten it to 2-3 sentences (what happened, the impact, what fixed it); the rest belongs in the body.',
            field: formatFieldPath(issue.path),
          });
        }
        // A title written as a YAML block (`title: |`) keeps its line breaks: the feed, the JSON
        // and the search results showed "Checkout errors\nafter a config push\n".
        for (const path of [['title'], ['public', 'title']] as const) {
          const text = path.length === 1 ? data.title : data.public?.title;
          // U+2028, U+2029 and U+0085 (a paste from a word processor, or "\u2028" in quotes) break
          // the line in the feed and search results as a newline does, and passed.
          if (typeof text !== 'string') continue;
          // A tab (a paste from a spreadsheet, or "\t" in quotes) passed: every page showed it as
          // one space, the feed and the JSON kept it, and a search for the title as shown missed it.
          const tab = text.trim().indexOf('\t');
          if (tab >= 0 && !/[\r\n\u2028\u2029\u0085]/.test(text.trim())) {
            findings.push({
              file, ...frontmatter.positionOf([...path]), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${formatFieldPath([...path])} holds a tab after "${text.trim().slice(0, tab).slice(-40)}": every page shows it as a space, but the feed, the JSON and searches keep the tab, so the title is not the one shown.`,
              fix: `write a space instead of the tab: ${JSON.stringify(text.trim().replace(/\t+/g, ' '))}.`,
              field: formatFieldPath([...path]),
            });
            continue;
          }
          const titleProblem = findTitleProblem(text);
          if (titleProblem) {
            findings.push({
              file, ...frontmatter.positionOf([...path]), rule: titleProblem.kind === 'placeholder' ? 'schema/invalid' : 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${formatFieldPath([...path])} ${titleProblem.message}`,
              fix: titleProblem.fix.replace('title: ', `${formatFieldPath([...path])}: `),
              field: formatFieldPath([...path]),
            });
            continue;
          }
          const markdown = findMarkdownInTitle(text);
          if (markdown) {
            findings.push({
              file, ...frontmatter.positionOf([...path]), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${formatFieldPath([...path])} holds the Markdown ${markdown.markup.trim()}, which every page, the feed and search results show as typed: a title is plain text.`,
              fix: `write it without the marks: ${JSON.stringify(markdown.plain.trim())} (emphasis and links belong in the body).`,
              field: formatFieldPath([...path]),
            });
            continue;
          }
          if (!/[\r\n\u2028\u2029\u0085]/.test(text.trim())) continue;
          findings.push({
            file, ...frontmatter.positionOf([...path]), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
            // A carriage return alone ("\r" in quotes) was "spans 1 lines": counted as a break too.
            message: `${formatFieldPath([...path])} spans ${text.trim().split(/\r\n|[\r\n\u2028\u2029\u0085]/).length} lines${/[\u2028\u2029\u0085]/.test(text) ? ` (it holds the line separator U+${/[\u2028\u2029\u0085]/.exec(text)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which no editor shows)` : ''}; a title is one line on every page, in the feed and in search results.`,
            fix: 'write it on one line after the colon (no | or > block), and put the rest in the summary.',
            field: formatFieldPath([...path]),
          });
        }
        // Round 51: an action item's title written as a Markdown link (`title: "[Validate pool sizes](https://…/issues/12)"`,
        // as an item of a list is moved) passed, and every page showed the brackets and the address:
        // titles are plain text, and the address has its field, link.
        for (const [index, item] of (Array.isArray(data.actionItems) ? data.actionItems : []).entries()) {
          const title = typeof item?.title === 'string' ? item.title : '';
          const linked = /!?\[([^\]]+)\]\(\s*<?(https?:\/\/[^)\s>]+)>?\s*\)/.exec(title);
          if (!linked) continue;
          const path = ['actionItems', index, 'title'];
          const plain = title.replace(linked[0], linked[1]).replace(/\s+/g, ' ').trim();
          findings.push({
            file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
            message: `${formatFieldPath(path)} holds the Markdown link ${linked[0]}, which every page shows as typed, brackets and address: an action item's title is plain text.`,
            fix: `write ${JSON.stringify(plain)} as the title${item.link ? '' : ` and the address as its link: link: ${linked[2]}`}.`,
            field: formatFieldPath(path),
          });
        }
        for (const { path, markup } of findMarkupInPlainText(data)) {
          const field = formatFieldPath(path);
          findings.push(isVariantTag(markup)
            ? {
              file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${field} holds ${markup}, but <Internal> and <PublicOnly> work in the body only: a frontmatter field is plain text, so every page (the public site's too, the feed and search) shows the tag as typed and the text inside it.`,
              fix: `write ${field} without the tags, in words every reader of the page may see; say the internal detail in the body, inside <Internal> … </Internal>.`,
              field,
            }
            : isDataAddress(markup) ? {
              file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${field} holds a data: address (${markup.slice(0, 40)}${markup.length > 40 ? '…' : ''}), whose encoded bytes every page (the public site's too, the feed and search) shows as typed: no reader can read them, and they may carry words no reviewer sees.`,
              fix: `remove the data: address from ${field}; say in words what it holds, or show the image or file in the body.`,
              field,
            }
            : isComment(markup) ? {
              file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${field} holds the comment ${markup}, which hides nothing in a frontmatter field: it is plain text, so every page (the public site's too, the feed and search) shows the comment and the note inside it.`,
              fix: `remove the comment from ${field}; say the internal detail in the body, inside <Internal> … </Internal>.`,
              field,
            }
            : {
              file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${field} holds the HTML ${markup.startsWith('&') ? 'entity' : 'tag'} ${markup}, which every page shows as typed: this field is plain text.`,
              fix: markup.startsWith('&') ? 'write the character itself (&, <, ", an apostrophe or a dash).' : 'remove the tag and keep its text; emphasis, links and code belong in the body.',
              field,
            });
        }
        for (const { path, open, close, inner } of findTypographicallyQuotedTexts(data)) {
          const field = formatFieldPath(path);
          findings.push({
            file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
            message: `${field} is wrapped in quotes (${open}…${close}), which every page and the feed would show: typographic quotes (an editor's smart quotes) are text to YAML, not the quotes around a value.`,
            fix: typeof path.at(-1) === 'number' ? `write the entry without them: - ${JSON.stringify(inner)}.` : `write it without them: ${String(path.at(-1))}: ${JSON.stringify(inner)}.`,
            field,
          });
        }
        // Round 45: an action item's title that kept the box of the task list it was copied from
        // (`"[ ] Validate pool sizes"`) was shown, box and all, on the page, the follow-ups list and the CSV.
        data.actionItems.forEach((item, index) => {
          const box = /^\s*(?:[-*+]\s+)?\[([ xX✓✔]?)\]\s+(\S.*)$/u.exec(item.title);
          if (!box) return;
          const path = ['actionItems', index, 'title'];
          const done = box[1].trim() !== '';
          findings.push({
            file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
            message: `${formatFieldPath(path)} begins with the box of a task list ([${box[1]}]), which every page, the follow-ups list and the trackers' CSV show as typed: whether it is done is its status (${item.status} here).`,
            fix: `write title: ${JSON.stringify(box[2])}${done && item.status !== 'done' ? ', and status: done if the box was ticked because it is' : ''}.`,
            field: formatFieldPath(path),
          });
        });
        // Round 42: a link written in Markdown in a summary (`A [config push](https://…) lowered …`)
        // passed: every card, lead, feed item and search result showed the brackets and the address.
        for (const path of [['summary'], ['public', 'summary']] as const) {
          const text = path.length === 1 ? data.summary : data.public?.summary;
          // Round 43: a summary written as a list (`summary: |` over `- …` lines) passed, shown as
          // one paragraph, its dashes inside it.
          const items = typeof text === 'string' && text.includes('\n') ? [...text.matchAll(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.+)$/gm)].map((m) => m[1].trim()) : [];
          if (items.length > 1) {
            const sentences = items.map((item) => (/[.!?]$/.test(item) ? item : `${item}.`)).join(' ');
            findings.push({
              file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
              message: `${formatFieldPath(path)} is a Markdown list of ${items.length} items, which every card, the feed and search results show as one paragraph, the list marks inside it: a summary is plain text.`,
              fix: `write it as sentences: ${quotedSnippet(sentences, 160)} (a list belongs in the body).`,
              field: formatFieldPath(path),
            });
            continue;
          }
          const link = typeof text === 'string' && text.includes('](') ? markdownLinkInText(text) : undefined;
          if (!link) continue;
          findings.push({
            file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: isDraft ? 'warning' : 'error',
            message: `${formatFieldPath(path)} holds the Markdown ${link.markup}, which every page, the feed and search results show as typed: a summary is plain text.`,
            fix: `write it without the marks: ${quotedSnippet(link.plain, 120)} (links belong in the body).`,
            field: formatFieldPath(path),
          });
        }
        // Round 33: text a spreadsheet runs as a formula went as written into the evidence pack's
        // and the trackers' CSV files (src/lib/spreadsheet-formula.ts). An error at every status.
        for (const { path, text } of findSpreadsheetFormulas(data)) {
          const field = formatFieldPath(path);
          findings.push({
            file, ...frontmatter.positionOf(path), rule: 'schema/plain-text', severity: 'error',
            message: `${field} starts ${quotedSnippet(text.trim(), 60)}, which a spreadsheet runs as a formula: the evidence pack's CSV files and the trackers' CSV exports carry it as written, so opening one would run it (a link that sends the sheet's cells away, or a command).`,
            fix: `start ${field} with a word that says what follows (e.g. "The formula …"), or put the formula in the body, in a code span.`,
            field,
          });
        }
        // Lint rules and the site read complete postmortems only.
        if (!missing.length) result.data = data as Postmortem;
        for (const issue of findCrossFieldIssues(data)) {
          // 0x10 is not the 16 it was read as: compared with the impact window it would be a second error.
          if (saidAsWritten.has(formatFieldPath(issue.path))) continue;
          add(frontmatter, issue.path, 'schema/consistency', issue.message);
        }
        for (const issue of findVocabularyIssues(data, context.vocabulary, context.contentDir)) {
          add(frontmatter, issue.path, 'vocabulary/unknown', issue.message);
        }
        for (const issue of findRelatedIssues(data, id, context.knownIds)) add(frontmatter, issue.path, 'corpus/related', issue.message);
        if (findings.some((f) => f.severity === 'error')) result.data = undefined;
        else result.entryData = data;
      }
    }
  }

  const isMdx = file.endsWith('.mdx');
  // Lists or quotes nested thousands of levels deep take remark minutes to parse, and their tree
  // overflows the stack of every walk over it: refused from the text, in every validation (the
  // build's included), before any parser reads the body. Nothing else reads it either: with no
  // `data`, the redaction guard and the commands built on validation leave the file alone.
  const deep = findDeepNesting(split.body, isMdx);
  if (deep) {
    const firstLine = deep.firstLineOver + split.bodyStartLine - 1;
    const deepestLine = deep.line + split.bodyStartLine - 1;
    findings.push({
      file,
      line: firstLine,
      column: 1,
      rule: 'body/nesting-depth',
      severity: 'error',
      message: `lists or block quotes nested ${deep.depth} levels deep${deepestLine === firstLine ? '' : ` (the deepest at line ${deepestLine})`}; at most ${maxNestingDepth} levels are allowed.`,
      fix: `flatten them from this line on: at most ${maxNestingDepth} lists and quotes inside one another (postmortems use a few); deeper nesting takes the Markdown parsers minutes.`,
    });
    result.data = undefined;
    result.entryData = undefined;
    return result;
  }
  // An object nested 3,000 deep in an attribute took the check 25 s ("Could not parse expression
  // with acorn") and crashed the build (a segmentation fault); elements 10,000 deep overflowed the
  // stack. Refused from the text, like the lists above.
  const deepJsx = isMdx ? findDeepJsxNesting(split.body) : undefined;
  if (deepJsx) {
    const firstLine = deepJsx.firstLineOver + split.bodyStartLine - 1;
    findings.push({
      file, line: firstLine, column: deepJsx.firstColumnOver, rule: 'body/nesting-depth', severity: 'error',
      message: `JSX elements and expression brackets ({, [, ( inside {…}) nested ${deepJsx.depth.toLocaleString('en-US')} levels deep (the deepest at line ${deepJsx.line + split.bodyStartLine - 1}); at most ${maxJsxNestingDepth} levels are allowed.`,
      fix: `flatten them from here on: at most ${maxJsxNestingDepth} elements and brackets inside one another (real postmortems use under 10); deeper nesting takes the MDX parsers minutes or crashes the build. If it is data to show, put it in a fenced code block (\`\`\` before and after).`,
    });
    result.data = undefined;
    result.entryData = undefined;
    return result;
  }
  // 20,000 `*` around a word took npm run check 236 s (the parsers' emphasis and link resolution
  // is quadratic in a run of markers): refused from the text, like the nesting above.
  const run = findLongMarkerRun(split.body);
  if (run) {
    findings.push({
      file, line: run.line + split.bodyStartLine - 1, column: run.column, rule: 'body/marker-run', severity: 'error',
      message: `a run of ${run.length.toLocaleString('en-US')} emphasis or link markers (*, _ or [) without a word between them; at most ${maxMarkerRun} are read: the Markdown parsers take minutes on longer runs (20,000 took 4 minutes).`,
      fix: 'delete the run (a paste gone wrong?), or put it in a fenced code block (``` before and after) if it is data to show as it is.',
    });
    result.data = undefined;
    result.entryData = undefined;
    return result;
  }
  // A body of megabytes (a pasted log, a table of 500 columns and 1,000 rows) took the Markdown
  // parsers 38 s and 3.4 GB for 1.9 MB, in the check and again in the build. The longest report of
  // the 1,325 in the corpora is 72 KB: refused from its length, before any parser reads it.
  const bodyBytes = Buffer.byteLength(split.body);
  if (bodyBytes > maxBodyBytes) {
    findings.push({
      file, line: split.bodyStartLine, column: 1, rule: 'body/too-large', severity: 'error',
      message: `the body is ${(bodyBytes / 1024).toFixed(0)} KiB; at most ${maxBodyBytes / 1024} KiB is read (the longest real postmortems are under 100 KiB, and the Markdown parsers take minutes and gigabytes on bodies of megabytes).`,
      fix: 'keep the account and the key excerpts; move long logs, tables and data to a linked file or ticket, or split the report.',
    });
    result.data = undefined;
    result.entryData = undefined;
    return result;
  }
  // Checked from the text in every validation, the build's included: Astro would stop on it
  // with an error that names no line of the postmortem.
  const images = readBodyImages(split.body);
  findings.push(...findMissingImages(file, images, split.bodyStartLine, undefined, undefined, context.contentDir));
  // Round 61: a pasted image without an alternative text (`![](graph.png)`, `![image.png](…)`, an <img> without alt).
  for (const { line, column, message, fix } of findImagesWithoutAltText(images)) {
    findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/image-alt', severity: 'warning', message, fix });
  }
  // A published page of an empty body (or headings only) shows the facts and no account. A draft
  // is written as it goes, and a historical record may be only its facts: neither is concerned.
  const facts = result.data ?? result.entryData;
  if (facts && facts.status !== 'draft' && !facts.historical && isBodyWithoutAccount(split.body)) {
    findings.push({
      file, line: split.bodyStartLine, column: 1, rule: 'body/empty', severity: 'error',
      message: `status is ${facts.status}, but the body holds no account: it is ${/\S/.test(split.body) ? (/^ {0,3}\|/m.test(split.body) ? 'only headings and tables with empty cells (or rules and comments)' : 'only headings (or rules and comments)') : 'empty'}, so the page would show the title and the facts and nothing of what happened, why, or what was done.`,
      fix: 'write the account under the headings (what happened, the impact, the causes, what was done), or set status: draft until it is written.',
    });
  }
  // Round 63: a body that is a link to a shared document and nothing else (`See https://docs.google.com/…`) was
  // published as an account: the page showed the facts, and the account stayed where the site cannot keep or search it.
  const linkedAccount = facts && facts.status !== 'draft' && !facts.historical ? onlyLinkOfBody(split.body) : undefined;
  if (linkedAccount) {
    findings.push({
      file, line: split.bodyStartLine, column: 1, rule: 'body/only-a-link', severity: 'error',
      message: `status is ${facts!.status}, but the body is only a link to another document (${linkedAccount}): the page would show the title and the facts and no account, which this site would neither keep nor search${facts!.visibility === 'public' ? ', and which a reader of the public site cannot open' : ''}.`,
      fix: 'copy the account into the body (what happened, the impact, the causes, what was done) and keep the link under it as its source; or set status: draft until it is copied.',
    });
  }
  // Round 63: a week day written before a date that is another week day (`Wednesday 2025-07-08`, a Tuesday), in a
  // field of text or in the body, was published as written.
  if (facts) {
    const textFields: [PropertyKey[], unknown][] = [[['title'], facts.title], [['summary'], facts.summary], [['public', 'title'], facts.public?.title], [['public', 'summary'], facts.public?.summary], [['impact', 'description'], facts.impact?.description],
      ...(facts.timeline ?? []).map((entry, i) => [['timeline', i, 'event'], entry.event] as [PropertyKey[], unknown])];
    for (const [path, value] of textFields) {
      if (typeof value !== 'string') continue;
      const field = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
      for (const found of findWeekdayContradictions(value)) {
        findings.push({ file, ...(parsedFrontmatter?.positionOf(path) ?? { line: 1, column: 1 }), rule: 'consistency/weekday', severity: 'error', field, ...describeWeekdayContradiction(found, field) });
      }
    }
    for (const { line, column, mistake } of mistakesOutsideCode(split.body, (text) => findWeekdayContradictions(text).map((found) => ({ index: found.index, ...describeWeekdayContradiction(found, 'the body') })))) {
      findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'consistency/weekday', severity: 'error', message: mistake.message, fix: mistake.fix });
    }
  }
  // A public post whose every line of account is inside <Internal>: the public page showed the
  // title, the summary and empty headings (check and build passed). Cut as the public build cuts
  // it; a body the cut refuses is reported by the checks that read it.
  if (facts && facts.status !== 'draft' && !facts.historical && facts.visibility === 'public' && isMdx && /<\s*Internal\b/.test(split.body) && !isBodyWithoutAccount(split.body)
    // A line of account no cut can remove: nothing to cut to find out (session 18, docs/performance.md).
    && !hasAccountOutsideComponents(split.body)) {
    let publicBody: string | undefined;
    try {
      publicBody = splitFrontmatter(stripInternalFromSource(source, { isMdx, file })).body;
    } catch {
      publicBody = undefined;
    }
    if (publicBody !== undefined && isBodyWithoutAccount(publicBody)) {
      findings.push({
        file, line: split.bodyStartLine, column: 1, rule: 'body/empty', severity: 'error',
        message: `visibility is public, but every line of the body's account is inside <Internal>: the public page would show the title, the summary and ${/\S/.test(publicBody) ? 'empty headings' : 'no account'}, nothing customers can read of what happened or what was done.`,
        fix: 'write the customer-facing account outside <Internal> (what customers saw, why, what was done), or set visibility: internal if nothing of it is public.',
      });
    }
  }
  // The mirror (bad input round 22): every line of account inside <PublicOnly>, which the internal
  // site renders as nothing, so the internal page (every postmortem has one) showed no account.
  if (facts && facts.status !== 'draft' && !facts.historical && isMdx && /<\s*PublicOnly\b/.test(split.body) && !isBodyWithoutAccount(split.body)
    && !hasAccountOutsideComponents(split.body)) {
    let internalBody: string | undefined;
    try {
      internalBody = splitFrontmatter(stripInternalFromSource(source, { isMdx, file, variant: 'internal' })).body;
    } catch {
      internalBody = undefined;
    }
    if (internalBody !== undefined && isBodyWithoutAccount(internalBody)) {
      findings.push({
        file, line: split.bodyStartLine, column: 1, rule: 'body/empty', severity: 'error',
        message: `every line of the body's account is inside <PublicOnly>, which the internal site does not show: the internal page would show the title, the facts and ${/\S/.test(internalBody) ? 'empty headings' : 'no account'}, nothing of what happened or what was done.`,
        fix: 'write the account outside <PublicOnly> (both sites show it), and keep <PublicOnly> for what only customers read (an apology, a note for them).',
      });
    }
  }
  // `<!-- note` never closed in a .md body: the page showed nothing after it, without a word.
  const unclosedHtml = file.endsWith('.mdx') ? undefined : findUnclosedHtmlBlock(split.body);
  if (unclosedHtml && /\S/.test(split.body.split('\n').slice(unclosedHtml.line).join('\n'))) {
    const { opening, closing } = unclosedHtml;
    findings.push({
      file, line: unclosedHtml.line + split.bodyStartLine - 1, column: unclosedHtml.column, rule: 'body/unclosed-html', severity: 'error',
      message: opening === '<!--'
        ? `the comment opened by <!-- is never closed with -->: Markdown hides everything after it to the end of the file (${unclosedHtml.linesHidden} lines, headings included), so the page would end here.`
        : `the HTML block opened by ${opening} is never closed with ${closing}: Markdown takes everything after it to the end of the file (${unclosedHtml.linesHidden} lines) as raw HTML, so headings, lists and links there would not be rendered${/pre|textarea/.test(opening) ? '' : ', or would not be shown'}.`,
      fix: `add ${closing} where it ends${opening === '<!--' ? ' (on the same line for a one-line note)' : ''}, or delete the ${opening}.`,
    });
  }
  // Raw HTML of a .md body a browser reads otherwise than the source: `<title>` never closed (the rest
  // of the page shown as text), a stray `</div>` (the page's own closed), `<span>` 10,000 deep.
  const rawHtml = file.endsWith('.mdx') || unclosedHtml ? undefined : findRawHtmlProblem(split.body);
  if (rawHtml) {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(rawHtml.tag)![1].toLowerCase();
    const line = rawHtml.line + split.bodyStartLine - 1;
    findings.push(rawHtml.kind === 'raw-text' ? {
      file, line, column: rawHtml.column, rule: 'body/unclosed-html', severity: 'error',
      message: name === 'plaintext'
        ? `${rawHtml.tag} makes a browser show everything after it as text, to the end of the page (its footer and scripts included): nothing closes it.`
        : `${rawHtml.tag} is never closed with </${name}>: a browser reads everything after it as ${name === 'noscript' || name === 'noembed' || name === 'noframes' ? 'hidden text' : 'text'}, to the end of the page (its footer and scripts included), so the page would ${name === 'noscript' || name === 'noembed' || name === 'noframes' ? 'show nothing more' : 'end in raw text'}.`,
      fix: `write the tag as code (\`${rawHtml.tag}\`) or escape it (\\${rawHtml.tag}) if it is text about the tag${name === 'plaintext' ? '' : `; else close it with </${name}>`}.`,
    } : rawHtml.kind === 'stray-closing' ? {
      file, line, column: rawHtml.column, rule: 'body/unclosed-html', severity: 'error',
      message: `${rawHtml.tag} closes an element no tag of the body opened: a browser closes the page's own <${name}> there, and lays out the rest of the page (the rest of the report, the links around it) outside it.`,
      fix: `delete ${rawHtml.tag} (a leftover of an HTML export), or write it as code (\`${rawHtml.tag}\`) if it is text about the tag.`,
    } : {
      file, line, column: rawHtml.column, rule: 'body/nesting-depth', severity: 'error',
      message: `HTML elements nested ${rawHtml.depth!.toLocaleString('en-US')} levels deep (the deepest from line ${line}); at most ${rawHtmlDepthLimit} levels are allowed: a browser stops nesting at 512 and puts the rest beside, so the page would not be what the file says.`,
      fix: 'write the text without the nested elements (real reports nest a few levels); put generated markup in a linked file.',
    });
  }
  // The file pasted twice, or two postmortems in one file: the second frontmatter was published as text.
  const second = split.present ? findSecondFrontmatter(split.body) : undefined;
  if (second) {
    const [from, to] = [second.startLine + split.bodyStartLine - 1, second.endLine + split.bodyStartLine - 1];
    findings.push({
      file, line: from, column: 1, rule: 'body/second-frontmatter', severity: 'error',
      message: `lines ${from}-${to} are a second frontmatter block in the body (\`---\`, fields, \`---\`): the file holds a postmortem pasted twice, or two postmortems. The page would show those fields as text, internal ones included, the last made a heading by the closing \`---\`.`,
      fix: `delete the repeated block (and the body after it, if it repeats this one), or move the second postmortem to a file of its own.`,
    });
  }
  if (context.frontmatterOnly) return result;
  const parsedBody = parseBodyReportingEveryError(split.body, isMdx);
  result.tree = parsedBody.tree;
  // Round 47: a body that did not parse was checked no further, so its links, follow-ups and
  // components were said only once the syntax was fixed, a run later. The checks of the body read
  // the body as parsed with the lines of its syntax errors blanked (what the parser read around
  // them); result.tree, which the build and the pages take, stays unset.
  const bodyTree = parsedBody.tree ?? parsedBody.partial;
  // What the blanked lines leave of their block (a <script>'s import line, a JSON block's keys)
  // reads otherwise than written: findings of the partial tree in those blocks are left out.
  const inBrokenBlock = parsedBody.tree ? () => false : brokenBlocks(split.body, parsedBody.blanked, split.bodyStartLine);
  const bodyLines = parsedBody.errors.length ? split.body.split('\n') : [];
  // Round 54: a section whose first lines do not parse (`## Action items` over `<input type="checkbox"> …`)
  // was also "empty", and the fix (write what goes under it) was wrong: its lines are there, the syntax error says what to mend.
  const sectionHoldsBrokenBlock = (headingLine: number): boolean => {
    for (let at = headingLine - split.bodyStartLine + 1; at < bodyLines.length && !/^ {0,3}#{1,6}(?:[ \t]|$)/.test(bodyLines[at]); at++) {
      if (inBrokenBlock(at + split.bodyStartLine)) return true;
    }
    return false;
  };
  const typographicallyQuotedTags = new Set<string>();
  for (const error of parsedBody.errors) {
    // `<docs.acme.example/x>`, `<@U024BE7LH>`, `<https://x|label>` (round 15): MDX's words
    // ("Unexpected character `x` after self-closing slash") named no link; said as what it is.
    const angle = isMdx ? findAngleBracketMistakes(bodyLines[error.line - 1] ?? '', true)[0] : undefined;
    if (angle) {
      findings.push({ file, line: error.line + split.bodyStartLine - 1, column: angle.index + 1, rule: 'mdx/syntax', severity: 'error', message: `the MDX body does not parse: ${angle.message}`, fix: angle.fix });
      continue;
    }
    // `<Internal reason=“host”>` (round 39): an editor's smart quotes, said as such.
    const quoted = isMdx ? findTypographicAttributeQuote(bodyLines, error.line - 1, error.reason) : undefined;
    if (quoted) {
      findings.push({ file, line: quoted.lineIndex + split.bodyStartLine, column: quoted.column, rule: 'mdx/syntax', severity: 'error', message: `the MDX body does not parse: ${quoted.message}`, fix: quoted.fix });
      if (quoted.tag) typographicallyQuotedTags.add(quoted.tag);
      continue;
    }
    // The closing tag of an element whose opening tag did not parse for its quotes is the same mistake.
    if (isMdx && [...typographicallyQuotedTags].some((tag) => (bodyLines[error.line - 1] ?? '').includes(`</${tag}`))) continue;
    // Round 46: a <script> block's `export const …`, or a sentence beginning with "import".
    const esm = isMdx ? describeEsmMistake(bodyLines, error.line - 1, error.reason) : undefined;
    if (esm) {
      const line = esm.lineIndex + split.bodyStartLine;
      if (!findings.some((f) => f.rule === 'mdx/syntax' && f.line === line && f.column === esm.column)) {
        findings.push({ file, line, column: esm.column, rule: 'mdx/syntax', severity: 'error', message: `the MDX body does not parse: ${esm.message}`, fix: esm.fix });
      }
      continue;
    }
    // `<5 ms`, `{pool: 8}`, `## x {#id}` (round 19): prose MDX reads as code, said as prose.
    const prose = isMdx ? describeStrayClosingTag(bodyLines[error.line - 1] ?? '', error.reason, bodyLines.slice(0, Math.max(0, error.line - 1)), split.bodyStartLine) ?? (insideStyle(split.body, error.line, error.column) ? undefined : describeProseSyntax(bodyLines[error.line - 1] ?? '', error.reason)) : undefined;
    if (prose) {
      findings.push({ file, line: error.line + split.bodyStartLine - 1, column: prose.column, rule: 'mdx/syntax', severity: 'error', message: `the MDX body does not parse: ${prose.message}`, fix: prose.fix });
      continue;
    }
    // `{` on a line of its own and JSON below it (round 21): said at the brace, as a block.
    const block = isMdx && !insideStyle(split.body, error.line, error.column) ? describeBracedBlock(bodyLines, error.line, error.reason) : undefined;
    if (block) {
      // The parser may stop twice in one block: the block is said once.
      const line = block.line + split.bodyStartLine - 1;
      if (!findings.some((f) => f.rule === 'mdx/syntax' && f.line === line && f.column === block.column)) {
        findings.push({ file, line, column: block.column, rule: 'mdx/syntax', severity: 'error', message: `the MDX body does not parse: ${block.message}`, fix: block.fix });
      }
      continue;
    }
    // A tag never closed is reported where the parser gave up (the body's first line or its end):
    // the opening tag it names, "(45:1-45:11)", is where the author has to look.
    // Round 45: `<p><img src="…"></p>` (a README's centred badge) is "Unexpected closing tag </p>,
    // expected corresponding closing tag for <img>": the <img> left open, said as such.
    const voidInside = /^Unexpected closing tag `<\/[^`]*>`, expected corresponding closing tag for `<([A-Za-z][\w.-]*)[^`]*>` \((\d+):(\d+)/.exec(error.reason);
    const opening = /^Expected a closing tag for `<([A-Za-z][\w.-]*)[^`]*>` \((\d+):(\d+)/.exec(error.reason) ?? (voidInside && (voidElements.has(voidInside[1].toLowerCase()) || impliedEndElements.has(voidInside[1].toLowerCase())) ? voidInside : null);
    // An expression or comment never closed is reported at the end of the file: named where it opens.
    const brace = opening ? undefined : error.braceOpensAt;
    findings.push({
      file,
      line: (opening ? Number(opening[2]) : brace ? brace.line : error.line) + split.bodyStartLine - 1,
      column: opening ? Number(opening[3]) : brace ? brace.column : error.column,
      rule: 'mdx/syntax',
      severity: 'error',
      message: `the ${isMdx ? 'MDX' : 'Markdown'} body does not parse: ${placesInFile(reasonWithWholeCharacter(error.reason, bodyLines[error.line - 1], error.column), split.bodyStartLine)}${opening ? ` (the <${opening[1]}> opened here is never closed${voidElements.has(opening[1].toLowerCase()) ? ': MDX closes no element by itself, not even one HTML leaves empty' : impliedEndElements.has(opening[1].toLowerCase()) && opening === voidInside ? `: HTML closes a <${opening[1]}> by itself where the next one or its parent's end begins, MDX closes none` : / before the end of `paragraph`/.test(error.reason) ? ' in its paragraph' : ''})` : brace ? ' (the { opened here is never closed)' : insideStyle(split.body, error.line, error.column) ? ' (inside a <style> element, whose CSS braces MDX reads as expressions; a <style> would restyle the whole site, and is refused in any case)' : ''}`,
      fix: opening
        ? unclosedTagFix(opening[1], error.reason, bodyLines[Number(opening[2]) - 1])
        : brace
        ? 'close it with } (a comment {/* ... */} ends with */}), or write \\{ if the brace is text.'
        : isMdx && insideStyle(split.body, error.line, error.column)
        ? 'remove the <style> element; to show the CSS in the report, put it in a fenced code block (```css before it, ``` after).'
        : isMdx
        ? 'close every tag (<Internal>...</Internal>), escape a literal < or { as \\< and \\{, or rename the file to .md if it needs no components.'
        : undefined,
    });
  }
  // `<Internal>` … `</internal>`: the letter-case slip is the one mistake; the parser's second
  // error, "the <Internal> opened here is never closed", came beside it, and its fix (add
  // </Internal>) left the </internal> in place (round 21's leftover).
  const caseSlips = new Set(findings.flatMap((f) => (f.rule === 'mdx/syntax' ? /does not close <([\w.-]+)>: (?:tag names are read in their letter case|its name is spelled otherwise|the two blocks cross|it names the other component)/.exec(f.message)?.[1] ?? [] : [])));
  // Round 40b: MDX stops again after a kramdown attribute list under a list item (`* TOC` over
  // `{:toc}`), "Unexpected lazy line in expression in container", at a later line: the same mistake.
  if (findings.some((f) => f.rule === 'mdx/syntax' && / is a kramdown attribute list/.test(f.message))) {
    for (let i = findings.length - 1; i >= 0; i -= 1) {
      if (findings[i].rule === 'mdx/syntax' && /does not parse: Unexpected lazy line in expression/.test(findings[i].message)) findings.splice(i, 1);
    }
  }
  // `<p>` around `<img src="x">` in an .mdx body: the <img> never closed is the one mistake; the
  // parser's second error, "Unexpected closing tag `</p>`, expected … `<img>` (46:3…)", is left.
  // Only for an element HTML never closes: after `<Internal>` … `</Internl>` the closing tag's
  // error names the typo to fix, and is the one kept.
  for (let i = findings.length - 1; i >= 0; i -= 1) {
    const stray = findings[i].rule === 'mdx/syntax' ? /Unexpected closing tag `<\/[\w.-]*>`, expected corresponding closing tag for `<([\w.-]+)>` \(line (\d+):(\d+)/.exec(findings[i].message) : undefined;
    if (stray && voidElements.has(stray[1].toLowerCase()) && findings.some((f) => f !== findings[i] && f.rule === 'mdx/syntax' && f.line === Number(stray[2]) && f.column === Number(stray[3]) && f.message.includes(`the <${stray[1]}> opened here is never closed`))) findings.splice(i, 1);
  }
  // Round 46: the <script> said as a script copied from another page is the one mistake; MDX's
  // "Expected a closing tag for <script>" at the same line came beside it.
  for (let i = findings.length - 1; i >= 0; i -= 1) {
    const unclosed = findings[i].rule === 'mdx/syntax' && /the <script> opened here is never closed/.test(findings[i].message);
    if (unclosed && findings.some((f) => f !== findings[i] && f.rule === 'mdx/syntax' && f.line === findings[i].line && /opens (?:a Svelte component's module script|a script), code of the page/.test(f.message))) findings.splice(i, 1);
  }
  if (caseSlips.size) {
    for (let i = findings.length - 1; i >= 0; i -= 1) {
      const unclosed = findings[i].rule === 'mdx/syntax' ? /the <([\w.-]+)> opened here is never closed/.exec(findings[i].message)?.[1] : undefined;
      if (unclosed && caseSlips.has(unclosed)) findings.splice(i, 1);
    }
  }
  const treeChecksFrom = findings.length;
  if (bodyTree) {
    const unclosed = findUnclosedCodeFence(bodyTree, split.body);
    if (unclosed) {
      findings.push({
        file, line: unclosed.line + split.bodyStartLine - 1, column: unclosed.column, rule: 'body/unclosed-code', severity: 'error',
        message: `the code block opened here with ${unclosed.fence} is never closed: everything after it, to the end of the file, is shown as code.`,
        fix: `close it with a line holding only ${unclosed.fence} where the code ends.`,
      });
    }
    for (const deep of findTooDeepHeadings(bodyTree, split.body)) {
      findings.push({
        file, line: deep.line + split.bodyStartLine - 1, column: deep.column, rule: 'body/heading-depth', severity: 'error',
        message: `a line starting with ${deep.marks} # is no heading: Markdown has six levels, so it is shown as text, # marks included.`,
        fix: 'write it with ###### at most (sections start at ##, each level under them one # more), or as bold text.',
      });
    }
    // An empty heading is shown as one (an error from review on); a skipped level is a warning:
    // 74 of the corpora's 5,197 reports skip one, and the page reads the same to sighted readers.
    for (const heading of findHeadingProblems(bodyTree)) {
      const marks = '#'.repeat(heading.depth);
      findings.push(heading.kind === 'empty'
        ? { file, line: heading.line + split.bodyStartLine - 1, column: heading.column, rule: 'body/empty-heading', severity: result.data?.status === 'draft' || result.data?.historical ? 'warning' : 'error',
            message: `the heading \`${marks}\` has no words: the page would show an empty heading, and screen readers announce it as a heading with nothing in it.`,
            fix: `write the section's name after the ${marks} (e.g. ${marks} Impact), or delete the line.` }
        : { file, line: heading.line + split.bodyStartLine - 1, column: heading.column, rule: 'body/heading-skip', severity: 'warning',
            message: `this ${marks} heading follows a ${heading.previous === 1 ? 'page title (#)' : `${'#'.repeat(heading.previous)} heading`}: level ${heading.previous + 1} is skipped, so the page's outline has a gap, and screen-reader users, who move from heading to heading, are told of a level that is not there.`,
            fix: `write it as ${'#'.repeat(heading.previous + 1)} (sections start at ##, each level under them one # more).` });
    }
    // A link that leads nowhere on the site is a warning on a draft or an imported report: reports
    // written elsewhere link to the files beside them (57 of the corpora's 1,325 do), and the
    // author fixes them in review.
    const linkSeverity = result.data && result.data.status !== 'draft' && !result.data.historical ? 'error' : 'warning';
    // Round 44: a link to a path of the site (`](/services/nosuch/)`) is read too; round 45: one
    // relative to the page without ./ (`](media/x.pdf)`, `](go/runbook)`).
    if (split.body.includes('/postmortems/') || /\.mdx?\b|\.\.?\/|\/\d{4}\/\d{2}\/\d{2}\/|\/display\/|\/wiki\/spaces\/|\/pages\/viewpage|\]\(\s*<?\/(?!\/)|^ {0,3}\[[^\]\n]+\]:\s*<?\/(?!\/)|\]\(\s*<?[\w-]+(?:\/|\.[a-z0-9]{1,8}[)#?])|^ {0,3}\[[^\]\n]+\]:\s*<?[\w-]+\/|<a\s[^>]*\bhref/im.test(split.body)) {
      const site: LinkSite = {
        names: { services: [...context.vocabulary.services.keys()], tags: [...context.vocabulary.tags.keys()], triggers: [...context.vocabulary.triggers.keys()] },
        publicDir: projectPublicDir, file, postmortemsDir: resolve(context.contentDir, 'postmortems'),
      };
      for (const link of findPostmortemLinkProblems(bodyTree, context.knownIds, id, site)) {
        findings.push({ file, line: link.line + split.bodyStartLine - 1, column: link.column, rule: 'body/postmortem-link', severity: linkSeverity, message: link.message, fix: link.fix });
      }
    }
    if (/file:|\]\(\s*<?(?:[a-z]:|\\\\|\.{1,2}\\)|\]:\s*<?(?:[a-z]:|\\\\)|href\s*=\s*\{?\s*["']?(?:[a-z]:|\\\\)|vscode(?:-insiders)?:\/\/file\//i.test(split.body)) {
      for (const link of findLocalFileLinks(bodyTree)) {
        findings.push({ file, line: link.line + split.bodyStartLine - 1, column: link.column, rule: 'body/file-link', severity: linkSeverity, message: link.message, fix: link.fix });
      }
    }
    // `<docs.acme.example/x>` and Slack's `<@U…>`, `<#C…|x>`, `<!here>`, `<url|label>` in a .md
    // body (round 15): shown as text, or not at all. An .mdx body does not parse with them (above).
    if (!isMdx && split.body.includes('<')) {
      for (const { line, column, mistake } of mistakesOutsideCode(split.body)) {
        findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/link-address', severity: linkSeverity, message: mistake.message, fix: mistake.fix });
      }
    }
    // Another wiki's markup (Jira, Confluence, MediaWiki, AsciiDoc, rST, Org; round 15), shown as typed.
    if (/^(?: {0,3}＃|h[1-6]\.\s|\s*\{(?:code|noformat|panel|quote|info|note|warning|tip|expand)|\|\||=|\.\. |#\+|#{2,6}[A-Za-z]|#[A-Z]|\$\$|#{1,6}[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]| *[\u00a0\u2000-\u200a\u202f\u205f\u3000][ \u00a0\u2000-\u200a\u202f\u205f\u3000]*(?:[-*+]|\d{1,9}[.)])[ \t]|:::\s*[A-Za-z]| {0,3}>\s*\[!| {0,3}[\u2022\u25e6\u25aa\u2023][ \t\u00a0])|\|https?:|\[\[|^(?:!!!|\?\?\?)|\{[.#]|\{[\w-]+=|\{:|\^\[|(?<![\w:]):[a-z+-][\w+-]*:|==\S|%%|^\[source|::|link:|<<|^\|===|\[[^\]\n]{0,40}@|^\*{2,}[ \t]|^\s*[-*+][ \t]+\[(?: [xX] ?| ?[xX] )?\][ \t]|＜\/?\s*(?:[Ii]nternal|[Pp]ublic[Oo]nly)/m.test(split.body)) {
      for (const { line, column, mistake } of mistakesOutsideCode(split.body, findForeignMarkup)) {
        // Round 40b: a line MDX did not parse for the same mark (`::: {.warning}`, `<<root-cause>>`)
        // is one mistake, said once, by the parser's finding (describeProseSyntax names the dialect).
        // Round 56: a full-width <Internal> in a public post publishes what it was to hold back: the build stops (fail closed).
        const widePublicInternal = facts?.visibility === 'public' && mistake.showsInternalText === true;
        if (!findings.some((f) => f.rule === 'mdx/syntax' && f.line === line + split.bodyStartLine - 1)) findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/foreign-markup', severity: widePublicInternal ? 'error' : linkSeverity, message: mistake.message, fix: mistake.fix });
      }
    }
    for (const { line, mistake } of [...findDashListItems(split.body), ...findDefinitionListItems(split.body), ...findAsciiDocTables(split.body), ...findGridTables(split.body), ...findOrgMarkup(split.body), ...findUnrenderedFences(split.body)]) {
      findings.push({ file, line: line + split.bodyStartLine - 1, column: 1, rule: 'body/foreign-markup', severity: linkSeverity, message: mistake.message, fix: mistake.fix });
    }
    // Round 53: `- 24:10 Config reverted.` under `## Timeline` passed (no check reads a body timeline's times).
    // Round 54: or `- 23:50 …` then `- 00:10 …` (past midnight, no day written), rows in two zones.
    const turningBack = findTimelineTurningBack(split.body, split.bodyStartLine);
    for (const { line, column, mistake } of [...findImpossibleClockTimes(split.body), ...turningBack]) {
      findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/timeline-time', severity: 'warning', message: mistake.message, fix: mistake.fix });
    }
    // Round 60: a timeline row's time or day cell left empty or written as a ditto mark, meant as the row above's (a merged cell).
    // Round 61: a row whose day's cell is empty and whose clock turns back past midnight is said once, by the order
    // check (it names the next day to write); round 60 said it twice, once for each cause read.
    const turnedBackLines = new Set(turningBack.map((found) => found.line));
    for (const { line, column, mistake } of findMergedTimelineCells(split.body)) {
      if (mistake.cell === 'day' && turnedBackLines.has(line)) continue;
      findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/timeline-merged-cell', severity: 'warning', message: mistake.message, fix: mistake.fix });
    }
    // Round 61: the body's "## Timeline" and the frontmatter's `timeline` giving one event two times, or two events in two orders.
    if (facts && Array.isArray(facts.timeline)) {
      for (const { line, column, mistake } of findBodyTimelineDisagreements(split.body, facts.timeline, split.bodyStartLine)) {
        findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/timeline-disagrees', severity: 'warning', message: mistake.message, fix: mistake.fix });
      }
    }
    // Round 45: MyST roles: in an .mdx body the expression stops the build (an error, said here
    // in place of "{ref} is read as JavaScript"); in a .md body they are published as typed.
    for (const { line, column, mistake } of findMystRoles(split.body, isMdx)) {
      findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: isMdx ? 'mdx/code-expression' : 'body/foreign-markup', severity: isMdx ? 'error' : linkSeverity, message: mistake.message, fix: mistake.fix });
    }
    // Round 46: `Reverting fixed it.` over `---` (meant as a rule) was published as a heading.
    if (bodyTree && mayHoldSetextRuleHeading(split.body)) {
      for (const heading of findSetextRuleHeadings(bodyTree, split.body)) {
        findings.push({ file, line: heading.line + split.bodyStartLine - 1, column: 1, rule: 'body/setext-heading', severity: 'warning', message: heading.message, fix: heading.fix });
      }
    }
    // Round 45: `Tracked as AI-3.` where the post has no AI-3.
    // Round 48: read from the fields as written when the schema refused them (a severity of
    // SEV-9 beside an unclosed <div>): the follow-ups and mentions were said a run later.
    const actionItems = result.data?.actionItems ?? actionItemsAsWritten(parsedFrontmatter);
    if (actionItems && /\b[A-Za-z]{1,10}-\d/.test(split.body)) {
      for (const { line, column, mistake } of findUnknownActionItemMentions(split.body, actionItems.map((item) => item.id))) {
        findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/unknown-action-item', severity: 'warning', message: mistake.message, fix: mistake.fix });
      }
    }
    // Round 43: a follow-up's owner and day in a task list of the body reach no tracker; round 44: in a table.
    if (actionItems && mayHoldFollowUps(split.body)) {
      const items = actionItems;
      const highest = Math.max(0, ...items.map((item) => Number(/^AI-(\d+)$/.exec(item.id)?.[1] ?? 0)));
      const handles = new Map([...context.vocabulary.teams].map(([teamId, team]) => [teamId, team.handle] as const));
      for (const { line, mistake } of findUntrackedFollowUps(split.body, items.map((item) => item.title), (index) => `AI-${highest + 1 + index}`, { handles }, items.flatMap((item) => (item.link ? [item.link] : [])))) {
        findings.push({ file, line: line + split.bodyStartLine - 1, column: 1, rule: 'body/untracked-follow-up', severity: 'warning', message: mistake.message, fix: mistake.fix });
      }
    }
    if (/\][ \t]+\(|\)\[|\]\([^()\n]*[“‘„«]/.test(split.body)) {
      for (const { line, column, mistake } of mistakesOutsideCode(split.body, findUnreadLinks)) {
        findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'body/link-address', severity: linkSeverity, message: mistake.message, fix: mistake.fix });
      }
    }
    if (/\]\(|\]:|<a\s[^>]*\bhref/i.test(split.body)) {
      for (const link of findUnreachableLinks(bodyTree, context.knownIds)) {
        findings.push({ file, line: link.line + split.bodyStartLine - 1, column: link.column, rule: 'body/link-address', severity: linkSeverity, message: link.message, fix: link.fix });
      }
    }
    // A warning on a draft (the site shows none; an imported report may carry one, as 2 of the
    // corpora's 1,325 do), an error from review on, when the page would show it.
    const shownSeverity = result.data?.status === 'draft' ? 'warning' : 'error';
    if (mayHoldFootnote(split.body)) {
      for (const footnote of findFootnoteProblems(bodyTree, split.body, split.bodyStartLine)) {
        findings.push({ file, line: footnote.line + split.bodyStartLine - 1, column: footnote.column, rule: 'body/footnote', severity: shownSeverity, message: footnote.message, fix: footnote.fix });
      }
    }
    if (/\]:/.test(split.body)) {
      for (const conflict of findConflictingDefinitions(bodyTree, split.bodyStartLine)) {
        findings.push({ file, line: conflict.line + split.bodyStartLine - 1, column: conflict.column, rule: 'body/duplicate-definition', severity: shownSeverity, message: conflict.message, fix: conflict.fix });
      }
    }
    if (mayHoldReferenceLink(split.body)) {
      for (const reference of findUndefinedReferences(bodyTree, split.body)) {
        findings.push({ file, line: reference.line + split.bodyStartLine - 1, column: reference.column, rule: 'body/undefined-reference', severity: shownSeverity, ...describeUndefinedReference(reference) });
      }
    }
    for (const table of findTableProblems(bodyTree, split.body)) {
      findings.push({ file, line: table.line + split.bodyStartLine - 1, column: table.column, rule: 'body/table-cells', severity: 'error', message: table.message, fix: table.fix });
    }
    for (const active of findActiveContent(bodyTree)) {
      findings.push({
        file, line: active.line + split.bodyStartLine - 1, column: active.column,
        rule: 'body/active-content', severity: 'error', message: `${active.message}.`, fix: activeContentFix,
      });
    }
  }
  if (bodyTree && isMdx) {
    // An error at an MDX node of the body, positioned in the file.
    const atNode = (node: any, rule: string, message: string, fix: string) => findings.push({
      file,
      line: (node.position?.start.line ?? 1) + split.bodyStartLine - 1,
      column: node.position?.start.column ?? 1,
      rule,
      severity: 'error',
      message,
      fix,
    });
    for (const nested of findShownNowhere(bodyTree)) {
      const { message, fix } = describeShownNowhere(nested);
      atNode({ position: { start: nested } }, 'mdx/shown-nowhere', message, fix);
    }
    // Round 54: inside a heading or a link's words; a heading or a link left with no words is an error, fewer words a warning.
    for (const placed of findVariantPlacements(bodyTree)) {
      // Round 55: a cell's <Internal> leaves a hole in the public table alone, which an internal post has not.
      // Round 56: so do the marks an <Internal> empties (`(<Internal>Ana</Internal>)`, shown "()").
      if ((placed.within === 'cell' || placed.within === 'sentence' || (placed.within === 'marks' && placed.linkWords === undefined)) && placed.component === 'Internal' && facts?.visibility !== 'public') continue;
      const { message, fix } = describeVariantPlacement(placed);
      findings.push({ file, line: placed.line + split.bodyStartLine - 1, column: placed.column, rule: 'mdx/variant-placement', severity: placed.whole && placed.within !== 'cell' && placed.within !== 'marks' ? 'error' : 'warning', message, fix });
    }
    // Round 58: or inside code, which shows them as typed (a public post is the public build's to refuse, said there).
    if (facts?.visibility !== 'public') {
      for (const inCode of findVariantTagsInCode(bodyTree)) {
        findings.push({ file, line: inCode.line + split.bodyStartLine - 1, column: inCode.column, rule: 'mdx/variant-placement', severity: 'warning', ...describeVariantTagsInCode(inCode) });
      }
    }
    // Round 54: or their tags between the rows of a table, which are then shown as typed.
    for (const { line, column, mistake } of findVariantTagsCuttingBlocks(split.body)) {
      findings.push({ file, line: line + split.bodyStartLine - 1, column, rule: 'mdx/variant-placement', severity: 'warning', message: mistake.message, fix: mistake.fix });
    }
    // Nothing leaks from either (both are cut from the public site), so a warning.
    for (const redundant of findRedundantVariantTags(bodyTree)) {
      findings.push({ file, line: redundant.line + split.bodyStartLine - 1, column: redundant.column, rule: 'mdx/redundant-variant', severity: 'warning', ...describeRedundantVariantTag({ ...redundant, outerLine: redundant.outerLine === undefined ? undefined : redundant.outerLine + split.bodyStartLine - 1 }) });
    }
    // The elements of an <svg> or a <math> (`<circle>`, `<mi>`) are of those languages, not HTML's.
    let drawn: Set<unknown> | undefined;
    const insideDrawing = () => drawn ??= (() => {
      const inside = new Set<unknown>();
      visit(bodyTree, (outer: any) => {
        if ((outer.type === 'mdxJsxFlowElement' || outer.type === 'mdxJsxTextElement') && (outer.name === 'svg' || outer.name === 'math')) visit(outer, (inner: unknown) => { if (inner !== outer) inside.add(inner); });
      });
      return inside;
    })();
    visit(bodyTree, (node: any) => {
      const known = (knownComponents as readonly string[]).find((name) => name.toLowerCase() === String(node.name).toLowerCase());
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && known && node.name !== known) {
        // `<internal>` is an HTML element: its text is shown on both sites, where <Internal> hides it.
        atNode(node, 'mdx/unknown-component', `<${node.name}> is not the <${known}> component: in any other letter case it is an HTML element, and its text is shown on every site.`,
          `write <${known}> and </${known}> exactly.`);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && lookalikeComponentName(String(node.name))) {
        // `<Ιnternal>` (a Greek iota, canary round 34): another element, or a component Astro cannot find.
        const imitated = lookalikeComponentName(String(node.name))!;
        const others = [...String(node.name)].filter((c) => !/[A-Za-z]/.test(c));
        // `<lnternal>` (canary round 40): a lower-case L printed like the capital I.
        // Canary round 42: a name one character off (`<Interna1>`) or longer (`<Internals>`).
        const written = others.length ? others.map(describeCharacter).join(' and ') : /^l/.test(String(node.name)) ? `a lower-case "${String(node.name)[0]}" for the capital I` : 'another spelling';
        atNode(node, 'mdx/unknown-component', `<${node.name}> is not the <${imitated}> component: it is written with ${written}, and its text would be shown, or the build stopped.`,
          `retype <${imitated}> and </${imitated}> in Latin letters.`);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && prefixedComponentName(String(node.name))) {
        // `<x:Internal>` (canary round 32): a namespaced HTML element to MDX, its text shown on every site.
        const imitated = prefixedComponentName(String(node.name))!;
        atNode(node, 'mdx/unknown-component', `<${node.name}> is not the <${imitated}> component: with a prefix before the name it is an HTML element, and its text is shown on every site.`,
          `write <${imitated}> and </${imitated}> exactly.`);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[\w-]+:[\w.-]+$/.test(String(node.name))) {
        // Round 45: `<svelte:head>` (a Svelte page's), `<o:p>` (Word's HTML): no element of HTML and
        // no component, so the page kept an unknown element and showed what it held (a <title> too).
        atNode(node, 'mdx/unknown-component', `<${node.name}> is a tag with a prefix (${String(node.name).split(':')[0]}:), ${/^o:/i.test(String(node.name)) ? 'as Word writes its HTML' : 'of the tool the page came from'}: no HTML element and no component of this site, so the page keeps it as an unknown element and shows what it holds.`,
          `delete <${node.name}> and </${node.name}>${/^svelte:head$/i.test(String(node.name)) ? ' with what they hold (a page\'s <title> and <meta> are the site\'s)' : ', keeping the text between them if it is part of the report'}.`);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Internal' || node.name === 'PublicOnly') && node.attributes?.length) {
        const described = describeComponentAttributes(node.name, node.attributes);
        if (described) atNode(node, 'mdx/component-attribute', described.message, described.fix);
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[a-z][a-z0-9-]*$/.test(node.name)
        && !htmlElementNames.has(node.name) && !insideDrawing().has(node)) {
        // Round 48: `<callout>`, `<note>`, `<warning>` (another site's or tool's elements) passed:
        // the page kept an unknown element and showed its words plain, with none of the box meant.
        findings.push({
          file, line: (node.position?.start.line ?? 1) + split.bodyStartLine - 1, column: node.position?.start.column ?? 1,
          rule: 'mdx/unknown-component', severity: 'warning',
          message: `<${node.name}> is no HTML element and no component of this site (${knownComponents.map((c) => `<${c}>`).join(', ')}): the page keeps it as an unknown element and shows its words plain, with none of the box or style another tool gave it.`,
          fix: `delete <${node.name}> and </${node.name}>, keeping the text between them; for a note readers should not miss, write it as a quote (> **Note:** …).`,
        });
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name
        && /^[A-Z]/.test(node.name) && !(knownComponents as readonly string[]).includes(node.name)) {
        const suggestion = findClosestMatch(node.name, [...knownComponents]);
        atNode(node, 'mdx/unknown-component', `unknown component <${node.name}>.`,
          suggestion ? `did you mean <${suggestion}>?` : `use one of ${knownComponents.map((c) => `<${c}>`).join(', ')}.`);
      }
      const expressions: string[] = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? [node.value ?? '']
        : (node.attributes ?? []).flatMap((a: any) => (a.type !== 'mdxJsxAttribute' ? [a.value ?? ''] : a.value && typeof a.value === 'object' ? [a.value.value ?? ''] : []));
      for (const expression of expressions) {
        const typedAsText = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' ? bracesTypedAsText(expression) : undefined;
        // A MyST role (`{ref}` then a code span) is said as such above (findMystRoles).
        if (typedAsText && node.position?.end.offset !== undefined && split.body[node.position.end.offset] === '`' && /^[a-z][\w-]*$/i.test(expression.trim())) continue;
        if (typedAsText) {
          atNode(node, 'mdx/code-expression', typedAsText.message, typedAsText.fix);
          continue;
        }
        if (isConstantExpression(expression) || isCommentExpression(expression)) continue;
        // Round 53: `hosts {a, b, c}` in prose was told only to "write the text itself": braces meant as text are kept with a backslash.
        const inProse = node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';
        atNode(node, 'mdx/code-expression', `the expression {${quoteSnippet(expression.trim(), 40)}} runs code when the site is built (it could publish the build's secrets, or stop the build).`,
          inProse ? `if the braces are text, write \\{${quoteSnippet(expression.trim(), 40)}} (a backslash before the { keeps both as typed), or put it in backticks; an expression may only compute from numbers and strings ({6 * 7}), since it runs when the site is built.` : constantExpressionFix);
      }
      if (node.type === 'mdxjsEsm') {
        atNode(node, 'mdx/no-imports', 'postmortems may not import or export code.',
          `remove the statement; ${knownComponents.map((c) => `<${c}>`).join(' and ')} work without an import.`);
      }
    });
  }
  for (let i = findings.length - 1; i >= treeChecksFrom; i--) if (findings[i].rule !== 'mdx/syntax' && inBrokenBlock(findings[i].line)) findings.splice(i, 1);
  // Round 47: a body's syntax error alone (the frontmatter valid) no longer holds back the lint
  // rules: what they say of the frontmatter is said in the same run, read with the body as parsed.
  if (context.lint && result.data && parsedFrontmatter && !findings.some((f) => f.severity === 'error' && f.rule !== 'mdx/syntax')) {
    findings.push(...lintPostmortem(file, {
      data: result.data,
      id,
      tree: bodyTree,
      bodyStartLine: split.bodyStartLine,
      positionOf: parsedFrontmatter.positionOf,
      asOf: context.lint.asOf,
      people: context.lint.people,
      asOfInstant: context.lint.asOfInstant,
      notificationRegimes: context.lint.notificationRegimes,
      vocabulary: context.vocabulary,
    }, context.lint.config).filter((finding) => !inBrokenBlock(finding.line) && !(finding.rule === 'completeness/empty-section' && sectionHoldsBrokenBlock(finding.line))));
  } else if (result.data && parsedFrontmatter && context.lint?.config?.rules?.['consistency/file-day'] !== 'off') {
    // Where the lint rules do not run (--no-lint, npm run redact, a file with another error), the
    // file's day is still said, as a warning: one rule, consistency/file-day, whichever says it
    // (round 43: round 24's file/name-date said it over another range, and twice with the lint).
    const problem = fileNameDayProblem({ id, times: result.data.times });
    if (problem) findings.push({ file, ...parsedFrontmatter.positionOf(['times', 'started']), rule: 'consistency/file-day', severity: 'warning', field: 'times.started', ...problem });
  }
  return result;
}

/** The text after `key: #` on a frontmatter line, when the value there is a comment (`title: #Checkout errors`). */
function commentedOutValue(split: { yaml: string; yamlStartLine: number }, line: number): string | undefined {
  const text = split.yaml.split('\n')[line - split.yamlStartLine];
  const comment = text === undefined ? undefined : /^\s*(?:-\s+)?[^\s#:][^:#]*:\s+(#.*?)\s*$/.exec(text.replace(/\r$/, ''))?.[1];
  return comment ? comment : undefined;
}

/** HTML's elements with content that a report's text may hold; any other name in a sentence is words in angle brackets. */
const htmlElements = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'caption', 'center', 'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'i', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'video', 'audio', 'picture', 'nav', 'header', 'footer', 'main', 'article', 'aside', 'label', 'button', 'form', 'select', 'option', 'textarea', 'iframe', 'object', 'script', 'style', 'noscript', 'svg', 'canvas']);

/** HTML's void elements: written `<br>` in MDX, each was "never closed", the fix "add </br>". */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/**
 * Elements whose closing tag HTML may leave out (`<td>a<td>b</tr>`, `<li>` before the next `<li>`,
 * `<p>` before a block): a page copied from HTML leaves them open, and MDX closes none by itself.
 * Round 46: "Unexpected closing tag </tr>, expected corresponding closing tag for <td>" had the generic fix.
 */
const impliedEndElements = new Set(['td', 'th', 'tr', 'li', 'p', 'dt', 'dd', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'optgroup']);

/**
 * What to do about a tag MDX says is never closed. `<br>` wants `<br />`, not `</br>`; a tag that
 * shares its line with text or other tags (`<details><summary>More</summary>`) is read inside a
 * paragraph, which must close it: the advice "add </details> on a line of its own" was given for a
 * file that had it.
 */
function unclosedTagFix(name: string, reason: string, openingLine = ''): string {
  // Round 54: `<input type="checkbox"> Add a canary stage` (a page's box, pasted from HTML) was told to close
  // the tag alone: what a report means by it is a task list's box, which Markdown writes without a tag.
  if (name.toLowerCase() === 'input' && /<input\b[^>]*\btype\s*=\s*["']?checkbox\b/i.test(openingLine)) {
    const words = /^\s*(?:[-*+]\s+)?<input\b[^>]*>[ \t]*(\S.*)$/i.exec(openingLine)?.[1]?.trim();
    const checked = /<input\b[^>]*\bchecked\b/i.test(openingLine);
    // A box in a sentence (`Tick <input type="checkbox"> when read.`) is no item of a list.
    if (!words) return `close it in the tag itself: <input type="checkbox"${checked ? ' checked' : ''} /> (MDX closes no element by itself); or, for a box before a line, write the line as a task-list item, - [ ] and its words.`;
    const item = `- [${checked ? 'x' : ' '}] ${words}`;
    return `write the box as Markdown's task list does, without the tag: ${item}${checked ? '' : ' (and, if it is a follow-up, move it to actionItems, where the follow-up tracker and the overdue check read it)'}; or, to keep the HTML box, close it in the tag itself: <input type="checkbox"${checked ? ' checked' : ''} />.`;
  }
  if (impliedEndElements.has(name.toLowerCase()) && /^Unexpected closing tag/.test(reason)) return `write </${name}> where each <${name}> ends (before the next <${name}> or the closing tag of the element around it); or write the table or list in Markdown.`;
  if (voidElements.has(name.toLowerCase())) return `close it in the tag itself: <${name} /> (with the rest of its attributes before the />).`;
  // `<pool-size>`, `<Pool>` in a sentence (round 43): no element of HTML nor a component of the
  // site, so words in angle brackets, a placeholder; "put it on a line of its own" made a block of it.
  if (/ before the end of `paragraph`/.test(reason) && !htmlElements.has(name.toLowerCase()) && !(knownComponents as readonly string[]).includes(name)) {
    return `<${name}> is no HTML element and no component of this site, so it reads as words in angle brackets (a placeholder): write \\<${name}> (a backslash before the < keeps it as text), or put it in backticks: \`<${name}>\`.`;
  }
  if (/ before the end of `paragraph`/.test(reason)) {
    return `<${name}> shares its line with text or other tags, so MDX reads it as part of that paragraph, where it must also close: put <${name}> on a line of its own (and </${name}> on one of its own where that part ends, a blank line around the text between), or close it on the same line.`;
  }
  // A table cell or a list item ends the element: "add </Internal> on a line of its own" could
  // not be done inside a table row, nor at another indent of a list (bad input round 13).
  if (/ before the end of `tableData`/.test(reason)) {
    return `a table cell ends <${name}>: close it in the same cell (| x | <${name}>db-7</${name}> |); to keep whole rows off the public site, put the table inside <${name}> on lines of their own, and write the public rows as a table of their own.`;
  }
  if (/ before the end of `listItem`/.test(reason)) {
    return `the list item ends <${name}>: write </${name}> inside the same item, indented as the opening tag is (the lines of an item are indented under its first), with a blank line before it.`;
  }
  return `add </${name}> on a line of its own where that part ends, with a blank line before it.`;
}

/** True when a place of the body (line and column, 1-based) is inside a `<style>` element opened before it. */
function insideStyle(body: string, line: number, column: number): boolean {
  const lines = body.split('\n').slice(0, line);
  if (!lines.length) return false;
  lines[lines.length - 1] = lines[lines.length - 1].slice(0, Math.max(0, column - 1));
  const before = lines.join('\n');
  const open = before.toLowerCase().lastIndexOf('<style');
  return open >= 0 && !before.toLowerCase().slice(open).includes('</style>');
}

/** A file name without the 32 hex digits of Notion's page id, which a Notion export puts after the title. */
const withoutNotionPageId = (name: string): string => name.replace(/ [0-9a-f]{32}$/, '');

/** The first Markdown link or image of a plain text (`[words](https://…)`, `![x](y.png)`), and the text with the words alone. */
function markdownLinkInText(text: string): { markup: string; plain: string } | undefined {
  const link = /(!?)\[([^\]\n]+)\]\((?:https?:\/\/|\/|\.)[^)\s]*\)/.exec(text);
  return link ? { markup: link[0], plain: text.replace(link[0], link[1] ? '' : link[2]).replace(/ {2,}/g, ' ').trim() } : undefined;
}
