import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What to print when `site.config.ts` cannot be loaded. A KbConfigError is said by the file
 * itself; a syntax error in it (a quote left open) came out of `npm run check` as "Expected ',',
 * got 'ident'", naming neither the file nor the line: Node puts them, with the lines around
 * the mistake, only in the stack, which the check did not print.
 */
export function describeConfigLoadError(error: unknown): string {
  const { message, stack, code } = error as NodeJS.ErrnoException;
  if (!(error instanceof SyntaxError) && code !== 'ERR_INVALID_TYPESCRIPT_SYNTAX') {
    // A mistake the file makes when it runs (`organisation: Acme` without quotes: "Acme is not
    // defined"): said at its line in site.config.ts, found in the stack.
    const frame = /(?:file:\/\/)?(\/[^\s()]*site\.config\.ts):(\d+):(\d+)/.exec(String(stack ?? ''));
    if (!frame || (error as Error).name === 'KbConfigError') return String(message ?? error);
    const hint = (error as Error).name === 'ReferenceError' ? ' (text is written in quotes: organisation: \'Acme\')' : '';
    return `${relative(process.cwd(), frame[1]) || frame[1]}:${frame[2]}:${frame[3]}: ${(error as Error).name}: ${message}. Fix it there${hint}.`;
  }
  const lines = String(stack ?? '').split('\n');
  const place = /^(file:\/\/\S+?|\/\S+?):(\d+)$/.exec(lines[0] ?? '');
  if (!place) return `site.config.ts cannot be read: ${message}. Fix the TypeScript syntax there (a quote, comma or bracket missing?); npx tsc --noEmit -p . names the line.`;
  const file = place[1].startsWith('file:') ? fileURLToPath(place[1]) : place[1];
  // The lines Node quotes, up to the blank line before the error's name.
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '');
  const excerpt = lines.slice(1, end > 0 ? end : 4).map((line) => `    ${line}`).join('\n');
  return `${relative(process.cwd(), file) || file}:${place[2]}: a syntax error: ${message}. Fix it there (a quote, comma or bracket missing on this line or the one before):\n${excerpt}`;
}
