import { expect, test } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPostmortemFiles, listPostmortemsFolder } from '../../src/lib/content-files.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

const tempDir = temporaryFolders('kb-content-files-');

test('one walk of the postmortems folder lists the postmortems and the files that only look like them', () => {
  const dir = tempDir();
  const files = ['b.mdx', 'a.md', '2024/c.mdx', 'old.mdx/d.md', '_template.mdx', '.hidden.md', 'E.MDX', '2024/f.Md', 'g.markdown', 'h.mkd', 'notes.txt', 'media/graph.png', 'shots.mdx/graph.png', 'b.mdx~', 'z.mdx.bak'];
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  expect(listPostmortemsFolder(dir)).toEqual({
    postmortems: ['2024/c.mdx', 'a.md', 'b.mdx', 'old.mdx/d.md'],
    lookAlikes: ['2024/f.Md', 'E.MDX', 'g.markdown', 'h.mkd'],
    unlisted: [],
    // A folder named like a postmortem that holds none (bad input round 14); old.mdx/ holds one.
    foldersNamedLikePostmortems: ['shots.mdx'],
    // b.mdx~ is beside b.mdx; z.mdx.bak is the only copy of z.mdx (bad input round 14).
    copiesWithoutPostmortem: [{ path: 'z.mdx.bak', of: 'z.mdx' }],
    otherFormats: [],
    // An image in media/ is no attachment (bad input round 46: a PDF there is one).
    attachments: [],
    // .hidden.md is an editor's name; only a postmortem's name after the dot is listed (round 18).
    hiddenPostmortems: [],
    inHiddenFolders: [],
    linksOutside: [],
    danglingLinks: [],
  });
  expect(listPostmortemFiles(dir)).toEqual(listPostmortemsFolder(dir).postmortems);
  expect(listPostmortemsFolder(join(dir, 'missing'))).toEqual({ postmortems: [], lookAlikes: [], unlisted: [], foldersNamedLikePostmortems: [], copiesWithoutPostmortem: [], otherFormats: [], attachments: [], hiddenPostmortems: [], inHiddenFolders: [], linksOutside: [], danglingLinks: [] });
});

test('a link to a folder is followed once: a link back to the folder or a parent lists nothing twice', () => {
  const root = tempDir();
  const dir = join(root, 'postmortems');
  const shared = join(root, 'shared');
  mkdirSync(join(dir, '2024'), { recursive: true });
  mkdirSync(shared);
  writeFileSync(join(dir, '2024', 'a.mdx'), '');
  writeFileSync(join(shared, 'b.mdx'), '');
  symlinkSync('.', join(dir, 'loop'));
  symlinkSync('..', join(dir, '2024', 'up'));
  symlinkSync(shared, join(dir, 'linked'));
  symlinkSync(join(root, 'nowhere'), join(dir, 'dangling'));
  // Round 41: the link to nowhere is listed, so that validation says what it would have held is left out.
  expect(listPostmortemsFolder(dir)).toEqual({ postmortems: ['2024/a.mdx', 'linked/b.mdx'], lookAlikes: [], unlisted: [], foldersNamedLikePostmortems: [], copiesWithoutPostmortem: [], otherFormats: [], attachments: [], hiddenPostmortems: [], inHiddenFolders: [], linksOutside: [], danglingLinks: [{ path: 'dangling', target: join(root, 'nowhere') }] });
});
