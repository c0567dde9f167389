/**
 * A nickname in quotes or brackets between a person's given name and surname
 * (`Ronnie "QuietFox" Marlow`; adoption round 54, docs/adopting.md). Since the eighth probe round
 * the whole name is one finding across such a nickname (person-patterns.ts `wholeNameAt`), but only
 * for a nickname of one capital and lower-case letters ("Hal"): a bug log's author line
 * `**Author:** <given> "<Nick>" <surname>`, its nickname written with a second capital, was
 * published as 'an engineer "<Nick>" an engineer', and the log's later "<Nick>'s entire global
 * settings" kept the nickname too. A nickname is what the person goes by, as a handle is: it is part
 * of the name where it stands, and carried to the post's other places (carried-people.ts).
 */

/** A nickname's word: a capital, then letters (a capital may open a later part: "QuietFox", "McHal") or digits. */
const nicknameWord = String.raw`\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*|\p{N})*`;

/** The nickname between a name's words, in straight or curly quotes or brackets, as a regular expression's source. */
export const quotedNickname = String.raw`["“'‘(]${nicknameWord}["”'’)]`;

const nameWithNickname = new RegExp(String.raw`^\p{Lu}[\p{Ll}'’-]+[ \t]+["“'‘(](${nicknameWord})["”'’)][ \t]+\p{Lu}[\p{Ll}'’-]+$`, 'u');

/** The nickname a person's whole name holds between its given name and surname, if it holds one. */
export function nicknameInName(name: string): string | undefined {
  return nameWithNickname.exec(name.replace(/^[*_~`]+|[*_~`]+$/g, ''))?.[1];
}
