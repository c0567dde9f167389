import type { AstroUserConfig } from 'astro';

type ShikiTransformer = NonNullable<NonNullable<NonNullable<AstroUserConfig['markdown']>['shikiConfig']>['transformers']>[number];

/**
 * Shiki stops tokenising a line after 500 ms and colours the rest as one token: on a busy machine
 * the same code block then renders differently from one build to the next. No time limit keeps
 * builds byte-identical. In the Astro config (astro-config.ts) and in the render worker's own
 * renderer (body-renderer.ts), which must highlight exactly as Astro does.
 */
export const deterministicHighlighting: ShikiTransformer = {
  name: 'postmortem-kb:deterministic-highlighting',
  preprocess(code, options) {
    options.tokenizeTimeLimit = 0;
    return code;
  },
};
