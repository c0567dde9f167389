/**
 * The other members of a word's family in a report written in German, Spanish, French, Portuguese
 * or Italian (round 38b, docs/findability.md): "gestört" → "störung", "Ausfall" → "ausgefallen",
 * "caído" → "caída", "indisponible" → "indisponibilité". The search indexes every page with one
 * stemmer, the site's English one (pagefind keeps one index per page language, and the search page
 * loads the site's), and no stemmer joins a participle to its noun: a German query in the verb's
 * form missed the notice that wrote the noun. The forms are made by the regular derivations of each
 * language, so a form may be a word nobody writes ("gesamt" → "samung"); such a form costs a few
 * bytes of the index and matches no query. Round 39 added German compounds ending in an incident
 * noun ("Datenbankausfall" → "datenbank", "ausfall", "ausgefallen") and a few irregular families
 * ("Abbruch" ↔ "abgebrochen", "interrompu" ↔ "interruption").
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

/**
 * The nouns of an incident that German joins to what failed ("Datenbankausfall", "Verbindungsstörung",
 * "Komplettabschaltung", round 39): a compound ending in one of them also says the noun and what
 * precedes it, so "datenbank ausgefallen" finds the notice writing "Datenbankausfall" (pagefind
 * finds a typed word as the start of a longer one, "datenbank" in "datenbankausfall", but never as
 * its end). Incident nouns only, not a dictionary: a compound of two other nouns stays one word.
 */
const germanIncidentHeads = ['ausfall', 'ausfälle', 'störung', 'störungen', 'wartung', 'wartungen', 'wartungsarbeiten', 'abschaltung', 'unterbrechung', 'unterbrechungen', 'einschränkung', 'einschränkungen', 'fehler', 'probleme', 'problem', 'überlastung', 'verzögerung', 'verzögerungen', 'abbruch', 'umstellung', 'aktualisierung', 'migration'];
/** A linking "s" after a noun ending that takes one ("Verbindung|s|störung", "Sicherheit|s|…"). */
const germanLinkingS = /(ung|heit|keit|ion|tät|schaft)s$/u;

/** The head noun and the word before it of a German compound ending in an incident noun, or none. */
function germanCompoundParts(word: string): string[] {
  for (const head of germanIncidentHeads) {
    if (word.length - head.length < 4 || !word.endsWith(head)) continue;
    const before = word.slice(0, -head.length);
    return [germanLinkingS.test(before) ? before.slice(0, -1) : before, head];
  }
  return [];
}

/**
 * Irregular families the regular derivations miss (round 39): a strong verb's participle and its
 * noun whose stem vowel or consonant changes ("abgebrochen" ↔ "Abbruch", "unterbrochen" ↔
 * "Unterbrechung", "interrompu" ↔ "interruption"), by language. Each list is one family of single
 * words, as a report's words are read one by one.
 */
const irregularFamilies: Record<string, readonly (readonly string[])[]> = {
  de: [['abgebrochen', 'abbruch', 'abbrüche'], ['unterbrochen', 'unterbrechung', 'unterbrechungen'], ['gestiegen', 'anstieg'], ['ausgestiegen', 'ausstieg'], ['verloren', 'verlust'], ['gestohlen', 'diebstahl']],
  fr: [['interrompu', 'interrompue', 'interrompus', 'interrompues', 'interruption', 'interruptions'], ['perdu', 'perdue', 'perdus', 'perte', 'pertes'], ['résolu', 'résolue', 'résolution']],
  es: [['interrumpido', 'interrumpida', 'interrumpidos', 'interrupción', 'interrupciones'], ['perdido', 'perdida', 'pérdida'], ['resuelto', 'resuelta', 'resolución']],
  pt: [['interrompido', 'interrompida', 'interrompidos', 'interrupção', 'interrupções'], ['perdido', 'perdida', 'perda'], ['resolvido', 'resolvida', 'resolução']],
  it: [['interrotto', 'interrotta', 'interrotti', 'interruzione', 'interruzioni'], ['perso', 'persa', 'perdita'], ['risolto', 'risolta', 'risoluzione']],
};

function germanForms(word: string): string[] {
  const forms: string[] = [];
  // A compound ending in an incident noun: the noun, the word before it, and the noun's own family.
  const parts = germanCompoundParts(word);
  if (parts.length) forms.push(...parts, ...germanForms(parts[1]));
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
  if (!language || (language !== 'de' && !families)) return [];
  const written = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const forms = new Set<string>();
  const irregular = irregularFamilies[language] ?? [];
  for (const word of written) {
    const regular = families ? romanceForms(word, families) : germanForms(word);
    // The irregular family of the word, and of any form a compound gave ("Verbindungsabbruch" → "abbruch" → "abgebrochen").
    const irregularForms = [word, ...regular].flatMap((form) => irregular.find((family) => family.includes(form)) ?? []);
    for (const form of [...regular, ...irregularForms]) {
      if (!written.has(form)) forms.add(form);
    }
  }
  return [...forms];
}
