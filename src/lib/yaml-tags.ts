import { visit, type Document } from 'yaml';

/** YAML's own types, the ones frontmatter and vocabularies are written in (`!!str 10` is how some editors quote), and `!`, plain text. */
const coreTags = new Set(['!', ...['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((name) => `tag:yaml.org,2002:${name}`)]);

/**
 * Explicit tags other than the core ones, with their offsets: `!!binary` would become bytes,
 * `!!set` a set, and an unknown tag (`!!js/function`, `!foo`) is dropped with only a warning,
 * leaving the value as text that was meant to be something else.
 */
export function unsupportedTags(document: Document): { tag: string; offset: number }[] {
  const found: { tag: string; offset: number }[] = [];
  visit(document, {
    Node(_key, node) {
      if (node.tag && !coreTags.has(node.tag)) found.push({ tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!'), offset: node.range?.[0] ?? 0 });
    },
  });
  return found;
}
