/**
 * How deep JSX elements and expressions nest in an MDX body, read from the text alone in one pass:
 * no parser runs. The MDX parsers recurse once per level: an object nested 3,000 deep in an
 * attribute (`style={{a:{a:…}}}`) took `npm run check` 25 s to refuse as "Could not parse
 * expression with acorn", and `npm run build` died of a segmentation fault; `<span>` in `<span>`
 * 10,000 deep was "Maximum call stack size exceeded" after 25 s. A body nested deeper than
 * {@link maxJsxNestingDepth} is refused (`body/nesting-depth`) before any parser sees it.
 *
 * Counted: a JSX element (`<Name …>` or `<>`) until its closing tag (`/>` closes at once), and in
 * an expression (`{…}`) every `{`, `[` and `(` until it closes. Fenced code blocks and code spans
 * are text to MDX and are passed over, as is an escaped `\{` or `\<`. Where the count could go
 * wrong it errs towards more: a tag MDX would refuse as unclosed stays open to the end.
 */

/**
 * The deepest nesting of JSX elements and expression brackets allowed in an MDX body. The
 * deepest of the 3,244 Markdown files in the corpora of real postmortems, read so, nests 8; this
 * repository's postmortems and fixtures 3.
 */
export const maxJsxNestingDepth = 256;

export interface JsxNestingDepth {
  /** The greatest number of elements and brackets open at once. */
  depth: number;
  /** 1-based line and column where that depth is first reached. */
  line: number;
  column: number;
}

/** Where an MDX body first nests deeper than `limit` (and how deep it then goes), or undefined. */
export function findDeepJsxNesting(body: string, limit = maxJsxNestingDepth): (JsxNestingDepth & { firstLineOver: number; firstColumnOver: number }) | undefined {
  // Most bodies are settled at once: they hold fewer brackets and tags than the limit. Counted
  // with indexOf, one character at a time: a character loop took 60 ms for 1,000 bodies.
  let openers = 0;
  for (const opener of openingCharacters) {
    for (let at = body.indexOf(opener); at !== -1 && openers <= limit; at = body.indexOf(opener, at + 1)) openers++;
  }
  if (openers <= limit) return undefined;
  const measured = measureJsxNestingDepth(body, limit);
  return measured.firstLineOver === undefined ? undefined
    : { ...measured, firstLineOver: measured.firstLineOver, firstColumnOver: measured.firstColumnOver ?? 1 };
}

/** What may open a level: an element (`<`) or a bracket of an expression. */
const openingCharacters = ['{', '<', '[', '('] as const;

const fence = /^[ \t]*(`{3,}|~{3,})/;

/** The deepest nesting of JSX elements and expression brackets in an MDX body. Linear in its length. */
export function measureJsxNestingDepth(body: string, limit = Infinity): JsxNestingDepth & { firstLineOver?: number; firstColumnOver?: number } {
  const result: JsxNestingDepth & { firstLineOver?: number; firstColumnOver?: number } = { depth: 0, line: 1, column: 1 };
  /** What is open: 'e' an element, '{', '[' or '(' a bracket of an expression. */
  const stack: string[] = [];
  /** Inside a tag (`<span …` before its `>`): attribute values may hold expressions. */
  let inTag = false;
  let openFence: string | undefined;
  const lines = body.split('\n');
  const reached = (line: number, column: number) => {
    if (stack.length > result.depth) Object.assign(result, { depth: stack.length, line, column });
    if (result.firstLineOver === undefined && stack.length > limit) {
      result.firstLineOver = line;
      result.firstColumnOver = column;
    }
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const inExpression = stack.length > 0 && stack[stack.length - 1] !== 'e';
    // A fence opens and closes only where the line is Markdown, not inside an expression.
    if (!inExpression && !inTag) {
      const marker = fence.exec(line)?.[1];
      if (openFence) {
        if (marker && marker[0] === openFence[0] && marker.length >= openFence.length && line.trim() === marker) openFence = undefined;
        continue;
      }
      if (marker) {
        openFence = marker;
        continue;
      }
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      const top = stack[stack.length - 1];
      const expression = top !== undefined && top !== 'e';
      if (!expression && !inTag) {
        if (c === '\\') {
          i++;
          continue;
        }
        if (c === '`') {
          // A code span: its text up to a run of as many backticks.
          let run = 1;
          while (line[i + run] === '`') run++;
          const close = line.indexOf('`'.repeat(run), i + run);
          if (close >= 0) {
            i = close + run - 1;
            continue;
          }
          i += run - 1;
          continue;
        }
        if (c === '<') {
          const next = line[i + 1];
          if (next === '/') {
            // A closing tag closes the innermost element.
            const end = line.indexOf('>', i);
            if (top === 'e') stack.pop();
            if (end < 0) break;
            i = end;
            continue;
          }
          if (next === '>' || (next !== undefined && /[A-Za-z]/.test(next))) {
            stack.push('e');
            inTag = next !== '>';
            reached(index + 1, i + 1);
            if (next === '>') i++;
            continue;
          }
          continue;
        }
        if (c === '{') {
          stack.push('{');
          reached(index + 1, i + 1);
        }
        continue;
      }
      if (inTag && !expression) {
        if (c === '>') {
          inTag = false;
          if (line[i - 1] === '/') stack.pop();
        } else if (c === '{') {
          stack.push('{');
          reached(index + 1, i + 1);
        } else if (c === '"' || c === "'") {
          const close = line.indexOf(c, i + 1);
          if (close >= 0) i = close;
        }
        continue;
      }
      // In an expression: brackets nest until they close; a string's text is passed over.
      if (c === '{' || c === '[' || c === '(') {
        stack.push(c);
        reached(index + 1, i + 1);
      } else if (c === '}' || c === ']' || c === ')') {
        stack.pop();
      } else if (c === '"' || c === "'" || c === '`') {
        let j = i + 1;
        while (j < line.length && line[j] !== c) j += line[j] === '\\' ? 2 : 1;
        if (j < line.length) i = j;
      }
    }
  }
  return result;
}
