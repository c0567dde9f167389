import { codePointName } from './quoted-snippet.ts';
import { describeCharacter, withLatinLookalikesReplaced } from './confusables.ts';
import { isIncidentState, severityForWord, severityMeant } from './enum-synonyms.ts';
import { typographicallyQuoted } from './typographic-quotes.ts';

/**
 * A value of a field of fixed values (severity, status, an action item's status, …) written with
 * a mistake that the closest spelling hid (bad input round 46): `“SEV-2”` in an editor's
 * typographic quotes (YAML reads them as part of the value; the message said "did you mean
 * SEV-2?" and not why), two values at once (`SEV-2, SEV-3`, `open / in-progress`: "did you mean
 * SEV-2?", the other dropped) and a template's placeholder (`SEV-?`, `SEV-X`: "did you mean SEV-0?",
 * the worst level). The words after "`field` is `value`, " and the fix.
 */
export function enumValueMistake(value: string, options: readonly string[], key: string, isSeverity: boolean): { message: string; fix: string } | undefined {
  const optionOf = (text: string) => {
    const trimmed = text.trim();
    return options.find((option) => option === trimmed) ?? options.find((option) => option.toLowerCase() === trimmed.toLowerCase()) ?? (isSeverity ? severityMeant(trimmed, options)?.id : undefined);
  };
  // Round 47: `SEV-２` (a full-width digit, as an input method for Chinese, Japanese or Korean types
  // it) got the right "did you mean SEV-2?" without naming the character, which looks like a 2.
  const compatible = compatibilityMistake(value, options, key);
  if (compatible) return compatible;
  const quoted = typographicallyQuoted(value);
  if (quoted && optionOf(quoted.inner)) {
    const meant = optionOf(quoted.inner)!;
    return {
      message: `${quoted.words.replace(/^is /, '')}, and it is not ${meant}.`,
      fix: `write ${key}: ${meant}, without the quotes (or in straight quotes, "${meant}").`,
    };
  }
  // Round 56: `SEV-3 → SEV-2` (raised during the incident) too, which was "did you mean SEV-3?".
  const parts = value.split(/\s*(?:,|\/|&|\+|;|→|->|=>|\bor\b|\band\b|\bto\b)\s*/i).filter((part) => part.trim() !== '');
  const named = [...new Set(parts.map(optionOf).filter((option): option is string => option !== undefined))];
  if (parts.length >= 2 && named.length >= 2 && named.length === parts.length) {
    const worst = isSeverity ? [...named].sort((a, b) => options.indexOf(a) - options.indexOf(b))[0] : undefined;
    return {
      message: `which names ${named.length} values (${named.join(', ')}), but ${key} holds one.`,
      fix: worst
        ? `write the one level it reached at its worst: ${key}: ${worst} (the first of ${named.join(', ')} on this scale, ${options[0]} the worst); say in the summary or the body how it changed.`
        : `write the one that holds now (one of ${named.join(', ')}); say the other in the body if it matters.`,
    };
  }
  // Round 57: a template's choices left as written (`[draft|reviewed|approved]`, `open | done`) got "did you mean draft?".
  const choices = /^\[?\s*([^|[\]]+(?:\|[^|[\]]+)+)\s*\]?$/.exec(value.trim());
  if (choices) {
    const written = choices[1].split('|').map((choice) => choice.trim());
    const meant = written.map(optionOf).filter((option): option is string => option !== undefined);
    return {
      message: `a template's list of choices (${written.join(', ')}) left as written, which names no ${isSeverity ? 'level' : 'value'}.`,
      fix: `write the one that holds${meant.length ? `, e.g. ${key}: ${meant[0]}` : ''} (the values are ${options.join(', ')}).`,
    };
  }
  // Round 57: a status page's state beside its impact word (`scheduled, partial-outage`, a status archive's two
  // fields in one) got the list alone: the level is the impact's, the state none of this field's.
  const level = isSeverity && parts.length >= 2 ? parts.filter((part) => !isIncidentState(part)) : [];
  const levelMeant = level.length === 1 ? optionOf(level[0]) ?? severityForWord(level[0], options) : undefined;
  if (levelMeant) {
    const states = parts.filter((part) => isIncidentState(part));
    return {
      message: `which names a state of the incident (${states.join(', ')}) beside a level (${level[0].trim()}), but ${key} holds the level alone.`,
      fix: `write ${key}: ${levelMeant}${levelMeant === level[0].trim() ? '' : `, what "${level[0].trim()}" most often stands for`}; the state goes in no field (times and the timeline tell the incident's course).`,
    };
  }
  // `SEV-?`, `SEV-X`, `SEV-N`, `SEV-<n>`, `SEV-#`: the shape of an option with a placeholder for its number.
  const placeholder = /^(.*?)(\?+|x|n|#|_+|<[^>]*>|\{[^}]*\}|\.\.\.|…)$/i.exec(value.trim());
  // Round 56: a letter stands for the number after a mark (`SEV-X`, `P_N`) alone: `intern` (German for internal) is no `inter` + `n`.
  if (placeholder && placeholder[1] !== '' && !(/^[xn]$/i.test(placeholder[2]) && /\p{L}$/u.test(placeholder[1])) && options.some((option) => option.startsWith(placeholder[1].toUpperCase()) || option.startsWith(placeholder[1])) && options.every((option) => !option.toLowerCase().endsWith(placeholder[2].toLowerCase()))) {
    return {
      message: `a template's placeholder (${placeholder[2]} where the ${isSeverity ? 'level' : 'value'} goes), which names no ${isSeverity ? 'level' : 'value'}.`,
      fix: isSeverity
        ? `write the level it had: ${key}: ${options[0]} (the worst) to ${options[options.length - 1]}; a draft may leave the line out until it is known.`
        : `write one of ${options.join(', ')}.`,
    };
  }
  // Round 48: `🔴 SEV-1`, `SEV-2.`, `(SEV-2)`: a mark around the value got "did you mean SEV-1?"
  // without the mark named. Said when the value is an option but for signs around it.
  const decorated = /^([^\p{L}\p{N}]*)([\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)([^\p{L}\p{N}]*)$/u.exec(value.trim());
  const bare = decorated && (decorated[1] || decorated[3]) ? options.find((option) => option.toLowerCase() === decorated[2].toLowerCase()) : undefined;
  if (decorated && bare) {
    const marks = [decorated[1].trim(), decorated[3].trim()].filter(Boolean);
    return {
      message: `which holds ${marks.map((mark) => `"${mark}"`).join(' and ')} besides ${bare}: YAML keeps every sign written, so the value is not ${bare}.`,
      fix: `write ${key}: ${bare} alone${isSeverity ? ' (the site shows each level with its own colour and mark)' : ''}.`,
    };
  }
  // Round 49: `SEV-2 (major)`, `SEV-1 - customer-facing`, `P1 (high)`: a value with a note after it,
  // as a tracker's label or a template's legend writes it, was "did you mean SEV-2?", the note unnamed.
  const glossed = /^(\S+)\s*(\([^)]*\)|[-–—:]\s+\S.*)$/u.exec(value.trim());
  const noted = glossed ? options.find((option) => option.toLowerCase() === glossed[1].toLowerCase()) : undefined;
  if (glossed && noted) {
    return {
      message: `which holds a note, "${glossed[2]}", after ${noted}: the value is read whole, with the note, so it is not ${noted}.`,
      fix: `write ${key}: ${noted} alone; a note may follow it as a comment (${key}: ${noted} # ${glossed[2].replace(/^[-–—:(]\s*|\)$/g, '')}), or go in the summary or the body.`,
    };
  }
  return undefined;
}

/** Dashes a word processor or an input method puts for "-", read as it. */
const otherDashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** A character of a value that is not the ASCII one it looks like: `２`, `Ｅ`, a Cyrillic `Е`, a zero-width joiner. */
function oddCharacterName(character: string): string | undefined {
  if (/[\uFF01-\uFF5E]/.test(character)) return `"${character}" (${codePointName(character)}, a full-width "${character.normalize('NFKC')}")`;
  if (/\p{Cf}/u.test(character)) return describeCharacter(character);
  if (withLatinLookalikesReplaced(character) !== undefined) return describeCharacter(character);
  if (character.normalize('NFKC') !== character) return `"${character}" (${codePointName(character)}, a styled form of "${character.normalize('NFKC')}")`;
  return undefined;
}

/**
 * `SEV-２`, `ｐｕｂｌｉｓｈｅｄ`, `SЕV-2` (a Cyrillic Е), `detec‍tion` (a zero-width joiner): a value that is
 * an option once its full-width, styled and look-alike letters are read as ASCII and its
 * invisible characters dropped; each such character named.
 */
function compatibilityMistake(value: string, options: readonly string[], key: string): { message: string; fix: string } | undefined {
  const folded = value.normalize('NFKC').replace(/\p{Cf}/gu, '');
  const meant = (withLatinLookalikesReplaced(folded) ?? folded).replace(otherDashes, '-').trim();
  if (meant === value.trim() || !options.includes(meant)) return undefined;
  const odd = [...new Set([...value].filter((character) => oddCharacterName(character) !== undefined))];
  if (!odd.length) return undefined;
  const named = odd.slice(0, 5).map((character) => oddCharacterName(character)!);
  const invisible = odd.every((character) => /\p{Cf}/u.test(character));
  return {
    message: `which holds ${named.join(', ')}${odd.length > 5 ? ', …' : ''}: ${invisible ? `${odd.length > 1 ? 'characters' : 'a character'} no reader sees, kept in the value` : `${odd.length > 1 ? 'they look' : 'it looks'} like ${odd.length > 1 ? 'characters' : 'a character'} of ${meant}, but ${odd.length > 1 ? 'are others' : 'is another'}`}, so the value is not ${meant}.`,
    fix: `retype it in plain ASCII: ${key}: ${meant} (${odd.some((character) => /[\uFF01-\uFF5E]/.test(character)) ? 'an input method for Chinese, Japanese or Korean types full-width forms' : 'a paste from a document or a chat brought the other characters'}).`,
  };
}
