/**
 * The verbs of speech a report writes after a person's name ("Case says", "Rich Drummelow
 * advised", "Georgiana notes"), in one place (since probe round 48: the listed-name rule, the rule
 * of a capitalised word acting as only people do, and the rule of full names of everyday words
 * each held its own list, and a verb added to one was missing from the others).
 */

/** In the third person present, no noun a sentence opens with ("Read replies" is one; "Case says" is not). */
export const presentSpeechVerbs: readonly string[] = ['says', 'asks', 'writes', 'thinks', 'notes', 'reports', 'suggests', 'confirms', 'explains', 'adds', 'agrees', 'advises', 'recommends'];

/** In the past, and the answers in the present, which are nouns too ("replies", "comments"). */
export const pastSpeechVerbs: readonly string[] = [
  'said', 'asked', 'wrote', 'thought', 'noted', 'reported', 'suggested', 'confirmed', 'explained', 'added', 'agreed', 'advised', 'recommended',
  'replied', 'answered', 'commented', 'mentioned', 'responded', 'replies', 'answers', 'comments', 'mentions', 'responds',
];

/** What programs say too ("the health check reported", "the API responds", "the job added rows"): no sign of a person alone. */
const saidByThingsToo = new Set(['reports', 'reported', 'adds', 'added', 'answers', 'answered', 'comments', 'commented', 'responds', 'responded']);

/** The verbs of speech only people use: a word no dictionary knows before one is a person ("Brannagh advises"). */
export const peopleOnlySpeechVerbs: readonly string[] = [...presentSpeechVerbs, ...pastSpeechVerbs].filter((verb) => !saidByThingsToo.has(verb));
