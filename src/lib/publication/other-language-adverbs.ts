/**
 * Adverbs of time, place, manner and degree of the languages whose reports the guard reads for
 * machines by their words (round 49 of false positives, docs/redaction.md). A chat line or a
 * timeline closes a clause with one after the machine's noun ("reinicio el balanceador ahora",
 * "reiniciei o servidor agora", "riavvio il server adesso", "o servidor ainda"), where the clause's
 * end says "a name" for a coined word; these are no coined word, and the lexicons here read
 * English only. Short of a dictionary of each language, the words a sentence puts at its end or
 * after its verb's object: a closed set, unlike nouns and verbs.
 */
const words = (list: string) => list.split(/\s+/).filter(Boolean);

const adverbsByLanguage: Record<'es' | 'pt' | 'it' | 'fr' | 'de' | 'nl' | 'pl', readonly string[]> = {
  es: words(`ahora ahorita ya aquí aqui acá allí alli allá ahí todavía todavia aún aun siempre nunca
    jamás también tampoco además entonces pronto tarde temprano luego después despues antes ayer hoy
    anoche mañana enseguida inmediatamente nuevamente rápido rapido despacio bien mal mucho poco
    bastante demasiado casi apenas solamente sólo otra vez nada algo todo otravez igual así asi`),
  pt: words(`agora já aqui ali lá ainda sempre nunca também tampouco além então logo cedo tarde antes
    depois ontem hoje amanhã imediatamente novamente rápido rapidamente devagar bem mal muito pouco
    bastante demais quase apenas somente só nada tudo assim aí cá`),
  it: words(`adesso ora già gia qui qua lì là ancora sempre mai anche neanche inoltre allora
    presto tardi prima dopo poi ieri oggi domani subito nuovamente velocemente bene male molto poco
    abbastanza troppo quasi appena soltanto niente tutto così cosi`),
  fr: words(`maintenant déjà ici là encore toujours jamais aussi ensuite alors bientôt tôt tard avant
    après puis hier demain aussitôt immédiatement rapidement vite bien mal beaucoup peu assez
    trop presque seulement rien tout ainsi`),
  de: words(`jetzt gerade hier dort da immer nie niemals auch dann bald früh spät vorher nachher
    danach gestern heute morgen sofort wieder erneut nicht noch schon kurz komplett manuell nachts
    abends selbst allein nur jedoch aber also ebenfalls dagegen gut schlecht sehr wenig fast
    schnell langsam`),
  nl: words(`nu nou hier daar altijd nooit ook dan straks vroeg laat eerst daarna gisteren vandaag
    morgen meteen direct weer opnieuw nog al goed slecht snel langzaam erg veel weinig bijna alleen`),
  pl: words(`teraz już tutaj tam zawsze nigdy też także potem wczoraj dzisiaj jutro znowu ponownie
    szybko dobrze źle bardzo`),
};

const adverbs: ReadonlySet<string> = new Set(Object.values(adverbsByLanguage).flat());

/** Whether `word` is an adverb of Spanish, Portuguese, Italian, French, German, Dutch or Polish ("ahora", "agora", "adesso", "ainda"). */
export function isOtherLanguageAdverb(word: string): boolean {
  return adverbs.has(word.toLowerCase());
}
