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
