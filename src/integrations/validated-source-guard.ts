import type { AstroIntegration } from 'astro';
import { getKbSession, KbBuildError } from './session-handle.ts';
import { shownFromWorkingFolder } from '../lib/shown-path.ts';

/**
 * A postmortem compiled by `@astrojs/mdx` is read from its file by Vite, after validation and the
 * redaction guard read it (postmortem-loader.ts renders every other body from the text it
 * validated). This transform, first of all (listed before the public cut and @astrojs/mdx), stops
 * the build when that second reading differs from the first: a save during the build would
 * otherwise publish a text nothing checked. A build only: under `astro dev` the page follows each
 * save, and a file saved with errors is compiled as it is while its data stays the last good one.
 */
export function validatedSourceGuard(): AstroIntegration {
  return {
    name: 'postmortem-kb:validated-source',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [{ name: 'postmortem-kb:validated-source', enforce: 'pre', transform: checkValidatedSource }] } });
      },
    },
  };
}

/** The transform: the module's text as Vite read it, against the text validation read. */
export function checkValidatedSource(code: string, id: string): undefined {
  // Ids with a query are Astro's wrappers around the file, not its text.
  if (id.includes('?') || !id.endsWith('.mdx')) return undefined;
  const problem = getKbSession().validatedSources.problem(id, code, shownFromWorkingFolder(id));
  if (problem) throw new KbBuildError(problem);
  return undefined;
}
