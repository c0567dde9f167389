/**
 * What reports written in other languages than English call their timeline section.
 *
 * `timelineHeading` (body-timeline.ts) knew English names only ("Timeline", "Chronology",
 * "Sequence of events"), so a report headed "## タイムライン", "## 発生から復旧までのタイムライン",
 * "## Linha do tempo" or "## Хронология" had no timeline: its table or list of times gave no rows,
 * and the page, which looks for the same heading, showed "No timeline recorded." under a body
 * that had one (import round 56: 10 reports of a Japanese project, a contact-tracing app's
 * accident report, two Portuguese reports). Both the import and the page read this one list.
 */

/**
 * Names written in scripts without spaces between words (Japanese, Chinese, Korean): found
 * anywhere in the heading, as "発生から復旧までのタイムライン" ("timeline from occurrence to
 * recovery") and "事件时间线" run the name into the words before it.
 */
const unspaced = [
  // Japanese: "timeline", "chronological order", "the course of events" (発生の経緯)
  'タイムライン', '時系列', '経緯',
  // Chinese (simplified, traditional): "timeline", "time axis"
  '时间线', '时间轴', '時間線', '時間軸',
  // Korean: "timeline", "in order of time"
  '타임라인', '시간\\s*순',
];

/** Names in scripts with spaces: found as whole words ("Zeitleiste", not "Zeitleisten-Widget"'s first part alone). */
const spaced = [
  // German
  'zeitablauf', 'zeitleiste', 'zeitlinie', 'zeitlicher ablauf', 'chronologie',
  // Spanish, Portuguese, Italian
  'cronología', 'cronologia', 'línea (?:de tiempo|temporal)', 'linha (?:do tempo|temporal)', 'sequenza degli eventi',
  // French
  'déroulé(?: des (?:faits|événements))?', 'ligne (?:du|de) temps',
  // Russian, Ukrainian
  'хронология', 'хронологія',
];

/** A heading naming a timeline in another language than English. */
export const timelineHeadingElsewhere = new RegExp(`(?:${unspaced.join('|')})|(?<!\\p{L})(?:${spaced.join('|')})(?!\\p{L})`, 'iu');
