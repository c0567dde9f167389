import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBareMirror } from '../support/git-fixture.ts';

// Round 62 of docs/findability.md ("Similar incidents, round 62"): two fresh sets, a language
// ecosystem's security advisories judged by their own categories (a shape no set had) and a
// computing centre's status notices. Invented text only: the sets live outside the repository.

/** An advisory as the ecosystem's database writes one: a fenced TOML block, then Markdown. */
const advisory = (id: string, crate: string, toml: string, title: string, body: string) =>
  ['```toml', '[advisory]', `id = "${id}"`, `package = "${crate}"`, toml, '', '[versions]', 'patched = []', '```', '', `# ${title}`, '', body, ''].join('\n');

describe('scripts/build-similarity-sets.ts: round 62 sets', () => {
  test('advisories tagged by their TOML block, which stays out of the text; notices by their affected systems', () => {
    const root = mkdtempSync(join(tmpdir(), 'similar62-'));
    try {
      writeBareMirror(root, 'rustsec+advisory-db', {
        'crates/quillpad/RUSTSEC-2025-0101.md': advisory('RUSTSEC-2025-0101', 'quillpad', 'informational = "unsound"\ncategories = ["memory-corruption"]\nkeywords = ["out-of-bounds"]', 'quillpad reads past its buffer', 'A safe `Pad::get` took any index.'),
        'crates/lanternfs/RUSTSEC-2025-0102.md': advisory('RUSTSEC-2025-0102', 'lanternfs', 'categories = [ "memory-exposure", "memory-corruption" ]', 'lanternfs leaks freed pages', 'Freed pages were handed out again.'),
        'crates/oldbell/RUSTSEC-2025-0103.md': advisory('RUSTSEC-2025-0103', 'oldbell', 'informational = "unmaintained"', 'oldbell is unmaintained', 'Consider `newbell`.\n\n## Recommended alternatives\n\n- newbell'),
        'crates/fernlock/RUSTSEC-2025-0105.md': advisory('RUSTSEC-2025-0105', 'fernlock', 'categories = ["memory-corruption"]', 'fernlock double free', 'Dropping a guard twice freed it twice.'),
        'crates/gatekeep/RUSTSEC-2025-0104.md': advisory('RUSTSEC-2025-0104', 'gatekeep', 'categories = []', 'gatekeep skips a permission check', 'A path with a trailing dot passed.'),
        // Another year, and the database's own documents: not read.
        'crates/oldbell/RUSTSEC-2024-0009.md': advisory('RUSTSEC-2024-0009', 'oldbell', 'informational = "unsound"', 'oldbell aliasing', 'Two mutable references.'),
        'EXAMPLE_ADVISORY.md': advisory('RUSTSEC-0000-0000', 'example', 'categories = ["code-execution"]', 'An example', 'Text.'),
      });
      const notice = (title: string, affected: string[], body: string) => `---\ntitle: ${title}\naffected:\n${affected.map((system) => `  - ${system}`).join('\n')}\n---\n${body}\n`;
      writeBareMirror(root, 'IFCA-Advanced-Computing+status-page', {
        'content/default/issues/2031-01-02-queue-down.md': notice('Batch queue down', ['Batch System'], 'The scheduler stopped.'),
        'content/default/issues/2031-02-03-queue-slow.md': notice('Batch queue slow', ['Batch System', 'Login nodes'], 'Jobs waited.'),
        'content/default/admin/config.md': '---\ntitle: Settings\n---\nNot a notice.\n',
      });
      const out = join(root, 'sets');
      const printed = execFileSync(process.execPath, [resolve('scripts/build-similarity-sets.ts'), '--mirrors', join(root, 'mirrors'), '--out', out, '--set', 'rustsec-2025,ifca'], { encoding: 'utf8' });
      expect(printed).toBe([
        'rustsec-2025: 5 reports, 1 anchors, 2.0 right answers an anchor (--per-tag 6)',
        'ifca: 2 reports, 1 anchors, 1.0 right answers an anchor (--per-tag 6)',
        '',
      ].join('\n'));
      const read = (set: string) => readFileSync(join(out, set, 'pool', 'reports.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      const advisories = read('rustsec-2025');
      expect(advisories.map((r) => [r.id, r.title, r.tags])).toEqual([
        ['RUSTSEC-2025-0101', 'quillpad reads past its buffer', ['memory-corruption', 'unsound']],
        ['RUSTSEC-2025-0102', 'lanternfs leaks freed pages', ['memory-corruption', 'memory-exposure']],
        ['RUSTSEC-2025-0103', 'oldbell is unmaintained', ['unmaintained']],
        ['RUSTSEC-2025-0104', 'gatekeep skips a permission check', []],
        ['RUSTSEC-2025-0105', 'fernlock double free', ['memory-corruption']],
      ]);
      // The TOML block states the answer (categories, the informational kind): out of the text, as the title heading is.
      expect(advisories[0].text).toBe('A safe `Pad::get` took any index.');
      expect(advisories[2].text).toBe('Consider `newbell`.\n\n## Recommended alternatives\n\n- newbell');
      // An advisory filed under one category is an anchor; those sharing it (whatever else they carry) its right answers.
      expect(JSON.parse(readFileSync(join(out, 'judgements-rustsec-2025.json'), 'utf8'))).toEqual({
        'RUSTSEC-2025-0105': ['RUSTSEC-2025-0101', 'RUSTSEC-2025-0102'],
      });
      expect(read('ifca').map((r) => [r.id, r.tags, r.text])).toEqual([
        ['2031-01-02-queue-down', ['Batch System'], 'The scheduler stopped.'],
        ['2031-02-03-queue-slow', ['Batch System', 'Login nodes'], 'Jobs waited.'],
      ]);
      expect(readFileSync(join(out, 'rustsec-2025', 'README.txt'), 'utf8')).toMatch(/github\.com\/rustsec\/advisory-db crates\/\*\/RUSTSEC-2025-\*\.md at [0-9a-f]{40}/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    // One run of the script over two bare mirrors: above the unit project's 60 s on a loaded machine.
  }, 180_000);
});
