/**
 * The harness of the probe rounds written as tables (docs/redaction.md, "Tenth probe round" and
 * after): a round is a table of probes, each a public text hiding one leak, with the probes found
 * before the round's rules and those still published. `describeProbeRound` registers the tests
 * every such round asserts; a round's own test file adds its negatives and `npm run redact` checks
 * with the helpers below. No list knows any name: only the default domains are configured, and
 * the organisation `acme` (as site.config.ts's `organisation` gives it) for probes marked `org`.
 */
import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions, type RedactionScan } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';

export interface LeakProbe {
  kind: string;
  text: string;
  /** What must not reach the page: every occurrence in `text` must lie inside a finding. */
  leak: string;
}

export interface LeakProbeWithOrganisation extends LeakProbe {
  /** Judged with the organisation `acme` configured. */
  org?: boolean;
}

/** Where a finding is and the text it reports (`redactionFindingText`). */
export interface PlacedText {
  line: number;
  column: number;
  text: string;
}

/**
 * The occurrences of `leak` in `text` (as `line:column`) that no finding covers: a finding covers
 * an occurrence when it starts on its line at or before it and its text reaches past its end.
 */
export function uncoveredOccurrences(text: string, leak: string, findings: readonly PlacedText[]): string[] {
  const uncovered: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (let at = line.indexOf(leak); at !== -1; at = line.indexOf(leak, at + 1)) {
      const column = at + 1;
      const covered = findings.some((f) => f.line === index + 1 && f.column <= column && f.column + f.text.length >= column + leak.length);
      if (!covered) uncovered.push(`${index + 1}:${column}`);
    }
  });
  return uncovered;
}

/** The default settings: no list, the default private domains. */
export const probeOptions: RedactionOptions = { internalDomains: ['.internal', '.corp', '.local', '.lan'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex([]) };
/** The same with the organisation `acme` configured. */
export const probeOptionsWithOrganisation: RedactionOptions = { ...probeOptions, orgScopes: ['acme'] };

export const scanProbe = (text: string, options: RedactionOptions = probeOptions): RedactionScan['findings'] => scanPublicText('post.mdx', text, options).findings;
/** Every finding as `rule:text`. */
export const foundInProbe = (text: string, options: RedactionOptions = probeOptions): string[] => scanProbe(text, options).map((f) => `${f.rule}:${redactionFindingText(f)}`);
/** The occurrences of the probe's leak that no finding covers (`line:column`). */
export const publishedOccurrences = (probe: LeakProbeWithOrganisation): string[] =>
  uncoveredOccurrences(probe.text, probe.leak, scanProbe(probe.text, probe.org ? probeOptionsWithOrganisation : probeOptions).map((f) => ({ line: f.line, column: f.column, text: redactionFindingText(f) })));
/**
 * The source as `npm run redact` leaves it in an `.mdx` post, as the public page reads it: without
 * what `<Internal>` keeps off the page, and with what `<PublicOnly>` shows there (a person's role).
 */
export const publicTextAfterRedact = (source: string, options: RedactionOptions = probeOptions): string =>
  applyRedactionFixes(source, scanProbe(source, options), { isMdx: true }).source.replace(/<Internal>[\s\S]*?<\/Internal>/g, '').replace(/<\/?PublicOnly>/g, '');

export interface ProbeRound {
  probes: readonly LeakProbeWithOrganisation[];
  /** The kinds of the probes found before the round's rules (measured on the commit before it). */
  foundBefore: ReadonlySet<string>;
  /** The kinds of the probes still published after them (docs/redaction.md, "Limits"). */
  stillPublished: ReadonlySet<string>;
  /** How many probes the table holds at least, and how many of them got through before the round. */
  atLeast: { probes?: number; gotThroughBefore?: number };
}

const rows = (probes: readonly LeakProbeWithOrganisation[]) => probes.map((p) => [p.kind, p] as const);

/**
 * Registers the tests of a round's table: its size and consistency, the probes found now (those
 * that got through before, and those found before too), the probes still published (asserted as
 * they are, so that a rule that finds one shows and the Limits are updated), and for probes of the
 * organisation's own hosts that they are found only with the organisation configured.
 */
export function describeProbeRound(round: ProbeRound): void {
  const { probes, foundBefore, stillPublished, atLeast } = round;
  const newlyFound = probes.filter((p) => !foundBefore.has(p.kind) && !stillPublished.has(p.kind));

  test(`the table holds at least ${atLeast.probes ?? 0} probes, ${atLeast.gotThroughBefore ?? 0} of which got through before`, () => {
    expect(probes.length).toBeGreaterThanOrEqual(atLeast.probes ?? 0);
    expect(probes.length - foundBefore.size).toBeGreaterThanOrEqual(atLeast.gotThroughBefore ?? 0);
    // Every name in the sets is a probe's, so a renamed probe cannot drop out of its test unseen.
    const kinds = new Set(probes.map((p) => p.kind));
    expect(kinds.size).toBe(probes.length);
    for (const kind of [...foundBefore, ...stillPublished]) expect(kinds.has(kind), kind).toBe(true);
    for (const kind of foundBefore) expect(stillPublished.has(kind), kind).toBe(false);
    for (const p of probes) expect(p.text.includes(p.leak), p.kind).toBe(true);
  });

  // A group with no probe is left out (vitest fails an empty suite); the table's test above still
  // checks that every kind in the sets is a probe's.
  const group = (name: string, members: readonly LeakProbeWithOrganisation[], check: (p: LeakProbeWithOrganisation) => void) => {
    if (members.length) describe(name, () => test.each(rows(members))('%s', (_, p) => check(p)));
  };
  group('got through before, found now: every occurrence inside a finding', newlyFound, (p) => {
    expect(publishedOccurrences(p)).toEqual([]);
  });
  group('found before too, probed again', probes.filter((p) => foundBefore.has(p.kind)), (p) => {
    expect(publishedOccurrences(p)).toEqual([]);
  });
  group('still published (docs/redaction.md, "Limits")', probes.filter((p) => stillPublished.has(p.kind)), (p) => {
    expect(publishedOccurrences(p)).not.toEqual([]);
  });
  group("the organisation's own hosts are found only with the organisation configured", probes.filter((p) => p.org && !stillPublished.has(p.kind)), (p) => {
    expect(publishedOccurrences(p)).toEqual([]);
    expect(publishedOccurrences({ ...p, org: false })).not.toEqual([]);
  });
}

/** Registers a round's negatives: each public text is no finding, without and with the organisation configured. */
export function describeNotLeaks(name: string, negatives: readonly (readonly [string, string])[]): void {
  describe(name, () => {
    test.each(negatives)('%s', (_, text) => {
      expect(foundInProbe(text)).toEqual([]);
      expect(foundInProbe(text, probeOptionsWithOrganisation)).toEqual([]);
    });
  });
}

/** Registers the check that `npm run redact` replaces or removes each found leak, or leaves it for the author, when the scan still finds it and the build stops. */
export function describeLeaksGoneAfterRedact(probes: readonly LeakProbeWithOrganisation[], stillPublished: ReadonlySet<string>): void {
  describe('after npm run redact, each leak is gone or still stops the public build', () => {
    test.each(rows(probes.filter((p) => !stillPublished.has(p.kind))))('%s', (_, probe) => {
      const after = publicTextAfterRedact(probe.text, probe.org ? probeOptionsWithOrganisation : probeOptions);
      expect(publishedOccurrences({ ...probe, text: after })).toEqual([]);
    });
  });
}
