/** The public build's refusal of a short post's body, as the bad-input and leak-probe rounds ask for it. */
import { expect } from 'vitest';
import { PublicVariantError, stripInternalFromSource } from '../../src/lib/strip-internal.ts';

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
