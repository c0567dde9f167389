/**
 * The items of the lists a post pastes in YAML under a key that says what they hold
 * (`oncall_schedule:`, a kubeconfig's `users:`, `owners:`), read line by line: three finders of
 * people walked such lists each with its own copy of this loop until session 54's review.
 */

/** What a finder does with a line inside a list: `'end'` when the line closes the list (a key back at the list's indent). */
export type ListLineVisit = (line: string, index: number, indent: number, keyIndent: number) => 'end' | void;

/**
 * Calls `visit` for each line of pasted code (`codeLines`) below a key that `listKeyIndent` says
 * opens a list (it returns the key's indent), until `visit` says the list ended, a blank line
 * aside. A line outside pasted code ends the list too. `everyCodeLine` sees each line of pasted
 * code first, in or out of a list (a kubeconfig's RBAC subject stands beside its own key).
 */
export function forEachPastedListLine(
  lines: readonly string[],
  codeLines: ReadonlySet<number>,
  listKeyIndent: (line: string) => number | undefined,
  visit: ListLineVisit,
  everyCodeLine?: (line: string, index: number) => void,
): void {
  let keyIndent: number | undefined;
  lines.forEach((line, i) => {
    if (!codeLines.has(i)) {
      keyIndent = undefined;
      return;
    }
    everyCodeLine?.(line, i);
    const opened = listKeyIndent(line);
    if (opened !== undefined) {
      keyIndent = opened;
      return;
    }
    if (keyIndent === undefined || !line.trim()) return;
    if (visit(line, i, line.length - line.trimStart().length, keyIndent) === 'end') keyIndent = undefined;
  });
}
