import { describe, expect, test } from 'vitest';
import { capitalCue, cuedClausePhrasings } from '../../src/lib/publication/person-clause-forms.ts';
import { cuedHostPhrasings } from '../../src/lib/publication/unported-internal-hosts.ts';
import { cuedCloudProjectPhrasings } from '../../src/lib/publication/cloud-project-hosts.ts';
import { cuedAddressPhrasings } from '../../src/lib/publication/person-address-forms.ts';
import { cueCounterexamples } from '../support/regex-samples.ts';
import type { CuedPattern } from '../../src/lib/publication/cued-pattern.ts';
import { cuedActivityEntry, cuedProseHandleActing } from '../../src/lib/publication/activity-log-handles.ts';
import { cuedWordGivenNameActing, cuedWordGivenNameHandedTo, cuedWordGivenNamePaged, cuedWordGivenNamePair, cuedWordGivenNameRelative } from '../../src/lib/publication/word-given-names-acting.ts';
import { cuedCodeNameServiceHost } from '../../src/lib/publication/code-name-service-hosts.ts';
import { cuedTrackerAndLogPatterns } from '../../src/lib/publication/tracker-and-log-people.ts';
import { cuedWriterAndPromptPatterns } from '../../src/lib/publication/writer-and-prompt-people.ts';
import { cuedAppositiveMachine } from '../../src/lib/publication/appositive-machines.ts';
import { cuedCodeSpanMachinePatterns } from '../../src/lib/publication/code-span-machine-names.ts';
import { cuedLogLineHosts } from '../../src/lib/publication/log-line-hosts.ts';
import { cuedNoteShorthandPatterns } from '../../src/lib/publication/note-shorthand-people.ts';
import { cuedTwoPartServiceHost } from '../../src/lib/publication/two-part-service-hosts.ts';
import { cuedRomanisedKoreanNames } from '../../src/lib/publication/romanised-korean-names.ts';
import { cuedInitialsInRole } from '../../src/lib/publication/initial-names.ts';
import { cuedActingCodeNames } from '../../src/lib/publication/acting-code-names.ts';
import { cuedAttributePatterns } from '../../src/lib/publication/attribute-people.ts';
import { cuedCapitalisedPair } from '../../src/lib/publication/everyday-word-names.ts';
import { cuedImageFilePatterns } from '../../src/lib/publication/image-file-people.ts';
import { cuedHostParameterPatterns } from '../../src/lib/publication/link-host-parameters.ts';
import { cuedLinkPathPatterns } from '../../src/lib/publication/link-path-people.ts';
import { cuedLinkTitlePatterns } from '../../src/lib/publication/link-title-people.ts';
import { cuedOwnSystemNames } from '../../src/lib/publication/own-system-names.ts';
import { cuedPassphrasePatterns } from '../../src/lib/publication/passphrase-values.ts';
import { cuedAccountShapes } from '../../src/lib/publication/pasted-config-people.ts';
import { cuedLineShapes } from '../../src/lib/publication/pasted-record-people.ts';
import { cuedPersonPatterns } from '../../src/lib/publication/person-patterns.ts';
import { cuedPossessivePatterns } from '../../src/lib/publication/possessive-work-people.ts';
import { cuedDashboardPath, cuedLowerHub, cuedLowerNamespace, cuedTitledChannel, cuedUnownedCodeName } from '../../src/lib/publication/unowned-code-names.ts';
import { cuedIdentifierToken } from '../../src/lib/publication/internal-systems.ts';
import { cuedGuardLinePatterns, cuedMentionedHandle, internalHostPatterns, reservedInternalDomains } from '../../src/lib/redaction-guard.ts';
import { cuedCommentPeople } from '../../src/lib/publication/code-comment-people.ts';
import { cuedStatusPhrasings } from '../../src/lib/publication/person-status-forms.ts';
import { cuedWorkloadPatterns } from '../../src/lib/publication/workload-names.ts';
import { cuedBoardTitle } from '../../src/lib/publication/board-titles.ts';
import { cuedBucketResource, cuedCloudResource } from '../../src/lib/publication/cloud-resource-names.ts';
import { cuedDatabaseHost } from '../../src/lib/publication/database-host-names.ts';
import { cuedTerraformAddresses } from '../../src/lib/publication/terraform-addresses.ts';
import { cuedChatAndPagingIds } from '../../src/lib/publication/chat-and-paging-ids.ts';
import { cuedSettingsHostValues } from '../../src/lib/publication/settings-host-values.ts';
import { cuedLinkTitleHosts } from '../../src/lib/publication/link-title-hosts.ts';
import { cuedImageNamespace } from '../../src/lib/publication/image-namespace-people.ts';

/**
 * The cue checks of the redaction rules (docs/redaction.md, "Twenty-fifth probe round"): a phrasing
 * runs only on a line holding its cue, so every line its pattern matches must hold the cue, or the
 * phrasing fails open. Lines are drawn from each pattern's own source (each alternative, class
 * member, space and case at random), so widening a pattern without its cue fails here.
 */
describe('every line a cued phrasing matches holds its cue', () => {
  test.each(cuedClausePhrasings.map((p) => [p.name, p] as const))('%s (person-clause-forms.ts)', (_, { cue, pattern, named }) => {
    const check = cueCounterexamples(pattern, (line) => (!named || capitalCue.test(line)) && cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  test.each(cuedAddressPhrasings.map((p) => [p.name, p] as const))('%s (person-address-forms.ts)', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, (line) => capitalCue.test(line) && cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  test.each([...cuedHostPhrasings, ...cuedCloudProjectPhrasings].map((p) => [p.name, p] as const))('%s (unported-internal-hosts.ts, cloud-project-hosts.ts)', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, (line) => cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  // Session 39: the guard's own line patterns, each run only on a line passing its cue.
  test.each(cuedGuardLinePatterns.map((p) => [p.name, p] as const))('%s (redaction-guard.ts)', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, cue);
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });

  // Session 50: the host under an internal suffix runs only on a line holding a suffix, in ASCII
  // and with a configured suffix of other letters (the pattern's `u` form).
  test.each([['the reserved suffixes', ['.corp']], ['a suffix of other letters', ['.bücher.example']]] as const)('a host under an internal suffix, %s (redaction-guard.ts)', (_, configured) => {
    const { internalHost, internalHostCue } = internalHostPatterns([...configured, ...reservedInternalDomains]);
    const check = cueCounterexamples(internalHost, (line) => internalHostCue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });
});

/**
 * The other files' cue guards (since the twenty-eighth probe round): each file exports the cue its
 * function tests before a pattern runs, with that pattern, and the guard reads the same table.
 */
const otherCuedPatterns: readonly (readonly [string, readonly CuedPattern[]])[] = [
  ['activity-log-handles.ts', [cuedActivityEntry, cuedProseHandleActing]],
  ['word-given-names-acting.ts', [cuedWordGivenNameActing, cuedWordGivenNamePair, cuedWordGivenNamePaged, cuedWordGivenNameHandedTo, cuedWordGivenNameRelative]],
  ['two-part-service-hosts.ts', [cuedTwoPartServiceHost]],
  ['code-name-service-hosts.ts', [cuedCodeNameServiceHost]],
  ['code-span-machine-names.ts', cuedCodeSpanMachinePatterns],
  ['log-line-hosts.ts', cuedLogLineHosts],
  ['note-shorthand-people.ts', cuedNoteShorthandPatterns],
  ['tracker-and-log-people.ts', cuedTrackerAndLogPatterns],
  ['writer-and-prompt-people.ts', cuedWriterAndPromptPatterns],
  ['appositive-machines.ts', [cuedAppositiveMachine]],
  ['romanised-korean-names.ts', cuedRomanisedKoreanNames],
  ['initial-names.ts', [cuedInitialsInRole]],
  ['acting-code-names.ts', cuedActingCodeNames],
  ['attribute-people.ts', cuedAttributePatterns],
  ['everyday-word-names.ts, unlisted-given-names.ts', [cuedCapitalisedPair]],
  ['image-file-people.ts', cuedImageFilePatterns],
  ['link-host-parameters.ts', cuedHostParameterPatterns],
  ['link-path-people.ts', cuedLinkPathPatterns],
  ['link-title-people.ts', cuedLinkTitlePatterns],
  ['own-system-names.ts', cuedOwnSystemNames],
  ['passphrase-values.ts', cuedPassphrasePatterns],
  ['pasted-config-people.ts', cuedAccountShapes],
  ['pasted-record-people.ts', cuedLineShapes],
  ['person-patterns.ts', cuedPersonPatterns],
  ['possessive-work-people.ts', cuedPossessivePatterns],
  ['unowned-code-names.ts', [cuedUnownedCodeName, cuedTitledChannel, cuedDashboardPath, cuedLowerNamespace, cuedLowerHub]],
  ['internal-systems.ts', [cuedIdentifierToken]],
  ['redaction-guard.ts', [cuedMentionedHandle]],
  ['code-comment-people.ts', cuedCommentPeople],
  ['person-status-forms.ts', cuedStatusPhrasings],
  ['workload-names.ts', cuedWorkloadPatterns],
  ['board-titles.ts', [cuedBoardTitle]],
  ['cloud-resource-names.ts', [cuedCloudResource, cuedBucketResource]],
  ['database-host-names.ts', [cuedDatabaseHost]],
  ['terraform-addresses.ts', cuedTerraformAddresses],
  ['chat-and-paging-ids.ts', cuedChatAndPagingIds],
  ['settings-host-values.ts', cuedSettingsHostValues],
  ['link-title-hosts.ts', cuedLinkTitleHosts],
  ['image-namespace-people.ts', [cuedImageNamespace]],
];

describe("every line another file's cued pattern matches holds its cue", () => {
  test.each(otherCuedPatterns.flatMap(([file, pairs]) => pairs.map((p) => [`${p.name} (${file})`, p] as const)))('%s', (_, { cue, pattern }) => {
    const check = cueCounterexamples(pattern, (line) => cue.test(line));
    expect(check.matched).toBeGreaterThanOrEqual(30);
    expect(check.missed).toEqual([]);
  });
});

describe('the check finds a cue the pattern does not imply', () => {
  test.each([
    ['a pattern widened past its literal cue', /\s(?:by|from)\s/, / by /],
    ['a space of another width than the cue', /was\s+paged\s+by\s+\p{Lu}\p{Ll}+/u, / by /],
    ['a capital the cue reads in lower case only', /\b(?:[Mm]e|I)\s+and\s+\p{Lu}\p{Ll}+/u, /\bme\b|\bI\b/],
    ['a case-insensitive pattern and a lower-case cue', /go\/[a-z]+/i, /go\//],
  ])('%s', (_, pattern, cue) => {
    expect(cueCounterexamples(pattern, (line) => cue.test(line)).missed).not.toEqual([]);
  });
});
