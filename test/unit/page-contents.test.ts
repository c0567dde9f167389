import { describe, expect, test } from 'vitest';
import { bodySections, pageContents, sectionsForContents } from '../../src/lib/page-contents.ts';

const section = (id: string, words: string) => `<h2 id="${id}">${words}</h2><p>Text.</p><h3 id="${id}-sub">Sub</h3>`;
const page = [{ id: 'timeline-title', text: 'Timeline' }, { id: 'actions-title', text: 'Action items' }, { id: 'similar-title', text: 'Similar incidents' }];

describe('bodySections', () => {
  test('the h2 sections with their ids, as text', () => {
    const html = section('impact', 'Impact') + section('fix', 'The <code>kubelet</code> &amp; its fix') + '<h2>No id</h2>';
    expect(bodySections(html)).toEqual([{ id: 'impact', text: 'Impact' }, { id: 'fix', text: 'The kubelet & its fix' }]);
  });
});

describe('pageContents', () => {
  test('a long report: its sections, then the page’s own after them', () => {
    const body = ['Summary', 'Impact', 'Root causes', 'Resolution', 'Action Items'].map((words, i) => ({ id: `s${i}`, text: words }));
    const contents = pageContents(body, page);
    expect(contents.map((entry) => entry.id)).toEqual(['s0', 's1', 's2', 's3', 's4', 'timeline-title', 'actions-title', 'similar-title']);
    // the tracked items are told apart from the report's own section of the same name
    expect(contents.find((entry) => entry.id === 'actions-title')?.text).toBe('Action items (recorded)');
    expect(contents.find((entry) => entry.id === 'timeline-title')?.text).toBe('Timeline');
  });

  test('a short notice has no contents', () => {
    const body = Array.from({ length: sectionsForContents - 1 }, (_, i) => ({ id: `s${i}`, text: `Update ${i}` }));
    expect(pageContents(body, page)).toEqual([]);
  });
});
