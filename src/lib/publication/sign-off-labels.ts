/**
 * The labels of who signed off, reviewed, approved, was assigned or was copied, in English and the
 * other languages of the reports (probe round 51, docs/redaction.md): "Freigabe: Kollmanner",
 * "Revisado por: Ulloquin", "Validé par Gwenolé Kervarec", "Goedgekeurd door: Hendrikszoon",
 * "Zatwierdził: Wojtaszczyk", "Onaylayan: Kıvrakoğlu", "Bearbeiter: tvellacott", "En copie :
 * Kervarec et Le Brizennec". The English list of people's labels (`peopleContext` of
 * person-patterns.ts) is read with `\b`, which no letter outside ASCII ends, and knew none of these
 * words; the chat-line rule read a one-word label as a speaker ("Freigabe", "Revisore") and
 * published the name after it. A label that is a participle and its preposition ("… par", "… by",
 * "… door") needs no colon: the name follows it as in a sentence.
 */
import { isWesternFunctionWord } from './other-languages.ts';

/** Labels written before a colon (or, in a table's header, alone). Lower case: the first letter is read in either case. */
const colonLabels = [
  // English
  'sign-off', 'sign off', 'signoff', 'signed off', 'approvers?', 'approval', 'reviewers?', 'cc', 'bcc', 'copied', 'assignees?',
  // German
  'freigabe', 'freigegeben', 'genehmigt', 'geprüft', 'prüfer(?:in)?', 'gegengelesen', 'bearbeiter(?:in)?', 'kopie', 'in kopie', 'zugewiesen',
  // Spanish, Portuguese
  'revisor(?:a)?', 'aprobador(?:a)?', 'aprovador(?:a)?', 'revisado', 'revisto', 'aprobado', 'aprovado', 'validado', 'asignado', 'atribuído', 'con copia', 'copia', 'com cópia', 'em cópia', 'cópia',
  // French
  'validé(?:e)?', 'relu(?:e)?', 'relecteur', 'relectrice', 'valideur', 'validatrice', 'approuvé(?:e)?', 'vérifié(?:e)?', 'en copie', 'copie', 'assigné(?:e)?', 'attribué(?:e)?',
  // Italian
  'revisore', 'revisori', 'revisionato', 'approvato', 'verificato', 'assegnato', 'in copia',
  // Dutch
  'goedgekeurd', 'beoordeeld', 'gecontroleerd', 'nagekeken', 'toegewezen', 'beoordelaar', 'in kopie',
  // Polish
  'zatwierdził(?:a)?', 'zatwierdzone', 'sprawdził(?:a)?', 'recenzent(?:ka)?', 'przypisane', 'do wiadomości',
  // Swedish, Danish, Norwegian
  'granskad', 'granskare', 'godkänd', 'tilldelad', 'godkendt', 'godkjent', 'kopia', 'kopi',
  // Turkish
  'onaylayan', 'inceleyen', 'gözden geçiren', 'atanan',
  // Russian
  'согласовано', 'утвердил(?:а)?', 'утверждено', 'проверил(?:а)?', 'рецензент', 'исполнитель', 'копия',
  // Since probe round 52, who is on call or was handed the pager: "Guardia: Ulloquin", "Astreinte :
  // Kervarec", "Reperibile: Brambillo", "Plantão: Tavarnes", "Dienstdoende: Hendrikszoon",
  // "Ответственный: Вельмаров" (the chat-line rule read each label as a speaker).
  'guardia', 'de guardia', 'astreinte', 'd[\'’]astreinte', 'reperibile', 'reperibilità', 'plantão', 'plantonista', 'sobreaviso',
  'dienstdoende', 'piket', 'bereitschaft', 'rufbereitschaft', 'dyżur(?:ny|na|ni)?', 'jour', 'beredskap', 'vakt', 'nöbetçi',
  'дежурн(?:ый|ая|ые)', 'ответственн(?:ый|ая|ые)',
  // Since probe round 53, a calendar invite's organiser ("Organizador: Ulloquin", "Organisateur :
  // Kervarec", "Organisator: Hendrikszoon"; the chat-line rule read the label as a speaker), and a
  // review approved by someone, as Spanish and Portuguese reports write it ("Revisión aprobada por
  // kvorlander").
  'organizador(?:a)?', 'organisateur', 'organisatrice', 'organisator', 'organizzatore', 'organizzatrice', 'organizator(?:ka)?', 'arrangör',
  'revisión aprobada', 'revisão aprovada', 'revisione approvata', 'révision approuvée',
  // Since probe round 54, a page acknowledged by someone or escalated to someone, as paging tools
  // write it in their translations ("Acquitté par Kervarec", "Escalado a Ulloquin", "Geëscaleerd
  // naar Hendrikszoon", "Preso in carico da Bellandri"), and a ticket's reporter ("Rapporteur :
  // Le Brizennec"): each name was published.
  'acquitté(?:e)?', 'pris(?:e)? en charge', 'escaladé(?:e)?', 'rapporteur', 'rapporteuse',
  'reconocid[oa]', 'escalad[oa]', 'atendid[oa]', 'informador(?:a)?',
  'reconhecid[oa]', 'escalonad[oa]', 'assumid[oa]', 'relator(?:a)?',
  'bevestigd', 'geëscaleerd', 'opgepakt', 'melder',
  'pres[oa] in carico', 'escalat[oa]', 'riconosciut[oa]', 'segnalat[oa]',
  'quittiert', 'eskaliert', 'übernommen',
  // Since probe round 55, who attended a meeting, as minutes and calendar invites write it in the
  // reports' languages ("Asistentes: María de la Orvena", "Aanwezig: Femke Oudshaal"), and an
  // invite's required and optional attendees ("Required: Saoirse Quillane; Ilka Marovšek": the
  // name after the semicolon was published). Not German's "Teilnehmer:": measured on a German
  // handbook, its lists hold groups ("Alle Projektbeteiligten") and the line after a hard break
  // joined them ("Dauer: 30 Minuten"), each then found as a name and carried through the post.
  'asistentes', 'participantes', 'presentes', 'partecipanti', 'presenti',
  'aanwezig(?:en)?', 'deelnemers', 'uczestnicy', 'obecni', 'deltagare', 'deltagere', 'närvarande', 'katılımcılar',
  'участники', 'присутствовали',
  'required(?: attendees)?', 'optional(?: attendees)?',
];

/** The prepositions after a participle ("revisado por", "validé par", "approved by", "geprüft von", and since probe round 54 "geëscaleerd naar"), with or without a colon after them. */
const byWords = '(?:by|von|durch|an|por|par|à|da|door|aan|naar|przez|av|af|til|till|to|a|para)';

/** The first letter of a label in either case. */
const anyCaseFirst = (label: string) => {
  const first = label.charAt(0);
  return `[${first}${first.toUpperCase()}]${label.slice(1)}`;
};

const labels = colonLabels.map(anyCaseFirst).join('|');
const emphasis = String.raw`(?:\*\*|__|\*|_)?`;
/**
 * Where a label opens: its line, or after a list's bullet, a quote's mark or a table's bar, and
 * since probe round 52 after a clause's comma or semicolon ("Danke an Hollberger, Freigabe:
 * Brandtmeier", "Merci à Kervarec ; validé par Le Brizennec": the thanks rule read the label as
 * a second thanked name and the name after it was published).
 */
// Since probe round 54 also after a time opening the line or its list item, as timelines write
// their entries (`- 10:14 Acquitté par Kervarec`, and a public timeline event, which the scan reads
// so: the name was published).
const labelOpening = String.raw`(?:^|[|>]|[-*+][ \t]|[,;])(?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:UTC|Z))?[ \t]+)?`;
/** A label at one of those places, then its colon or its preposition. */
const signOffLine = new RegExp(String.raw`${labelOpening}[ \t]*${emphasis}(?:${labels})(?:[ \t]+${byWords})?${emphasis}[ \t]*(?::|：)${emphasis}[ \t]*|${labelOpening}[ \t]*${emphasis}(?:${labels})[ \t]+${byWords}${emphasis}[ \t]+(?=@?\p{L})`, 'u');
const wholeLabel = new RegExp(String.raw`^(?:${labels})(?:[ \t]+${byWords})?$`, 'u');

/** Whether a table's header or a field's label is one of these labels ("Freigabe", "Revisado por", "Onaylayan"). */
export const isSignOffLabel = (text: string): boolean => wholeLabel.test(text.trim());

/** Where the names after a sign-off, review, copy or assignment label of `line` start, or -1. */
export function signOffNamesStart(line: string): number {
  const m = signOffLine.exec(line);
  return m ? m.index + m[0].length : -1;
}

/** Words that join the names of a list in the reports' languages ("Kervarec et Le Brizennec"). */
const joiningWords = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'e', 'o', 'en', 'of', 'i', 'och', 'og', 've', 'и']);

/**
 * Whether the word at `index` of `line`, found after the label whose names start at `start`, is a
 * word of the sentence the list turned into, not a name (probe round 52: "Astreinte : Kervarec,
 * puis Le Brizennec à partir de 20 h." found "puis" and "partir"): it stands after a function word
 * of another language that joins no names ("à", "de"), or it is a lower-case word before a
 * capitalised one or such a function word with a space between ("puis Le Brizennec", "puis la
 * direction"), as a handle of a list is not.
 */
export function isSentenceWordAfterSignOff(line: string, start: number, index: number, word: string): boolean {
  const between = line.slice(start, index).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (between.some((w) => !joiningWords.has(w) && isWesternFunctionWord(w))) return true;
  // A word of letters alone before a number of one or two digits is a noun counted or ranked, and
  // what follows it is of the same sentence ("Escalado a nivel 2 tras 15 minutos", "Eskaliert an
  // Stufe 2", probe round 54: the paging labels found "nivel", "tras", "minutos" and "Stufe"); a
  // name is followed by a date or a time in these lines (`2026-03-02`, `03:14`, `2. März`), not so.
  const smallNumber = String.raw` \d{1,2}(?![\d:.\/-])`;
  if (/^\p{L}+$/u.test(word) && new RegExp(`^${smallNumber}`).test(line.slice(index + word.length))) return true;
  if (new RegExp(String.raw`(?:^|\s)\p{L}{2,}${smallNumber}`, 'u').test(line.slice(start, index))) return true;
  // A short word in lower case before a time is its preposition ("Bellandri alle 03:14", "um 03:14").
  if (/^\p{Ll}{1,4}$/u.test(word) && /^ \d{1,2}[:.h]\d{2}/.test(line.slice(index + word.length))) return true;
  const after = /^ (\p{L}+)( \d)?/u.exec(line.slice(index + word.length));
  const next = after?.[1];
  // A function word before a number opens the date after the names ("aprobada por kvorlander el 2
  // de marzo", probe round 53), not a sentence the handle is a word of.
  const beforeDate = !!after?.[2];
  return /^\p{Ll}/u.test(word) && !!next && (/^\p{Lu}/u.test(next) || (!beforeDate && !joiningWords.has(next.toLowerCase()) && isWesternFunctionWord(next)));
}
