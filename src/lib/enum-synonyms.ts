/**
 * The words other tools and old reports use for the values of our enum fields (bad input round 14):
 * `status: closed` on an action item, `visibility: private`, `priority: High`, a timeline `kind:
 * alert`. Each was refused with the list of values and no word of which one is meant, or with a
 * misleading "did you mean" (`visibility: external` was "did you mean internal?", the opposite).
 * Pure data and lookup, no Astro.
 */

/** Which enum a value is for: the postmortem's status, an action item's status, and so on. */
export type EnumField = 'status' | 'visibility' | 'actionItems.status' | 'actionItems.priority' | 'actionItems.type' | 'timeline.kind';

const synonyms: Record<EnumField, Record<string, string>> = {
  status: {
    final: 'published', complete: 'published', completed: 'published', done: 'published', approved: 'published', released: 'published', closed: 'published', public: 'published', live: 'published',
    review: 'in-review', reviewing: 'in-review', 'in review': 'in-review', 'under review': 'in-review', pending: 'in-review', 'ready for review': 'in-review',
    wip: 'draft', todo: 'draft', 'to do': 'draft', new: 'draft', open: 'draft', 'in progress': 'draft', started: 'draft', drafting: 'draft',
    // Round 45: a post kept as history (a wiki's "archived" page) is published; it was the list alone.
    archived: 'published', historic: 'published',
    // Round 56: the same words in German, French, Spanish and Japanese (the list alone, `erledigt` as a placeholder's "n").
    erledigt: 'published', abgeschlossen: 'published', fertig: 'published', veröffentlicht: 'published', terminé: 'published', terminée: 'published', publié: 'published', terminado: 'published', completado: 'published', publicado: 'published', 完了: 'published', 公開済み: 'published',
    entwurf: 'draft', brouillon: 'draft', borrador: 'draft', 下書き: 'draft', 'in prüfung': 'in-review', 'en relecture': 'in-review', 'en revisión': 'in-review', レビュー中: 'in-review',
    // Round 58: an incident tool's stage of its retrospective (FireHydrant's, the list alone).
    'in retrospective': 'in-review', 'retrospective in progress': 'in-review', 'retro in progress': 'in-review',
    // Round 59: the stage of an incident tool in which its report is written.
    documenting: 'draft',
  },
  visibility: {
    private: 'internal', confidential: 'internal', restricted: 'internal', 'internal-only': 'internal', 'internal only': 'internal', secret: 'internal', team: 'internal', company: 'internal', hidden: 'internal', no: 'internal', false: 'internal',
    intern: 'internal', interne: 'internal', interno: 'internal', 社内: 'internal', öffentlich: 'public', publique: 'public', público: 'public', publico: 'public', 公開: 'public',
    external: 'public', customer: 'public', customers: 'public', 'customer-facing': 'public', published: 'public', open: 'public', everyone: 'public', yes: 'public', true: 'public',
  },
  'actionItems.status': {
    closed: 'done', resolved: 'done', complete: 'done', completed: 'done', fixed: 'done', finished: 'done', shipped: 'done', merged: 'done', deployed: 'done', verified: 'done', yes: 'done', true: 'done', '✅': 'done', '✔': 'done', '✔️': 'done', x: 'done', '[x]': 'done',
    wontfix: 'wont-do', "won't fix": 'wont-do', "won't do": 'wont-do', 'wont fix': 'wont-do', 'will not fix': 'wont-do', 'will not do': 'wont-do', cancelled: 'wont-do', canceled: 'wont-do', obsolete: 'wont-do', duplicate: 'wont-do', 'n/a': 'wont-do', na: 'wont-do', rejected: 'wont-do', declined: 'wont-do', dropped: 'wont-do', abandoned: 'wont-do', 'not planned': 'wont-do',
    wip: 'in-progress', started: 'in-progress', doing: 'in-progress', ongoing: 'in-progress', active: 'in-progress', 'in review': 'in-progress', blocked: 'in-progress', 'on hold': 'in-progress',
    todo: 'open', 'to do': 'open', pending: 'open', new: 'open', planned: 'open', backlog: 'open', 'not started': 'open', false: 'open', no: 'open', '[ ]': 'open', '❌': 'open', tbd: 'open',
    // Round 58: incident.io's word for a follow-up not yet done (the list alone).
    outstanding: 'open',
  },
  'actionItems.priority': {
    critical: 'P0', urgent: 'P0', highest: 'P0', blocker: 'P0', p0: 'P0',
    high: 'P1', major: 'P1',
    medium: 'P2', normal: 'P2', moderate: 'P2',
    low: 'P3', lowest: 'P3', minor: 'P3', trivial: 'P3',
    // Round 41: a five-step scale's lowest (Jira's and many trackers' P0-P4, P1-P5) was "use one of
    // P0, P1, P2, P3" with no word of which: the lowest here is P3.
    p4: 'P3', p5: 'P3',
    // Round 51: the incident's severity written as the item's priority (`priority: SEV-1`) got the list alone:
    // the priority of the same number, as trackers that share the scale write it.
    'sev-0': 'P0', 'sev-1': 'P1', 'sev-2': 'P2', 'sev-3': 'P3', 'sev-4': 'P3', sev0: 'P0', sev1: 'P1', sev2: 'P2', sev3: 'P3', sev4: 'P3',
  },
  'actionItems.type': {
    // Round 15: a tracker's issue types. A fix, a bug or an improvement made after an incident is
    // what keeps it from happening again.
    fix: 'prevent', bugfix: 'prevent', 'bug fix': 'prevent', bug: 'prevent', improvement: 'prevent', enhancement: 'prevent', remediation: 'prevent',
    prevention: 'prevent', preventive: 'prevent', preventative: 'prevent', 'root cause': 'prevent', hardening: 'prevent',
    detection: 'detect', monitoring: 'detect', alerting: 'detect', alert: 'detect', observability: 'detect',
    mitigation: 'mitigate', recovery: 'mitigate', runbook: 'mitigate', workaround: 'mitigate',
    communication: 'communicate', comms: 'communicate', 'status page': 'communicate', docs: 'communicate', documentation: 'communicate',
    // Round 51: the words of CAPA (corrective and preventive action) and of the reports' "short term /
    // long term" columns got the list alone. A corrective action removes the cause so that it does not
    // happen again; containment and a short-term action limit the harm while it lasts.
    corrective: 'prevent', 'corrective action': 'prevent', 'preventive action': 'prevent', 'preventative action': 'prevent', correction: 'prevent', 'long term': 'prevent', 'long-term fix': 'prevent',
    process: 'prevent', training: 'prevent', tooling: 'prevent', automation: 'prevent', testing: 'prevent',
    containment: 'mitigate', contain: 'mitigate', 'short term': 'mitigate', 'quick fix': 'mitigate', hotfix: 'mitigate', repair: 'mitigate', restore: 'mitigate', rollback: 'mitigate', 'disaster recovery': 'mitigate',
    detective: 'detect', 'detective action': 'detect', logging: 'detect', 'health check': 'detect',
    notification: 'communicate', 'customer communication': 'communicate',
  },
  'timeline.kind': {
    alert: 'detection', alerted: 'detection', detected: 'detection', page: 'escalation', paged: 'escalation', escalated: 'escalation', declared: 'escalation',
    fix: 'mitigation', fixed: 'mitigation', mitigated: 'mitigation', rollback: 'mitigation', revert: 'mitigation', reverted: 'mitigation', workaround: 'mitigation',
    resolved: 'resolution', closed: 'resolution', recovered: 'resolution', 'all clear': 'resolution',
    update: 'communication', 'status update': 'communication', comms: 'communication', announcement: 'communication', notified: 'communication',
    decided: 'decision', action: 'other', note: 'other', info: 'other',
    // Round 41: the steps between detection and mitigation, as run sheets name them, were "did you
    // mean mitigation?" (`investigation`, by its spelling): the kinds name no such step, so other.
    investigation: 'other', investigating: 'other', investigate: 'other', diagnosis: 'other', triage: 'other', hypothesis: 'other', analysis: 'other', debugging: 'other', observation: 'other', monitoring: 'other',
  },
};

/**
 * Other tools' severity words (Jira's Blocker … Trivial, PagerDuty's and Opsgenie's Critical … Low)
 * and the SEV-n they most often stand for (bad input round 15): `severity: critical` and `Major`
 * were refused with the list of SEV-n and no word of which one is meant. The scales differ between
 * organisations, so the message says so and names the one it maps to.
 */
const severityWords: Record<string, string> = {
  blocker: 'SEV-0', blocking: 'SEV-0', catastrophic: 'SEV-0', emergency: 'SEV-0', disaster: 'SEV-0', outage: 'SEV-0',
  critical: 'SEV-1', crit: 'SEV-1', urgent: 'SEV-1', highest: 'SEV-1', severe: 'SEV-1',
  major: 'SEV-2', high: 'SEV-2', significant: 'SEV-2',
  medium: 'SEV-3', moderate: 'SEV-3', normal: 'SEV-3', minor: 'SEV-3', warning: 'SEV-3',
  low: 'SEV-4', lowest: 'SEV-4', trivial: 'SEV-4', cosmetic: 'SEV-4', info: 'SEV-4', informational: 'SEV-4',
  // Round 45: the impact words of status pages (Statuspage's component states, cState's notice /
  // disrupted / down) and log levels, as reports moved from a status page keep them: each got the
  // list of SEV-n alone.
  'major outage': 'SEV-1', down: 'SEV-1', fatal: 'SEV-1',
  'partial outage': 'SEV-2', disrupted: 'SEV-2', disruption: 'SEV-2', error: 'SEV-2',
  'degraded performance': 'SEV-3', degraded: 'SEV-3', 'degraded service': 'SEV-3',
  notice: 'SEV-4', maintenance: 'SEV-4', 'under maintenance': 'SEV-4', 'planned maintenance': 'SEV-4',
  // Round 46: cState's `minor-outage`, and `information` (its word for a notice).
  'minor outage': 'SEV-3', information: 'SEV-4',
  // Round 53: the noun of `degraded` (`severity: degradation`, a status page's incident type) got the list alone.
  degradation: 'SEV-3', 'performance degradation': 'SEV-3', 'service degradation': 'SEV-3',
};

/**
 * The same words in the languages adopters' old reports are written in (bad input round 43:
 * `Kritisch`, `critique`, `élevé`, `高` got the list of SEV-n alone), as the English word above.
 */
const severityWordsTranslated: Record<string, string> = {
  kritisch: 'critical', critique: 'critical', crítico: 'critical', crítica: 'critical', critico: 'critical', critica: 'critical', kritiek: 'critical', krytyczny: 'critical', kritisk: 'critical', 致命的: 'critical', 严重: 'critical', 緊急: 'urgent', dringend: 'urgent', urgente: 'urgent',
  schwer: 'severe', schwerwiegend: 'severe', grave: 'severe', sévère: 'severe', severo: 'severe', ernstig: 'severe', 重大: 'major', 重要: 'major', majeur: 'major', majeure: 'major', mayor: 'major', maggiore: 'major',
  hoch: 'high', élevé: 'high', élevée: 'high', haut: 'high', haute: 'high', alto: 'high', alta: 'high', elevato: 'high', elevata: 'high', hoog: 'high', wysoki: 'high', 高: 'high', 高い: 'high', 높음: 'high',
  mittel: 'medium', moyen: 'medium', moyenne: 'medium', medio: 'medium', media: 'medium', médio: 'medium', média: 'medium', gemiddeld: 'medium', 中: 'medium', 中等: 'medium', 普通: 'medium',
  gering: 'minor', mineur: 'minor', mineure: 'minor', menor: 'minor', minore: 'minor',
  niedrig: 'low', faible: 'low', bas: 'low', basse: 'low', bajo: 'low', baja: 'low', baixo: 'low', baixa: 'low', basso: 'low', bassa: 'low', laag: 'low', niski: 'low', 低: 'low', 低い: 'low', 낮음: 'low',
};

/**
 * The word of a severity as written, in lower case, without a label before it (`Sev High`) or after it
 * (round 54: `High impact`, `critical severity`, a tracker's label, which got the list alone) nor, round 57,
 * a coloured mark before it (`🔴 Critical`, which got the list alone).
 */
function severityWordOf(value: string): string {
  return value.trim().toLowerCase().replace(/^[^\p{L}\p{N}]+(?=\p{L})/u, '').replace(/^(?:sev(?:erity)?|priority)[\s:_-]+/, '').replace(/[\s_-]+(?:impact|severity|sev|priority|incident)$/, '');
}

/** The English severity word (`critical`) for one of another language (`Kritisch`), or undefined. */
export function severityWordInEnglish(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const word = severityWordOf(value);
  return Object.hasOwn(severityWordsTranslated, word) ? severityWordsTranslated[word] : undefined;
}

/** The SEV-n another tool's severity word (`critical`, `Major`, `Sev High`, `Kritisch`) most often stands for, among `options`, or undefined. */
export function severityForWord(value: unknown, options: readonly string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const word = severityWordOf(value);
  // Round 46: `degraded-performance`, `minor-outage` (cState's and Statuspage's ids) are the words with hyphens.
  const meant = severityWords[severityWordInEnglish(word) ?? word] ?? severityWords[word.replace(/[-_]+/g, ' ')];
  return meant !== undefined && options.includes(meant) ? meant : undefined;
}

/**
 * A traffic-light colour, by name or as the round emoji a status page or a Notion select shows
 * (`red`, `🔴`, `amber`: bad input round 43), and the SEV-n it most often stands for. Scales of
 * colours differ more than scales of words (green may be "resolved" or "minor"), so the message
 * asks for the level the adopter's scale gives it.
 */
const severityColours: Record<string, { colour: string; often: string }> = {
  red: { colour: 'red', often: 'SEV-1' }, '🔴': { colour: 'red', often: 'SEV-1' }, '🟥': { colour: 'red', often: 'SEV-1' },
  orange: { colour: 'orange', often: 'SEV-2' }, amber: { colour: 'amber', often: 'SEV-2' }, '🟠': { colour: 'orange', often: 'SEV-2' }, '🟧': { colour: 'orange', often: 'SEV-2' },
  yellow: { colour: 'yellow', often: 'SEV-3' }, '🟡': { colour: 'yellow', often: 'SEV-3' }, '🟨': { colour: 'yellow', often: 'SEV-3' },
  green: { colour: 'green', often: 'SEV-4' }, '🟢': { colour: 'green', often: 'SEV-4' }, '🟩': { colour: 'green', often: 'SEV-4' },
  blue: { colour: 'blue', often: 'SEV-4' }, '🔵': { colour: 'blue', often: 'SEV-4' }, '🟦': { colour: 'blue', often: 'SEV-4' },
};

/** The colour a severity is written as (`red`, `🔴`) and the SEV-n it most often stands for, among `options`, or undefined. */
export function severityColour(value: unknown, options: readonly string[]): { colour: string; often: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const written = value.trim().toLowerCase().replace(/\ufe0f/g, '');
  const found = Object.hasOwn(severityColours, written) ? severityColours[written] : undefined;
  return found && options.includes(found.often) ? found : undefined;
}

/** The enum a field path is for (`actionItems[3].status` is an action item's status), or undefined. */
export function enumFieldOf(path: readonly PropertyKey[]): EnumField | undefined {
  const last = path[path.length - 1];
  if (path.length === 1 && (last === 'status' || last === 'visibility')) return last;
  if (path.length === 3 && path[0] === 'actionItems' && (last === 'status' || last === 'priority' || last === 'type')) return `actionItems.${last}`;
  if (path.length === 3 && path[0] === 'timeline' && last === 'kind') return 'timeline.kind';
  return undefined;
}

/**
 * The value meant by another tool's word for it (`closed` → `done` for an action item), among
 * `options` (the schema's values, so a table out of step with the schema suggests nothing), or
 * undefined. Letter case, `_`, `-` and spaces around are not told apart.
 */
export function enumSynonym(field: EnumField, value: unknown, options: readonly string[]): string | undefined {
  // `status: 1` / `0` (a spreadsheet's checkbox column) is a number: read as the box it was.
  if (typeof value === 'number' && field === 'actionItems.status' && (value === 0 || value === 1)) return options.includes(value ? 'done' : 'open') ? (value ? 'done' : 'open') : undefined;
  if (typeof value !== 'string' && typeof value !== 'boolean') return undefined;
  // Round 58: a Confluence export keeps a status macro's mark as text before its word (`(/) Complete`, `(!) In review`).
  const written = String(value).trim().toLowerCase().replace(/^\((?:\/|x|!|i|\?|y|n|on|off|\*)\)\s*/, '');
  const table = synonyms[field];
  const meant = table[written] ?? table[written.replace(/[_-]+/g, ' ')] ?? table[written.replace(/[\s_]+/g, '-')] ?? phraseMeaning(field, written, options);
  return meant !== undefined && options.includes(meant) ? meant : undefined;
}

/**
 * The severity `value` is surely written for: `SEV-02`, `SEV II`, `Sev 1`, `ＳＥＶ－２`, `Severity 2`,
 * `Level 2`, `S2` give the SEV-n of that number when it is one of `options`. A priority (`P1`) is
 * another scale: its number is suggested with a note to check the mapping.
 */
export function severityMeant(value: unknown, options: readonly string[]): { id: string; note?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFKC').toUpperCase().trim();
  // Round 57: `L2` (a level of another scale, as a support desk writes it) and `Stufe 2`, `Niveau 2`, `Nivel 2` got the list alone.
  const match = /^(SEV(?:ERITY)?|S|LEVEL|L|STUFE|NIVEAU|NIVEL|P)?[\s\-_\u2010-\u2015.:]*(0*\d+(?:\.0+)?|IV|III|II|I|ZERO|ONE|TWO|THREE|FOUR)(?=$|[\s(\/,])/.exec(text);
  if (!match) return undefined;
  // Round 45: `sev-two` was "did you mean SEV-0?" (its spelling): a number written as a word is that number.
  const named: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, ZERO: 0, ONE: 1, TWO: 2, THREE: 3, FOUR: 4 };
  const number = named[match[2]] ?? Number(match[2]);
  const id = `SEV-${number}`;
  if (!options.includes(id)) return undefined;
  if (match[1] === 'P') return { id, note: `${value} reads as a priority: if P${number} is the severity your old reports called ${id}, write ${id}; action items take priorities (priority: P${number}).` };
  // A level of another scale is the same number here only if that scale, like this one, counts from its worst.
  if (match[1] && match[1] !== 'S' && !match[1].startsWith('SEV')) return { id, note: `${value.trim()} reads as level ${number} of another scale, ${id} here, where ${options[0]} is the worst and ${options[options.length - 1]} the least: if your old scale counts the other way (its level 1 the least), write the SEV-n its level ${number} stands for.` };
  return { id };
}

/**
 * A severity written as a level beyond the scale (`SEV-5`, `SEV-9`, `-1`, `Sev 7`: a scale of more
 * levels, or a slip): the number written, or undefined. Round 45: each got the list alone.
 */
export function severityBeyondScale(value: unknown, options: readonly string[]): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.normalize('NFKC').toUpperCase().trim() : '';
  const match = /^(?:(?:SEV(?:ERITY)?|S|LEVEL|L|STUFE|NIVEAU|NIVEL)[\s_\u2010-\u2015.:-]*(\d{1,3})|(-?\d{1,3}))$/.exec(text);
  if (!match) return undefined;
  const number = Number(match[1] ?? match[2]);
  return options.includes(`SEV-${number}`) ? undefined : number;
}

/**
 * The end of a sentence saying which severity a command-line value (`--severity "Sev 1"`, `--set
 * severity=critical`) stands for, as the check says it of a file's (bad input round 18); the
 * severity scale's order when none is meant.
 */
export function severityOptionAdvice(written: string, give: (id: string) => string, options: readonly string[]): string {
  const byNumber = severityMeant(written, options);
  const meant = byNumber?.id ?? severityForWord(written, options);
  if (!meant) return ' (SEV-0 the worst)';
  const note = byNumber?.note ? ` (${byNumber.note.replace(/\.$/, '')})` : byNumber ? '' : ` (what "${written}" of another tool's scale most often stands for; if your old reports map it to another level, give that one)`;
  return `: give ${give(meant)}${note}`;
}

/**
 * A state of the incident (`resolved`, `investigating`, `monitoring`, as a status page or a tracker
 * writes it) given as the postmortem's status, which is the report's own state (round 45: the list
 * of values alone, which did not say that the two are different things).
 */
// Round 59 (round 58's leftover): `Learning`, `Fixing`, `Triage`, the stages incident tools (incident.io's among them) move an
// incident through, got the list of values alone.
export function isIncidentState(value: unknown): boolean {
  return typeof value === 'string' && /^(?:resolved|investigating|identified|detected|monitoring|mitigated|ongoing|active|recovering|postmortem|post-mortem|scheduled|in progress|in-progress|gelöst|behoben|résolue?|resuelto|解決済み|復旧済み|調査中|対応中|post[- ]?incident|learning|fixing|triage|triaging)$/i.test(value.trim());
}

/**
 * A status page's message written where a one-word value goes (`status: One or more devices could not be
 * used`, `This incident has been resolved.`; bad input round 57's leftover, the list of values alone): a
 * sentence of four words or more, or of two or more ending with a full stop.
 */
export function looksLikeStatusMessage(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const words = value.trim().replace(/^["']|["']$/g, '').split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 4 || (words.length >= 2 && /[.!]$/.test(value.trim()));
}

/**
 * The value a phrase of a few words means when its words that have a meaning all mean one value
 * (`postmortem complete`, `RCA complete`: `complete`; round 52, the list alone, bad input round
 * 51's leftover). The postmortem's status only: for the other fields a phrase is most often a
 * value and a note, which their own messages say.
 */
function phraseMeaning(field: EnumField, written: string, options: readonly string[]): string | undefined {
  if (field !== 'status') return undefined;
  const words = written.split(/[\s_/,:;()-]+/).filter(Boolean);
  // `not complete`, `no review yet`: a word that turns the meaning around leaves the list to choose from.
  if (words.length < 2 || words.length > 4 || words.some((word) => /^(?:not|no|never|yet|pending)$/.test(word))) return undefined;
  const meanings = new Set(words.flatMap((word) => (options.includes(word) ? [word] : Object.hasOwn(synonyms.status, word) ? [synonyms.status[word]] : [])));
  return meanings.size === 1 ? [...meanings][0] : undefined;
}
