import { escapeRegExp } from '../regexp.ts';
import { usedAsOrganisation } from './person-patterns.ts';

/**
 * A service a whole collection names (status-history round 37). A status history writes the
 * public services it depends on as the subject of their states, post after post ("Copr outage",
 * "Copr is fully operational", "the Copr team", "Copr builds are pending"); one of its posts may
 * write the same word where a machine stands ("builds in Copr") with nothing else said of it. The
 * guard reads that post's word as a host of the organisation, and the scan carried it to every
 * post of the collection (91 lines of packit-status). A capitalised word without a digit that
 * several posts of the scan write as a product or as the subject of a service state is that
 * service's public name: it is not carried. A machine named once in a state ("Vader is down") in
 * one post, or a numbered machine (`off3`), is carried as before.
 */

/** The posts of the scan that must write the word as a service before it is taken as one. */
export const servicePostsNeeded = 3;

/** A proper name as a product is written: a capital, then lower-case letters, no digit. */
const properName = /^\p{Lu}[\p{Ll}\p{Lu}]{2,}$/u;

/** The word as the subject of a service's state ("Copr is fully operational", "Copr was down"). */
const stateOf = (w: string) => new RegExp(String.raw`(?<![\p{L}\p{N}_-])${w}\s+(?:is|was|are|were|has been|had been)\s+(?:(?:fully|partially|now|again|back|currently|still)\s+)*(?:operational|down|unavailable|degraded|available|back|up|working|slow|affected|overloaded|under)\b`, 'u');

/** Whether one post's text writes the word as a service: a product's name or the subject of its state. */
export function writtenAsService(word: string, text: string): boolean {
  return usedAsOrganisation(word, text) || stateOf(escapeRegExp(word)).test(text);
}

/**
 * Whether a word found as a host is a service the scan's posts name: a proper name written as a
 * service in at least `servicePostsNeeded` of the posts (each post's public text, one string each).
 */
export function isCollectionServiceName(word: string, postTexts: readonly string[]): boolean {
  if (!properName.test(word)) return false;
  let posts = 0;
  for (const text of postTexts) if (writtenAsService(word, text) && ++posts >= servicePostsNeeded) return true;
  return false;
}
