import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { makeContentFromFixture } from '../support/content-fixture.ts';

describe('npm run review', () => {
  test('fills the checklist of a file and reads CODEOWNERS', () => {
    const content = makeContentFromFixture('canary');
    const file = join(content, 'postmortems', '2025-05-01-public-canary.mdx');
    const codeownersFile = join(mkdtempSync(join(tmpdir(), 'kb-codeowners-')), 'CODEOWNERS');
    writeFileSync(codeownersFile, '*.mdx @acme/sre-reviewers\n');
    const out = execFileSync(process.execPath, [resolve(import.meta.dirname, '../../scripts/review.ts'), file, '--format', 'json', '--codeowners', codeownersFile], {
      env: { ...process.env, KB_CONTENT_DIR: content, KB_AS_OF: '2025-05-10' }, encoding: 'utf8',
    });
    const report = JSON.parse(out);
    expect(report.severity).toBe('SEV-1');
    expect(report.reviewers.map((r: { handle: string }) => r.handle)).toEqual(['@acme/checkout', '@acme/data', '@acme/sre-reviewers']);
    expect(report.items.find((i: { id: string }) => i.id === 'lucky').state).toBe('missing');
  });
});
