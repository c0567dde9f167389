// Astro's build in a process of its own, started by scripts/build.ts when the search index is
// built after Astro (src/integrations/deferred-search-index.ts): the memory Astro's process holds
// is given back when it exits, before pagefind's peak. Its options come as JSON in the first
// argument; a failure's message goes to the parent over the IPC channel.
import { runAstroBuild } from './astro-build.ts';
import type { KbAstroOptions } from '../../src/integrations/astro-config.ts';

const failure = await runAstroBuild(JSON.parse(process.argv[2]!) as KbAstroOptions);
if (failure === undefined) process.exit(0);
// Exit only once the message is sent.
process.send!({ failure }, () => process.exit(1));
