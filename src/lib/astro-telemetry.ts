/**
 * Astro's usage telemetry is off in the knowledge base's builds unless the caller decides.
 *
 * Every `astro build` with telemetry on (Astro's default) starts by asking git for the project's
 * first commit (`git rev-list --max-parents=0 HEAD`, run synchronously with a 500 ms timeout, to
 * hash it into an anonymous project id) and then posts an event to Astro's server. The git call
 * walks the repository's whole history and blocks Astro's thread, the build's critical path,
 * while it runs: 0.2-0.26 s in this repository (3,985 commits) on a quiet machine, 0.8-2.0 s at a
 * load of 20-25 (docs/performance.md, session 60), more as a knowledge base's history grows, up to
 * the timeout. An internal incident knowledge base also has no reason to report its builds to a
 * third party by default.
 *
 * The caller's own choice stands: any value of either variable Astro reads, including an empty
 * one (`ASTRO_TELEMETRY_DISABLED=`, which Astro reads as "not disabled"), is left as it is, so
 * `ASTRO_TELEMETRY_DISABLED= npm run build` keeps Astro's telemetry as `astro telemetry` set it.
 */

/** The environment variables Astro's telemetry reads (@astrojs/telemetry: either one, any non-empty value, turns it off). */
export const astroTelemetryVariables = ['ASTRO_TELEMETRY_DISABLED', 'TELEMETRY_DISABLED'] as const;

/** What a build started with `env` adds to it: telemetry off, unless the caller set either variable. */
export function astroTelemetryEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  return astroTelemetryVariables.some((name) => env[name] !== undefined) ? {} : { ASTRO_TELEMETRY_DISABLED: '1' };
}
