import { severityMeant } from './enum-synonyms.ts';

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
  const quoted = /^\s*([“”„‟‘’‚‛«»‹›「『])(.+?)([“”„‟‘’‚‛«»‹›」』])\s*$/.exec(value);
  if (quoted && optionOf(quoted[2])) {
    const meant = optionOf(quoted[2])!;
    return {
      message: `in typographic quotes (${quoted[1]} ${quoted[3]}), which an editor or a chat app typed for straight ones: YAML reads only " and ' as quotes, so these are part of the value, and it is not ${meant}.`,
      fix: `write ${key}: ${meant}, without the quotes (or in straight quotes, "${meant}").`,
    };
  }
  const parts = value.split(/\s*(?:,|\/|&|\+|;|\bor\b|\band\b|\bto\b)\s*/i).filter((part) => part.trim() !== '');
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
  // `SEV-?`, `SEV-X`, `SEV-N`, `SEV-<n>`, `SEV-#`: the shape of an option with a placeholder for its number.
  const placeholder = /^(.*?)(\?+|x|n|#|_+|<[^>]*>|\{[^}]*\}|\.\.\.|…)$/i.exec(value.trim());
  if (placeholder && placeholder[1] !== '' && options.some((option) => option.startsWith(placeholder[1].toUpperCase()) || option.startsWith(placeholder[1])) && options.every((option) => !option.toLowerCase().endsWith(placeholder[2].toLowerCase()))) {
    return {
      message: `a template's placeholder (${placeholder[2]} where the ${isSeverity ? 'level' : 'value'} goes), which names no ${isSeverity ? 'level' : 'value'}.`,
      fix: isSeverity
        ? `write the level it had: ${key}: ${options[0]} (the worst) to ${options[options.length - 1]}; a draft may leave the line out until it is known.`
        : `write one of ${options.join(', ')}.`,
    };
  }
  return undefined;
}
