import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord, isKnownFirstName } from './people.ts';

/**
 * Labels before a colon that give a program's voice, not a person's (round 62 of false positives,
 * docs/redaction.md). A chat line's speaker is someone; these lines have the same shape:
 *
 * - a library's prefix of a kernel or daemon log (`03:08:25  libceph: mon2 socket closed`, a
 *   homelab's investigation of a storage outage): `lib` and a public term or an English word, by
 *   the Unix convention for a library's name. A given name that opens with the letters ("Libby:
 *   on it") stays a speaker, and so does `libtovem` (no public term after `lib`);
 * - the roles of a transcript of a search box, an assistant or a support bot in another language
 *   ("Usuario: \"envíos pendientes\"", "Sistema: busca …", "Resultado: 2 resultados" in a Spanish
 *   post's code block): the words for user, system, assistant, bot, result, answer, question,
 *   query, customer, agent and server in Spanish, Portuguese, French, German, Italian and Dutch.
 *   English has its own ("User:", "System:") in its dictionary already.
 */
export function isSystemVoiceLabel(word: string): boolean {
  return isLibraryPrefix(word) || transcriptRoles.has(word.toLowerCase());
}

const libraryName = /^lib([a-z][a-z0-9]{1,30})$/;

function isLibraryPrefix(word: string): boolean {
  const rest = libraryName.exec(word)?.[1];
  return rest !== undefined && !isKnownFirstName(word) && (isPublicTerm(rest) || isEnglishWord(rest));
}

const transcriptRoles = new Set([
  // Spanish
  'usuario', 'sistema', 'asistente', 'resultado', 'respuesta', 'pregunta', 'consulta', 'cliente', 'agente', 'servidor',
  // Portuguese
  'usuário', 'utilizador', 'assistente', 'resposta', 'cliente', 'servidor',
  // French
  'utilisateur', 'système', 'résultat', 'réponse', 'requête', 'serveur',
  // German
  'benutzer', 'nutzer', 'assistent', 'ergebnis', 'antwort', 'anfrage', 'kunde',
  // Italian
  'utente', 'risultato', 'risposta', 'domanda',
  // Dutch
  'gebruiker', 'systeem', 'resultaat', 'antwoord', 'vraag', 'klant',
]);
