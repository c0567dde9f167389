import { createHash } from 'node:crypto';

/**
 * The texts the build validated, of the postmortems `@astrojs/mdx` compiles itself (a body that
 * needs MDX proper: an expression, an import). Those are read from the file a second time, by
 * Vite, seconds after validation and the redaction guard read it; an editor's save or a `git
 * checkout` in between would publish a text nothing checked. Each is kept as a digest (the
 * compiled ones only, so a thousand posts cost a thousand short strings at most), and the
 * compiler's input is compared with it before it is compiled.
 */
export class ValidatedSources {
  private readonly digests = new Map<string, string>();

  /** Notes the text validation read for this file (an absolute path, as Vite names modules). */
  record(file: string, source: string): void {
    this.digests.set(file, digestOf(source));
  }

  /** Forgets a file that is no longer compiled from its source (rendered by the loader now, or gone). */
  forget(file: string): void {
    this.digests.delete(file);
  }

  /**
   * Why the text about to be compiled for `file` may not be: it is not the text validation read.
   * Undefined when it is, or when the file was never recorded (not a postmortem compiled as MDX).
   */
  problem(file: string, source: string, shownPath: string): string | undefined {
    const validated = this.digests.get(file);
    if (validated === undefined || validated === digestOf(source)) return undefined;
    return `${shownPath} changed while the build ran: the text the MDX compiler read is not the one the build validated and scanned for names moments before (an editor's save, a git checkout or a sync during the build). Nothing of it was published. Build again once the file is saved as it should be.`;
  }
}

/**
 * A digest of a source as both readers decode it. A leading byte-order mark is left out: one
 * reader keeping it and the other not is no change of text.
 */
function digestOf(source: string): string {
  return createHash('sha256').update(source.replace(/^\uFEFF/, '')).digest('base64');
}
