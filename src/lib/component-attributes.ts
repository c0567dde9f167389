/**
 * Attributes on `<Internal>` and `<PublicOnly>`. Neither component reads any: `<Internal
 * reason="x">` was cut like any `<Internal>` block without a word, and an author who wrote
 * `<Internal until="2025-09-01">` or `<PublicOnly site="status">` believed the attribute did
 * something it never does. Refused with what the component does and where a note goes instead.
 */

/** An attribute as the MDX tree holds it: a name and value, or a spread expression (`{...props}`). */
export interface ComponentAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** How the attribute reads in the file: `reason="x"`, `open`, `{...props}`. */
export function writtenAttribute(attribute: ComponentAttribute): string {
  if (attribute.type !== 'mdxJsxAttribute') return `{${String((attribute.value as string | undefined) ?? '').trim()}}`;
  if (attribute.value === null || attribute.value === undefined) return attribute.name ?? '';
  if (typeof attribute.value === 'string') return `${attribute.name}=${JSON.stringify(attribute.value)}`;
  return `${attribute.name}={${String((attribute.value as { value?: string }).value ?? '').trim()}}`;
}

/** The message and fix for `<name …attributes>`, or undefined when it has none. */
export function describeComponentAttributes(name: 'Internal' | 'PublicOnly', attributes: readonly ComponentAttribute[]): { message: string; fix: string } | undefined {
  if (!attributes.length) return undefined;
  const written = attributes.map(writtenAttribute);
  const list = written.join(' ');
  const does = name === 'Internal'
    ? 'the block is cut from the public site and shown on the internal site, whatever an attribute says'
    : 'the block is shown on the public site only, whatever an attribute says';
  return {
    message: `<${name} ${list}>: <${name}> takes no attributes, so ${written.length === 1 ? `${written[0]} does` : 'they do'} nothing: ${does}.`,
    fix: `write <${name}> without ${written.length === 1 ? 'it' : 'them'}; a note for reviewers goes inside the block as an MDX comment, {/* ${written[0].replace(/\*\//g, '* /')} */}.`,
  };
}
