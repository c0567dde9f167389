// The YAML parser's errors in an author's terms, for frontmatter and the vocabulary files alike.

/**
 * The message of a YAML error in the author's terms, and its fix when it is not the usual one.
 * `text` is the source from the error to the end of its line (a duplicate key and its value).
 */
export function describeYamlError(code: string, message: string, text: string): { message: string; fix?: string } {
  if (code === 'DUPLICATE_KEY') {
    const key = /^(["']?)(.*?)\1\s*:(?:\s|$)/.exec(text.trim())?.[2] ?? text.trim();
    return { message: `the key "${key}" appears twice in the same block (the second one is here).`, fix: `keep one "${key}:" and delete the other.` };
  }
  if (code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(message)) {
    return { message: 'values are nested too deeply to read (lists or keys inside one another thousands of times).', fix: 'write the value flat: postmortem fields nest a few levels at most.' };
  }
  if (code === 'RESOURCE_EXHAUSTION' && /alias/i.test(message)) {
    return { message: 'aliases (*name) repeat an anchor (&name) so often that the data would not fit in memory.', fix: 'write the values out instead of repeating them through aliases.' };
  }
  return { message };
}
