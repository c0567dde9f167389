import { describe, expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanPostmortemForPublication } from '../../src/lib/publication-scan.ts';
import { validatePostmortemSource } from '../../src/lib/validate-postmortem.ts';
import { loadVocabulary } from '../../src/lib/vocabulary.ts';
import type { RedactionOptions } from '../../src/lib/redaction-guard.ts';
import { fixturesDir } from '../support/content-fixture.ts';
import { publicProbePost } from '../support/public-probe-post.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

/**
 * Astro copies an SVG image into the public site byte for byte: its text, title and comments are
 * published with the post that shows it, and are scanned with the post.
 */
const vocabulary = loadVocabulary(join(fixturesDir, 'vocabulary'));
const options: RedactionOptions = { internalDomains: ['.internal'], serviceIds: [], people: ['Ekaterina Ivanova'] };
const frontmatter = publicProbePost();
const bodyLine = frontmatter.split('\n').length;

describe('SVG images of a public post', () => {
  const tempDir = temporaryFolders('kb-svg-');

  const scan = (body: string, svg: string, ext = 'mdx') => {
    const dir = tempDir();
    mkdirSync(join(dir, 'media', 'p'), { recursive: true });
    writeFileSync(join(dir, 'media', 'p', 'diagram.svg'), svg);
    const file = join(dir, `2025-03-01-p.${ext}`);
    const source = frontmatter + body;
    const result = validatePostmortemSource(file, '2025-03-01-p', source, { vocabulary, knownIds: new Set(['2025-03-01-p']), contentDir: dir });
    expect(result.data, JSON.stringify(result.findings)).toBeDefined();
    return scanPostmortemForPublication(file, source, result.data!, options);
  };
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><!-- drawn by Ekaterina Ivanova --><title>db7.acme.internal</title><text>load</text></svg>';

  test.each([
    ['a Markdown image', 'Before.\n\n![Diagram](./media/p/diagram.svg)', 'mdx', 1],
    ['an image by reference', 'Before.\n\n![Diagram][d]\n\n[d]: ./media/p/diagram.svg', 'mdx', 1],
    ['an <img> element', 'Before.\n\nSee <img src="./media/p/diagram.svg" alt="Diagram" />.', 'mdx', 5],
    ['an image in a .md body', 'Before.\n\n![Diagram](./media/p/diagram.svg)', 'md', 1],
  ])('its text, title and comments are findings at the image, in %s', (_, body, ext, column) => {
    const findings = scan(body, svg, ext).findings;
    // The comment and the title no reader sees are refused whatever they say (canary round 38).
    const at = `${bodyLine + 2}:${column}`;
    expect(findings.map((f) => `${f.rule}:${f.line}:${f.column}`)).toEqual([`redact/person:${at}`, `redact/internal-host:${at}`, `redact/hidden-text:${at}`, `redact/hidden-text:${at}`]);
    expect(findings[0].message).toContain('in the image ./media/p/diagram.svg');
    expect(findings[0].fix).toContain('remove "Ekaterina Ivanova" from ./media/p/diagram.svg');
  });

  test('an SVG shown only inside <Internal> is not published, so not scanned', () => {
    expect(scan('Before.\n\n<Internal>![Diagram](./media/p/diagram.svg)</Internal>', svg).findings).toEqual([]);
  });

  test('an allow marker on the image line allows the text, for the built-site scan too', () => {
    const shown = '<svg xmlns="http://www.w3.org/2000/svg"><text>drawn by Ekaterina Ivanova</text><text>db7.acme.internal</text></svg>';
    const result = scan('![Diagram](./media/p/diagram.svg) {/* redaction-allow redact/internal-host "db7.acme.internal" -- the name of the demo host */}', shown);
    expect(result.findings.map((f) => f.rule)).toEqual(['redact/person']);
    expect(result.allowed).toContain('redact/internal-host\u0000db7.acme.internal');
  });
});
