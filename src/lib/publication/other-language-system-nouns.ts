/**
 * A system named after its kind in German, French, Spanish, Portuguese, Dutch or Italian (since
 * probe round 33, docs/redaction.md, "Probe round 33: other languages"): "der Dienst
 * zahlungs-api", "die Warteschlange rechnungs-export", "la file factures-sortantes", "el servicio
 * cobros-api", "a fila pedidos-pendentes", "de dienst betaal-api". The English rules read a
 * compound after "the service" or "the queue"; these sentences put the article and the noun of
 * their own language before it, and their words (`zahlungs`, `factures`) are in no English
 * dictionary, so the English compound rules leave them.
 *
 * Read: an article, a noun naming a service, server, queue, database, cluster, node, bucket or
 * topic, then a lower-case identifier of two parts or more joined by hyphens or underscores.
 * Not read: a public term, a public tool's name opening it (`node-exporter`) or a name the team lists, one in a code span (the code-span rules judge
 * it), and one inside a path, host or address.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { opensWithPublicTool } from './workload-names.ts';
import type { NamedSystemMatch } from './named-systems.ts';
import { isInsideCodeSpan } from './open-code-span.ts';
import { isUnknownWord } from './other-language-people.ts';

const article = String.raw`der|die|das|den|dem|des|le|la|les|l['’]|el|los|las|o|a|os|as|de|het|il|lo|i|gli`;
const noun = String.raw`Dienst|Service|Server|Host|Warteschlange|Queue|Datenbank|Cluster|Knoten|Bucket|Topic|service|serveur|file|base|grappe|nœud|servicio|servidor|cola|clúster|nodo|serviço|fila|banco|dienst|server|wachtrij|databank|servizio|coda|bucket|topic|cluster|database|queue|Speicher|Cache|cache|stockage|magasin|base de données|base de datos|almacenamiento|caché|armazenamento|base de dados|archiviazione|database`;
/**
 * Nouns of languages that write no article (Polish, Czech) and Scandinavian nouns with the article
 * as their ending ("tjänsten", "køen"), read at a clause's start or after a preposition (probe
 * round 35): "Serwis rozliczenia-api przestał", "Služba platby-api neodpovídala", "Tjänsten betal-api".
 */
const articleFreeNoun = String.raw`[Ss]erwis|[Uu]sługa|[Kk]olejka|[Bb]aza(?: danych)?|[Kk]laster|[Ss]lužba|[Ff]ronta|[Dd]atabáze|[Kk]lastr|[Uu]zel|[Tt]jänsten|[Ss]ervern|[Kk]ön|[Dd]atabasen|[Kk]lustret|[Tt]jenesten|[Ss]erveren|[Kk]øen|[Kk]lyngen`;
const systemAfterArticleFreeNoun = new RegExp(String.raw`(?<![\p{L}])(?:${articleFreeNoun})[ \u00a0]+([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'gu');
/** Since probe round 41b: nouns of a machine ("la máquina", "der Rechner"), read with the single-word names below only. */
const machineNoun = String.raw`máquina|maquina|Rechner|Maschine|machine|macchina|servidor|serveur|Server|server|Host|host|nodo|nó|nœud|Knoten|cluster|clúster|Cluster|serviço|servicio|service|servizio|Dienst`;
/**
 * Since probe round 41b, a name of one word after the article and the noun: lower-case letters
 * and a number ("el servidor urdanbe02", "der Rechner hollerbach7"), or a capitalised word no
 * list knows after a Romance article ("O serviço Caravelim parou"). A German capitalised word is
 * a noun as often as a name, and a lower-case word with no number a verb as often ("el servidor
 * respondió"), so neither is read.
 */
/** The articles as they open a sentence too. */
const eitherCaseArticle = article.split('|').map((a) => `[${a[0].toUpperCase()}${a[0]}]${a.slice(1)}`).join('|');
const numberedNameAfterNoun = new RegExp(String.raw`(?<![\p{L}])(?:${eitherCaseArticle})[ \u00a0]*(?:${noun}|${machineNoun})[ \u00a0]+(\p{Ll}{3,}\d{1,3})(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'gu');
const romanceArticle = String.raw`[Oo]|[Aa]|[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Ll]o|do|da|no|na|del|al|du|au|dal|del|nel|sul|pelo|pela`;
const capitalisedNameAfterNoun = new RegExp(String.raw`(?<![\p{L}])(?:${romanceArticle})[ \u00a0]+(?:${machineNoun})[ \u00a0]+(\p{Lu}\p{Ll}{3,})(?![\p{L}\p{N}_\/:@=.-])`, 'gu');
const systemAfterNoun = new RegExp(String.raw`(?<![\p{L}])(?:${article})[ \u00a0]*(?:${noun})[ \u00a0]+([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'giu');

/** The systems a line of these languages names after an article and a system's noun. */
export function findOtherLanguageSystemNouns(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  for (const m of [...allMatches(systemAfterNoun, line), ...allMatches(systemAfterArticleFreeNoun, line), ...allMatches(numberedNameAfterNoun, line), ...allMatches(capitalisedNameAfterNoun, line).filter((c) => isUnknownWord(c[1]))]) {
    const name = m[1];
    const index = m.index! + m[0].length - name.length;
    if (isInsideCodeSpan(line, index) || found.some((f) => f.index === index)) continue;
    if (isPublicTerm(name) || opensWithPublicTool(name) || isPublicName(name)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index, why: 'a system named after its kind in another language' });
  }
  return found;
}
