/**
 * A machine, team or internal tool named by one plain word after its noun in another language
 * (since probe round 43b, docs/redaction.md, "Probe round 43b"): "Reiniciamos la máquina
 * zurbelo", "Der Server quorx antwortete nicht", "O servidor tambaqui ficou sem memória", "Il
 * server quintarro ha smesso", "Serwer krzewina przestał", "サーバー kagerou が", and a capitalised
 * name after a team's or a tool's noun ("El equipo Tramuntana revisó", "L'équipe Pamplemousse a
 * validé", "A ferramenta interna Caruaru").
 *
 * Round 41b read such a word only with a number ("el servidor urdanbe02"), since a lower-case word
 * after the noun is as often the sentence's verb ("el servidor responde con errores") or an
 * adjective ("el servidor nuevo"). What tells a name here is what comes after it: a verb in the
 * past or an auxiliary of the line's language ("… quorx antwortete", "… carbayón dejó", "…
 * brocéliande a redémarré"), a conjunction, or the clause's end; or, when the noun is the object
 * of a restart or a stop ("Reiniciamos la máquina zurbelo y …"), also a preposition. The word
 * itself must be none of those languages' function words, no English word, lexicon word or public
 * term, and no verb, participle or adjective by its ending; a verb followed by its object is not
 * read, so the finding fails closed only where the sentence's shape says "name".
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isRareEnglishWord } from './people.ts';
import { isSystemOrTeamWord } from './system-nouns.ts';
import { isUnknownWord } from './other-language-people.ts';
import { isWesternFunctionWord } from './other-languages.ts';
import { isOtherLanguageAdverb } from './other-language-adverbs.ts';
import { isInsideCodeSpan } from './open-code-span.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import { addUnlessSameStart } from './first-finding-keeps.ts';
import { withoutAccents } from '../text/fold-accents.ts';

const article = String.raw`[Ll]a|[Ll]e|[Ee]l|[Ii]l|[Oo]|[Aa]|[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Dd]e|[Hh]et|[Ll]['’]|del|al|do|da|no|na|du|au|dal|nel|sul|pelo|pela|vom|beim|im|zum`;
/** Since probe round 44b also an instance, a cluster, a node and a container, and German's genitive ("des Knotens"). */
/**
 * Since probe round 45 also the nouns of a database, a virtual machine, a load balancer, a queue and
 * a pod ("La base de datos tolosaldea dejó", "O banco de dados jabuticaba ficou", "Die Datenbank
 * moorweide lief voll", "El balanceador zumaiako", "A fila curimatá acumulou", "El pod txingudi");
 * the longer nouns first, so "máquina virtual" is read before "máquina". "database" only after
 * Italian's and Dutch's articles: after "a" it is English ("a database error occurred").
 */
const machineNoun = String.raw`base[ \u00a0]+de[ \u00a0]+datos|base[ \u00a0]+de[ \u00a0]+dados|banco[ \u00a0]+de[ \u00a0]+dados|base[ \u00a0]+de[ \u00a0]+données|banca[ \u00a0]+dati|Datenbank|(?<=(?:[Ii]l|[Dd]e|[Hh]et)[ \u00a0]+)database|máquina[ \u00a0]+virtual|maquina[ \u00a0]+virtual|machine[ \u00a0]+virtuelle|macchina[ \u00a0]+virtuale|virtuelle[ \u00a0]+Maschine|balanceador(?:[ \u00a0]+de[ \u00a0]+carga)?|répartiteur(?:[ \u00a0]+de[ \u00a0]+charge)?|passerelle|pasarela|bilanciatore|Load-?[Bb]alancer|loadbalancer|cola|fila|file[ \u00a0]+d['’]attente|coda|Warteschlange|wachtrij|pod|Pod|máquina|maquina|servidor|serveur|machine|macchina|server|Servers?|Rechners?|Maschine|Host|host|nodo|nœud|Knotens?|knooppunt|node|nó|instancia|instância|instance|istanza|Instanz|instantie|clúster|cluster|Clusters?|contenedor|contêiner|conteneur|contenitore|Containers?`;
/** Polish writes no article: the noun opens a clause or follows a preposition. */
const polishMachineNoun = String.raw`[Ss]erwer(?:ze|a|em)?|[Mm]aszyn(?:a|ie|ę)|[Ww]ęz(?:eł|le)`;
const japaneseMachineNoun = String.raw`サーバー|サーバ|ホスト|マシン|ノード|インスタンス|クラスター|クラスタ`;
/**
 * Since probe round 44b, Korean, Chinese and Russian nouns of a machine before a lower-case Latin
 * word no dictionary knows, and what closes such a name in each: a Korean particle written onto it
 * ("서버 dalbit가"), a Chinese character or a space before one ("服务器 lanzhou 宕机了", "节点 qinghe
 * 上的"), a Russian word or the clause's end ("Сервер kedrovka перестал").
 */
const koreanMachineWord = /(?:서버|호스트|노드|인스턴스|클러스터|머신)[ \u00a0]?([a-z][a-z]{3,})(?![a-zA-Z0-9_\/:@=.-])(?=[ \u00a0]?(?:가|이|는|은|를|을|에서|에|의|도|와|과))/gu;
const chineseMachineWord = /(?:服务器|主机|节点|实例|集群|机器)[ \u00a0]?([a-z][a-z]{3,})(?![a-zA-Z0-9_\/:@=.-])(?=[ \u00a0]?[\p{sc=Han}，。；])/gu;
const russianMachineWord = /(?<![\p{L}])(?:[Сс]ервер(?:а|е|ом)?|[Мм]ашин(?:а|е|у|ой)|[Уу]з(?:ел|ла|ле)|[Хх]ост(?:а|е)?|[Кк]ластер(?:а|е)?|[Ии]нстанс(?:а|е)?)[ \u00a0]+([a-z][a-z]{3,})(?![a-zA-Z0-9_\/:@=.-])(?=[ \u00a0]+\p{sc=Cyrillic}|[ \u00a0]*(?:[.,;:!?)]|$))/gu;
const teamOrToolNoun = String.raw`equipo|équipe|equipe|squadra|Team|team|herramienta|ferramenta|outil|strumento|Werkzeug|[Tt]ool`;
const internalWord = String.raw`interna|interno|interne|internes?|interner|internal`;

const plainWord = String.raw`(\p{Ll}[\p{Ll}]{3,})`;
const wordAfterNoun = new RegExp(String.raw`(?<![\p{L}])(?:(?:${article})[ \u00a0]*(?:${machineNoun})|(?:${polishMachineNoun}))[ \u00a0]+${plainWord}(?![\p{L}\p{N}_\/:@='’-]|\.[\p{L}\p{N}])`, 'gu');
const wordAfterJapaneseNoun = new RegExp(String.raw`(?:${japaneseMachineNoun})[ \u00a0]?([a-z][a-z]{3,})(?![a-zA-Z0-9_\/:@=.-])(?=[ \u00a0]?[がはをのにでも])`, 'gu');
const nameAfterTeamNoun = new RegExp(String.raw`(?<![\p{L}])(?:${article})[ \u00a0]*(?:${teamOrToolNoun})(?:[ \u00a0]+(?:${internalWord}))?[ \u00a0]+(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}_\/:@=.'’-])`, 'gu');

/**
 * Endings of verbs, participles and adjectives of these languages: a word so ending after the noun
 * is what the machine did or is ("respondió", "ficou", "antwortete", "läuft", "redémarré",
 * "principale", "dedicado", "lokale"; since probe round 44b the German and Dutch infinitive closing a
 * clause after a genitive, "zu einem Ausfall des Servers kommen").
 */
const verbOrAdjectiveEnding = /(?:ó|ò|ì|ù|é|ée|ées|és|t|ent|en|ern|eln|ant|ante|ente|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|uto|uta|ava|avam|aba|aban|ía|ían|ou|eu|iu|am|em|aron|ieron|ron|te|ten|[^n]de|[^n]den|al|ale|ali|ales|ais|aux|ivo|iva|ico|ica|oso|osa|ario|aria|ble|bel|lich|ig|isch|end|ndo|eur|euse|ał|ała|ało|ył|yła|ił|iła|uje|ują|ego|owy|owa|owe)$/u;
/** After Polish's masculine nouns ("serwer", "węzeł") an adjective agrees by these endings ("główny", "zapasowy", "lokalnym"). */
const polishNounOpening = new RegExp(String.raw`^(?:${polishMachineNoun})`, 'u');
const polishAdjectiveEnding = /(?:y|i|ym|im|ego|emu)$/u;
/**
 * German, Dutch and Spanish strong verbs and adjectives, and Romance adjectives, that a sentence
 * puts after a machine's noun ("den Server … lief", "el servidor nuevo"); adverbs of time and
 * manner ("den Server gestern neu gestartet", "reinicio el balanceador ahora") are
 * other-language-adverbs.ts's.
 */
const commonFollowers = new Set(
  'pequeño pequeña grande lleno llena mismo misma propio propia otro otra único única roto rota muerto muerta vacío vacía limpio sucio cheio cheia mesmo mesma próprio própria outro outra morto morta vazio vazia pieno piena stesso stessa altro altra morto vuoto vuota solo sola lief läuft fiel fällt ging geht stand steht hing hängt blieb bleibt kam kommt neu alt viel liep viel gaf stond bleef kwam ging werkt nieuwe oude cae cayó sigue tiene hace nuevo nueva viejo vieja novo nova velho velha nuovo nuova vecchio vecchia ancien nouveau nouvelle vieux remoto remota distant principal secundario primario antigo antiguo antigua espejo réplica replica ocupado ocupada lento lenta lenti'
    .split(' '),
);

/** Words after the name that say it was the subject or the object of the clause: a verb in the past, an auxiliary, a conjunction. */
const subjectFollower = /^[ \u00a0]*(?:[.,;:!?)\]]|$|(?:y|e|et|und|en|i|ed|ou|oder|of|ha|hat|hatte|haben|hatten|ont|sont|han|hanno|hebben|têm|tinha|tenía|aveva|ist|war|wurde|a|avait|est|était|ha|había|fue|estaba|está|è|era|foi|estava|ficou|heeft|had|was|werd|został|była|był|jest|\p{Ll}+(?:ó|ió|ou|eu|iu|te|ten|de|ed|ł|ła|ło|ò|é|ait|aram|eram|iram|aron|ieron|arono|erono|irono)|lief|fiel|ging|stand|blieb|kam|liep|viel|gaf|stond|bleef|kwam|dejó|cayó)(?![\p{L}]))/u;
/** A restart, reboot or stop in those languages before the noun: the noun phrase is its object, so a preposition may follow the name. */
const actedOnBefore = /(?:reinici\p{L}*|reinicializ\p{L}*|relanc\p{L}*|redémarr\p{L}*|riavvi\p{L}*|neu[ \u00a0]+gestartet|neugestartet|herstart\p{L}*|detuv\p{L}*|par\p{L}*|arrêt\p{L}*|ferm\p{L}*|fermat\p{L}*|zrestartowa\p{L}*|apag\p{L}*|migr\p{L}*)[ \u00a0][^.!?;]{0,20}$/u;
/**
 * Since probe round 44b, the preposition that opens what the machine had or did ("el servidor
 * zurbelo con errores", "O servidor tambaqui com disco cheio", "Der Server quorx mit vollem
 * Datenträger"), and the reflexive pronoun of its verb ("La instancia mendikoi se quedó sin disco"):
 * after a word that does not end as these languages' verbs in the present do
 * ("responde con", "fica com", "läuft mit", "fonctionne avec", "va con") nor as an adjective does.
 */
const withFollower = /^[ \u00a0]+(?:con|com|avec|mit|met|sin|sem|sans|senza|ohne|zonder|se|si|s['’]|sich|zich)(?![\p{L}])/u;
const presentVerbEnding = /(?:ai|t|d|s|n)$/u;
/**
 * Since probe round 45 a word ending in `-e` before French "avec" or "sans" is read as a present
 * verb only when it is one French reports write of a machine ("fonctionne avec", "redémarre
 * avec"): a coined name ends so as often ("Le serveur corbinande avec son disque plein"), and
 * round 44b published every one. A present verb no list holds is a finding to allow
 * (docs/redaction.md, "Limits"). Elsewhere `-a` and `-e` stay a verb's, as Spanish, Portuguese and
 * Italian present and subjunctive verbs end so ("que el servidor responda con …").
 */
const vowelEndingPresentVerbs = new Set(
  ('fonctionne tourne démarre redémarre marche plante tombe reste continue revient repart travaille renvoie échoue boucle sature rame traite charge accepte ' +
    'refuse retourne répond communique synchronise réplique crashe bascule rame lâche freine bloque coince souffre ' +
    'funciona arranca responde trabaja falla sigue continúa continua vuelve queda carga devuelve rechaza acepta procesa opera corre tarda arranca reinicia ' +
    'fica responde trabalha falha volta carrega devolve rejeita aceita processa roda reinicia demora ' +
    'funziona risponde lavora fallisce torna resta carica restituisce rifiuta accetta elabora gira parte riparte riavvia ' +
    'werkte draaide startte stopte').split(' '),
);
const frenchWithFollower = /^[ \u00a0]+(?:avec|sans)(?![\p{L}])/u;
const isPresentVerb = (word: string, after: string) =>
  presentVerbEnding.test(word) || /[aá]$/u.test(word) || (/[eé]$/u.test(word) && (!frenchWithFollower.test(after) || vowelEndingPresentVerbs.has(word.toLowerCase())));

/**
 * English words a report in another language writes after a machine's noun for its role or kind
 * ("el servidor proxy", "la instancia backup", "o servidor legacy"), which the word-game dictionary
 * holds but the lexicon does not know.
 */
const machineRoleWords = new Set(
  ('proxy proxies backup backups local legacy replica replicas central standby primary secondary master worker workers edge gateway bastion jump test testing ' +
    'staging production prod canary spare failover mirror cache frontend backend web mail database api storage compute batch build runner shared internal ' +
    'external public private default main new old virtual physical dedicated bare metal docker linux windows ubuntu debian redis postgres mysql nginx ' +
    'apache tomcat jenkins kafka elastic principal temporal normal global regional final total manual').split(' '),
);
/**
 * Since probe round 45 (round 44b's leftover, "la instancia garbanzo"): a rare English word a
 * machine is named after, as teams name machines after foods, animals and plants. Rare means the
 * lexicon does not know it (`garbanzo`, `marmoset`, `wombat`; it knows "master", "remote",
 * "mail"), five letters or more, no public term, system noun or role of a machine.
 */
const isRareDictionaryName = (word: string) =>
  word.length >= 5 && isRareEnglishWord(word) && !isPublicTerm(word) && !isSystemOrTeamWord(word) && !machineRoleWords.has(word.toLowerCase());
const prepositionFollower = /^[ \u00a0]+(?:vers|à|a|en|um|gegen|nach|por|pour|per|alle|às|om|tegen|o|około|na|sur|sobre|durante|pendant|während|tijdens|depuis|desde|dopo|après|sin|sem|sans|senza|ohne|zonder|bez)(?![\p{L}])/u;

/**
 * Since probe round 46, German's strong verbs in the past (third person), with any prefix: the
 * stem changes its vowel and takes no ending ("verwarf", "verlor", "brach ab", "zerfiel"), so no
 * ending tells them, and round 45 published the machine before one ("Der Loadbalancer heidekamp
 * verwarf die Anfragen"). The plural adds `-en` ("verwarfen").
 */
const germanStrongPastStems = ('warf brach fiel lief hielt gab nahm schlug blieb stieg trat sprang schrieb las fand lor zog bot schob floss floß goss riss biss glitt litt ' +
  'griff schnitt schlich wich strich rief schlief stieß stiess hing fing ging ließ liess lag saß sass stand kam sah trug fuhr wuchs grub lud schuf sank sang zwang drang ' +
  'gewann begann rann starb half galt schmolz quoll hob log wog bog flog floh fror kroch sog stob war wurde tat').split(' ');
const germanPrefixes = 'ver zer be ent er miss ab an auf aus bei ein fest fort her hin los mit nach um vor weg zu zurück über unter durch wieder';
const germanStrongPast = String.raw`(?:${germanPrefixes.split(' ').join('|')})?(?:${germanStrongPastStems.join('|')})(?:en)?`;
/**
 * Since probe round 46, a finite verb after the word: a verb in the past or an auxiliary
 * (`subjectFollower`'s without its conjunctions and punctuation), German's strong past, or a
 * reflexive pronoun before a verb in the past ("se reinició", "si è fermato"). A clause has one
 * finite verb here, so the word before it is not the verb: it is the machine's name, or an
 * adjective or participle agreeing with the noun (`isAgreeingModifier`). Not "a": French's
 * auxiliary, but a preposition in Spanish, Portuguese and Italian ("del server correlate a …", an
 * Italian participle of an earlier plural noun, in letsencrypt's privacy policy).
 */
const finiteVerbFollower = new RegExp(String.raw`^[ \u00a0]+(?:(?:se|si|s['’]|sich|zich)[ \u00a0]+)?(?:ha|hat|hatte|haben|hatten|ont|sont|han|hanno|hebben|têm|tinha|tenía|aveva|ist|war|wurde|avait|est|était|había|fue|estaba|está|è|era|foi|estava|ficou|heeft|had|was|werd|został|była|był|jest|dejó|cayó|${germanStrongPast}|\p{Ll}+(?:ó|ió|ou|eu|iu|ete|te|ten|de|ed|ł|ła|ło|ò|ait|aram|eram|iram|aron|ieron|arono|erono|irono))(?![\p{L}])`, 'u');
/** German's articles (Dutch's `de` and `het` are not: Dutch writes a past in `-de`, "draaide"). */
const germanArticle = /^(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|vom|beim|im|zum)[ \u00a0]/u;
/** German's and Dutch's articles: these languages put an adjective before the noun, not after it. */
const isGermanicArticleOpening = (nounPhrase: string) => germanArticle.test(nounPhrase) || /^[Hh]et[ \u00a0]/u.test(nounPhrase);
/** The masculine singular articles of Spanish, Portuguese and Italian (and their contractions). */
const masculineRomanceArticle = /^(?:[Ee]l|[Oo]|[Ii]l|[Ll]o|del|al|do|no|dal|nel|sul|pelo)[ \u00a0]/u;
/** Endings of plural adjectives and participles, which agree with no noun after a singular article ("arrozales", "pomegranate"). */
const pluralModifierEnding = /(?:ados|adas|idos|idas|ales|ares|ables|ibles|ivos|ivas|icos|icas|osos|osas|ati|ate|iti|ite|uti|ute|ali|ivi|ici|osi|ées|és|aux|ants|ents)$/u;
/** Endings of adjectives and participles of one gender or of both (`verbOrAdjectiveEnding`'s that are no verb's). */
const modifierEnding = /(?:é|ée|ées|és|ant|ante|ente|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|uto|uta|al|ale|ali|ales|ais|aux|ivo|iva|ico|ica|oso|osa|ario|aria|ble|bel|lich|ig|isch|end|eur|euse|ista)$/u;
/**
 * Since probe round 47, French's singular articles, and the participles of `-er` verbs French
 * reports write after a machine's noun ("Le serveur dédié a perdu …", "le nœud impacté"), by stem:
 * a coined name ends in `-é` as often ("Le répartiteur quimperlé a perdu …", a Breton place's
 * name), and no French dictionary is here to tell a participle. Over every line of the corpora one
 * such participle stands after a machine's noun before a verb ("le nœud impacté"); a participle
 * this list lacks there is a finding to allow.
 */
const frenchArticle = /^(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)[ \u00a0]*/u;
/** French's auxiliary "a"/"ont" before a past participle ("… quimperlé a perdu", "… a redémarré"): a finite verb after a French noun phrase. */
const frenchPerfectFollower = /^[ \u00a0]+(?:a|ont)[ \u00a0]+(?:(?:ensuite|alors|soudain|brièvement|encore|de[ \u00a0]+nouveau)[ \u00a0]+)?\p{Ll}+(?:é|i|u|is|it|ert)(?![\p{L}])/u;
const frenchParticipleEnding = /^(\p{L}{3,})(?:é|ée|és|ées)$/u;
/**
 * Since probe round 48, the participles of French `-ir` and `-re` verbs that reports write of a
 * machine ("Le serveur choisi a planté", "Le disque rempli", "le service interrompu"), as a whole
 * word with its feminine and plural endings: they end in `-i`, `-u`, `-is`, `-it`, as coined names
 * do ("Le serveur kerbini a planté"), so only these are agreeing participles.
 */
const frenchIrReParticiples = new Set(
  ('choisi rempli interrompu détruit reconstruit compromis corrompu suspendu perdu rendu atteint éteint ralenti saisi fourni desservi servi établi rétabli ' +
    'garanti réparti maintenu retenu défini redéfini réuni conçu reçu vendu rompu mis remis permis transmis soumis inclus exclus produit réduit traduit ' +
    'construit introduit conduit écrit réécrit inscrit prescrit ouvert couvert découvert offert souffert tenu obtenu contenu détenu soutenu venu revenu ' +
    'survenu intervenu prévu vu revu pourvu lu élu dû bu connu reconnu fini refini agrandi grossi vieilli durci enrichi appauvri affaibli rafraîchi ' +
    'converti investi envahi trahi subi ravi nourri pourri rôti bâti aboli accompli assoupli démoli embelli').split(' '),
);
const isFrenchIrReParticiple = (word: string) => frenchIrReParticiples.has(word.toLowerCase().replace(/(?:es|e|s)$/u, '')) || frenchIrReParticiples.has(word.toLowerCase());
/**
 * Since probe round 48, what says the word after a French noun phrase is followed by its finite verb
 * in the present: the negation "ne"/"n'" ("Le serveur plouvenu ne répond plus"), or one of the
 * present verbs French reports write of a machine ("Le serveur kerbini redémarre …").
 */
const frenchListedPresentFollower = /^[ \u00a0]+(?:ne|n['’]|répond|tient|perd|rend|revient|redémarre|plante|tombe|sature|bascule|échoue|refuse|renvoie|fonctionne|tourne|rame|boucle)(?![\p{L}])/u;
/**
 * Since probe round 49 (round 48's leftover, "Le serveur kerbini ronronne"): any word shaped as a
 * first-group verb in the present ("ronronne", "clignote", "chauffe", "décroche", and their plural
 * in `-ent`), as the list above cannot hold every verb a report writes of a machine. The word
 * before it is still judged as before (unknown to every list, no participle or adjective agreeing
 * with the noun), so an adjective after the name ("kerbini rapide") only confirms it is one. The
 * French words so ending that open what is no verb (conjunctions, determiners, prepositions) are
 * left out.
 */
const frenchPresentShape = /^[ \u00a0]+(\p{Ll}{3,}[^\sée]e(?:nt)?)(?![\p{L}'’-])/u;
const frenchNonVerbsEndingInE = new Set(
  'comme entre contre cette notre votre autre chaque quelque lorsque puisque presque parce jusque alors même ensemble simple seule seulement souvent toute toutes tandis'.split(' '),
);
/** Endings of French adjectives after a noun ("applicatif", "secondaire", "virtuel"): before a verb of this shape such a word is the noun's modifier, not its name. */
const frenchAdjectiveEnding = /(?:if|ive|aire|ique|el|elle|eux|euse|al|ale|ant|ante|ent|ente|ible|able|ier|ière)$/u;
/** Whether the words after a French machine's name (`after`) open its verb in the present. */
function frenchPresentFollows(after: string, name: string): boolean {
  if (frenchListedPresentFollower.test(after)) return true;
  const shaped = frenchPresentShape.exec(after);
  return shaped !== null && !frenchNonVerbsEndingInE.has(shaped[1].replace(/nt$/u, '')) && !frenchAdjectiveEnding.test(name);
}
const frenchMachineParticipleStems = new Set(
  ('dédi partag mutualis virtualis répliqu distribu sécuris héberg manag concern impact affect touch utilis associ déploy install configur dupliqu ' +
    'isol chiffr surcharg satur bloqu plant arrêt redémarr relanc migr désactiv activ supprim cré modifi restaur sauvegard répar corrig ' +
    'patch connect déconnect expos surveill monitor provisionn allou réserv partitionn synchronis dégrad ' +
    'infect cibl attaqu vis appel interrog sollicit charg décharg nomm mentionn précit indiqu désign').split(' '),
);

/**
 * Since round 48 of false positives: a French verb's stem that English writes as a word of its own
 * ("sinistr" of "sinistré": sinister; "isol": isolate; "répliqu": replicate; "partitionn":
 * partition; "déconnect": connect), as most French verbs of machines are Latin's and English's too.
 * The list above keeps those English does not share (`héberg`, `partag`, `sauvegard`); a coined
 * name (`quimperl`, `plouharn`, a Breton place's) spells no English word. Accents left out, `qu`
 * read as `c`, a doubled last consonant as one, and `dé-`/`re-`/`ré-` taken off.
 */
function hasEnglishCognate(stem: string): boolean {
  const plain = withoutAccents(stem).toLowerCase().replace(/qu$/, 'c').replace(/([nlmt])\1$/, '$1');
  const forms = [plain, plain.replace(/^(?:de|re)(?=\p{L}{5})/u, '')];
  return forms.some((s) => [s, `${s}e`, `${s}ate`, `${s}te`, `${s}ed`, s.replace(/([^aeiou])r$/, '$1er'), s.replace(/is$/, 'e'), s.replace(/i$/, 'y')].some((w) => w.length >= 4 && isEnglishWord(w)));
}

/**
 * Whether a word after the machine's noun may be an adjective or participle of that noun: none in
 * German and Dutch, which put them before the noun ("Die Datenbank moorweide lief"); in the
 * Romance languages one with a modifier's ending that agrees with the singular article, so no
 * plural ("La máquina virtual arrozales se reinició") and no feminine `-a` after a masculine
 * article ("O banco de dados jabuticaba ficou"; `-ista` is both genders').
 */
function isAgreeingModifier(word: string, nounPhrase: string): boolean {
  if (isGermanicArticleOpening(nounPhrase)) return false;
  if (frenchArticle.test(nounPhrase) && isFrenchIrReParticiple(word)) return true;
  const frenchParticiple = frenchArticle.test(nounPhrase) ? frenchParticipleEnding.exec(word) : null;
  if (frenchParticiple) return frenchMachineParticipleStems.has(frenchParticiple[1].toLowerCase()) || hasEnglishCognate(frenchParticiple[1]);
  if (pluralModifierEnding.test(word)) return false;
  if (masculineRomanceArticle.test(nounPhrase) && /a$/u.test(word) && !/ista$/u.test(word)) return false;
  return modifierEnding.test(word) || (/a$/u.test(word) && !masculineRomanceArticle.test(nounPhrase));
}

/** An article English writes too, opening the noun phrase. */
const englishArticleOpening = /^(?:[Aa]|[Dd]ie|[Dd]en|[Dd]e)[ \u00a0]/u;

/** The machines, teams and tools a line of another language names by one word after their noun. */
export function findOtherLanguageMachineWords(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  const push = (name: string, index: number, why: string) => {
    if (isInsideCodeSpan(line, index) || isPublicTerm(name) || isPublicName(name)) return;
    addUnlessSameStart(found, { rule: 'redact/internal-name', text: name, index, why });
  };
  for (const m of allMatches(wordAfterNoun, line)) {
    const name = m[1];
    const index = m.index! + m[0].length - name.length;
    // A rare English word only after an article no English sentence writes ("la instancia
    // garbanzo", not "a database capacity downgrade" nor "a node outage"), whose `-t` is an English
    // noun's ("marmoset", "wombat"), not a German or French present verb's, which the lexicon knows
    // when English writes it too ("part", "sort").
    const endsAsVerbOrAdjective = verbOrAdjectiveEnding.test(name) && !(name.endsWith('t') && !/(?:ent|ant)$/u.test(name));
    const dictionaryName = isRareDictionaryName(name) && !englishArticleOpening.test(m[0]) && !endsAsVerbOrAdjective;
    const after = line.slice(index + name.length);
    // Since probe round 46: before a finite verb, the word is no verb, so an ending of a verb
    // tells nothing; only an adjective or participle agreeing with the noun is left out.
    const beforeFiniteVerb = (finiteVerbFollower.test(after) || (frenchArticle.test(m[0]) && (frenchPerfectFollower.test(after) || frenchPresentFollows(after, name)))) && !polishNounOpening.test(m[0]) && !isAgreeingModifier(name, m[0]) &&
      (isUnknownWord(name) || (isRareDictionaryName(name) && !englishArticleOpening.test(m[0])));
    // After a German article a word ending in `-e` but not `-te` is no verb German writes of a
    // machine (its past ends `-te`, its present `-t`), so a genitive closing alt text names one
    // ("Speicher der Datenbank moorweide").
    const germanNonVerbE = germanArticle.test(m[0]) && /[^t]e$/u.test(name);
    const named = beforeFiniteVerb || (isUnknownWord(name) ? !verbOrAdjectiveEnding.test(name) || germanNonVerbE : dictionaryName);
    if (!named || isWesternFunctionWord(name) || commonFollowers.has(name) || isOtherLanguageAdverb(name)) continue;
    if (frenchArticle.test(m[0]) && isFrenchIrReParticiple(name)) continue;
    if (polishNounOpening.test(m[0]) && polishAdjectiveEnding.test(name)) continue;
    const namedBeforeWith = withFollower.test(after) && !isPresentVerb(name, after);
    if (!beforeFiniteVerb && !subjectFollower.test(after) && !namedBeforeWith && !(actedOnBefore.test(line.slice(0, m.index!)) && prepositionFollower.test(after))) continue;
    push(name, index, "a machine named by one word after its noun in another language");
  }
  for (const m of allMatches(wordAfterJapaneseNoun, line)) {
    const index = m.index! + m[0].length - m[1].length;
    if (isUnknownWord(m[1])) push(m[1], index, 'a machine named after its noun in Japanese');
  }
  for (const [pattern, why] of [
    [koreanMachineWord, 'a machine named after its noun in Korean'],
    [chineseMachineWord, 'a machine named after its noun in Chinese'],
    [russianMachineWord, 'a machine named after its noun in Russian'],
  ] as const) {
    for (const m of allMatches(pattern, line)) {
      const index = m.index! + m[0].length - m[1].length;
      if (isUnknownWord(m[1])) push(m[1], index, why);
    }
  }
  for (const m of allMatches(nameAfterTeamNoun, line)) {
    const index = m.index! + m[0].length - m[1].length;
    if (isUnknownWord(m[1]) && !isWesternFunctionWord(m[1])) push(m[1], index, "a team or an internal tool named after its noun in another language");
  }
  return found;
}
