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
];

/** The prepositions after a participle ("revisado por", "validé par", "approved by", "geprüft von"), with or without a colon after them. */
const byWords = '(?:by|von|durch|an|por|par|à|da|door|aan|przez|av|af|til|till|to|a|para)';

/** The first letter of a label in either case. */
const anyCaseFirst = (label: string) => {
  const first = label.charAt(0);
  return `[${first}${first.toUpperCase()}]${label.slice(1)}`;
};

const labels = colonLabels.map(anyCaseFirst).join('|');
const emphasis = String.raw`(?:\*\*|__|\*|_)?`;
/** A label opening its line, or after a list's bullet, emphasis or a table's bar, then its colon or its preposition. */
const signOffLine = new RegExp(String.raw`(?:^|[|>]|[-*+][ \t])[ \t]*${emphasis}(?:${labels})(?:[ \t]+${byWords})?${emphasis}[ \t]*(?::|：)${emphasis}[ \t]*|(?:^|[|>]|[-*+][ \t])[ \t]*${emphasis}(?:${labels})[ \t]+${byWords}${emphasis}[ \t]+(?=@?\p{L})`, 'u');
const wholeLabel = new RegExp(String.raw`^(?:${labels})(?:[ \t]+${byWords})?$`, 'u');

/** Whether a table's header or a field's label is one of these labels ("Freigabe", "Revisado por", "Onaylayan"). */
export const isSignOffLabel = (text: string): boolean => wholeLabel.test(text.trim());

/** Where the names after a sign-off, review, copy or assignment label of `line` start, or -1. */
export function signOffNamesStart(line: string): number {
  const m = signOffLine.exec(line);
  return m ? m.index + m[0].length : -1;
}
