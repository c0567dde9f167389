import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { renderCodeDigest } from '../../src/integrations/postmortem-loader.ts';

/** A project folder holding the code a rendering depends on. */
function project(cut: string): string {
  const root = mkdtempSync(join(tmpdir(), 'render-code-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'src/integrations'), { recursive: true });
  writeFileSync(join(root, 'src/lib/strip-internal.ts'), cut);
  writeFileSync(join(root, 'src/integrations/loader.ts'), 'export const loader = 1;\n');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

describe('the digest of the code that renders a body (part of every cached rendering\'s key)', () => {
  test('the same code gives the same digest; a change to the public cut gives another', () => {
    const a = renderCodeDigest(project('export const cut = 1;\n'));
    const b = renderCodeDigest(project('export const cut = 1;\n'));
    const changed = renderCodeDigest(project('export const cut = 2; // a list item left without words goes\n'));
    expect(a).toBe(b);
    expect(changed).not.toBe(a);
  });

  test('a dependency upgrade (the lockfile) gives another digest', () => {
    const root = project('export const cut = 1;\n');
    const upgraded = project('export const cut = 1;\n');
    writeFileSync(join(upgraded, 'package-lock.json'), '{"satteri":"0.11.0"}\n');
    expect(renderCodeDigest(upgraded)).not.toBe(renderCodeDigest(root));
  });
});
