import { expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportFolderInsideContent, unreadFolderInContent, unsafeOutputFolder } from '../../scripts/lib/output-folder.ts';
import { temporaryFolders } from '../support/temporary-folders.ts';

const makeFolder = temporaryFolders('kb-out-');

/** A project with its content folder, as the build sees it. */
function project() {
  const root = makeFolder();
  const contentDir = join(root, 'content');
  mkdirSync(join(contentDir, 'postmortems'), { recursive: true });
  return { root, contentDir, protect: { contentDir, projectRoot: root, cwd: root, home: '/nonexistent-home' } };
}

test('the build refuses an output folder that is or holds the content, the project or the working directory', () => {
  const { root, contentDir, protect } = project();
  expect(unsafeOutputFolder(contentDir, protect)).toMatch(/^it is the content folder/);
  expect(unsafeOutputFolder(root, protect)).toMatch(/^it holds the content folder/);
  expect(unsafeOutputFolder(join(root, '..'), protect)).toMatch(/^it holds the content folder/);
  expect(unsafeOutputFolder(join(contentDir, 'dist'), protect)).toMatch(/^it is inside the content folder/);
  expect(unsafeOutputFolder('/', protect)).toBe('it is the root of the file system');
  expect(unsafeOutputFolder(join(root, 'elsewhere'), { ...protect, cwd: join(root, 'elsewhere', 'sub') })).toMatch(/^it holds the working directory/);
});

test('a new folder, an empty one, or an earlier build is fine; a folder a build did not write is not', () => {
  const { root, protect } = project();
  expect(unsafeOutputFolder(join(root, 'dist'), protect)).toBeUndefined();
  mkdirSync(join(root, 'empty'));
  expect(unsafeOutputFolder(join(root, 'empty'), protect)).toBeUndefined();
  mkdirSync(join(root, 'built'));
  writeFileSync(join(root, 'built', 'index.html'), '<!doctype html>');
  expect(unsafeOutputFolder(join(root, 'built'), protect)).toBeUndefined();
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'todo.txt'), 'keep me');
  expect(unsafeOutputFolder(join(root, 'notes'), protect)).toMatch(/a build did not write/);
  writeFileSync(join(root, 'file.txt'), 'x');
  expect(unsafeOutputFolder(join(root, 'file.txt'), protect)).toBe('it is a file');
  expect(unsafeOutputFolder(join(root, 'file.txt', 'site', 'dist'), protect)).toBe(`its parent ${join(root, 'file.txt')} is a file, so the folder cannot be made`);
});

test('an export (evidence pack, tracker files) may not go in the content folder or under it; beside it, or in a folder holding it, is fine', () => {
  const { root, contentDir } = project();
  expect(exportFolderInsideContent(contentDir, contentDir)).toMatch(/^it is the content folder \(/);
  expect(exportFolderInsideContent(join(contentDir, 'postmortems', 'export'), contentDir)).toMatch(/^it is inside the content folder \(/);
  expect(exportFolderInsideContent(join(contentDir, 'x', '..', 'ev'), contentDir)).toMatch(/^it is inside the content folder/);
  expect(exportFolderInsideContent(join(root, 'evidence', '2025'), contentDir)).toBeUndefined();
  expect(exportFolderInsideContent(join(root, 'content-exports'), contentDir)).toBeUndefined();
  expect(exportFolderInsideContent(root, contentDir)).toBeUndefined();
});

test('drafts may go in the postmortems folder (or a folder in it) or outside the content folder, not elsewhere in it where nothing reads them', () => {
  const { root, contentDir } = project();
  expect(unreadFolderInContent(contentDir, contentDir)).toMatch(/^it is in the content folder \(.*\) but not in its postmortems\/ folder/);
  expect(unreadFolderInContent(join(contentDir, 'drafts'), contentDir)).toMatch(/not in its postmortems\/ folder/);
  expect(unreadFolderInContent(join(contentDir, 'postmortems'), contentDir)).toBeUndefined();
  expect(unreadFolderInContent(join(contentDir, 'postmortems', 'imported'), contentDir)).toBeUndefined();
  expect(unreadFolderInContent(join(root, 'drafts'), contentDir)).toBeUndefined();
});
