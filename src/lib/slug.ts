/**
 * The file-name part of a postmortem id derived from a title: lowercase ASCII letters, digits and
 * hyphens, at most 60 characters, cut at a word boundary. Accents are dropped ("Zürich" -> "zurich").
 */
export function slugFromTitle(title: string, fallback = 'incident'): string {
  const slug = idFromText(title);
  if (slug.length <= 60) return slug || fallback;
  const cut = slug.slice(0, 61);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, 60)) || fallback;
}

/** The lines of a script's leading `//` comment, without the markers: its usage text. */
export function leadingCommentLines(source: string): string[] {
  const lines = source.split('\n');
  const body = lines[0]?.startsWith('#!') ? lines.slice(1) : lines;
  const end = body.findIndex((line) => !line.startsWith('//'));
  return body.slice(0, end === -1 ? body.length : end).map((line) => line.replace(/^\/\/ ?/, ''));
}

/**
 * `text` as an id of lowercase ASCII letters, digits and hyphens, whole: accents dropped
 * ("café" -> "cafe", not "caf-"), every other run of characters one hyphen, none at the ends.
 * Empty when nothing of `text` can be kept (an id of emoji only). What a fix suggests an id or a
 * file name be renamed to.
 */
export function idFromText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
