/**
 * A capitalised word opening a list of things (round 33 of false positives): "Genesis, peers, and
 * state-sync are configured" — the word is capitalised only because it opens the sentence, and it
 * is a first name as well as an English word, so the language model read a person in it and the
 * post's every other "Genesis" followed it ("An engineer, peers, …" after `npm run redact`).
 *
 * Fail closed: only when every other item of the list is written in lower case (no second
 * capitalised word: "Grace, peers, and Tom" keeps Grace) and the list is the subject of a verb done
 * only to things (configured, synced, installed, …: "Grace, ops and security were paged" keeps
 * Grace). The caller asks this only of a single word that is also an English word.
 */
import { isEnglishWord } from './people.ts';

/** Past participles done to configuration and data, never said of people in a report. */
const thingVerbs = String.raw`(?:configured|reconfigured|synced|resynced|synchronised|synchronized|installed|reinstalled|downloaded|uploaded|pinned|applied|enabled|disabled|compiled|recompiled|loaded|reloaded|copied|restored|imported|exported|indexed|reindexed|cached|hashed|signed|verified|checksummed|bootstrapped|initialised|initialized|provisioned|mounted|unmounted|rotated|regenerated|generated|encrypted|decrypted|compressed|archived|truncated|pruned|snapshotted|backed up|set up|set|stored|persisted|serialised|serialized)`;

/** ", item, and item are configured" after the opening word, each item lower case. */
const listOfThings = new RegExp(String.raw`^,\s+((?:[\p{Ll}][\p{Ll}\p{N}-]*\s+)?[\p{Ll}][\p{Ll}\p{N}-]*(?:,\s+(?:[\p{Ll}][\p{Ll}\p{N}-]*\s+)?[\p{Ll}][\p{Ll}\p{N}-]*)*),?\s+(?:and|or)\s+((?:[\p{Ll}][\p{Ll}\p{N}-]*\s+)?[\p{Ll}][\p{Ll}\p{N}-]*)\s+(?:are|were|is|was|get|got|have been|had been|has been)\s+(?:\p{Ll}+ly\s+)?${thingVerbs}\b`, 'u');

/** True when the word ending at `rest`'s start opens a list of lower-case things done to as things only. */
export function opensListOfThings(rest: string): boolean {
  const m = listOfThings.exec(rest);
  if (!m) return false;
  const items = [...m[1].split(/,\s+/), m[2]];
  // Each item is English (a compound's parts too: "state-sync"), not a handle or a code name.
  return items.every((item) => item.split(/[\s-]+/).every((part) => /^\p{N}+$/u.test(part) || isEnglishWord(part)));
}
