import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { vocabularyContentFolder } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

/**
 * `npm run redact` on a Portuguese post (false positives round 38, docs/redaction.md): the post's
 * language was told by report-language.ts, which knows no Portuguese and said Spanish, so a person
 * on a line whose own words do not tell got "[Nombre eliminado]". Our own post, modelled on a
 * Portuguese status notice.
 */
let contentDir: string;
let file: string;
let redact: ScriptResult;

beforeAll(async () => {
  contentDir = vocabularyContentFolder('redact-round38');
  file = join(contentDir, 'postmortems', '2025-03-01-falha.mdx');
  writeFileSync(file, publicProbePost({
    title: 'Falha no login',
    summary: 'Na terça-feira o login falhou para muitas escolas.',
    body: 'Joana Ferraz reiniciou o serviço.\n',
  }));
  redact = await runScript('redact.ts', [file], { env: { ...process.env, KB_CONTENT_DIR: contentDir }, timeout: 240_000 });
  expect(redact.signal).toBeNull();
}, 240_000);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

test('a person on a line that does not tell its language takes the Portuguese stand-in of the post, not the Spanish one', () => {
  const source = readFileSync(file, 'utf8');
  expect(source).toContain('<PublicOnly>[Nome removido]</PublicOnly> reiniciou o serviço.');
  expect(source).not.toContain('Nombre');
});
