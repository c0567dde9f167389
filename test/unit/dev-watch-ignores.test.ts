import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { devWatcherIgnores } from '../../src/lib/dev-watch-ignores.ts';

const root = '/srv/kb';

describe('devWatcherIgnores', () => {
  const ignores = devWatcherIgnores(root, 'content');

  it('ignores what the bench and the tests write under the project', () => {
    expect(ignores(join(root, 'bench/baseline/.work/run-a1/content/postmortems/p-0001.mdx'))).toBe(true);
    expect(ignores(join(root, 'bench/.out/results.json'))).toBe(true);
    expect(ignores(join(root, 'test/.out/example-internal/index.html'))).toBe(true);
    expect(ignores(join(root, 'dist-public/index.html'))).toBe(true);
  });

  it('keeps watching the content folder, the sources and the config', () => {
    expect(ignores(join(root, 'content/postmortems/2026-01-db.mdx'))).toBe(false);
    expect(ignores(join(root, 'src/pages/index.astro'))).toBe(false);
    expect(ignores(join(root, 'site.config.ts'))).toBe(false);
    // A folder whose name only starts like an output folder's.
    expect(ignores(join(root, 'distribution-notes.md'))).toBe(false);
    expect(ignores(join(root, 'test/.outline.md'))).toBe(false);
  });

  it('keeps watching a content folder the bench or a test serves from inside an output folder, and the folders on the way to it', () => {
    const benchContent = 'bench/baseline/.work/run-a1/content';
    const benchIgnores = devWatcherIgnores(root, benchContent);
    expect(benchIgnores(join(root, benchContent, 'postmortems/p-0001.mdx'))).toBe(false);
    expect(benchIgnores(join(root, 'bench/baseline/.work'))).toBe(false);
    expect(benchIgnores(join(root, 'bench/baseline/.work/run-a1'))).toBe(false);
    // Another run's files beside it are still not the served knowledge base.
    expect(benchIgnores(join(root, 'bench/baseline/.work/run-b2/content/postmortems/p-0001.mdx'))).toBe(true);
    const absoluteContent = devWatcherIgnores(root, join(root, 'test/.out/dev-fixture'));
    expect(absoluteContent(join(root, 'test/.out/dev-fixture/services.yaml'))).toBe(false);
    expect(absoluteContent(join(root, 'test/.out/other-fixture/services.yaml'))).toBe(true);
  });
});
