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

const article = String.raw`der|die|das|den|dem|des|le|la|les|l['’]|el|los|las|o|a|os|as|de|het|il|lo|i|gli`;
const noun = String.raw`Dienst|Service|Server|Host|Warteschlange|Queue|Datenbank|Cluster|Knoten|Bucket|Topic|service|serveur|file|base|grappe|nœud|servicio|servidor|cola|clúster|nodo|serviço|fila|banco|dienst|server|wachtrij|databank|servizio|coda|bucket|topic|cluster|database|queue|Speicher|Cache|cache|stockage|magasin|base de données|base de datos|almacenamiento|caché|armazenamento|base de dados|archiviazione|database`;
/**
 * Nouns of languages that write no article (Polish, Czech) and Scandinavian nouns with the article
 * as their ending ("tjänsten", "køen"), read at a clause's start or after a preposition (probe
 * round 35): "Serwis rozliczenia-api przestał", "Služba platby-api neodpovídala", "Tjänsten betal-api".
 */
const articleFreeNoun = String.raw`[Ss]erwis|[Uu]sługa|[Kk]olejka|[Bb]aza(?: danych)?|[Kk]laster|[Ss]lužba|[Ff]ronta|[Dd]atabáze|[Kk]lastr|[Uu]zel|[Tt]jänsten|[Ss]ervern|[Kk]ön|[Dd]atabasen|[Kk]lustret|[Tt]jenesten|[Ss]erveren|[Kk]øen|[Kk]lyngen`;
const systemAfterArticleFreeNoun = new RegExp(String.raw`(?<![\p{L}])(?:${articleFreeNoun})[ \u00a0]+([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'gu');
const systemAfterNoun = new RegExp(String.raw`(?<![\p{L}])(?:${article})[ \u00a0]*(?:${noun})[ \u00a0]+([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)(?![\p{L}\p{N}_\/:@=-]|\.[\p{L}\p{N}])`, 'giu');

/** The systems a line of these languages names after an article and a system's noun. */
export function findOtherLanguageSystemNouns(line: string, isPublicName: (text: string) => boolean): NamedSystemMatch[] {
  const found: NamedSystemMatch[] = [];
  for (const m of [...allMatches(systemAfterNoun, line), ...allMatches(systemAfterArticleFreeNoun, line)]) {
    const name = m[1];
    const index = m.index! + m[0].length - name.length;
    if (isInsideCodeSpan(line, index)) continue;
    if (isPublicTerm(name) || opensWithPublicTool(name) || isPublicName(name)) continue;
    found.push({ rule: 'redact/internal-name', text: name, index, why: 'a system named after its kind in another language' });
  }
  return found;
}
