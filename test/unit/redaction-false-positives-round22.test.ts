import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanBuiltSite } from '../../scripts/lib/redaction-check.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';
import { redactionFindingText, scanPublicText, type RedactionOptions } from '../../src/lib/redaction-guard.ts';

/**
 * Round 22 of false positives (docs/redaction.md): where the built public page disagreed with the
 * scan of the sources, and the classes the round measured. Every text is our own, modelled on what
 * the collections hold; beside each negative a name or secret written the same way is still found.
 */
const options: RedactionOptions = { internalDomains: ['.internal', '.corp'], serviceIds: [], people: [] };
const team = { ...options, people: ['Amparo Ondarra', 'Tadeo Quirós'] };
const findingsOf = (text: string, rule: string, opts: RedactionOptions = options) =>
  scanPublicText('post.md', text, opts).findings.filter((f) => f.rule === rule).map((f) => redactionFindingText(f));

const tempDir = temporaryFolders('kb-fp22-built-');
/** The errors of the built-page scan on one page holding `body` under the site's own words. */
const builtPage = (body: string, opts: RedactionOptions = options) => {
  const dir = tempDir();
  mkdirSync(join(dir, 'incidents', 'p'), { recursive: true });
  writeFileSync(join(dir, 'incidents', 'p', 'index.html'), `<!DOCTYPE html><html lang="en"><head><title>Incident report</title></head><body><header><a href="/incidents/">All incidents</a></header><main><h1>Réplica perdida</h1>${body}</main><footer>Back to the list</footer></body></html>`);
  return scanBuiltSite(dir, opts).leaks(new Set()).map((f) => `${f.rule} ${redactionFindingText(f)}`);
};

describe('a listed part in lower case on a line of another language, beside a capitalised word', () => {
  const spanish = [
    '## Cronología',
    '',
    '| Hora | Evento |',
    '| --- | --- |',
    '| 03:10 | Modo amparo : se añade una réplica para la base de datos de los pedidos |',
    '',
    '4. **Modo amparo** : se añade una réplica para la base de datos de los pedidos',
  ].join('\n');

  test('is the language\'s word in the sources', () => {
    expect(findingsOf(spanish, 'redact/person', team)).toEqual([]);
  });

  test('is the language\'s word on the built page, where the bold label has no markup left', () => {
    expect(builtPage('<ol><li><strong>Modo amparo</strong> : se añade una réplica para la base de datos de los pedidos</li></ol>', team)).toEqual([]);
  });

  test.each([
    ['the part capitalised', '| 03:10 | Amparo : se añade una réplica para la base de datos de los pedidos |', ['Amparo']],
    ['beside another listed part', '| 03:10 | Ondarra amparo : se añade una réplica para la base de datos de los pedidos |', ['Ondarra amparo']],
    ['beside a given name', '| 03:10 | Jorge amparo : se añade una réplica para la base de datos de los pedidos |', ['Jorge amparo']],
    ['on an English line', '| 03:10 | Third amparo added a replica for the orders database |', ['amparo']],
  ])('is still found %s', (_, line, found) => {
    expect(findingsOf(line, 'redact/person', team)).toEqual(found);
  });

  test('is still found on the built page when capitalised', () => {
    expect(builtPage('<ol><li><strong>Amparo</strong> : se añade una réplica para la base de datos de los pedidos</li></ol>', team)).toEqual(['redact/person Amparo']);
  });
});

describe("a secret's setting whose value is a name of words", () => {
  test.each([
    ['a server\'s key, on the built page', '<ul><li><strong>Stale bridge token:</strong> <code>garden_sensor</code> fails its first connection on every restart.</li></ul>'],
    ['an account named in a config line', '<pre><code>api_key=weather_station\n</code></pre>'],
  ])('is no secret: %s', (_, html) => {
    expect(builtPage(html)).toEqual([]);
  });

  test('is no secret in the sources either', () => {
    expect(findingsOf('The stale bridge token: garden_sensor fails its first connection.', 'redact/secret')).toEqual([]);
  });

  test.each([
    ['a generated token', '<p>The bridge token: gk_7fQ2mZ9xw4 failed.</p>', 'token: gk_7fQ2mZ9xw4'],
    ['a password of words', '<pre><code>password: sunny_harbour\n</code></pre>', 'password: sunny_harbour'],
    ['a key of a word and a number', '<pre><code>api_key=weather_2231\n</code></pre>', 'api_key=weather_2231'],
  ])('is still a secret: %s', (_, html, found) => {
    expect(builtPage(html)).toEqual([`redact/secret ${found}`]);
  });
});
