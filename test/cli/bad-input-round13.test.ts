// Bad input, round 13: what only a build shows (docs/rules.md, "Bad input round 13").
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodInputPostmortem, makeContentFromFixture } from '../support/content-fixture.ts';
import { lockedBuildTestTimeout, runLockedBuild } from '../support/build-site.ts';

describe('an attribute on <Internal> (it was rendered, the attribute ignored)', () => {
  test('the internal build stops at its line with the fix, nothing written', async () => {
    const contentDir = makeContentFromFixture('good-input');
    const path = join(contentDir, goodInputPostmortem);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n<Internal reason="legal">\nThe db-7 failover.\n</Internal>\n`);
    const out = join(mkdtempSync(join(tmpdir(), 'kb-r13-')), 'internal');
    // Refused by validation, after Astro's config setup: with the project's build lock.
    const build = await runLockedBuild(['--variant', 'internal', '--out', out], { ...process.env, KB_CONTENT_DIR: contentDir });
    expect(build.status).toBe(1);
    expect(build.stderr + build.stdout).toContain(`${path}:45:1: mdx/component-attribute: <Internal reason="legal">: <Internal> takes no attributes, so reason="legal" does nothing`);
    expect(build.stderr + build.stdout).toContain('a note for reviewers goes inside the block as an MDX comment, {/* reason="legal" */}');
    expect(existsSync(out)).toBe(false);
  }, lockedBuildTestTimeout);
});
