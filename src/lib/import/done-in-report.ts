/**
 * Items a report's follow-up section states as already done, in the past tense: a "Remediation"
 * list of the steps taken ("Ran a full network audit", "Restarted the container") or of the
 * changes made ("The sweep logic was added to the rotation script"). Read as open follow-ups,
 * every page would list work finished during the incident as still to do; their status is `done`,
 * as the report says.
 *
 * A passive clause ("was added", "were rotated", "has been fixed") says so on its own. A verb
 * opening the item in the past tense ("Added", "Ran") also reads as a noun's adjective in a list
 * of plans ("Improved monitoring of disk usage"), so it counts only when at least half of the
 * section's items are written that way: then the list is a record of what was done.
 */

/** Past participles and past forms that do not end in -ed, and differ from the present ("Ran", not "Run"). */
const irregular = ['ran', 'built', 'rebuilt', 'found', 'made', 'wrote', 'written', 'rewrote', 'rewritten', 'took', 'taken', 'kept', 'sent', 'resent', 'did', 'done', 'redone', 'got', 'gotten', 'spun', 'brought', 'caught', 'bound', 'rebound', 'dealt', 'drew', 'drawn', 'froze', 'frozen', 'gave', 'given', 'hid', 'hidden', 'held', 'led', 'left', 'lost', 'met', 'paid', 'saw', 'seen', 'sold', 'shown', 'spent', 'struck', 'swept', 'taught', 'told', 'thought', 'threw', 'thrown', 'understood', 'undid', 'undone', 'upheld', 'withdrew', 'withdrawn', 'won'];

/** Past forms the same as the present: past only after "was" or "were" ("Run the tests" is a plan, "the tests were run" is not). */
const sameAsPresent = ['run', 'rerun', 'set', 'reset', 'put', 'cut', 'shut', 'split', 'read', 'hit', 'spread', 'upset'];

/** Words ending in -ed that are not past forms (or are, but open plans as often: "Need", "Proceed"). */
const notPast = /^(?:need|feed|speed|seed|bleed|breed|proceed|exceed|succeed|embed|shed|bed|red|hundred|sacred|wicked|naked|rugged|ragged|wretched|kindred|shred)$/i;

const pastForm = (word: string) => (/^\p{L}{3,}ed$/u.test(word) && !notPast.test(word)) || irregular.includes(word.toLowerCase());

/** "was added", "were rotated", "has been fixed", "have been re-pushed", not "will be added" or "to be rotated". */
const passiveDone = /\b(?:was|were|has been|have been|had been)\s+(?:(?:then|also|immediately|successfully|fully|manually|already|all|each|permanently|finally|now)\s+)*([\p{L}-]+)/iu;

/** An item labelled as still to do ("Open follow-up: …", "TODO: …", "Proposed: …"), whatever its verbs. */
const markedToDo = /^\W*(?:open|todo|to do|pending|outstanding|follow[- ]?ups?|future|proposed|planned|not (?:yet )?done)\b/i;

/** The item's words up to its first sentence's end: the clause that states what was done. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;

/** True when the item says, in a passive clause of its first sentence, that it was done. */
export function saysDonePassively(text: string): boolean {
  const sentence = firstSentence(text);
  // "Nobody was paged", "Nothing was lost": a fact of the incident, no step taken.
  if (/^\W*(?:nobody|no one|nothing|none|no)\b/i.test(sentence)) return false;
  const match = passiveDone.exec(sentence);
  const word = match?.[1].replace(/^re-/i, '');
  return !!word && (pastForm(word) || sameAsPresent.includes(word.toLowerCase()));
}

/** True when the item opens with a verb in the past tense ("Ran …", "Verified …", "Re-pushed …"). */
export function opensInPastTense(text: string): boolean {
  const word = /^\W*([\p{L}-]+)/u.exec(text)?.[1];
  return !!word && pastForm(word.replace(/^re-/i, ''));
}

/**
 * Which of a section's items (their texts, in order) the report states as done: each passive
 * "was added", and each item opening in the past tense when at least half the items do.
 */
export function statedDone(texts: readonly string[]): boolean[] {
  const opening = texts.map(opensInPastTense);
  const listOfDone = texts.length > 0 && opening.filter(Boolean).length * 2 >= texts.length;
  return texts.map((text, i) => !markedToDo.test(text) && (saysDonePassively(text) || (listOfDone && opening[i])));
}
