import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moveAsideAndRemove, removeTreeOnOwnThread } from '../../scripts/lib/remove-tree.ts';

describe('removeTreeOnOwnThread (the previous output, deleted while Astro builds)', () => {
  it('deletes a folder tree with everything in it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-remove-tree-'));
    const tree = join(root, 'dist.previous');
    for (let page = 0; page < 50; page++) {
      mkdirSync(join(tree, 'postmortems', `pm-${page}`), { recursive: true });
      writeFileSync(join(tree, 'postmortems', `pm-${page}`, 'index.html'), '<p>old</p>');
    }
    writeFileSync(join(root, 'kept.txt'), 'beside the tree');
    await removeTreeOnOwnThread(tree);
    expect(existsSync(tree)).toBe(false);
    expect(existsSync(join(root, 'kept.txt'))).toBe(true);
    rmSync(root, { recursive: true, force: true });
  });

  it('resolves when there is nothing to delete', async () => {
    await expect(removeTreeOnOwnThread(join(tmpdir(), 'kb-remove-tree-missing', 'dist.previous'))).resolves.toBeUndefined();
  });

  it("rejects with the thread's error when the deletion fails", async () => {
    await expect(removeTreeOnOwnThread('dist\0previous')).rejects.toThrow(/null bytes|must be a string/);
  });

  it('moves a tree aside, over an earlier one left there, and deletes it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kb-remove-tree-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'postmortems'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<p>old</p>');
    mkdirSync(join(root, 'dist.previous'));
    writeFileSync(join(root, 'dist.previous', 'left-over.html'), 'from a build that was stopped');
    const removed = moveAsideAndRemove(dist, join(root, 'dist.previous'));
    // The folder is free at once, before the deletion ends.
    expect(existsSync(dist)).toBe(false);
    await removed;
    expect(existsSync(join(root, 'dist.previous'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });
});
