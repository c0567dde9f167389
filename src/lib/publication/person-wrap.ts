/**
 * How `npm run redact` replaces a person in an `.mdx` body: the name stays for the internal site,
 * the role is what the public page reads, `<Internal>Name</Internal><PublicOnly>an
 * engineer</PublicOnly>`, as an internal name already was (`<PublicOnly>an internal
 * system</PublicOnly>`). Written over in the source, the name was lost for the internal site too:
 * an organisation's own lower-case name taken for a person was replaced 4 times in 2 imported
 * reports ("In the lead up to an engineer v1.x mainnet upgrade"), and no one reading the internal
 * site could tell what it had said (ui33, session 31). Frontmatter and `.md` bodies, where
 * components do not work, keep the plain phrase.
 */

/** `name` kept for the internal site and `phrase` shown on the public one. */
export function internalWithPublicPhrase(name: string, phrase: string): string {
  return `<Internal>${name}</Internal><PublicOnly>${phrase}</PublicOnly>`;
}

/**
 * Whether a component can stand at `start` of an `.mdx` body: not in an image's alt text (a
 * string, where `<Internal>` would be published as its letters or dropped with the words around
 * it), nor inside a tag, where the name is an attribute's value (`<img alt="Dagny at the rack">`),
 * nor in a link's title (`[log](…/x "by Dagny")`). There the plain phrase is written, as before.
 * Nor inside a `<PublicOnly>` block: its words are the public site's alone, so there is no name to
 * keep for the internal one, and an `<Internal>` there is shown on neither site (`mdx/shown-nowhere`
 * stopped the build after `npm run redact`).
 */
export function componentCanStand(source: string, start: number): boolean {
  if (insidePublicOnly(source, start)) return false;
  const before = source.slice(source.lastIndexOf('\n', start - 1) + 1, start);
  if (/!\[[^\]]*$/.test(before)) return false;
  if (/<[A-Za-z][^<>]*$/.test(before)) return false;
  if (/\]\([^)\s]*[ \t]+["'(][^)]*$/.test(before)) return false;
  return true;
}

/** Whether `start` falls between a `<PublicOnly>` and its closing tag. */
function insidePublicOnly(source: string, start: number): boolean {
  const before = source.slice(0, start);
  const opened = before.lastIndexOf('<PublicOnly>');
  return opened !== -1 && before.lastIndexOf('</PublicOnly>') < opened;
}
