import { resolve } from 'node:path';
import type { KbAstroOptions } from '../../src/integrations/astro-config.ts';
import { compileRegExpsToMachineCodeAtOnce } from './regexp-tier.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Runs Astro's build of one variant into `options.outDir`. Resolves with undefined when it
 * succeeded, or with the message the build failed with (a fault of the build, not of the
 * content, also gets its stack and a line asking for a report).
 */
export async function runAstroBuild(options: KbAstroOptions): Promise<string | undefined> {
  compileRegExpsToMachineCodeAtOnce();
  try {
    if (options.outDir !== undefined) {
      // The worker validates while Node loads Astro, on the core that would idle (early-worker.ts);
      // the internal build's also starts pagefind, whose end the build waited for (docs/performance.md,
      // session 42). The session's options as the integration gives them (kb-integration.ts; Astro
      // resolves the output folder from the project's root), or the session starts a worker of its own.
      const { buildSessionOptions, kbWorkerJob, startWorkerEarly } = await import('../../src/integrations/early-worker.ts');
      const { kbConfig } = await import('../../site.config.ts');
      const outDir = resolve(projectRoot, options.outDir);
      startWorkerEarly(kbWorkerJob(buildSessionOptions({ variant: options.variant, outDir, searchIndex: options.searchIndex, contentDir: kbConfig.contentDir, linkBy: kbConfig.similarity.linkBy })));
    }
    const { build } = await import('astro');
    const { createAstroConfig } = await import('../../src/integrations/astro-config.ts');
    await build({ root: projectRoot, configFile: false, ...createAstroConfig(options) });
    return undefined;
  } catch (error) {
    // A TypeError or the like is a fault of the build, not of the content: its stack says where.
    if (error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError) {
      console.error(`${(error as Error).stack}\nThis is a bug of the knowledge base, not a problem of your content: please report it with the lines above.`);
    }
    return (error as Error).message;
  }
}
