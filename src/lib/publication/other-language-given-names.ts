import { withoutAccents } from '../text/fold-accents.ts';

/**
 * Common given names of the languages the person rules read on lines of another language
 * (German, Dutch, Danish, Norwegian, Swedish, French, Spanish with Catalan and Basque, Italian,
 * Portuguese) and of Polish, Czech, Finnish, Icelandic and Turkish: the names of most people born
 * there over the last eighty years, written from general knowledge, not copied from a register.
 *
 * compromise's lexicon, which {@link isKnownFirstName} asks, is English: it knows Klaus and
 * Giuseppe but not Jürgen, Søren, Bjørn, François or Małgorzata, so on a line of another language
 * (where a given name is the only word evidence of a person left) "Jürgen Vold hat den Server neu
 * gestartet" was published. Each name is listed as written; its spellings without diacritics are
 * added (Jürgen, Jurgen, Juergen; Søren, Soren, Soeren; Åse, Ase, Aase; Þórður, Thordur), as
 * keyboards and e-mail addresses write them.
 */

const names = (list: string) => list.split(/\s+/).filter(Boolean);

/** Lower case, in each language's spelling. */
const givenNames = names(`
  jürgen klaus hans peter wolfgang michael thomas andreas stefan uwe dieter günter günther horst
  helmut manfred werner gerhard heinz bernd rainer karl walter joachim ralf rolf holger dirk
  matthias markus torsten thorsten sven jörg jens lars heiko olaf volker armin detlef gregor
  hartmut ingo lutz norbert reinhard siegfried ulrich udo wilfried friedrich fritz kurt herbert
  erich gustav christian florian tobias sebastian philipp lukas jonas leon niklas moritz
  maximilian elias noah julian fabian dominik benedikt björn marcel sascha timo nils malte hauke
  henning jochen achim bodo eckhard götz konrad wilhelm hermann heinrich ludwig georg johann
  johannes josef franz anton alois sepp gerd veit ursula monika petra sabine claudia susanne
  birgit gabriele renate karin heike brigitte martina stefanie nicole katrin kathrin anja
  christine elke ute ingrid gisela helga inge doris bärbel silke anke tanja sandra julia melanie
  daniela manuela kerstin simone jutta angelika marion beate annette dagmar gudrun hannelore
  waltraud gertrud hildegard lena lea hannah hanna anna emma mia sophie marie lina leonie laura
  lisa katharina johanna franziska jana svenja janina nadine jasmin vanessa carina sarah miriam
  antje frauke wiebke imke maren meike gesa ulrike cornelia regina sigrid heidi margarete greta
  frieda ida klara clara mathilda charlotte amelie luise elisabeth theresa veronika barbara
  rosemarie ilona ines sonja eva heidrun roswitha edeltraud liselotte nina tina yvonne bettina
  carola christa dörte elfriede

  johannes cornelis hendrik willem pieter gerrit jacobus kees henk piet wim gert bert jeroen
  thijs joost bram daan sem levi ruben stijn koen niels maarten martijn arjan arjen edwin remco
  ronald frits geert gijs hein huub jaap jasper joep joris klaas luuk michiel pim reinier rik
  roel rogier ruud siebe sjoerd teun tijs wouter floris hidde jelle twan wessel wilco wijnand
  wiebe youri bart leendert marinus nico hendrika geertruida margaretha wilhelmina sanne anouk
  femke lotte fleur lieke noor esmee karlijn marieke mirjam nienke renske saskia suzanne
  annemarie anneke bep corrie dineke els ineke marjolein mieke nel riet tineke truus annelies
  jolanda loes maaike merel evi fenna hanneke jikke

  søren niels jørgen henrik poul morten mads rasmus anders jesper mikkel kasper casper frederik
  jakob mathias emil magnus oliver carl ole erik preben flemming torben steen claus allan bjarne
  leif svend kjeld knud erling palle troels ulrik esben asger villads aksel axel bjørn carsten
  kristian nikolaj jeppe kristoffer mette hanne helle lene marianne pia louise jette gitte
  birgitte lise dorte rikke signe sofie cecilie katrine mathilde nanna maja josefine karina
  malene trine maiken majken stine tove grethe ulla birthe ellen inger jytte vibeke dorthe
  merete pernille lærke astrid agnes alberte asta freja

  hallvard dagfinn knut arne kjell svein geir terje trond harald einar olav espen øyvind eivind
  håkon haakon sindre sigurd stian vegard tormod torbjørn gunnar steinar egil ivar jarle kåre
  ola petter sverre sveinung torstein vidar yngve øystein ørjan åsmund audun bård eirik fredrik
  halvor helge jostein lasse njål oddvar runar sondre tarjei torgeir vebjørn bjarte arild asbjørn
  frode gaute jørn ketil pål kari marit berit bjørg hilde solveig randi kristin silje wenche grete
  turid torill sissel ragnhild unni aud ingeborg guro kjersti synnøve sigrun gudrun åse målfrid
  jorunn hege vigdis tuva oda thea ingvild mari sunniva marte dagny gunhild ingunn torunn ranveig
  eldbjørg oddny borghild

  johan mikael bengt göran åke mats christer olof håkan torbjörn oskar isak ludvig albin linus
  pontus sixten ture arvid börje evert gösta ingemar ingvar jörgen pelle pär sune tord vilhelm
  viktor filip åsa kristina birgitta margareta linnéa linnea gunilla britt agneta annika ingela
  katarina lotta ulrika ylva ebba elsa elin frida moa ronja selma stina siv barbro gunnel malin
  alva wilma vilma

  françois jean pierre louis michel philippe alain nicolas christophe stéphane sébastien
  frédéric olivier laurent thierry éric julien mathieu guillaume jérôme benoît yves rémi cédric
  damien aurélien maxime vincent antoine lucas théo enzo léo gabriel raphaël arthur baptiste
  quentin florian adrien bastien loïc yann gaël killian kévin jérémy grégory fabrice patrice
  didier gilles serge hervé xavier franck emmanuel arnaud mickaël sylvain marc luc denis rené
  gérard jacques bernard dominique ludovic régis gaëtan anthony nathalie isabelle sylvie
  catherine françoise valérie sandrine véronique céline aurélie julie camille léa manon chloé
  émilie stéphanie laetitia mélanie élodie virginie delphine caroline hélène anne martine
  monique chantal josiane pauline margaux océane inès alice lucie juliette zoé anaïs agathe
  élise noémie amandine audrey coralie justine laure gaëlle solène agnès annick bérénice
  ghislaine geneviève mireille odile colette sophie

  josé antonio manuel francisco juan javier jesús carlos miguel pedro alejandro rafael fernando
  pablo sergio jorge luis alberto álvaro diego adrián raúl enrique ramón vicente andrés joaquín
  víctor eduardo roberto ignacio alfonso gonzalo rubén íñigo iker asier unai jaime marcos mateo
  nicolás guillermo emilio agustín tomás felipe óscar jordi josep arnau oriol sebastián rodrigo
  ricardo mariano lorenzo hernán gerardo ernesto héctor esteban cristóbal iván julián fabián
  maría ana isabel cristina marta lucía paula elena raquel beatriz nuria núria sonia rocío irene
  lorena natalia noelia verónica sofía valeria carla nerea ainhoa itziar begoña montserrat
  inmaculada yolanda silvia alicia carmen andrea esther patricia josefa antonia juana mónica
  susana ángela ximena mercè

  giuseppe giovanni luigi francesco vincenzo pietro salvatore carlo domenico paolo michele
  giorgio aldo luca marco alessandro stefano fabio matteo davide federico riccardo gabriele
  daniele emanuele claudio maurizio enrico filippo tommaso leonardo edoardo nicola gianluca
  giacomo alessio mattia raffaele cristian valerio fabrizio giulio umberto ettore gennaro renato
  piero dario rocco gianni sandro nicolò niccolò giulia francesca chiara sara federica
  valentina alessandra giorgia elisa paola roberta simona monica serena ilaria beatrice noemi
  rita giovanna lucia teresa antonella rosanna patrizia stefania camilla arianna eleonora
  benedetta

  joão luís rui tiago nuno diogo gonçalo duarte afonso vasco fábio marcelo leandro thiago
  matheus gustavo vinícius guilherme sérgio andré márcio fabrício raimundo sebastião joaquim
  henrique caio paulo joana mariana inês catarina leonor matilde francisca filipa luísa
  patrícia cláudia fernanda juliana camila larissa letícia bruna aline adriana renata gabriela
  fátima helena

  piotr krzysztof andrzej tomasz paweł michał marcin jakub marek łukasz grzegorz mateusz
  wojciech mariusz dariusz zbigniew jerzy maciej rafał kamil józef janusz jacek stanisław
  tadeusz ryszard kazimierz sławomir przemysław bartosz szymon damian artur arkadiusz dawid
  patryk kacper zygmunt leszek bogdan henryk waldemar mirosław włodzimierz witold radosław
  bartłomiej mikołaj antoni franciszek aleksander małgorzata katarzyna agnieszka ewa krystyna
  elżbieta zofia joanna magdalena aleksandra karolina justyna beata dorota jolanta halina iwona
  danuta grażyna weronika zuzanna wiktoria agata sylwia urszula irena jadwiga kinga patrycja
  izabela emilia oliwia alicja

  jiří petr pavel jaroslav tomáš miroslav zdeněk františek václav michal milan vladimír lukáš
  ondřej stanislav ladislav radek vojtěch matěj libor luboš vítězslav dušan bohumil oldřich
  přemysl antonín štěpán patrik radim rostislav zbyněk vlastimil jindřich hana lenka kateřina
  věra alena jaroslava jitka tereza ludmila michaela zdeňka ivana jarmila zuzana jiřina markéta
  eliška barbora kristýna klára adéla natálie vlasta šárka radka pavla libuše milena romana
  denisa

  juha matti mikko jari antti jukka mika markku pekka hannu heikki seppo janne sami petri
  tuomas ville jani marko pasi risto jarmo jouni harri tapio kimmo teemu lauri olli eero aleksi
  joonas eetu juho veli tero erkki pentti raimo kalle ilkka jyrki arto osmo vesa tommi jussi
  onni väinö eino leevi tuukka veikko reijo kauko keijo mauri sakari tuomo jaakko aapo tuula
  ritva päivi pirjo sari minna tiina riitta leena marja eila sirpa merja tarja pirkko kaisa
  katja elina jenni susanna outi kirsi hilkka aino eeva helmi liisa maija noora annikki
  kristiina marjatta sanna sini suvi terhi venla emmi iida oona veera milla aada essi inka
  jaana mervi raija seija sinikka tuija mirja

  sigurður guðmundur ólafur kristján magnús stefán jóhann árni helgi halldór ragnar þórður
  sigríður guðrún kristín margrét helga sigrún ingibjörg jóhanna ragnheiður katrín bryndís
  hildur þóra

  mehmet mustafa ahmet hüseyin hasan ibrahim ismail osman yusuf murat ömer ramazan halil
  süleyman abdullah mahmut recep emre burak cem kemal serkan onur oğuz barış tolga tuncay selim
  volkan erkan gökhan hakan kaan kerem arda berk emir eren furkan yiğit mert umut cenk fatih
  orhan ozan sinan taner uğur yasin yılmaz fatma ayşe emine hatice zeynep elif meryem şerife
  zehra hanife merve esra büşra özlem derya ebru aylin selin ece defne sevgi songül gülşen
  hülya leyla melek nesrin seda sibel tuğba yasemin pınar dilek esin filiz gamze gizem irem
  kübra nazlı neslihan öykü şule tülay
`);

/**
 * Given names left out, in any spelling, because they are first a word of one of these languages
 * or of English, or a product's or a place's name, where the word written with a capital
 * (opening a sentence or a label, or beside a capitalised noun in German) would make ordinary text
 * a person: "Per" (a preposition: "per e-mail"), "Bo", "Till", "Tor" (a gate; the network), "Stein"
 * and "Sten" (a stone), "Dag" (a day), "Liv" (a life), "Gro", "Endre", "Ane", "Tage", "Vilde",
 * "Stig", "Finn", "Even", "Odd", "Tone", "Else", "Lone", "Bent", "Roar", "Rune", "Tore", "Urban",
 * "Saga", "Gun", "Siv", "Job", "Floor", "Jet", "Roos", "Frans" (Dutch for French), "Ernst" (im
 * Ernst), "Art" (Art und Weise), "Kai" (a quay), "Horst", "Hagen", "Iris", "Mark", "Will", "Jan"
 * (a month's abbreviation), "Hugo" (a site generator), "Luna", "Gale" (a publisher), "Maria" in
 * its plain spelling (MariaDB, "Maria databaserne"; "María" is listed), "Pascal" and "Claude"
 * (a language and an assistant), "Marine", "Aurora" (a database), "Gemma" (a model), "Siri",
 * Spanish, Italian and Portuguese names that are words (Rosa, Pilar, Dolores, Mercedes, Luz, Paz,
 * Gloria, Victoria, Vittoria, Esperanza, Soledad, Consuelo, Amparo, Alba, Marina, Bianca, Viola,
 * Gioia, Stella, Angelo, Ángel, Massimo, Domingo, Julio, Armando, Cruz, Graça, Conceição) and
 * places (Santiago, Salvador, Carolina, Sofia, Ginevra, Rosario, Milan). A spelling without diacritics
 * that is a word is left out too: "bård" gives "bard", "pål" "pal", "páll" "pall", "pär" "par",
 * "vít" "vit", "aleš" "ales", "gül" "gul". (Some of these, Stein, Ernst, Maria, Claude, are names
 * to compromise's lexicon and count as such anyway; leaving them out here adds nothing to them.)
 */
const wordsFirst = new Set(names(`
  per bo till tor stein sten dag liv gro endre ane tage vilde stig finn even odd tone else lone
  bent roar rune tore urban saga gun siv job floor jet roos frans ernst art kai horst hagen iris
  mark will jan hugo luna gale maria pascal claude marine aurora gemma siri rosa pilar dolores
  mercedes luz paz gloria victoria vittoria esperanza soledad consuelo amparo alba marina bianca
  viola gioia stella angelo ángel angel massimo domingo julio armando cruz graça conceição
  santiago salvador carolina sofia ginevra rosario milan bard pal pall par vit ales gul
`));

/** Letters a keyboard without them writes as two (Jürgen → Juergen, Søren → Soeren, Åse → Aase). */
const transcribed: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ø: 'oe', å: 'aa', æ: 'ae', ß: 'ss', þ: 'th', ð: 'd', ł: 'l', ı: 'i' };
/** The same letters as the nearest plain letter (Jürgen → Jurgen, Søren → Soren, Åse → Ase). */
const plain: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', þ: 'th', ð: 'd', ł: 'l', ı: 'i' };

/** `name` with its letters replaced from `table`, and every other mark taken off (é → e, ř → r). */
function withoutDiacritics(name: string, table: Record<string, string>): string {
  return withoutAccents([...name].map((letter) => table[letter] ?? letter).join(''));
}

const givenNameSet: ReadonlySet<string> = new Set(
  givenNames
    .flatMap((name) => [name.normalize('NFC'), withoutDiacritics(name, transcribed), withoutDiacritics(name, plain)])
    .filter((name) => !wordsFirst.has(name)),
);

/** The key a word is looked up by: lower case, composed, a Turkish dotted İ as i. */
function lookupKey(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/i\u0307/g, 'i');
}

/**
 * True when `word` (in any case, with or without its diacritics) is a common given name of one of
 * the languages above and not a word first: "Jürgen", "Juergen", "Søren", "Bjørn", "François",
 * "Małgorzata"; not "Per", "Stein", "Maria".
 */
export function isOtherLanguageGivenName(word: string): boolean {
  return givenNameSet.has(lookupKey(word));
}
