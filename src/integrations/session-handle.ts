// How the content loader and the pages reach the build's session (kb-session.ts) without
// importing it: they run in Vite's module graphs (the content config) and in Astro's page bundle,
// which would otherwise transform and bundle the session's whole graph (validation, lints, the
// worker's plumbing) although only the object the integration created is ever used.
import type { KbSession } from './kb-session.ts';

const sessionKey = Symbol.for('postmortem-kb.session');
type SessionSlot = Record<symbol, KbSession | undefined>;

/**
 * Astro evaluates the content config and the pages in module graphs of their own (Vite's), so a
 * module-level variable would not be seen by both; the process-wide global is. Returns the
 * session it replaces.
 */
export function installKbSession(session: KbSession): KbSession | undefined {
  const previous = (globalThis as SessionSlot)[sessionKey];
  (globalThis as SessionSlot)[sessionKey] = session;
  return previous;
}

/** The session of this build or dev server; fails clearly when the integration is missing. */
export function getKbSession(): KbSession {
  const session = (globalThis as SessionSlot)[sessionKey];
  if (!session) {
    throw new Error('The postmortem-kb integration is not set up: astro.config.mjs must build its config with createAstroConfig (src/integrations/astro-config.ts).');
  }
  return session;
}

/** A problem that stops the build; its message is the whole story (the findings are printed above it). */
export class KbBuildError extends Error {
  constructor(message: string) {
    super(message);
    this.stack = `${this.name}: ${message}`;
  }
}
KbBuildError.prototype.name = 'KbBuildError';
