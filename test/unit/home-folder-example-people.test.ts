// Session 63 (lead, from bad input round 63's leftover): a home folder of a guide's example person
// (`/home/jdoe/`, `C:\Users\alice\`) or of a handle no rule read (`jdoe2`) reached a public post.
import { describe, expect, test } from 'vitest';
import { foundInProbe } from '../support/redaction-probe-harness.ts';
import { findHomeFolderAccounts } from '../../src/lib/publication/home-folder-accounts.ts';

describe('a home folder names an account whatever its word', () => {
  test.each([
    ['/home/jdoe/deploy/pool.yaml', 'jdoe'],
    ['/Users/alice/notes.txt', 'alice'],
    ['C:\\Users\\jdoe\\deploy\\pool.yaml', 'jdoe'],
    ['/home/johndoe/.ssh/config', 'johndoe'],
    ['/home/jdoe2/x', 'jdoe2'],
    ['/Users/eb/.local/share/tool', 'eb'],
  ])('%s: %s is held in a public post', (path, account) => {
    expect(foundInProbe(`The limit lives in ${path}.`)).toContain(`redact/person:${account}`);
  });
  test.each(['/home/ubuntu/x', '/home/runner/work/x', '/Users/Shared/x', '/home/username/x', '/home/burpsuitekeystores/x', '/home/project/src'])(
    'controls: %s names no person (an account every machine has, a placeholder, words run together, a work folder)', (path) => {
      expect(findHomeFolderAccounts(`The limit lives in ${path}.`)).toEqual([]);
    });
});
