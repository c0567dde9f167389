/**
 * The words before a name that address a person or say who did a person's work, in one place
 * (review of probe round 49, docs/redaction.md): thanks and credit ("Thanks to Will Tarrasco",
 * "Kudos to June"), asking, paging, telling or contacting someone ("ask Apple about it", "paged
 * Grant Pellworthy"), a hand-off or a meeting ("escalated to", "paired with", "we called"), "<done>
 * by" ("reviewed by June", "rolled back by …"), `cc`, "according to" and a sentence's "Per". The
 * listed-name rule (`word-as-name.ts`: a listed name that is also a public name stays the person's
 * there, "Thanks to Slack") and the everyday-name rule (`everyday-word-names.ts`: a given name that
 * is a word before a surname is a full name there, and no title's run) each held a list of its own
 * that meant this; each had words the other lacked.
 */
const addressingWords = [
  String.raw`thanks?(?:[\s\u00a0]+(?:go(?:es)?[\s\u00a0]+)?(?:to|you))?`,
  String.raw`thank[\s\u00a0]+you`,
  String.raw`(?:kudos|props|credit|shout-?outs?)(?:[\s\u00a0]+(?:go(?:es)?[\s\u00a0]+)?to)?`,
  String.raw`(?:escalated|handed(?:[\s\u00a0]+it)?(?:[\s\u00a0]+over)?|assigned|reassigned|talked|spoke|reached[\s\u00a0]+out)[\s\u00a0]+to`,
  String.raw`(?:paired|synced|spoke|talked|met)[\s\u00a0]+with`,
  String.raw`(?:ask|asks|asked|ping|pinged|page|paged|tell|told|messaged|thanked|notified|contact|contacted|looped[\s\u00a0]+in)`,
  String.raw`(?:reviewed|approved|written|reported|authored|acknowledged|fixed|found|noticed|reverted|merged|rolled[\s\u00a0]+back|done|handled|signed|raised|filed|opened|led|triaged|escalated)[\s\u00a0]+by`,
  String.raw`cc`,
  String.raw`according[\s\u00a0]+to`,
  String.raw`(?:we|I|he|she|they|someone|engineer|on-?call|responder|commander|lead|who)[\s\u00a0]+(?:(?:then|also|later|quickly|first)[\s\u00a0]+)?(?:called|phoned|rang|met|met[\s\u00a0]+up[\s\u00a0]+with|emailed|texted|woke(?:[\s\u00a0]+up)?|briefed|interviewed|consulted)`,
];

/** True when `before` (the text before a name) ends with words that address a person, perhaps with a comma, a colon or emphasis after them. */
export const personAddressedBefore = new RegExp(String.raw`(?:(?:^|[^\p{L}])(?:${addressingWords.join('|')})|(?:^|[.;:][\s\u00a0]+)per)[\s\u00a0,:]*(?:\*\*|__|\*|_)?$`, 'iu');
