import { isAlias, isMap, isSeq, parseDocument } from 'yaml';

/**
 * Public frontmatter text copied from elsewhere in the frontmatter by a YAML alias (canary round
 * 34): `title: &t …` then `public: { title: *t }` published the internal title, and
 * `signals: [&s "…"]` with `title: *s` a signal, while the file showed `*t` where the public text
 * belongs; a reviewer reading the public wording sees no text to judge. The public build refuses
 * an alias anywhere on the way to a public field (the field itself, or a map or list holding it),
 * so what is published is written where it is published. Merge keys (`<<: *w`) are refused by
 * the schema already (src/lib/frontmatter.ts).
 */
export interface AliasedPublicField {
  /** The public field, as a path (`public.title`). */
  path: (string | number)[];
  /** The alias as written (`*t`). */
  alias: string;
  /** Offset of the alias in the YAML text. */
  offset: number;
}

/** A YAML alias (`*name`) can only be written after a space, `[`, `{`, `,`, `:`, `-` or at a line's start. */
const aliasCandidate = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;

export function findAliasedPublicFields(yaml: string, paths: readonly (readonly (string | number)[])[]): AliasedPublicField[] {
  if (!aliasCandidate.test(yaml)) return [];
  const document = parseDocument(yaml);
  const found: AliasedPublicField[] = [];
  for (const path of paths) {
    let node: unknown = document.contents;
    for (const key of [undefined, ...path]) {
      if (key !== undefined) {
        if (isMap(node)) node = node.items.find((item) => (item.key as { value?: unknown })?.value === key)?.value;
        else if (isSeq(node) && typeof key === 'number') node = node.items[key];
        else break;
      }
      if (isAlias(node)) {
        found.push({ path: [...path], alias: `*${node.source}`, offset: node.range?.[0] ?? 0 });
        break;
      }
    }
  }
  // One finding per alias: a list aliased whole is said once, not once per item.
  return found.filter((field, i) => found.findIndex((other) => other.offset === field.offset) === i);
}
