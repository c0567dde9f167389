/**
 * An MDX expression runs as JavaScript when the site is built. In a postmortem, which anyone may
 * propose by pull request, that would let `{process.env.CI_TOKEN}` publish a build secret, or a
 * loop stop the build. Postmortems may therefore hold only expressions that compute from numbers
 * and strings (`{6 * 7}`, `{'{'}`) and comments; this is the test.
 */
export function isConstantExpression(value: string): boolean {
  const withoutLiterals = value
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'[^'\\\n]*'|"[^"\\\n]*"|`[^`\\$]*`/g, ' 0 ')
    // The keys of an object literal (`style={{ color: "red" }}`): data, not code.
    .replace(/(?<=[{,]\s*)[A-Za-z_$][\w$]*\s*:/g, ' ');
  return /^[\s\d.+\-*/%(){}[\],]*$/.test(withoutLiterals) && !/\/\//.test(withoutLiterals);
}

/** An MDX expression that is only a comment: `{/* ... *\/}` or `{// ...}`; it renders nothing. */
export function isCommentExpression(value: string): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n?\s*)*$/.test(value);
}

export const constantExpressionFix =
  'write the text itself; an expression may only compute from numbers and strings ({6 * 7}), since it runs when the site is built.';

/**
 * Braces typed as text in prose (bad input round 43): a placeholder (`{user}`, `${POOL_SIZE}`,
 * `{user.id}`) is read as a variable, and the fix "write the text itself" did not say how to keep
 * the braces; `{0}` (a format string's placeholder) and `{ }` pass as constants, and the page
 * showed 0 and nothing, the braces gone without a word. Undefined for anything else.
 */
export function bracesTypedAsText(expression: string): { message: string; fix: string } | undefined {
  const inside = expression.trim();
  const written = `{${expression}}`;
  const keep = `if the braces are text, write \\${written} (a backslash before the { keeps both as typed), or put it in backticks: \`${written}\`.`;
  if (/^[A-Za-z_$][\w$]*$/.test(inside)) {
    return { message: `${written} is read as JavaScript, the value of a variable ${inside}, when the site is built, not shown as typed (it could publish the build's secrets, or stop the build).`, fix: keep };
  }
  if (inside === '' || /^\d+$/.test(inside)) {
    return { message: `${written} is an MDX expression, not text: the page shows ${inside === '' ? 'nothing there' : inside}, without the braces.`, fix: keep };
  }
  return undefined;
}
