import { describe, expect, test } from 'vitest';
import { applyRedactionFixes } from '../../src/lib/publication/apply-fixes.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';
import type { Finding } from '../../src/lib/findings.ts';

const options = (people: string[] = []): RedactionOptions => ({ internalDomains: ['.internal', '.corp'], serviceIds: [], people });
const personTexts = (text: string, people: string[] = []) =>
  scanPublicText('post.md', text, options(people)).findings.filter((f) => f.rule === 'redact/person' || f.rule === 'redact/possible-person').map((f) => redactionFindingText(f));

/** A person finding for `name` on its line of `source`, at its real column. */
function personAt(source: string, name: string): Finding {
  const lines = source.split('\n');
  const line = lines.findIndex((l) => l.includes(name));
  return { file: 'post.md', line: line + 1, column: lines[line].indexOf(name) + 1, rule: 'redact/person', severity: 'error', message: `a person's name would be published: "${name}".` };
}
const redacted = (source: string, name: string) => applyRedactionFixes(source, [personAt(source, name)], { isMdx: false }).source;

describe('redact writes a person placeholder in the line\'s language', () => {
  test.each([
    ['Merci à Ottilie Brekkevold pour le correctif, qui a été déployé sur les serveurs.', 'Ottilie Brekkevold', 'Merci à [nom retiré] pour le correctif, qui a été déployé sur les serveurs.'],
    ['Wir danken Ottilie Brekkevold für die schnelle Hilfe bei der Wiederherstellung.', 'Ottilie Brekkevold', 'Wir danken [Name entfernt] für die schnelle Hilfe bei der Wiederherstellung.'],
    ['Ottilie Brekkevold har genstartet serveren, og det virker nu igen.', 'Ottilie Brekkevold', '[Navn fjernet] har genstartet serveren, og det virker nu igen.'],
    ['El servidor fue reiniciado por Ottilie Brekkevold y el servicio está disponible.', 'Ottilie Brekkevold', 'El servidor fue reiniciado por [nombre eliminado] y el servicio está disponible.'],
  ])('%s', (source, name, expected) => {
    expect(redacted(source, name)).toBe(expected);
  });

  test('an English line keeps the role, in a post whose other lines are French', () => {
    const source = 'Le service a été rétabli par l\'équipe.\n\nThanks to Ottilie Brekkevold for the fix.';
    expect(redacted(source, 'Ottilie Brekkevold').split('\n')[2]).toBe('Thanks to an engineer for the fix.');
  });

  test('the placeholder is no person for the guard, and the name is found before it is replaced', () => {
    const source = 'Merci à Ottilie Brekkevold pour le correctif, qui a été déployé sur les serveurs.';
    expect(personTexts(source, ['Ottilie Brekkevold'])).toContain('Ottilie Brekkevold');
    expect(personTexts(redacted(source, 'Ottilie Brekkevold'), ['Ottilie Brekkevold'])).toEqual([]);
    const german = redacted('Wir danken Ottilie Brekkevold für die schnelle Hilfe bei der Wiederherstellung.', 'Ottilie Brekkevold');
    expect(personTexts(german, ['Ottilie Brekkevold'])).toEqual([]);
  });
});

describe('a listed given name that the post names as a component', () => {
  const team = ['Felix Brandvold', 'Orla Hennessy'];
  const post = [
    'After the reboot the Felix agent on each node reprogrammed its dispatch chains.',
    'Felix on node-2 still had stale routes for the tunnel address.',
    "Felix's watch never saw the annotation update.",
  ].join('\n');

  test('is no person anywhere in that post', () => {
    expect(personTexts(post, team)).toEqual([]);
  });

  test.each([
    ['the full listed name in the post', `${post}\nFelix Brandvold upgraded the CNI afterwards.`],
    ['a speaker', `${post}\nFelix: I restarted the agent on node-2.`],
    ['a series of people', `${post}\nFelix and Orla reviewed the timeline.`],
    ['thanks', `${post}\nThanks to Felix for the quick fix.`],
    ['speech', `${post}\nFelix said the routes were fixed by noon.`],
  ])('is still found with %s', (_, text) => {
    expect(personTexts(text, team)).toContain('Felix');
  });

  test('is still found where the post names no component', () => {
    expect(personTexts('Felix on call had stale notes for the tunnel address.', team)).toContain('Felix');
    expect(personTexts('Felix checked the logs and restarted the pod.', team)).toContain('Felix');
  });

  test('a name listed as one word is always found', () => {
    expect(personTexts(post, ['Felix'])).toContain('Felix');
  });
});

describe('a CI runner account among the listed people', () => {
  test('"… Workflow Runner" is looked for whole, not "Runner" alone', () => {
    const team = ['Brightmoor Site GHA Workflow Runner', 'Orla Hennessy'];
    expect(personTexts('The GitHub Runner picked up the job after the queue drained.', team)).toEqual([]);
    expect(personTexts('Commits by Brightmoor Site GHA Workflow Runner were reverted.', team)).toContain('Brightmoor Site GHA Workflow Runner');
  });
});

describe("a snap package's own files and services", () => {
  const identifiers = (text: string) => scanPublicText('post.md', text, options()).findings.filter((f) => f.rule === 'redact/identifier').map((f) => redactionFindingText(f));
  const shown = 'The unit `snap.quarkbox.daemon-kv-raftstore` restarted 40 times; `/snap/quarkbox/7120/bin/kv-raftstore --snapshot=512` failed.';

  test('are public wherever the post names them', () => {
    expect(identifiers(`${shown}\nThen kv-raftstore lost its quorum, and \`kv-raftstore\` had to be restarted.`)).toEqual([]);
  });

  test('a name the post does not show under the package is still found', () => {
    expect(identifiers('Then kv-raftstore lost its quorum, and `kv-raftstore` had to be restarted.')).toContain('kv-raftstore');
    // Written by the team beside the package: its data folder and its own tools.
    expect(identifiers('We edited `/var/snap/quarkbox/current/args/qorvex-relay` and `/usr/local/bin/qorvex-relay`; qorvex-relay failed.')).toContain('qorvex-relay');
  });

  test("a package whose own name reads as the team's proves nothing", () => {
    expect(identifiers('`/snap/acme-ledger/12/bin/qorvex-relay` crashed, so `qorvex-relay` was restarted.')).toContain('qorvex-relay');
  });
});

describe('a listed given name written as a program with a version, an acronym or a deployment part', () => {
  const team = ['Ysolde Morrow'];
  test.each([
    ['the Ysolde IPAM pool ran out of addresses; Ysolde then refused new pods.'],
    ['After the upgrade to Ysolde v3.29.3, Ysolde stopped allocating blocks.'],
    ['The `ysolde-node` pods restarted; Ysolde then rewrote the routes.'],
  ])('%s', (text) => {
    expect(personTexts(text, team)).toEqual([]);
    // The same text with the person written as one: a speaker.
    expect(personTexts(`${text}\nYsolde: I rolled the nodes.`, team)).toContain('Ysolde');
  });

  test('a handle joined to a surname is no deployment part', () => {
    expect(personTexts('The `ysolde-morrow` account pushed the change; Ysolde then left.', team)).toContain('Ysolde');
  });
});

describe('a component named after "and"', () => {
  test('"and Felix dispatch chains" is the component, "and Felix" alone a person', () => {
    const team = ['Felix Brandvold'];
    const text = 'The node was Ready and Felix dispatch chains were programmed; the Felix agent logged it.';
    expect(personTexts(text, team)).toEqual([]);
    expect(personTexts(`${text}\nOrla and Felix reviewed it.`, team)).toContain('Felix');
  });
});
