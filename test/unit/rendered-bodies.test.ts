import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { RenderedBodies } from '../../src/integrations/rendered-bodies.ts';

describe('RenderedBodies', () => {
  const fileIn = () => join(mkdtempSync(join(tmpdir(), 'kb-bodies-')), 'nested', 'bodies.json');

  test('a rendering is current only for the digest it was rendered from', () => {
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd1', html: '<p>A</p>' });
    expect(bodies.current('a', 'd1')?.html).toBe('<p>A</p>');
    expect(bodies.current('a', 'd2')).toBeUndefined();
    expect(bodies.current('b', 'd1')).toBeUndefined();
  });

  test('saved bodies are read back by the next process, public previews included', () => {
    const file = fileIn();
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('b', { digest: 'd2', html: '<p>B</p>', publicHtml: '<p>public B</p>' });
    bodies.set('a', { digest: 'd1', html: '<p>A</p>' });
    bodies.save(file);
    const next = new RenderedBodies('7.3.5');
    next.loadOnce(file);
    expect(next.current('a', 'd1')).toEqual({ digest: 'd1', html: '<p>A</p>' });
    expect(next.current('b', 'd2')).toEqual({ digest: 'd2', html: '<p>B</p>', publicHtml: '<p>public B</p>' });
    // Sorted by id: the same bodies make the same file.
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text.slice(0, text.indexOf('\n'))).bodies.map(([id]: [string]) => id)).toEqual(['a', 'b']);
  });

  test('a file written by another version of Astro, or unreadable, is an empty cache', () => {
    const file = fileIn();
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd1', html: '<p>A</p>' });
    bodies.save(file);
    const upgraded = new RenderedBodies('7.4.0');
    upgraded.loadOnce(file);
    expect(upgraded.get('a')).toBeUndefined();
    writeFileSync(file, '{"format":2,"renderer":"7.3.5","bod');
    const broken = new RenderedBodies('7.3.5');
    expect(() => broken.loadOnce(file)).not.toThrow();
    expect(broken.get('a')).toBeUndefined();
  });

  test('bodies of postmortems no longer shown are dropped, and the file says so', () => {
    const file = fileIn();
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd1', html: '<p>A</p>' });
    bodies.set('b', { digest: 'd2', html: '<p>B</p>' });
    bodies.save(file);
    bodies.retainOnly(new Set(['b']));
    expect(bodies.get('a')).toBeUndefined();
    bodies.save(file);
    const next = new RenderedBodies('7.3.5');
    next.loadOnce(file);
    expect(next.get('a')).toBeUndefined();
    expect(next.get('b')?.html).toBe('<p>B</p>');
  });

  test('a body loaded in this process wins over an older one in the file', () => {
    const file = fileIn();
    const old = new RenderedBodies('7.3.5');
    old.set('a', { digest: 'd1', html: '<p>old</p>' });
    old.save(file);
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd9', html: '<p>new</p>' });
    bodies.loadOnce(file);
    expect(bodies.get('a')?.html).toBe('<p>new</p>');
  });

  test('HTML with quotes, new lines and non-ASCII text comes back as it was written', () => {
    const file = fileIn();
    const html = '<p class="x">Ünïcode — 日本語 🚀\n"quoted"\\ and a second\nline</p>\n';
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd1', html, publicHtml: '' });
    bodies.set('b', { digest: 'd2', html: '\n' });
    bodies.save(file);
    const next = new RenderedBodies('7.3.5');
    next.loadOnce(file);
    expect(next.get('a')).toEqual({ digest: 'd1', html, publicHtml: '' });
    expect(next.get('b')).toEqual({ digest: 'd2', html: '\n' });
  });

  test('the file is the header line, then each body and public body in UTF-8, by id, nothing between', () => {
    // The texts are encoded one by one (rendered-bodies.ts `save`): a body outside Latin-1 beside
    // ASCII ones, a public body, an empty one, a body that is only a line break.
    const file = fileIn();
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('c', { digest: 'd3', html: '<p>It’s 日本語 🚀</p>', publicHtml: '<p>it’s public</p>' });
    bodies.set('a', { digest: 'd1', html: '<p>ASCII only</p>' });
    bodies.set('b', { digest: 'd2', html: '\n', publicHtml: '' });
    bodies.save(file);
    const header = {
      format: 2,
      renderer: '7.3.5',
      bodies: [['a', 'd1', '<p>ASCII only</p>'.length, -1], ['b', 'd2', 1, 0], ['c', 'd3', '<p>It’s 日本語 🚀</p>'.length, '<p>it’s public</p>'.length]],
    };
    const expected = `${JSON.stringify(header)}\n<p>ASCII only</p>\n<p>It’s 日本語 🚀</p><p>it’s public</p>`;
    expect(readFileSync(file).toString('hex')).toBe(Buffer.from(expected).toString('hex'));
  });

  test('a file cut short is an empty cache, not bodies cut short', () => {
    const file = fileIn();
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd1', html: '<p>A whole paragraph.</p>' });
    bodies.save(file);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, -5));
    const next = new RenderedBodies('7.3.5');
    next.loadOnce(file);
    expect(next.get('a')).toBeUndefined();
  });

  test('a body with a lone surrogate is not cached, so it is rendered again rather than changed', () => {
    const file = fileIn();
    const bodies = new RenderedBodies('7.3.5');
    bodies.set('a', { digest: 'd1', html: '<p>broken \ud800 pair</p>' });
    bodies.set('b', { digest: 'd2', html: '<p>B</p>' });
    bodies.save(file);
    const next = new RenderedBodies('7.3.5');
    next.loadOnce(file);
    expect(next.get('a')).toBeUndefined();
    expect(next.get('b')?.html).toBe('<p>B</p>');
  });
});
