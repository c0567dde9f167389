// Bad input, round 9: what only a command shows (docs/rules.md, "Bad input round 9").
// Each case has a content folder of its own (the two build cases share one build); they run
// concurrently (the builds stop in validation, before Astro writes anything the project shares).
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyContentFolder } from '../support/content-fixture.ts';
import { runScript } from '../support/run-script.ts';
import { goodInputFaultsBuild } from '../support/good-input-faults-build.ts';
import { lockedBuildTestTimeout } from '../support/build-site.ts';

describe('npm run new', () => {
  test.concurrent('a service or team given twice is listed once (the file was refused as "The template produced an invalid file")', async () => {
    const dir = emptyContentFolder();
    const result = await runScript('new.ts', ['--title', 'Checkout errors', '--severity', 'SEV-2', '--service', 'checkout-api', '--service', 'checkout-api', '--team', 'checkout', '--team', 'checkout', '--started', '2026-11-20T10:00:00Z'],
      { env: { ...process.env, KB_CONTENT_DIR: dir } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('template');
    const source = readFileSync(join(dir, 'postmortems', readdirSync(join(dir, 'postmortems'))[0]), 'utf8');
    expect(source).toMatch(/^services: \[checkout-api\]$/m);
    expect(source).toMatch(/^teams: \[checkout\]$/m);
  });
});

describe('npm run build', () => {
  // The object 3,000 deep crashed the build with a segmentation fault after 18 s; the block list
  // stopped it with the YAML parser's stack trace. Both posts in one build (suite time, session 50).
  const faults = [
    ['an object nested 3,000 deep in an attribute', '2025-07-08-checkout-config.mdx', (t: string) => `${t}\n<div style={{${'a:{'.repeat(3000)}b:1${'}'.repeat(3000)}}}>x</div>\n`, /checkout-config\.mdx:45:775\s+error\s+body\/nesting-depth\s+JSX elements and expression brackets .* nested 3,003 levels deep/],
    ['a block list nested 3,000 deep in the frontmatter', '2025-07-08-checkout-config-deep-yaml.mdx', (t: string) => t.replace('tags: [config]', `tags:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(2 * i + 2)}-`).join('\n')} config`), /checkout-config-deep-yaml\.mdx:109:1\s+error\s+frontmatter\/yaml\s+frontmatter is not valid YAML: values are nested too deeply to read/],
  ] as const;
  const build = goodInputFaultsBuild(faults.map(([, file, change]) => ({ file, change })));
  test.concurrent.each(faults)('%s stops the build at its line, nothing written, no stack trace', { timeout: lockedBuildTestTimeout }, async (_name, _file, _change, message) => {
    const { result, out } = await build();
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Segmentation fault|Maximum call stack/);
    expect(existsSync(out)).toBe(false);
  });
});
