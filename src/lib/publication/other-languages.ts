/**
 * Prose in another language written in Latin script (since the seventeenth round of false
 * positives).
 *
 * The person rules read English: a capitalised word no English dictionary knows, two of them
 * together, a word before a colon opening a line, a word before "von" or "de" are a name's shapes
 * in English prose. In a sentence of German every noun is capitalised ("Wartung des
 * Bildungsservers", "Laden von Dateien"), in Danish, Italian or French every word is unknown to an
 * English dictionary, and a status notice opens its lines with labels ("Opdatering:",
 * "Hinweis:"), so those shapes say nothing there. What still says "a person" in any language is
 * kept: a given name a lexicon knows ("Lars: genstarter poolen", "Klaus Brekke hat …"), a title
 * before a name ("Herr Brekke", "Mme Vold"), a handle or account shaped as one, and every rule
 * that reads a record rather than words (an e-mail's name, a commit's author, a Jira mention).
 * Given names are those of compromise's English lexicon and those of other-language-given-names.ts.
 *
 * A line's language is told by its function words (articles, pronouns, prepositions,
 * conjunctions, auxiliaries: the words every sentence of a language needs whatever it is about);
 * a line with too few of them (a title, a label, a list item) takes the language of the post.
 * Words English sentences use are not listed, so an English sentence does not count for another
 * language.
 */
import { fenceLineOpening } from '../fence-opening.ts';
import { LineMemo } from './line-memo.ts';
import type { PersonCandidate } from './person-patterns.ts';
import { isEnglishWord, isKnownFirstName } from './people.ts';
import { findOtherLanguagePersonCues } from './other-language-person-cues.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';
import { countFunctionWords, functionWordIndex } from '../function-words.ts';
import { withoutComments } from '../unshown-comments.ts';
import { europeanSurnameParticles } from './name-particles.ts';

/** A language other than English that the person rules know by its function words. */
export type OtherLanguage = 'de' | 'nl' | 'da' | 'nb' | 'sv' | 'fr' | 'es' | 'it' | 'pt' | 'pl' | 'cs' | 'tr' | 'hu';

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Function words of each language, lower case. Left out: those English sentences use ("in", "an",
 * "am", "was", "also", "hat", "man", "war", "will", "so", "is", "over", "door", "come", "as", "do",
 * "no", "non", "men", "for", "per", "um") or write as letters and abbreviations ("a", "o", "e",
 * "y", "ci"); a word English has seldom ("die", "den") counts, as two are needed and more than of
 * English.
 */
const functionWords: Record<OtherLanguage, ReadonlySet<string>> = {
  de: words(`der die das den dem des ein eine einer einem einen eines und oder aber nicht ist sind
    wird werden wurde wurden kann können konnte muss müssen mit von zu zum zur im vom beim ins auf
    für bei aus nach über unter durch seit während aufgrund gegen ohne bis sich sie wir ihr ihre
    ihnen ihren uns unsere unser unseren es er dass wenn wie noch nur auch bereits wieder jetzt
    derzeit sowie bzw dieser diese dieses diesem diesen kein keine keinen alle allen sollten
    haben habe hatte hatten sein gibt vor zwischen ab`),
  nl: words(`het een en van niet met voor zijn wordt werd worden aan bij ook naar uit er dat
    deze dit wij onze ons kunnen nog maar als tot geen zich hebben heeft waren omdat zoals
    tijdens onder`),
  da: words(`og er det den af på til med som ikke har vi kan fra ved eller efter også blevet bliver
    være været nu hvis hvor når dette disse alle ingen jeres vores nogle skal vil kunne ud mod
    sammen samt idet fordi mens hos`),
  nb: words(`og er det den av på til med som ikke har vi kan fra ved eller etter også blitt blir
    være vært nå hvis hvor når dette disse alle ingen deres våre noen skal vil kunne ut mot
    sammen samt fordi mens hos`),
  sv: words(`och är det att som på inte med av till har vi kan från eller efter också blev blir
    vara varit nu när detta dessa alla ingen vår våra några ska vill kunna ut mot samt eftersom
    medan hos ett`),
  fr: words(`le la les un une des du de et est sont pas ne nous vous pour avec sur dans par au aux
    ce cette ces qui que qu il elle ils elles été être sera mais ou où leur leurs notre nos votre
    vos se sa son ses lors depuis chez sans entre afin`),
  es: words(`el la los las un una unos unas de del es está están son con por para al que se su
    sus lo le nuestro nuestra nuestros hemos ha han fue ser estamos muy pero sin sobre desde hasta
    entre este esta estos estas durante`),
  it: words(`il lo la gli le un una di del della dei delle degli è sono con per su nel nella nei
    al alla ai che si ha hanno stato stata essere ma anche questo questa nostro nostra nostri
    sul sulla da dal dalla durante tra fra ora`),
  pt: words(`os uma de da dos das é são não com por para em na nos nas ao aos que se
    seu sua seus suas foi ser está estão mas ou também este esta nosso nossa durante entre sobre
    pelo pela sem ele ela eles elas`),
  // Since adoption round 62: a Turkish runbook's headings ("Sorun Giderme", troubleshooting;
  // "Bağlantılı Dosyalar", linked files) were full names and got "An engineer", a Czech manual's
  // "varování" (warning) "[nome removido]". Letters alone ("w", "z", "i", "a", "o") and words
  // English writes ("to", "do", "ten", "pro", "en") are left out.
  pl: words(`się jest nie przez oraz dla że został została zostały było który która które na od po
    jak są był była być tylko także już jego jej ich może można przy aby ale lub gdy oraz jeśli
    tego tej tym pod nad bez podczas między`),
  cs: words(`jsme jsou byl byla bylo že který která které také se ve na je není jako při po od nebo
    ale aby když již už jeho její jejich pouze mezi podle pokud byly bude jsou tento tato toto`),
  tr: words(`ve bir bu ile için olarak sonra daha çok ise değil gibi kadar olan veya ama şu bunu
    bunun tüm yeni önce eğer hem ancak göre`),
  // Since adoption round 63: a Hungarian audit's headings and table labels ("Tábla Struktúra
  // Elemzése", table structure analysis; "Státusz", "Kockázatok") were full names, 130 findings in
  // four notes. The article "a", and "is", "de", "van", "meg", "mint", "ha", which English or
  // another listed language writes, are left out.
  hu: words(`az egy és hogy nem volt lesz már csak vagy ami amely amit ezt azt ez ezek azok minden
    nincs vannak voltak kell lehet után előtt alatt között miatt szerint során mellett nélkül
    illetve valamint még majd pedig mert amikor ahol így ezért továbbá sikeresen`),
};

/**
 * English function words that are also function words of a Romance language: the article or
 * preposition "a", Portuguese "do" (de + o) and "no" (em + o), Spanish "no". On a line of a post
 * in that language that writes one of its own letters ("Confirmando a Intervenção do Kernel",
 * "Coordenar a resposta … comunicação") they are that language's, not English ones (round 38 of
 * false positives): counted as English they left such a line without a language, so the English
 * reading of its words found a name. A line of plain English in such a post ("Tavish restarted a
 * pod") writes none of the letters and is weighed as before.
 */
const sharedWithEnglish: Partial<Record<OtherLanguage, { words: ReadonlySet<string>; letters: RegExp }>> = {
  fr: { words: words('a'), letters: /[àâçéèêëîïôûùœ]/iu },
  es: { words: words('a no'), letters: /[áéíóúñ¿¡]/iu },
  it: { words: words('a'), letters: /[àèéìòù]/iu },
  pt: { words: words('a do no'), letters: /[ãõçáéíóúâêôà]/iu },
};

/**
 * How many of a line's words are English function words, less those it writes as a word of one of
 * `languages` (see `sharedWithEnglish`).
 */
function englishCount(counts: FunctionWordCounts, lineWords: readonly string[], line: string, languages: Iterable<OtherLanguage>): number {
  const shared = new Set([...languages].flatMap((language) => {
    const words = sharedWithEnglish[language];
    return words?.letters.test(line) ? [...words.words] : [];
  }));
  return shared.size ? counts.english - lineWords.filter((word) => shared.has(word)).length : counts.english;
}

/** Function words of English, against which another language's count is weighed. */
const englishFunctionWords = words(`the a an and or but of to in on at for with from by is are was
  were be been has have had it its this that these those we our you your they their he she his
  her not no as if then than so which who what when where will would can could should may might
  do does did there after before into out up about all some any more also only`);

/** A word of lower-case letters a to z alone, as most are. */
const plainWord = /^[a-z]+$/;
/** A code span or an address: not prose. */
const codeOrAddress = /`[^`]*`|\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;

/**
 * The words of a text's prose, lower case, as function words are listed: words of letters between
 * spaces (punctuation and emphasis around them aside; an elision's parts apart, `l'incident`), not
 * in a code span or a link, not written in capitals (`EST`, `CI`, `DE` are abbreviations) and not
 * part of a host, a path or code (`example.com`, `si->screens`, `ssi_count`). `unclosedCode`: a
 * backtick is left in the prose, one a text written after this one could close.
 */
function tokens(text: string): { words: string[]; unclosedCode: boolean } {
  const prose = text.replace(codeOrAddress, ' ');
  const words: string[] = [];
  for (const chunk of prose.split(/\s+/)) {
    // Most words are plain lower-case letters, which need no cleaning.
    if (plainWord.test(chunk)) {
      words.push(chunk);
      continue;
    }
    const word = chunk.replace(/^[("'“„‚‘«*_\[]+|[)"'”’»*_\].,;:!?]+$/gu, '');
    if (!/^\p{L}+(?:['’]\p{L}+)*$/u.test(word) || /^\p{Lu}{2,}$/u.test(word)) continue;
    words.push(...word.toLowerCase().split(/['’]/));
  }
  return { words, unclosedCode: prose.includes('`') };
}

/** Each function word's languages, English as `english`. */
const languagesOfWord = functionWordIndex<OtherLanguage | 'english'>([['english', englishFunctionWords], ...(Object.entries(functionWords) as [OtherLanguage, ReadonlySet<string>][])]);

type FunctionWordCounts = { english: number; other: Map<OtherLanguage, number> };

/** How many of `words` are function words of each language, English first. */
function countLanguages(words: readonly string[]): FunctionWordCounts {
  const other = countFunctionWords(words, languagesOfWord);
  const english = other.get('english') ?? 0;
  other.delete('english');
  return { english, other: other as Map<OtherLanguage, number> };
}

/** How many of the words of `text`, read at once, are function words of each language: what `textCounts` sums by piece. */
export function wholeTextCounts(text: string): FunctionWordCounts {
  return countLanguages(tokens(text).words);
}

/**
 * How many words the prose of `text` has (`tokens`) and how many of them are English function
 * words: where few are, the text is no English (post-placeholder-language.ts).
 */
export function englishWordShare(text: string): { english: number; words: number } {
  const { words } = tokens(text);
  return { english: countLanguages(words).english, words: words.length };
}

/** How many of `text`'s words are function words of each language, English first. */
export function functionWordCounts(text: string): FunctionWordCounts {
  // Comments left out: the import's English notes made a German report's post read as English, so
  // its German title's nouns ("Geplante Wartungsarbeiten") became a full name (round 23 of false positives).
  if (text.includes('{/*') || text.includes('<!--')) return wholeTextCounts(withoutComments(text));
  // Else the counts of its pieces, each line counted once however many posts and texts repeat it.
  return textCounts(text).counts;
}

/** `codeOrAddress` for `pieceEnd`'s own reading from a line's start (the shared one is `replace`'s). */
const codeOrAddressFrom = new RegExp(codeOrAddress.source, codeOrAddress.flags);

/**
 * Where the piece of `text` that starts at the line starting at `from` ends: the first line end
 * (`\n`, or the text's end) that no code span or address of the whole text covers, as `tokens`
 * of the whole text matches them. A line that leaves no backtick open ends its own piece; a
 * fenced block's opening line reads on to its closing line.
 */
function pieceEnd(text: string, from: number): number {
  let covered = from;
  let newline = text.indexOf('\n', from);
  codeOrAddressFrom.lastIndex = from;
  for (let m = codeOrAddressFrom.exec(text); m; m = codeOrAddressFrom.exec(text)) {
    if (newline !== -1 && newline < m.index) return newline;
    covered = m.index + m[0].length;
    if (newline !== -1 && newline < covered) newline = text.indexOf('\n', covered);
  }
  return newline === -1 ? text.length : newline;
}

/**
 * The counts of `text`'s words (its `lines`, as `text.split('\n')` gives them) as `countLanguages`
 * of `tokens(text)` gives them, and whether a backtick of it is left open, summed piece by piece
 * (`pieceEnd`): a line is a piece, counted once and kept by the line, except where a code span
 * runs from one line into another, which is read with the lines it spans (a fenced block, from its
 * opening line to its closing one). A code span or an address is one match in the whole text and
 * in its piece, and a piece ends with a line, so the words are those of the whole, in order (a
 * language is still first met where the text first writes one of its words). Every post of the
 * bench opens a code fence: its texts were read whole, each a second time for its fields
 * (session 51's lead; session 52).
 */
function textCounts(text: string, lines: readonly string[] = text.split('\n')): { counts: FunctionWordCounts; unclosedCode: boolean } {
  const sum: FunctionWordCounts = { english: 0, other: new Map() };
  let unclosedCode = false;
  for (let i = 0, start = 0; i < lines.length; i++) {
    let counts: FunctionWordCounts;
    if (!lineTokenMemo.get(lines[i], () => tokens(lines[i])).unclosedCode) counts = lineCounts(lines[i]);
    else {
      const end = pieceEnd(text, start);
      const piece = tokens(text.slice(start, end));
      counts = countLanguages(piece.words);
      unclosedCode ||= piece.unclosedCode;
      // The piece's other lines are read with it.
      while (start + lines[i].length < end) start += lines[i++].length + 1;
    }
    start += lines[i].length + 1;
    sum.english += counts.english;
    for (const [language, count] of counts.other) sum.other.set(language, (sum.other.get(language) ?? 0) + count);
  }
  return { counts: sum, unclosedCode };
}

/** A line's counts, kept by the line (shared: copy before changing them). */
function lineCounts(line: string): FunctionWordCounts {
  return lineCountMemo.get(line, () => countLanguages(lineTokenMemo.get(line, () => tokens(line)).words));
}

/** The posts counted last (see `evidenceCounts`): each of a post's fields is judged with the same post. */
const postCounts = new Map<string, FunctionWordCounts>();

/**
 * The function words of `evidence`: `text` alone, or `text`, a blank line and the post it is
 * judged with (every field of a post carries the same post). The post's words are counted once
 * for all its fields and added to the text's (`own`): the same counts as the whole's, unless a
 * backtick of the text is left open, which the post could close (then the whole is read).
 */
function evidenceCounts(evidence: string, text: string, own: { counts: FunctionWordCounts; unclosedCode: boolean }): FunctionWordCounts {
  if (evidence === text) return own.counts;
  if (own.unclosedCode || !evidence.startsWith(`${text}\n\n`)) return functionWordCounts(evidence);
  const post = evidence.slice(text.length + 2);
  let counts = postCounts.get(post);
  if (!counts) {
    counts = functionWordCounts(post);
    if (postCounts.size >= 8) postCounts.delete(postCounts.keys().next().value!);
    postCounts.set(post, counts);
  }
  const sum: FunctionWordCounts = { english: own.counts.english, other: new Map(own.counts.other) };
  sum.english += counts.english;
  for (const [language, count] of counts.other) sum.other.set(language, (sum.other.get(language) ?? 0) + count);
  return sum;
}

/**
 * The other language with the most function words in the counts, if it has `least` and more than
 * English; of languages with as many, `preferred` (the post's), else the first met. Portuguese,
 * Spanish and French share "de", "que", "ou": "Nome do Cenário ou Categoria de Incidente" in a
 * Portuguese post was French, and `npm run redact` wrote French there (round 38).
 */
function strongestOther(counts: ReturnType<typeof functionWordCounts>, least: number, overEnglish: number, preferred?: OtherLanguage): OtherLanguage | undefined {
  let best: OtherLanguage | undefined;
  let bestCount = 0;
  for (const [language, count] of counts.other) if (count > bestCount || (count === bestCount && language === preferred)) [best, bestCount] = [language, count];
  return best && bestCount >= least && bestCount > overEnglish * counts.english ? best : undefined;
}

/** Each line's words, by the line: the posts repeat lines (blank ones, headings, templates), and a text is judged with each of its posts. Shared: never changed. */
const lineTokenMemo = new LineMemo<ReturnType<typeof tokens>>();
/** Each line's function words by language (`lineCounts`), by the line. Shared: never changed. */
const lineCountMemo = new LineMemo<FunctionWordCounts>();

/** The texts judged last, by their evidence (see `otherLanguageLines`). */
const judgedTexts = new Map<string, { text: string; languages: ReadonlyMap<number, OtherLanguage> }>();

/**
 * The other language a text is written in by its function words (two of one language at least,
 * more than of English; of languages with as many, the first met), or undefined. What `npm run
 * redact` writes where a line does not tell (round 38): the post's language was told by
 * report-language.ts, which knows six languages and no Portuguese or Italian, so a Portuguese post
 * ("Falha no login. Na terça-feira …") was Spanish and got "[Nombre eliminado]".
 */
export function otherLanguageOfText(text: string): OtherLanguage | undefined {
  return strongestOther(functionWordCounts(text), 2, 1);
}

/**
 * The language a whole page is written in by its function words, where its title and summary do
 * not tell (adoption round 60): three of one language at least and over twice as many as of
 * English, as `otherLanguageLines` weighs a post. A French wiki's decision record ("ADR-001 :
 * FileBrowser vs Nextcloud", a title of names) got "an engineer" on every line its own words did
 * not tell, and "[naam verwijderd]" on one whose single function word was Dutch's too.
 */
export function pageLanguageOfText(text: string): OtherLanguage | undefined {
  return strongestOther(functionWordCounts(text), 3, 2);
}

/**
 * A label opening a line, before its colon: "Saída do comando:", "**Causa raiz:**", "- Erro do
 * pod:" (a capitalised word, up to 40 characters without a colon; the group is the label's text).
 */
const openingLabel = /^\s*(?:[-*+>]\s+|\d+[.)]\s+)?(?:\*\*|__)?(\p{Lu}[^:\n*_]{0,40}?)(?:\*\*|__)?:(?:\*\*|__)?(?:[ \t]|$)/u;

/** The post whose labels were judged last, and its language (see `openingLabelLanguage`). */
let labelPost: { evidence: string; language: OtherLanguage | undefined } | undefined;

/**
 * The post's language for a label opening a line whose other words are English ("Saída do comando:
 * sqlalchemy.exc.OperationalError: could not translate host name …" in a Portuguese runbook; round
 * 39 of false positives): the English output after the colon made the line English, and the
 * English reading of "Saída do" found a name with its particle ("Maria do Carmo"). The label's own
 * words are weighed alone: two words or more, a function word of the post's language
 * (`otherLanguageOfText` of `evidence`) and no English one, as a Romance language's shared
 * words count there (see `sharedWithEnglish`). Only what lies within the label (up to `end`) is
 * judged in that language; a name after the colon is judged with the line as before.
 */
export function openingLabelLanguage(line: string, end: number, evidence: string): OtherLanguage | undefined {
  const label = openingLabel.exec(line);
  if (!label || end > label.index + label[0].indexOf(label[1]) + label[1].length) return undefined;
  const { words: labelWords } = tokens(label[1]);
  if (labelWords.length < 2) return nounLabelLanguage(label[1], evidence);
  const counts = countLanguages(labelWords);
  if (!counts.other.size && !counts.english) return undefined;
  // A post's labels are judged with the same post: its language is told once.
  if (labelPost?.evidence !== evidence) labelPost = { evidence, language: otherLanguageOfText(evidence) };
  const post = labelPost.language;
  if (!post) return undefined;
  // A word shared with English that the label writes as the post's ("do" beside "Saída") is the post's.
  const english = englishCount(counts, labelWords, label[1], [post]);
  return english === 0 && (counts.other.get(post) ?? 0) + counts.english >= 1 ? post : undefined;
}

/**
 * Endings of abstract nouns by language, which given names do not have ("Priorität", "Eskalation",
 * "Beschreibung", "gebeurtenis"): false positives round 55, where a German handbook's one-word
 * labels ("Priorität: [P1/P2/P3]", "**Eskalation:** Nach 30 Minuten …") were read as chat lines'
 * speakers and then found everywhere in the post. Eight letters at least before "-ung", "-ing"
 * (surnames end so: "Hartung").
 */
const abstractNounEnding: Readonly<Record<OtherLanguage, RegExp>> = {
  de: /(?:ität|keit|heit|schaft|tion|ismus|\p{L}{5,}ung)$/u,
  nl: /(?:heid|schap|atie|iteit|\p{L}{5,}ing)$/u,
  da: /(?:hed|skab|tion|\p{L}{5,}ning)$/u,
  nb: /(?:het|skap|sjon|\p{L}{5,}ning)$/u,
  sv: /(?:het|skap|tion|\p{L}{5,}ning)$/u,
  fr: /(?:ation|ité|ement)$/u,
  es: /(?:ción|idad|miento)$/u,
  it: /(?:zione|ità|mento)$/u,
  pt: /(?:ção|idade|mento)$/u,
  pl: /(?:ość|anie|enie|acja|ienie)$/u,
  cs: /(?:ost|ání|ení|ace)$/u,
  tr: /(?:lik|lık|lük|luk|ması|mesi|ları|leri)$/u,
  hu: /(?:ság|ség|\p{L}{3}(?:ás|és|ások|ések|ása|ése|ási|ési))$/u,
};

/**
 * The post's language for a label of one word opening a line ("Priorität:"), where the word ends
 * as that language's abstract nouns do (`abstractNounEnding`); else undefined, as one word is how
 * a chat line names its speaker ("Kvorst: restarted it").
 */
function nounLabelLanguage(label: string, evidence: string): OtherLanguage | undefined {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(label)) return undefined;
  if (labelPost?.evidence !== evidence) labelPost = { evidence, language: otherLanguageOfText(evidence) };
  const post = labelPost.language;
  return post && abstractNounEnding[post].test(label) ? post : undefined;
}

/** An article of German before a capitalised word: German writes its nouns so, Danish and Norwegian ("den", "det") do not. */
const germanArticleBeforeNoun = /(?:^|[^\p{L}])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+\p{Lu}\p{Ll}/u;

/**
 * The language a line leans to by its own words, for the words `npm run redact` writes there only
 * (round 38), never for what the guard finds: a line of four words or more with a function word of
 * another language and none of English. "Markus Brenner hat den Dienst neu gestartet." has one
 * ("den"), too few for {@link otherLanguageLines}, and got "An engineer hat den Dienst …" in a post
 * titled in English. Of languages with as many, `preferred` (the post's), else German where one of
 * its articles stands before a capitalised word ("den Dienst"), else none.
 */
export function leaningLanguageOfLine(line: string, preferred?: OtherLanguage): OtherLanguage | undefined {
  const { words: lineWords } = tokens(line);
  if (lineWords.length < 4) return undefined;
  const counts = countLanguages(lineWords);
  // "a" of "Obrigado a Joana … pela correção" is Portuguese's where the line writes its letters.
  const english = englishCount(counts, lineWords, line, counts.other.keys());
  const most = Math.max(0, ...counts.other.values());
  if (english > 0 || most < 1) return undefined;
  const tied = [...counts.other].filter(([, count]) => count === most).map(([language]) => language);
  if (tied.length === 1) return tied[0];
  if (preferred && tied.includes(preferred)) return preferred;
  return tied.includes('de') && germanArticleBeforeNoun.test(line) ? 'de' : undefined;
}

/**
 * Whether `word` is a function word of one of these languages and of no English sentence ("På",
 * "Efter", "Det" of Danish; round 46 of false positives). The particles of surnames ("de", "van",
 * "della") are names' too and are left out.
 */
export function isOtherLanguageFunctionWordOnly(word: string): boolean {
  const lower = word.toLowerCase();
  const languages = languagesOfWord.get(lower);
  return !!languages && !languages.includes('english') && !surnameParticles.has(lower);
}
const surnameParticles = new Set(europeanSurnameParticles);

/** Whether `word` is one of the function words of `language` ("Das", "Die", "Den" of German). */
export function isFunctionWordOf(word: string, language: OtherLanguage): boolean {
  return functionWords[language].has(word.toLowerCase());
}

/** The Romance and West Germanic languages whose reports the guard reads for machines and people by their words. */
const westernLanguages: readonly OtherLanguage[] = ['de', 'nl', 'fr', 'es', 'it', 'pt'];
/** Whether `word` is a function word of German, Dutch, French, Spanish, Italian or Portuguese (a pronoun, an article, a preposition, …). */
export function isWesternFunctionWord(word: string): boolean {
  return westernLanguages.some((language) => isFunctionWordOf(word, language));
}

/**
 * The language of each line of a text, where it is not English: a line with two function words of
 * another language or more, and more of them than of English, is in that language; a line with
 * fewer and at most one English function word (a title, a label, an item: "Neue Funktionen in BBB
 * 2.7") is in the post's language, when the post (`evidence`) has three function words of another
 * language or more and over twice as many as of English. A fenced code block's lines have none.
 */
export function otherLanguageLines(lines: readonly string[], evidence: string): ReadonlyMap<number, OtherLanguage> {
  const text = lines.join('\n');
  // A text is judged twice with the same post (its person candidates and its lines' rules).
  const cached = judgedTexts.get(evidence);
  if (cached?.text === text) return cached.languages;
  const lineTokens = lines.map((line) => lineTokenMemo.get(line, () => tokens(line)));
  const post = strongestOther(evidenceCounts(evidence, text, textCounts(text, lines)), 3, 2);
  const languages = new Map<number, OtherLanguage>();
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const opening = fenceLineOpening.exec(line);
    const inCode = fence !== undefined || opening;
    if (opening) fence = fence === undefined ? opening[1] : opening[1].startsWith(fence) ? undefined : fence;
    if (inCode || !/\p{L}/u.test(line)) return;
    const counted = lineCounts(line);
    const counts = post ? { english: englishCount(counted, lineTokens[i].words, line, [post]), other: counted.other } : counted;
    const own = strongestOther(counts, 2, 1, post);
    const otherCount = Math.max(0, ...counts.other.values());
    const language = own ?? (post && counts.english <= 1 && otherCount < 2 ? post : undefined);
    if (language) languages.set(i, language);
  });
  if (judgedTexts.size >= 16) judgedTexts.delete(judgedTexts.keys().next().value!);
  judgedTexts.set(evidence, { text, languages });
  return languages;
}

/**
 * Titles written before a person's name, in the languages listed (with their abbreviations): a
 * name after one is a person's in any language ("Herr Brekke", "Frau Dr. Vold", "Mme Dupont").
 */
const personalTitle = String.raw`(?:Herr|Herrn|Frau|Hr\.|Fr\.|Dhr\.|Mevr\.|Mevrouw|Meneer|Monsieur|Madame|Mme\.?|Mlle\.?|Señor|Señora|Sr\.|Sra\.|Srta\.|Signor|Signora|Sig\.(?:ra)?|Dott\.(?:ssa)?|Senhor|Senhora|Dona|Fru|Fröken|Hr|Fr)(?:\s+(?:Dr|Prof)\.?)?\s+`;
/** A title right before a name, or opening it ("Herr Brekke" as the two words a rule found). */
const titleBeforeName = new RegExp(String.raw`(?<![\p{L}])${personalTitle}$`, 'u');
const titleOpeningName = new RegExp(String.raw`^${personalTitle}\p{Lu}`, 'u');

/** Reasons a record gives, not words, and the phrasings of the line's own language (other-language-people.ts; since probe round 51 the labels of sign-off-labels.ts and the domains of personal-site-hosts.ts): a name so found is a person's in any language. */
const readFromRecord = /e-mail|mailbox|account|commit|author|login|structured data|Jira|chat platform|<Internal>|SQL|maintainer|payload|kubeconfig|RBAC|GitHub Actions|Kubernetes|GraphQL|Ansible|chat transcript|in another language|sign-off, review or copy line|own site: a given name/;

/**
 * True when `candidate`, on a line of another language, is taken for a name only by the English
 * reading of its words: no word of it is a given name a lexicon knows (and no function word of
 * that language), no title stands before it, it is no handle (digits, dots, underscores) and no
 * record names it. Such a candidate is a word of that language: "Wartung", "Laden von Dateien",
 * "Sächsischen Bildungsserver", "Opdatering:", "Stati Uniti".
 */
export function isOtherLanguageWord(candidate: PersonCandidate, line: string, language: OtherLanguage | undefined): boolean {
  if (!language || readFromRecord.test(candidate.why)) return false;
  if (/[^\p{L}\s'’-]/u.test(candidate.text)) return false;
  if (titleBeforeName.test(line.slice(0, candidate.index)) || titleOpeningName.test(candidate.text)) return false;
  // A name the cues of these languages read inside it (a title, "according to", "then … acting"; probe round 33).
  if (findOtherLanguagePersonCues(line).some((m) => candidate.index <= m.index && m.index + m.text.length <= candidate.index + candidate.text.length)) return false;
  const nameWords = candidate.text.split(/[\s-]+/).filter((word) => word.length >= 2 && !functionWords[language].has(word.toLowerCase()));
  // Written as a name is, not in capitals: `KAI` is an assistant's acronym, Kai a given name.
  if (nameWords.length >= 2 && /^\p{Lu}\p{Ll}/u.test(nameWords[0]) && isAccentedGivenName(nameWords[0])) return false;
  return !nameWords.some((word) => /^\p{Lu}\p{Ll}/u.test(word) && isGivenName(word.replace(/[’']s$/, '')));
}

/**
 * A given name the English lexicon knows, also written with accents, or one of the languages' own
 * ("Jürgen", "Søren", "François"): English knows Klaus and Giuseppe but not these (since the names
 * round after round 17).
 */
function isGivenName(word: string): boolean {
  return isKnownFirstName(word) || isOtherLanguageGivenName(word);
}

/**
 * A given name the lexicon knows without its accents, opening a name of two words or more (since
 * probe round 56: "Inés de la Varga" on a Spanish line was dropped as words of the line's
 * language, as the lexicon knows "Ines", not "Inés"; so "José", "Andrés", "Raúl"). Alone such a
 * word is as often one of the language's ("Grâce à", "Saída", "Días", measured on the corpora).
 */
const isAccentedGivenName = (word: string) => isKnownFirstName(word.normalize('NFD').replace(/\p{M}/gu, ''));

/**
 * Since false positives round 57: a Latin term joined to Russian words, as Russian writes an
 * English term it keeps in Latin and declines the noun after it ("overlay-директории", "the
 * overlay directories"; "project-файлов", "Docker-образ"): one Latin part, an English word or a
 * name with a capital or a digit, then Cyrillic words in lower case of three letters or more. A
 * Latin part in lower case that no dictionary knows (`zarnith-сервис`), two Latin parts
 * (`pg-orders-кластер`) or a Cyrillic word with a capital stay identifiers.
 */
function isLatinTermWithCyrillicWords(token: string): boolean {
  const [term, ...rest] = token.split('-');
  if (!rest.length || !/^[A-Za-z][A-Za-z0-9]*$/.test(term)) return false;
  if (!rest.every((part) => /^[\p{sc=Cyrillic}&&\p{Ll}]{3,}$/v.test(part))) return false;
  return isEnglishWord(term.toLowerCase()) || (/[A-Z0-9]/.test(term) && !/[a-z]0\d/i.test(term));
}

/** Languages that join a name and a noun with a hyphen ("MeSax-Mediathek", "MitID-løsningen"). */
const compoundingLanguages: ReadonlySet<OtherLanguage> = new Set(['de', 'nl', 'da', 'nb', 'sv']);

/**
 * True when `token`, an identifier on a line of `language`, is a name joined to words of that
 * language, as German, Dutch and the Scandinavian languages write "the MeSax media library"
 * ("MeSax-Mediathek", "DS4-Cloud", "SaxSVS-Anfrage-Probleme", "MitID-løsningen"): one name
 * first, written with a capital or a digit and no number counted from 01 (`DB01-Server` names a
 * machine), then nouns as the language writes them (capitalised in German, in lower case in the
 * others), three letters or more each. The name alone is judged as before, and an identifier of
 * two parts or more before the words (`pg-orders-Cluster`), a name in lower case
 * (`ledger-løsningen`) or a word in capitals (`ledger-DB`) is still one.
 */
export function isCompoundOfOtherLanguage(token: string, language: OtherLanguage | undefined): boolean {
  if (isLatinTermWithCyrillicWords(token)) return true;
  if (!language || !compoundingLanguages.has(language)) return false;
  const [name, ...rest] = token.split('-');
  // A name as products are written: a capital or a digit in it (`ledger-løsningen` is ours).
  if (!rest.length || token.includes('_') || !/^\p{L}[\p{L}\p{N}]*$/u.test(name) || !/[\p{Lu}\p{N}]/u.test(name) || /\p{L}0\d/u.test(name)) return false;
  // German capitalises its nouns; the others write them in lower case.
  const word = language === 'de' ? /^\p{Lu}\p{Ll}{2,}$/u : /^\p{Ll}{3,}$/u;
  return rest.every((part) => word.test(part));
}
