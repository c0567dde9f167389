// Bad input, round 39 (docs/rules.md, "Bad input round 39"): what `npm run check` says of a clone
// whose Git LFS files were never downloaded and where git mergetool left a side behind.
import { expect, test } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';

test('npm run check: a postmortem that is a Git LFS pointer and a mergetool side beside a postmortem exit 1, each said as what it is (before: "no frontmatter block"; "capital letters", fix: rename it)', async () => {
  const contentDir = makeContentFromFixture('good-input');
  try {
    const good = readFileSync(join(contentDir, goodInputPostmortem), 'utf8');
    writeFileSync(join(contentDir, 'postmortems/2025-07-08-checkout-config_LOCAL_4242.mdx'), good);
    writeFileSync(join(contentDir, 'postmortems/2025-07-09-payments.mdx'), 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 2841\n');
    const check = await runScript('check.ts', [], { env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_AS_OF: '2026-06-01' } });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('2025-07-09-payments.mdx:1:1  error  file/lfs-pointer  the file is a Git LFS pointer (three lines naming the real file, 2,841 bytes), not the file itself');
    expect(check.stdout).toContain('2025-07-08-checkout-config_LOCAL_4242.mdx:1:1  error  file/name  file name "2025-07-08-checkout-config_LOCAL_4242" is the LOCAL side of "2025-07-08-checkout-config" that git mergetool writes');
    expect(check.stdout).not.toContain('frontmatter/missing');
  } finally {
    rmSync(contentDir, { recursive: true, force: true });
  }
});
