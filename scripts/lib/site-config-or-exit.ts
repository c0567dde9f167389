import { describeConfigLoadError } from './config-load-error.ts';

/**
 * `site.config.ts`, loaded so that a mistake in it stops the command with the file, the line and
 * the fix, status 2. Imported statically, a syntax error in it (a quote left open) came out as
 * Node's report of an uncaught exception, its stack included; a KbConfigError the file says itself.
 */
export async function loadSiteConfig(): Promise<typeof import('../../site.config.ts')> {
  try {
    return await import('../../site.config.ts');
  } catch (error) {
    console.error(describeConfigLoadError(error));
    process.exit(2);
  }
}
