/**
 * One scan of a postmortem's text that settles its character checks at once (session 41,
 * docs/performance.md). The file checks of validate-postmortem.ts each read the whole source for
 * characters of their own: bytes that are not UTF-8 (U+FFFD) and control characters, a Latin-1
 * control (U+0080-U+009F), a form feed, a carriage return alone, invisible and bidirectional
 * characters (invisible-characters.ts, invisible-in-body.ts), a byte-order mark starting a line,
 * UTF-8 read as Windows-1252 (mojibake.ts), private-use characters and noncharacters: nine scans of
 * every file in every build, to find nothing in almost all. None of them can find anything in a text
 * without one of the characters below, so a text without them skips all nine.
 *
 * test/unit/unusual-characters.test.ts checks every UTF-16 code unit against the checks: a
 * character a check is given later must be added here too, or that test fails.
 */
import { garbledRunStart } from './mojibake.ts';

const unusualCharacter = new RegExp([
  // C0 controls but tab and line feed (the carriage return and form feed included), DEL, and the
  // C1 controls of a Latin-1 reading.
  '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F',
  // Soft hyphen, combining grapheme joiner, Hangul fillers, Mongolian vowel separator.
  '\\u00AD\\u034F\\u115F\\u1160\\u180E\\u3164\\uFFA0',
  // Zero-width space, bidirectional controls, word joiner and invisible operators, isolates.
  '\\u200B\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069',
  // Every surrogate (tag characters, the planes' private use and noncharacters, lone halves), private
  // use, noncharacters, variation selectors, the byte-order mark, interlinear annotations, U+FFFD.
  '\\uD800-\\uDFFF\\uE000-\\uF8FF\\uFDD0-\\uFDEF\\uFE00-\\uFE0F\\uFEFF\\uFFF9-\\uFFFF]',
  // How a garbled UTF-8 run starts ("Ã©"): its lead character alone is a letter of many languages.
  `|${garbledRunStart}`,
].join(''));

/** Whether `text` holds a character one of the file's character checks looks for. */
export function mayHoldUnusualCharacter(text: string): boolean {
  return unusualCharacter.test(text);
}
