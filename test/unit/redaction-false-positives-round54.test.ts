import { describe, expect, test } from 'vitest';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { buildPeopleIndex, type KnownName } from '../../src/lib/publication/people.ts';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { stripInternalFromSource } from '../../src/lib/strip-internal.ts';

/**
 * Round 54 of false positives and wrong stand-ins (docs/redaction.md): session 53's leftovers. A
 * name with no article before a system's noun ("Restarting `x` service"), a package's path wrapped
 * for its owner with nothing in its place ("by upgrading to  in …"), Windows' generated machine
 * names as identifiers, a distribution before "Linux" as a listed person's part. Every line is our
 * own; beside each relaxation, a near miss written the same way.
 */
const optionsWith = (names: readonly string[], more: Partial<RedactionOptions> = {}): RedactionOptions => {
  const listed: KnownName[] = names.map((name) => ({ name, origin: 'git author' }));
  return { internalDomains: ['.internal'], serviceIds: [], people: [], peopleIndex: buildPeopleIndex(listed), ...more };
};
const post = (body: string) => `# Outage\n\nThe kiln controller stalled twice.\n\n${body}\n`;
const findings = (body: string, options = optionsWith([])) => scanPublicText('post.mdx', post(body), options).findings.map((f) => `${f.rule}:${redactionFindingText(f)}`);
const publicText = (body: string, options = optionsWith([])) => {
  const source = post(body);
  const fixed = applyRedactionFixes(source, scanPublicText('post.mdx', source, options).findings, { isMdx: true }).source;
  return stripInternalFromSource(fixed, 'public').replace(/<\/?PublicOnly>/g, '').trim().split('\n').slice(4).join('\n');
};

describe('a name with no article before a system\'s noun (singular) reads "an internal <noun>"', () => {
  const options = optionsWith([], { internalNames: ['korvash'], configuredInternalNames: ['korvash'] });
  test.each([
    ['Restarting `korvash` service on the kiln nodes.', 'Restarting an internal service on the kiln nodes.'],
    ['Restarting korvash service on the kiln nodes.', 'Restarting an internal service on the kiln nodes.'],
    ['- `korvash` service restarted at 04:10.', '- An internal service restarted at 04:10.'],
    ['We restarted `korvash` service twice.', 'We restarted an internal service twice.'],
  ])('%s', (body, read) => {
    expect(publicText(body, options)).toBe(read);
  });
  test.each([
    ['The `korvash` shim restarted twice.', 'An internal system shim restarted twice.'],
    ['Restarting `korvash` on the kiln nodes.', 'Restarting an internal system on the kiln nodes.'],
    ['The `korvash` service restarted twice.', 'An internal service restarted twice.'],
    // A word in "-s" after a bare name may be its verb: the name is the subject, as before.
    ['`korvash` hosts the telemetry services:', 'An internal system hosts the telemetry services:'],
  ])('no noun after it, or an article before it: as before: %s', (body, read) => {
    expect(publicText(body, options)).toBe(read);
  });
});

describe("a package's, module's or image's path wrapped for its owner keeps its sentence", () => {
  const options = optionsWith(['Qorvath Elmstrand', 'qorvathe']);
  test.each([
    ['Patch the flaw by upgrading to github.com/qorvathe/jwt-kiln@4.0.1 in the core repository.', 'Patch the flaw by upgrading to a release of a third-party module in the core repository.'],
    ['We moved to `github.com/qorvathe/jwt-kiln` later.', 'We moved to a third-party module later.'],
    ['We pulled ghcr.io/qorvathe/kiln-agent:1.2 before the deploy.', 'We pulled a container image before the deploy.'],
    ['github.com/qorvathe/jwt-kiln was the culprit.', 'A third-party module was the culprit.'],
  ])('%s', (body, read) => {
    expect(publicText(body, options)).toBe(read);
  });
  test.each([
    ['- github.com/qorvathe/jwt-kiln', ''],
    ['See github.com/qorvathe for more.', 'See an engineer for more.'],
  ])('alone on its line, or a profile (no module): no module\'s stand-in: %s', (body, read) => {
    expect(publicText(body, options).replace(/^-\s*$/, '').trim()).toBe(read);
  });
});

describe("Windows' generated machine name names no one", () => {
  test.each(['The host DESKTOP-7Q2K9LM lost its lease.', 'The host `DESKTOP-7Q2K9LM` lost its lease.', 'The server WIN-4K7Q2M9LX3B rebooted.'])('%s', (body) => {
    expect(findings(body)).toEqual([]);
  });
  test.each([
    ['The host DESKTOP-1ANA234 lost its lease.', 'redact/identifier:DESKTOP-1ANA234'],
    ['The host DESKTOP-KVOR123 lost its lease.', 'redact/identifier:DESKTOP-KVOR123'],
    ['The host DESKTOP-ANA lost its lease.', 'redact/person:DESKTOP-ANA'],
    ['The host DESKTOP-7Q2KLMN lost its lease.', 'redact/identifier:DESKTOP-7Q2KLMN'],
  ])('a name could hold a person\'s, or one digit only: still found: %s', (body, finding) => {
    expect(findings(body)).toContain(finding);
  });
});

describe('a distribution\'s name before "Linux" is software, not a listed person\'s part', () => {
  const options = optionsWith(['Adrit Kali', 'Orlan Vesk']);
  const people = (body: string) => findings(body, options).filter((f) => /person/.test(f));
  test.each(['The scan ran from Kali Linux on a laptop.', '**System:** Raspberry Pi 5, Kali Linux ARM64.'])('%s', (body) => {
    expect(people(body)).toEqual([]);
  });
  test.each([
    ['We thank Kali for the patch.', 'redact/person:Kali'],
    ['Adrit Kali Linux admin joined the call.', 'redact/person:Adrit Kali'],
    ['Quarvel and Vesk Linux upgrade.', 'redact/person:Vesk'],
  ])('still found: %s', (body, finding) => {
    expect(people(body)).toContain(finding);
  });
});

describe("a listed name's note in brackets is no part of the name", () => {
  // A git author written with the machine the commits came from: "Linux" was a listed part, and a given name before it a full name.
  const options = optionsWith(['Vorund (Linux PC)', 'Orvik Tannberg (Quorra Velstad)', 'Hantao (Will) Wang']);
  const people = (body: string) => findings(body, options).filter((f) => /person/.test(f));
  test('"Kali Linux" is no person', () => {
    expect(people('**System:** Raspberry Pi 5, Kali Linux ARM64.')).toEqual([]);
  });
  test.each([
    ['Vorund restarted the kiln controller.', 'redact/person:Vorund'],
    ['Quorra Velstad restarted the kiln controller.', 'redact/person:Quorra Velstad'],
    ['Hantao restarted the kiln controller.', 'redact/person:Hantao'],
  ])('the name, and a name in brackets, are still found: %s', (body, finding) => {
    expect(people(body)).toContain(finding);
  });
});
