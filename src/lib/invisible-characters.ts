import { codePointName } from './quoted-snippet.ts';

/** Names of the invisible characters refused, for messages. */
const names: Record<string, string> = {
  '\u202A': 'left-to-right embedding', '\u202B': 'right-to-left embedding', '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override', '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate', '\u2067': 'right-to-left isolate', '\u2068': 'first strong isolate', '\u2069': 'pop directional isolate',
  '\u200B': 'zero-width space', '\u2060': 'word joiner', '\uFEFF': 'zero-width no-break space',
  '\u00AD': 'soft hyphen', '\u034F': 'combining grapheme joiner', '\u180E': 'Mongolian vowel separator',
  '\u2061': 'function application', '\u2062': 'invisible times', '\u2063': 'invisible separator', '\u2064': 'invisible plus',
  '\uFFF9': 'interlinear annotation anchor', '\uFFFA': 'interlinear annotation separator', '\uFFFB': 'interlinear annotation terminator',
  '\u115F': 'Hangul choseong filler', '\u1160': 'Hangul jungseong filler', '\u3164': 'Hangul filler', '\uFFA0': 'halfwidth Hangul filler',
  // Round 59: the marks editors of right-to-left text insert around digits, and the joiners, named in a date's message.
  '\u200E': 'left-to-right mark', '\u200F': 'right-to-left mark', '\u061C': 'Arabic letter mark', '\u200C': 'zero-width non-joiner', '\u200D': 'zero-width joiner',
};

/**
 * `text` without its invisible marks of direction and width (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+FEFF,
 * U+061C), and the first one's name (`U+200F (right-to-left mark)`), or undefined when it holds none. Bad input round 59:
 * a date an editor of right-to-left text wrote as `\u200F2025-07-09` looked right and got "is not a date" alone.
 */
export function withoutInvisibleMarks(text: string): { text: string; first: string } | undefined {
  const found = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/.exec(text);
  if (!found) return undefined;
  const name = names[found[0]];
  return { text: text.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/g, ''), first: `${codePointName(found[0])}${name ? ` (${name})` : ''}` };
}
/**
 * Characters that hide text anywhere in a file (canary round 38): the interlinear annotation
 * characters (U+FFF9-U+FFFB), whose annotation most renderers drop, and tag characters
 * (U+E0000-U+E007F) outside a flag emoji's tag sequence (U+1F3F4, tag letters, U+E007F), which
 * spell ASCII text no one sees. Both reached the public page and its search index from a body.
 */
function hidingCharacter(source: string): RegExpExecArray | null {
  const withoutFlags = source.replace(/\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu, (flag) => ' '.repeat(flag.length));
  return /[\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDC7F]|(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]){2,}/.exec(withoutFlags);
}

/**
 * Canary round 40: two or more variation selectors in a row (U+FE00-U+FE0F, U+E0100-U+E01EF). One
 * picks a glyph of the character before it (an emoji's, an ideograph's); a run of them spells bytes,
 * one a selector, after a visible character ("emoji smuggling"): no reader sees them, and the page,
 * the feed and the search index carried the words they spelt.
 */
const isVariationSelectorRun = (found: string) => /^(?:[\uFE00-\uFE0F]|\uDB40[\uDD00-\uDDEF]){2,}$/.test(found);

/** A tag character (U+E0000-U+E007F): invisible, it spells hidden ASCII text after a visible one. */
const nameOf = (character: string) => names[character] ?? (/^\uDB40[\uDC00-\uDC7F]$/.test(character) ? 'a tag character' : 'an invisible character');

/** The name of an invisible character these checks know (`zero-width space`), for messages. */
export const invisibleCharacterName = (character: string): string | undefined => names[character];

/**
 * The first invisible character of a postmortem that changes what a reader sees or what a value
 * is, with its message and fix; undefined when there is none.
 *
 * - Bidirectional controls (U+202A-U+202E, U+2066-U+2069), anywhere: "Checkout \u202Eerrors" is
 *   shown as "Checkout srorre" on every page, while the source and the review diff read otherwise
 *   (the "Trojan Source" trick). Text in a right-to-left language needs none of them.
 * - Zero-width characters (U+200B, U+2060, U+FEFF after the start) in the frontmatter, before
 *   `bodyStartLine` (0: no frontmatter): a service id, a name or a title that looks right and is
 *   not. In the body they are left to the redaction guard, which reads names through them.
 * - Interlinear annotation characters and tag characters outside a flag emoji, anywhere
 *   ({@link hidingCharacter}): they hide words the page still carries.
 */
export function findInvisibleCharacter(source: string, bodyStartLine: number): { index: number; message: string; fix: string } | undefined {
  const bidi = /[\u202A-\u202E\u2066-\u2069]/.exec(source);
  let frontmatterEnd = 0;
  if (bodyStartLine > 1) {
    for (let line = 1, index = 0; line < bodyStartLine && index !== -1; line++) {
      index = source.indexOf('\n', index);
      if (index !== -1) index += 1;
      frontmatterEnd = index === -1 ? source.length : index;
    }
  }
  // Bad input round 13 added the other characters no one sees: a soft hyphen or a Hangul filler in
  // a title passed, and tag characters (U+E0000-U+E007F) spell text no reader or reviewer sees.
  // Zero-width joiners (U+200C, U+200D) and direction marks are left: scripts and emoji need them.
  const zeroWidth = /[\u200B\u2060\uFEFF\u00AD\u034F\u180E\u2061-\u2064\u115F\u1160\u3164\uFFA0]|\uDB40[\uDC00-\uDC7F]/.exec(source.slice(0, frontmatterEnd).replace(/^\uFEFF/, ' '));
  const hiding = hidingCharacter(source);
  const first = [bidi, zeroWidth, hiding].filter((match): match is RegExpExecArray => match !== null).sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const character = first[0];
  if (first === hiding && isVariationSelectorRun(character)) {
    return {
      index: first.index,
      message: `the file has ${[...character].length} variation selectors in a row (from ${codePointName(character)}): one picks a glyph of the character before it, a run of them spells hidden bytes no reader or reviewer sees, yet the page, the feed and the search index carry them.`,
      fix: 'delete the variation selectors (retype the character before them); an emoji or ideograph needs at most one.',
    };
  }
  if (first === hiding) {
    return character.length === 1
      ? {
        index: first.index,
        message: `the file has the invisible character ${codePointName(character)} (${names[character]}): the words between an interlinear annotation separator (U+FFFA) and its terminator (U+FFFB) are not shown on most pages, yet the page, the feed and the search index carry them.`,
        fix: 'delete the annotation characters and any words only they hide; write a note in words (in <Internal> when it is internal).',
      }
      : {
        index: first.index,
        message: `the file has the invisible character ${codePointName(character)} (a tag character): a run of them spells text no reader or reviewer sees, yet the page, the feed and the search index carry it.`,
        fix: 'delete the tag characters (retype the text around them); only a flag emoji keeps its own.',
      };
  }
  if (first === bidi) {
    return {
      index: first.index,
      message: `the file has the invisible character ${codePointName(character)} (${names[character]}), which changes the direction of the text after it: the page shows it in another order than the file and the review read it.`,
      fix: 'delete it (retype the text around it); text in a right-to-left language needs no such character.',
    };
  }
  return {
    index: first.index,
    message: `the frontmatter has the invisible character ${codePointName(character)} (${nameOf(character)}): the value holding it is another id, name or text than the one it looks like.`,
    fix: 'delete it: retype the value around it.',
  };
}

/**
 * The first private-use character (U+E000-U+F8FF, planes 15 and 16) or noncharacter (U+FDD0-U+FDEF,
 * U+xFFFE, U+xFFFF) of `source`, with a message: neither stands for anything outside the font or
 * program that wrote it, so a reader sees an empty box, or another font's symbol (bad input round 14).
 */
export function findMeaninglessCharacter(source: string): { index: number; message: string } | undefined {
  const found = /[\uE000-\uF8FF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{F0000}-\u{10FFFF}]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}]/u.exec(source);
  if (!found) return undefined;
  const code = found[0].codePointAt(0)!;
  const written = codePointName(found[0]);
  const privateUse = (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xf0000 && (code & 0xfffe) !== 0xfffe);
  return {
    index: found.index,
    message: privateUse
      ? `the file holds ${written}, a private-use character: it stands for nothing outside the font or program it came from (${code === 0xf8ff ? "here Apple's logo, which only Apple's fonts draw" : 'an icon of a terminal font such as Powerline or Nerd Fonts, or a symbol of a word processor\'s font'}), so every reader sees an empty box or another font's symbol.`
      : `the file holds ${written}, a noncharacter: no text holds it (${code === 0xfffe ? 'U+FFFE is a byte-order mark read the wrong way round' : 'programs use it as a marker of their own'}), so every reader sees an empty box or nothing.`,
  };
}

/** A character in a value that no reader sees as written, with how to say it. */
export interface HiddenCharacter {
  index: number;
  /** `U+202E` */
  code: string;
  kind: 'control' | 'bidi' | 'zero-width' | 'lone-surrogate';
  /** "the invisible character U+202E (right-to-left override), which …": for "<field> holds …". */
  description: string;
}

/**
 * The first character of a value (read from YAML, where a quoted `"\u202E"` or `"\uD800"` is an
 * escape the raw-text checks never see) that no reader sees as written: a control character, a
 * bidirectional control, a zero-width character, or half of a surrogate pair (a lone surrogate,
 * which UTF-8 cannot hold: the page showed U+FFFD, "�", in its place). Tab and line breaks are
 * left to the fields' own rules.
 */
export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  const found = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]|[\u202A-\u202E\u2066-\u2069]|[\u200B\u2060\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(text);
  if (!found) return undefined;
  const character = found[0];
  const code = codePointName(character);
  if (/[\uD800-\uDFFF]/.test(character)) {
    return { index: found.index, code, kind: 'lone-surrogate', description: `half of a character, the lone surrogate ${code}, which no page can show (it would be published as \uFFFD)` };
  }
  if (/[\u202A-\u202E\u2066-\u2069]/.test(character)) {
    return { index: found.index, code, kind: 'bidi', description: `the invisible character ${code} (${names[character]}), which changes the direction of the text after it: the page would show it in another order than the file and the review read it` };
  }
  if (names[character]) {
    return { index: found.index, code, kind: 'zero-width', description: `the invisible character ${code} (${names[character]}), which makes it another id, name or text than the one it looks like` };
  }
  return { index: found.index, code, kind: 'control', description: `the control character ${code}, which no reader can see; it would be published as it is` };
}

/**
 * The first hidden character (findHiddenCharacter) in the keys and texts of parsed YAML data, with
 * the path to it; keys are looked at too (`"sev\u202Eerity":` was an unknown key shown reversed).
 */
export function findHiddenCharacterInData(data: unknown): { path: PropertyKey[]; hidden: HiddenCharacter } | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const hidden = findHiddenCharacter(value);
      if (hidden) return { path, hidden };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i];
        const hidden = findHiddenCharacter(key);
        if (hidden) return { path: [...path, key], hidden };
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return undefined;
}

/** The escape that writes a hidden character in a quoted YAML value, for a fix: `\u202E`. */
export function escapeOf(hidden: HiddenCharacter): string {
  return `\\u${hidden.code.slice(2)}`;
}

/** `text` with each hidden character written as its escape, so a message quoting it shows it (a bidi control in a message reversed the terminal's line). */
export function escapeHiddenCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
