/**
 * A page that says what a postmortem must contain rather than telling an incident: a course's
 * assignment ("Using one of the web stack debugging project issue …, write a postmortem", "Issue
 * Summary … must contain: duration of the outage …") or a student's copy of its outline ("A brief
 * overview of the incident, including when it occurred …", "This section outlines the key events
 * …"). Two systems-course repositories kept such a README as their `0x19-postmortem/` answer, each
 * drafted as a postmortem (import rounds 50 to 53). Such a page writes instructions and describes
 * sections, and writes no day and no time of day: a report of an incident writes at least one.
 */

/** Phrases that describe what to write, or what a section holds, rather than what happened. */
const instructionPhrase = /(?:^|[^\p{L}])(?:must (?:contain|include)|should (?:include|contain|describe|explain|outline|cover)|(?:write|writing) a post-?mortem|this (?:section|part) (?:outlines|describes|digs|explains|covers|might|should)|might include|get creative|invent your own|a (?:brief|short|detailed) (?:overview|explanation|account|summary|description) of (?:the|what|how)|a chronological account of|recommendations for preventing|any insights gained)(?![\p{L}])/giu;
/** A day as reports write it (`2024-03-01`, `03/01/2024`, `March 1`, `1 March 2024`). */
const writtenDay = /\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}\b|\b\d{1,2} (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** A time of day (`14:05`, `2 PM`, `10am`). */
const timeOfDay = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b/i;

/**
 * The instruction phrases of a page that tells what a postmortem must contain (two or more
 * distinct), or undefined when it may be a report: it writes a day or a time of day, or fewer
 * such phrases. Link addresses are left out first (a document's address holds digits).
 */
export function assignmentBriefPhrases(text: string): string[] | undefined {
  const prose = text.replace(/\]\([^)]*\)|https?:\/\/\S+|href="[^"]*"/gi, ' ');
  if (writtenDay.test(prose) || timeOfDay.test(prose)) return undefined;
  const phrases = [...new Set([...prose.matchAll(instructionPhrase)].map((match) => match[0].trim().toLowerCase()))];
  return phrases.length >= 2 ? phrases : undefined;
}
