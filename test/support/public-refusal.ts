/** The public build's refusal of a short post's body, as the bad-input and leak-probe rounds ask for it. */
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';
import { toFastMarkdown } from '../../src/lib/fast-markdown.ts';
import { fixturesDir, goodInputPostmortem } from './content-fixture.ts';

/** A short post of `body` (its body starts at line 5). */
export const shortPost = (body: string) => `---\ntitle: x\n---\n\n${body}`;

/** The public build's refusal of `body` in a short post, or undefined when it is cut and published. */
export function publicRefusal(body: string, isMdx: boolean): string | undefined {
  try {
    stripInternalFromSource(shortPost(body), { isMdx, file: isMdx ? 'x.mdx' : 'x.md' });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(PublicVariantError);
    return (error as Error).message;
  }
}

/**
 * good-input's post made public (with its public title and summary), `appended` at its end (line
 * 48), as the bad-input rounds' public builds wrote it.
 */
export function publicGoodInputPost(appended: string): string {
  return `${readFileSync(join(fixturesDir, 'good-input', goodInputPostmortem), 'utf8')
    .replace('visibility: internal', 'visibility: public')
    .replace('related: []', 'public:\n  title: Checkout errors\n  summary: Some checkouts failed for 10 minutes.\nrelated: []')}\n${appended}\n`;
}

/**
 * What the public build's loader throws for a whole post (postmortem-loader.ts, renderBody: the
 * public rendering of the file at `file`), or undefined when the post renders. That such a refusal
 * stops the build with its message and writes nothing is asserted once on a build
 * (test/cli/bad-input-round12.test.ts); the rounds' other hiding refusals call the function
 * (suite time, session 50).
 */
export function loaderPublicRefusal(file: string, source: string): unknown {
  try {
    toFastMarkdown(source, { variant: 'public', isMdx: file.endsWith('.mdx'), file });
    return undefined;
  } catch (error) {
    return error;
  }
}
