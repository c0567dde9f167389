import { escapeRegExp } from '../regexp.ts';

/**
 * Whether `span` is a mail link under a name, `[Amri](mailto:amri@…)`, of the address `address` a
 * `redact/email` finding quotes: a person the sentence names (a Google Docs export's people chips).
 * Wrapped whole with no stand-in, a timeline read "16:52 -  posts a message about the outage", and
 * with the address's phrase "the responsible team realizes he deployed" (adoption walkthrough
 * round 40): it takes a person's role.
 */
export function isMailLinkUnderName(span: string, address: string): boolean {
  return new RegExp(`^\\[[^\\]\\n]+\\]\\(mailto:${escapeRegExp(address)}\\)$`, 'i').test(span);
}
