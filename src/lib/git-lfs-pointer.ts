// A Git LFS pointer in place of the file it stands for: what a clone holds when git-lfs is not
// installed, or when CI checked out without it (`actions/checkout` without `lfs: true`,
// `GIT_LFS_SKIP_SMUDGE=1`). Its three lines are text, so every reader took it for a broken file of
// its kind: a postmortem "with no frontmatter block", an image "exported wrong", a vocabulary "that
// is the text version https://…" (bad input round 39).

// The first line of every pointer (the spec's older address, hawser, included): enough to know
// one from the first bytes a reader has.
const pointerFirstLine = /^version https:\/\/(?:git-lfs|hawser)\.github\.com\/spec\/v1\r?\n/;

/** Whether `text` (a file's text, or at least its first 50 characters) is a Git LFS pointer. */
export const isGitLfsPointer = (text: string): boolean => pointerFirstLine.test(text);

/** What is said of a file that is a Git LFS pointer, and its fix, for every kind of file. */
export function describeGitLfsPointer(text: string): { message: string; fix: string } {
  const size = /^size (\d+)\s*$/m.exec(text)?.[1];
  return {
    message: `the file is a Git LFS pointer (three lines naming the real file${size ? `, ${Number(size).toLocaleString('en-US')} bytes` : ''}), not the file itself: this clone did not download it (git-lfs is not installed, or the checkout skipped LFS files)`,
    fix: 'run git lfs install, then git lfs pull (in CI: actions/checkout with lfs: true); if the file should not be kept in LFS, remove its pattern from .gitattributes and commit the file itself.',
  };
}
