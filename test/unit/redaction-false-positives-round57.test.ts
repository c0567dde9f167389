import { describe, expect, test } from 'vitest';
import { findings, publicText } from '../support/false-positive-body.ts';
import { standInBeforeSystemNoun } from '../../src/lib/publication/name-before-system-noun.ts';
import { isAcronymAdjective } from '../../src/lib/publication/identifier-context.ts';

/**
 * Round 57 of false positives and wrong stand-ins (docs/redaction.md): session 56's leftovers. A
 * Kubernetes object's kind after an internal name, Russian key words of requirements in capitals,
 * a Latin term joined to Russian words, a listed surname the post names as a Linux distribution,
 * an acronym made an adjective by "-stored"; and the names with particles that the rules read
 * alike since the particles have one source (name-particles.ts). Every line is our own; beside
 * each relaxation, a near miss written the same way.
 */

describe('a Kubernetes object\'s kind after an internal name reads "an internal <kind>"', () => {
  test.each([
    ['For a while the `relay-config` Secret was empty.', 'For a while an internal Secret was empty.'],
    ['| 18:31 | `relay-config` Secret created by the first deploy. |', '| 18:31 | An internal Secret created by the first deploy. |'],
    ['| 1 | Add a sync option to `relay-config` Secret template | Done |', '| 1 | Add a sync option to an internal Secret template | Done |'],
    ['We rotated the `ledger-keys` Secrets twice.', 'We rotated the internal Secrets twice.'],
    ['Then the `ledger-keys` ConfigMap was applied.', 'Then an internal ConfigMap was applied.'],
    // A system's noun in a table's cell opens the cell's phrase as a line's start does.
    ['| 1 | `kiln-api` service restarted |', '| 1 | An internal service restarted |'],
  ])('%s', (body, shown) => {
    expect(findings(body).some((f) => f.startsWith('redact/internal-name:'))).toBe(true);
    expect(publicText(body)).toBe(shown);
  });
  test('near miss: a capitalised word that is no kind, or a kind run on, takes the phrase rules', () => {
    expect(standInBeforeSystemNoun('For a while the ', ' Secret was empty.')).toBe('an internal');
    expect(standInBeforeSystemNoun('For a while the ', ' Zarnith was empty.')).toBeUndefined();
    expect(standInBeforeSystemNoun('For a while the ', ' Secret-like blob was empty.')).toBeUndefined();
  });
});

describe('Russian key words of requirements in capitals name no one', () => {
  test.each([
    'создают активные таймеры, которые удерживают цикл событий. Они ДОЛЖНЫ быть',
    'Они ДОЛЖНЫ быть остановлены до выхода.',
    'НЕ СЛЕДУЕТ перезапускать сервис вручную.',
    '## ОПИСАНИЕ СБОЯ',
  ])('%s', (body) => {
    expect(findings(body)).toEqual([]);
  });
  test.each([
    // Forms write a surname in capitals.
    ['ИВАНОВ Иван перезапустил сервис.', 'ИВАНОВ'],
    ['потом сообщил ГРЕБНЕВ', 'ГРЕБНЕВ'],
    // A name after the key word is still a capital inside the run.
    ['Они ДОЛЖНЫ сказать Ярославу', 'Ярославу'],
    ['Ярослав ДОЛЖЕН был перезапустить', 'Ярослав'],
  ])('near miss, still found: %s', (body, name) => {
    expect(findings(body).some((f) => f.includes(name))).toBe(true);
  });
});

describe('a Latin term joined to Russian words is the term and the words', () => {
  const list = '### `initFiles` (overlay-директории)\n\n1. `не создаёт пустую overlay-директорию если root не существует`\n2. `при --all не создаёт пустые overlay-директории для адаптеров`\n3. `не создаёт пустую .kiln/project/ если project-файлов нет`';
  test('an English word or a product written with a capital before the Russian noun', () => {
    expect(findings(list)).toEqual([]);
    expect(publicText(list)).toBe(list);
    expect(findings('Собрали `Docker-образ` и `Docker-образ` снова.')).toEqual([]);
  });
  test.each([
    // A Latin part no dictionary knows, in lower case: a system's own name.
    ['Перезапустили `zarnith-сервис` и `zarnith-сервис` снова.', 'zarnith-сервис'],
    // Two Latin parts before the noun.
    ['Сломался `pg-orders-кластер`, потом `pg-orders-кластер`.', 'pg-orders-кластер'],
  ])('near miss, still found: %s', (body, token) => {
    expect(findings(body)).toContain(`redact/identifier:${token}`);
  });
});

describe('a listed surname the post names as a Linux distribution', () => {
  const system = '**System:** Raspberry Pi 5, Kali Linux ARM64';
  test('the surname alone on another line is the distribution', () => {
    const body = `${system}\n\nKali uses a monitor-mode-patched stack instead.`;
    expect(findings(body, ['Tamsin Kali'])).toEqual([]);
    expect(publicText(body, ['Tamsin Kali'])).toBe(body);
  });
  test.each([
    // No distribution in the post.
    ['Kali uses a patched stack instead.', ['Tamsin Kali'], 'Kali'],
    // The whole listed name.
    [`${system}\n\nTamsin Kali restarted it.`, ['Tamsin Kali'], 'Tamsin Kali'],
    // A listed given name: a colleague is called by it.
    [`${system}\n\nKali restarted it.`, ['Kali Brennan'], 'Kali'],
    ['**System:** Alma Linux 9\n\nAlma restarted the node.', ['Alma Quist'], 'Alma'],
  ])('near miss, still found: %s', (body, people, name) => {
    expect(findings(body, people)).toContain(`redact/person:${name}`);
  });
});

describe('an acronym made an adjective by "-stored"', () => {
  test('R2-stored', () => {
    expect(findings('The blocks are R2-stored for now.')).toEqual([]);
  });
  test('near miss: a longer or lower-case first part is no acronym', () => {
    expect(isAcronymAdjective('R2-stored')).toBe(true);
    expect(isAcronymAdjective('ZARNITHX-stored')).toBe(false);
    expect(isAcronymAdjective('ledger-stored')).toBe(false);
  });
});

describe('names with particles read alike by the rules (one list, name-particles.ts)', () => {
  test.each([
    // A reply header read "te" as no particle: the given name was guessed, the surname found alone.
    ['On Mon, Jun 2, 2025 at 10:04 AM Pieter te Velde wrote:', 'Pieter te Velde'],
    // An emphasised byline stopped at "te": "te Brake" was published.
    ['*Lotte te Brake, 2021-01-21*', 'Lotte te Brake'],
    ['Am 02.06.2025 um 10:04 schrieb Noor bint Haddad:', 'Noor bint Haddad'],
    ['I (Ciaran Mc Alister) rolled it back.', 'Ciaran Mc Alister'],
  ])('%s', (body, name) => {
    expect(findings(body)).toContain(`redact/person:${name}`);
  });
});

describe('a listed part that is a Kubernetes kind after a determiner and adjectives, or before its contents', () => {
  const listed = ['Orrin secret'];
  test.each([
    '# Postmortem: alerts broken by a sync overwriting Secret data',
    '| 08:25 | First attempt: `kubectl apply` of a generated Secret with the real token. |',
    'Later the manually-patched live Secret kept its values.',
  ])('%s', (body) => {
    expect(findings(body, listed).filter((f) => f.startsWith('redact/person'))).toEqual([]);
  });
  test.each([
    'We asked Secret to rotate the token.',
    'Later Secret restarted the pods.',
    'The reviewers were Orrin and Secret.',
  ])('near miss, still found: %s', (body) => {
    expect(findings(body, listed)).toContain('redact/person:Secret');
  });
});
