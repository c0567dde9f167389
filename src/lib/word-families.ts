/**
 * The other members of a word's family in a report written in German, Spanish, French, Portuguese
 * or Italian (round 38b, docs/findability.md): "gestört" → "störung", "Ausfall" → "ausgefallen",
 * "caído" → "caída", "indisponible" → "indisponibilité". The search indexes every page with one
 * stemmer, the site's English one (pagefind keeps one index per page language, and the search page
 * loads the site's), and no stemmer joins a participle to its noun: a German query in the verb's
 * form missed the notice that wrote the noun. The forms are made by the regular derivations of each
 * language, so a form may be a word nobody writes ("gesamt" → "samung"); such a form costs a few
 * bytes of the index and matches no query.
 */

/** German verb prefixes that split off in the participle ("aus|ge|fallen", "ein|ge|schränkt"). */
const germanSeparablePrefixes = ['zurück', 'wieder', 'nach', 'auf', 'aus', 'ein', 'los', 'mit', 'vor', 'weg', 'ab', 'an', 'um', 'zu'];
const germanPrefix = `(${germanSeparablePrefixes.join('|')})?`;
/** A participle: [prefix] ge + stem + t/et/en, with an adjective's ending ("gestörte", "ausgefallenen"). */
const germanParticiple = new RegExp(`^${germanPrefix}ge(\\p{L}{3,}?)(et|t|en)(e|er|es|en|em)?$`, 'u');
/** A noun of the action: [prefix] stem + ung ("Störung", "Einschränkung", "Wartung"). */
const germanActionNoun = new RegExp(`^${germanPrefix}(\\p{L}{3,}?)ung(en)?$`, 'u');
/** A noun of a strong verb's stem after its prefix ("Ausfall", "Abbruch"): no ending to strip. */
const germanPrefixedNoun = new RegExp(`^(${germanSeparablePrefixes.join('|')})(\\p{L}{3,})$`, 'u');
/** An adjective of what can be done and its noun ("erreichbar" ↔ "Erreichbarkeit"). */
const germanAbleAdjective = /^(\p{L}{3,})bar(keit)?$/u;

/** The weak participle of a stem: "gewartet" after a t or d, "gestört" otherwise. */
function germanWeakParticiple(prefix: string, stem: string): string {
  return `${prefix}ge${stem}${/[td]$/.test(stem) ? 'et' : 't'}`;
}

function germanForms(word: string): string[] {
  const forms: string[] = [];
  const participle = germanParticiple.exec(word);
  if (participle) {
    const [, prefix = '', stem, ending] = participle;
    forms.push(`${prefix}${stem}ung`, `${prefix}${stem}en`, `${prefix}ge${stem}${ending}`);
    // A strong verb's participle names its noun by the bare stem ("ausgefallen" → "Ausfall").
    if (ending === 'en' && prefix) forms.push(`${prefix}${stem}`);
  }
  const noun = germanActionNoun.exec(word);
  if (noun) {
    const [, prefix = '', stem] = noun;
    forms.push(germanWeakParticiple(prefix, stem), `${prefix}${stem}en`, `${prefix}${stem}ung`);
  }
  const prefixed = !participle && !noun ? germanPrefixedNoun.exec(word) : null;
  if (prefixed && !/(en|ung|t)$/.test(word)) {
    const [, prefix, stem] = prefixed;
    forms.push(`${prefix}ge${stem}en`, `${prefix}${stem}en`);
  }
  const able = germanAbleAdjective.exec(word);
  if (able) forms.push(`${able[1]}bar`, `${able[1]}barkeit`);
  return forms;
}

/**
 * Each Romance language's endings that make one family: the genders and numbers of an adjective or
 * participle ("caído", "caída", "caídos"), a participle and its noun of the action ("degradado" ↔
 * "degradación"), an adjective of what can be done and its noun ("disponible" ↔ "disponibilidad").
 * Each list is one family of endings: a word ending in one of them has the others as its forms.
 */
const romanceEndingFamilies: Record<string, readonly (readonly string[])[]> = {
  es: [['ado', 'ada', 'ados', 'adas', 'ación', 'aciones'], ['ido', 'ida', 'idos', 'idas'], ['ído', 'ída', 'ídos', 'ídas'], ['ble', 'bles', 'bilidad']],
  pt: [['ado', 'ada', 'ados', 'adas', 'ação', 'ações'], ['ido', 'ida', 'idos', 'idas'], ['ído', 'ída', 'ídos', 'ídas'], ['ível', 'íveis', 'ibilidade'], ['ável', 'áveis', 'abilidade']],
  it: [['ato', 'ata', 'ati', 'ate', 'azione', 'azioni'], ['ito', 'ita', 'iti', 'ite'], ['bile', 'bili', 'bilità']],
  fr: [['é', 'ée', 'és', 'ées', 'ation', 'ations'], ['ble', 'bles', 'bilité']],
};

/** The forms of a word by the longest ending it has of its language's families ("bilité" before "é"). */
function romanceForms(word: string, families: readonly (readonly string[])[]): string[] {
  let best: { ending: string; endings: readonly string[] } | undefined;
  for (const endings of families) {
    for (const ending of endings) {
      if (word.endsWith(ending) && word.length - ending.length >= 2 && ending.length > (best?.ending.length ?? 0)) best = { ending, endings };
    }
  }
  return best ? best.endings.map((end) => word.slice(0, -best.ending.length) + end) : [];
}

/** The languages whose word families are known, by their BCP 47 code (src/lib/report-language.ts). */
export const wordFamilyLanguages = ['de', 'es', 'fr', 'pt', 'it'] as const;

/**
 * The family forms of the words of `text` (a report's lead) in `language`, lowercase, that `text`
 * does not write itself, in the order first made. Empty for a language whose families are unknown.
 */
export function wordFamilyForms(text: string, language: string | undefined): string[] {
  const families = language === 'de' ? null : language ? romanceEndingFamilies[language] : undefined;
  if (language !== 'de' && !families) return [];
  const written = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const forms = new Set<string>();
  for (const word of written) {
    for (const form of families ? romanceForms(word, families) : germanForms(word)) {
      if (!written.has(form)) forms.add(form);
    }
  }
  return [...forms];
}
