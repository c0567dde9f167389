import type { Postmortem } from '../postmortem-schema.ts';
import { severityBadgeAttributes } from '../badges.ts';
import { formatDay, formatInstant, formatCount } from '../format.ts';
import { describeResponsePhases, severityKey, splitKeyDurations, unrecordedTimingPhrase, type ResponsePhase } from '../site-view.ts';
import { isMarkedPublic } from '../predicates.ts';
import { recordedTimes } from '../recorded-detection.ts';
import { startIsDayOnly } from '../day-only-span.ts';
import {
  computeTimeToDetect, computeTimeToAcknowledge, computeTimeToMitigate, computeTimeToResolve,
  computeImpactDuration, formatDuration, formatStatedMinutes,
} from '../durations.ts';
import { attribute, attributes, text, unbroken } from './astro-markup.ts';

/** Display names of the vocabularies' ids (src/data/vocabulary.ts). */
export interface VocabularyNames {
  service: (id: string) => string;
  team: (id: string) => string;
  trigger: (id: string) => string;
}

/**
 * The key-facts panel of a postmortem page, as src/components/KeyFacts.astro writes it (what
 * happened, when, how long each response phase took, the impact in numbers, who ran it).
 */
/**
 * The figures of the key-facts panel, computed once for src/components/KeyFacts.astro and
 * {@link keyFactsHtml}: the response durations recorded and not, the impact in numbers, what the
 * "Not recorded" line names, and whether the report names its response.
 */
export function keyFactsFigures(data: Postmortem) {
  const { impact } = data;
  const durations = splitKeyDurations([
    { label: 'Time to detect', minutes: computeTimeToDetect(data), definition: 'detected − started' },
    { label: 'Time to acknowledge', minutes: computeTimeToAcknowledge(data), definition: 'acknowledged − detected' },
    { label: 'Time to mitigate', minutes: computeTimeToMitigate(data), definition: 'mitigated − started' },
    { label: 'Time to resolve', minutes: computeTimeToResolve(data), definition: 'resolved − started' },
  ]);
  const numbers = ([
    ['Users affected', impact.usersAffected],
    ['Failed requests', impact.failedRequests],
    ['Failed orders', impact.failedOrders],
    ['Downtime', impact.downtimeMinutes === undefined ? undefined : formatStatedMinutes(impact.downtimeMinutes)],
    ['Error budget burned', impact.errorBudgetBurnedPercent === undefined ? undefined : `${impact.errorBudgetBurnedPercent}%`],
    ['Revenue lost (est.)', impact.revenueLost],
  ] as [string, string | number | undefined][]).filter(([, value]) => value !== undefined);
  // "none" only where nothing was hit (a near-miss): a report that did not record its impact window
  // read "none" beside "complete cluster instability". Not recorded, it joins the "Not recorded" line.
  const impactWindowUnrecorded = !(impact.start && impact.end) && !data.nearMiss;
  return {
    durations,
    numbers,
    phases: describeResponsePhases(recordedTimes(data)),
    notRecorded: unrecordedTimingPhrase(impactWindowUnrecorded, durations.notRecorded),
    hasResponse: Boolean(data.commander || data.statusPage || data.times.declared),
  };
}

export function keyFactsHtml(data: Postmortem, names: VocabularyNames): string {
  const { impact } = data;
  const { durations, numbers, phases, notRecorded, hasResponse } = keyFactsFigures(data);
  let html = '<aside class="key-facts" aria-labelledby="key-facts-title"><h2 id="key-facts-title">Key facts</h2><div class="key-facts__groups"><div><h3>Incident</h3><dl>';
  html += `<dt>Severity</dt><dd><a${attribute('href', `/severity/${severityKey(data.severity)}/`)}><span${attributes(severityBadgeAttributes(data.severity))}>${text(data.severity)}</span></a></dd>`;
  html += `<dt>Status</dt><dd>${text(data.status)}${data.published ? ` (<span class="nowrap">${text(formatDay(data.published))}</span>)` : ''}</dd>`;
  html += `<dt>Visibility</dt><dd>${isMarkedPublic(data) ? 'public (also on the status site)' : 'internal only'}</dd>`;
  html += `<dt>Services</dt><dd>${data.services.map((id, i) => `${i > 0 ? ', ' : ''}<a${attribute('href', `/services/${id}/`)}${attribute('title', names.service(id))}>${text(id)}</a>`).join('')}</dd>`;
  if (data.teams.length > 0) html += `<dt>Teams</dt><dd>${text(data.teams.map(names.team).join(', '))}</dd>`;
  html += `<dt>Trigger</dt><dd><a${attribute('href', `/triggers/${data.trigger}/`)}>${text(names.trigger(data.trigger))}</a></dd>`;
  if (data.tags.length > 0) html += `<dt>Tags</dt><dd><ul class="chip-list">${data.tags.map((tag) => `<li><a class="chip"${attribute('href', `/tags/${tag}/`)}>${text(tag)}</a></li>`).join('')}</ul></dd>`;
  html += '</dl></div><div><h3>Timing (UTC)</h3>';
  html += phaseBarHtml(phases);
  html += '<dl><dt>Started</dt><dd>';
  html += startIsDayOnly(data)
    ? `<time${attribute('datetime', data.times.started.slice(0, 10))}>${text(formatDay(data.times.started))}</time> <span class="not-recorded">(no time stated)</span>`
    : `<time${attribute('datetime', data.times.started)}>${unbroken(formatInstant(data.times.started))}</time>`;
  html += '</dd>';
  if (impact.start && impact.end) {
    html += `<dt>Impact window</dt><dd>${unbroken(formatInstant(impact.start))} – ${unbroken(formatInstant(impact.end))} <span class="nowrap">(${text(formatDuration(computeImpactDuration(data)))})</span></dd>`;
  } else if (data.nearMiss) {
    html += '<dt>Impact window</dt><dd>none (near-miss)</dd>';
  }
  for (const { label, minutes, definition } of durations.recorded) {
    html += `<dt><abbr${attribute('title', definition)}>${text(label)}</abbr></dt><dd class="figure">${text(formatDuration(minutes))}</dd>`;
  }
  if (notRecorded) html += `<dt>Not recorded</dt><dd class="not-recorded">${text(notRecorded)}</dd>`;
  html += '</dl></div>';
  if (numbers.length > 0 || impact.slo) {
    html += '<div><h3>Impact</h3><dl>';
    for (const [label, value] of numbers) html += `<dt>${text(label)}</dt><dd class="figure">${text(typeof value === 'number' ? formatCount(value) : value)}</dd>`;
    if (impact.slo) html += `<dt>SLO</dt><dd>${text(impact.slo)}</dd>`;
    html += '</dl></div>';
  }
  if (hasResponse) {
    html += '<div><h3>Response</h3><dl>';
    if (data.commander) html += `<dt>Commander</dt><dd>${text(data.commander)}</dd>`;
    if (data.times.declared) html += `<dt>Declared</dt><dd><time${attribute('datetime', data.times.declared)}>${unbroken(formatInstant(data.times.declared))}</time></dd>`;
    if (data.statusPage) html += `<dt>Status page</dt><dd><a${attribute('href', data.statusPage)}>incident post</a></dd>`;
    html += '</dl></div>';
  }
  return `${html}</div></aside>`;
}

/** Where the response time went (src/components/PhaseBar.astro): nothing when no phase is known. */
function phaseBarHtml(phases: readonly ResponsePhase[]): string {
  if (phases.length === 0) return '';
  const segments = phases.map((phase) => `<span${attribute('class', `phase-bar__segment phase-bar__segment--${phase.key}`)}${attribute('style', `flex-grow: ${phase.percent}`)}></span>`).join('');
  const legend = phases.map((phase) => `<li><span${attribute('class', `swatch phase-bar__segment--${phase.key}`)} aria-hidden="true"></span>${text(phase.label)} ${text(formatDuration(phase.minutes))}</li>`).join('');
  return `<figure class="phase-bar"><div class="phase-bar__track" aria-hidden="true">${segments}</div><figcaption class="visually-hidden">Time between milestones</figcaption><ul class="phase-bar__legend">${legend}</ul></figure>`;
}
