import { escapeRegExp } from '../regexp.ts';

/**
 * A PascalCase word of two parts or more (`HumanAddr`, `CanonicalAddr`) that the post writes as a
 * type in code: borrowed (`&HumanAddr`, `&mut HumanAddr`), as a path's head (`HumanAddr::from`), as
 * a generic or its argument (`Vec<HumanAddr>`, `Option<HumanAddr>`), or declared (`struct
 * HumanAddr`). Its other uses after a label of people (`sender: HumanAddr,` and `from: HumanAddr,`
 * of a function's parameters) are the same type, not a sender's name (since the twelfth round of
 * false positives). A person's handle (`JohnSmith`) is not written so.
 */
export function usedAsType(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u.test(word)) return false;
  const w = escapeRegExp(word);
  return new RegExp(String.raw`&(?:mut\s+|'[a-z_]+\s+)?${w}\b|(?<![\p{L}\p{N}_])${w}(?:::|<[\p{L}_])|[\p{L}\p{N}_]<(?:[\p{L}\p{N}_]+,\s*)*${w}[,>]|\b(?:struct|enum|class|interface|trait|type|impl)\s+${w}\b`, 'u').test(text);
}
