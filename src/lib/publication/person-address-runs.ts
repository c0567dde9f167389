/**
 * A person's name with that person's address right after it ("Author: Vexmor Qalandri
 * [vq@acme.example](mailto:vq@acme.example)", "Vexmor Qalandri (@vqal)", "Vexmor Qalandri
 * <vq@acme.example>") names one person, but `npm run redact` replaces the name and the address
 * each: the public page read "Author: An engineer an engineer", "An engineer (the responsible
 * team)", "[Name entfernt] ([Kontakt entfernt])" (adoption rounds 45 and 46). The name's stand-in
 * is the person's; the address goes inside the same `<Internal>` (or, where components do not
 * work, goes with it), whatever language the stand-ins are in.
 *
 * Only an address right after a name, with nothing but spaces or the brackets around the address
 * between them, is read as the name's own. Two names are never joined here, however close: "Ilsa
 * and Torvald", "Ilsa, Torvald" and "Ilsa, ilsa@… and Torvald" say two people (two names in a list
 * read "Two engineers", replacement-runs.ts), and so does a comma before an address ("cc Ilsa,
 * @torvald" is a list of two).
 */
import { wrapped, type RunEdit } from './replacement-runs.ts';

/** What an edit replaces: a person's name, an address or handle (a person's contact), or neither. */
export type StandInKind = 'name' | 'address' | undefined;

/** What may stand between a name and its address, and what then closes after the address. */
const addressAfterName: readonly { between: RegExp; after: RegExp }[] = [
  { between: /^[ \t]+$/, after: /^/ },
  { between: /^[ \t]*\($/, after: /^\)/ },
  // "(AKA quorrik)", "(a.k.a. quorrik)": the name the person also goes by (adoption round 48).
  { between: /^[ \t]*\((?:AKA|aka|a\.k\.a\.?)[ \t]+$/, after: /^\)/ },
  // MDX needs `<` escaped; the import writes `\<`, an HTML export `&lt;`; frontmatter keeps `<`.
  { between: /^[ \t]*(?:\\<|&lt;|<)$/, after: /^(?:\\>|&gt;|>)/ },
];

/** The public phrase an edit writes and whether it writes it inside `<PublicOnly>`; undefined when it writes none. */
function standInOf(text: string): { phrase: string; wrapped: boolean } | undefined {
  const m = wrapped.exec(text);
  if (m) return { phrase: m[1], wrapped: true };
  return text && !text.includes('<') ? { phrase: text, wrapped: false } : undefined;
}

/**
 * `edits` (sorted by start, none overlapping) with each name's edit followed by its address's made
 * one edit that writes the name's stand-in once; `kindOf` says which edit replaces what. Each edit
 * left says which of `edits` it stands for (`joined`), so every finding is still reported.
 */
export function joinNamesWithTheirAddresses<E extends RunEdit>(source: string, edits: readonly E[], kindOf: (edit: E) => StandInKind): (E & { joined: E[] })[] {
  const result: (E & { joined: E[] })[] = [];
  for (let i = 0; i < edits.length; i++) {
    const name = edits[i];
    const address = edits[i + 1];
    const nameStandIn = standInOf(name.text);
    const addressStandIn = address && standInOf(address.text);
    const between = address ? source.slice(name.end, address.start) : '';
    const shape = nameStandIn && addressStandIn && nameStandIn.wrapped === addressStandIn.wrapped && kindOf(name) === 'name' && kindOf(address) === 'address'
      ? addressAfterName.find((s) => s.between.test(between) && s.after.test(source.slice(address.end))) : undefined;
    if (!shape) {
      result.push({ ...name, joined: [name] });
      continue;
    }
    let end = address.end + (shape.after.exec(source.slice(address.end))?.[0].length ?? 0);
    const joined = [name, address];
    i++;
    // A second address of the same person right after ("[Name](https://x.example/handle) (AKA handle)").
    for (let next = edits[i + 1]; next && kindOf(next) === 'address' && standInOf(next.text)?.wrapped === nameStandIn!.wrapped; next = edits[i + 1]) {
      const more = addressAfterName.find((s) => s.between.test(source.slice(end, next.start)) && s.after.test(source.slice(next.end)));
      if (!more) break;
      end = next.end + (more.after.exec(source.slice(next.end))?.[0].length ?? 0);
      joined.push(next);
      i++;
    }
    const text = nameStandIn!.wrapped ? `<Internal>${source.slice(name.start, end)}</Internal><PublicOnly>${nameStandIn!.phrase}</PublicOnly>` : nameStandIn!.phrase;
    result.push({ ...name, end, text, joined });
  }
  return result;
}
