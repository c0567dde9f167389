import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';

const root = resolve(import.meta.dirname, '../..');
// A repository of reports as other organisations keep them: reports in dated folders, images in a
// media folder two levels up, and a site whose images are served from the root (`/assets/…`).
const fixture = join(root, 'test/fixtures/import/with-images');

describe('npm run import with images', () => {
  test('copies the images beside the drafts, reports what it copied and what is missing, and the draft checks clean', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-images-'));
    const out = join(work, 'postmortems');
    const output = execFileSync(process.execPath, [join(root, 'scripts/import.ts'), fixture, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(output).toMatch(/images copied beside the draft:\n\s+- .*media\/queue-depth\.png -> .*media\/2024-10-24-queue-outage\/queue-depth\.png/);
    expect(output).toMatch(/image "\.\.\/\.\.\/media\/dashboard-we-lost\.png" \(The dashboard during the outage\) was not found: line \d+ of the draft/);
    expect(output).toMatch(/2 image\(s\) copied to the media folder beside the drafts; 1 image\(s\) not found/);
    expect(readdirSync(join(out, 'media/2024-10-24-queue-outage')).sort()).toEqual(['queue-depth.png', 'worker-pool-1.png']);
    expect(readFileSync(join(out, 'media/2024-10-24-queue-outage/queue-depth.png'))).toEqual(readFileSync(join(fixture, 'media/queue-depth.png')));
    // The draft passes the check with its lint rules: no image it points at is missing.
    const file = join(out, '2024-10-24-queue-outage.mdx');
    const check = validatePostmortemSource(file, '2024-10-24-queue-outage', readFileSync(file, 'utf8'), { vocabulary: loadVocabulary(join(root, 'content')), knownIds: new Set(), contentDir: 'content' });
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
