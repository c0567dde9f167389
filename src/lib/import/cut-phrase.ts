import nlp from '../publication/compromise-nlp.ts';

/**
 * A title cut from a long sentence at a word, without the phrase or clause the cut left open
 * (import round 39): a preposition (with the word leading into it: "related", "caused",
 * "resulted", "due") followed by one or two words, or a relative clause ("that", "which", "who")
 * cut within its first three words, whose last word needs more after it: "… 373 sequences related
 * to incomplete" (COG-UK's DIPI), "… unavailable on two", "… migrating to other", "… a leak of
 * users'", "… listed 212 samples that had already". A phrase that ends on a noun or a verb is
 * whole ("… resulted in an error", "… which wasn't detected") and stays, as does what leaves fewer
 * than 25 characters or four words.
 */
export function withoutCutPhrase(cut: string): string {
  // The word that leads into a phrase, left last when the cut took the phrase's preposition ("… for customers related").
  const title = cut.replace(/\s+(?:related|relating|due|owing|according|attributed|prior|belonging|leading|led|contributed|contributing|linked)$/i, '');
  const open = /\s+(?:(?:related|relating|caused|due|linked|belonging|lead(?:s|ing)?|led|contribut(?:ed|es|ing)|owing|result(?:ed|ing|s)?|according|attributed|prior)\s+)?(?:to|of|in|into|for|with|by|on|at|from|about|over|under|between|during|after|before)\s+\S+(?:\s+\S+)?$/i.exec(title)
    ?? /\s+(?:that|which|who|whose|where)\s+(?:\S+\s+){0,2}\S+$/i.exec(title);
  if (!open || open.index < 25 || title.slice(0, open.index).split(' ').length < 4) return title;
  return needsWordAfter(title) ? title.slice(0, open.index) : title;
}

/** True when the last word of `text` needs another after it: a number, a day, a possessive, a determiner, an adjective, an adverb, a gerund, a preposition. */
function needsWordAfter(text: string): boolean {
  const last = nlp(text).terms().last();
  if (last.has('#Possessive') || /'$/.test(text) || last.has('#Value') || last.has('#Date')) return true;
  // A participle that mostly stands before a noun it qualifies ("led to cascading [failures]",
  // "resulted in failing [jobs]"): compromise tags it a gerund, which it also counts a present
  // tense, as it does "caching" ("caused by caching"), which is whole (import round 40).
  if (last.has('#Gerund') && qualifyingParticiple.test(text)) return true;
  if (last.has('#Noun') || last.has('#PastTense') || last.has('#Participle') || last.has('#Infinitive') || last.has('#PresentTense')) return false;
  return last.has('#Adjective') || last.has('#Determiner') || last.has('#Adverb') || last.has('#Gerund') || last.has('#Preposition') || last.has('#Conjunction');
}

/** Participles written before the noun they qualify far more often than alone: a title ending on one was cut before its noun. */
const qualifyingParticiple = /\b(?:cascading|failing|missing|increasing|decreasing|rising|growing|mounting|escalating|ongoing|existing|pending|remaining|outstanding|conflicting|corresponding|incoming|outgoing|upcoming|underlying|competing|duplicating|overlapping|repeating|recurring|lingering|spiking|hanging)$/i;
