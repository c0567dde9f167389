import { describe, expect, it } from 'vitest';
import { shownFromWorkingFolder } from '../../src/lib/shown-path.ts';

describe('shownFromWorkingFolder: a path as the commands print it', () => {
  it('inside the working folder: relative to it', () => {
    expect(shownFromWorkingFolder('/home/kb/content/postmortems/a.mdx', '/home/kb')).toBe('content/postmortems/a.mdx');
  });
  it('outside it (KB_CONTENT_DIR=/tmp/...): whole, not a run of ../', () => {
    expect(shownFromWorkingFolder('/tmp/kb/postmortems/a.mdx', '/home/kb')).toBe('/tmp/kb/postmortems/a.mdx');
  });
  it('a sibling folder whose name starts like the working one is outside it too', () => {
    expect(shownFromWorkingFolder('/home/kb-old/a.mdx', '/home/kb')).toBe('/home/kb-old/a.mdx');
  });
  it('the working folder itself: .', () => {
    expect(shownFromWorkingFolder('/home/kb', '/home/kb')).toBe('.');
  });
});
