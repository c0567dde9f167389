/**
 * An organisation's department written after its name (round 25 of false positives,
 * docs/redaction.md): "Let's see what Hachyderm Moderation sees in their report", "Acme Support
 * replied", "Zephyr Security published the advisory". A guess read the two capitalised words
 * acting as a full name; the second is a noun of a body's work that no one bears as a surname
 * ("Moderation", "Engineering", "Support", "Security"). A given name before it is read as before
 * ("Tove Support" may be a name written so, and is a guess still), and so is a surname that is a
 * word ("Tove Marshal").
 */
import { isKnownFirstName } from './people.ts';
import { isOtherLanguageGivenName } from './other-language-given-names.ts';

const departmentNouns = new Set(['moderation', 'support', 'security', 'engineering', 'operations', 'infrastructure', 'marketing', 'sales', 'legal', 'billing', 'compliance', 'administration', 'communications', 'comms', 'documentation', 'docs', 'research', 'staff', 'admins', 'moderators', 'maintainers', 'ops', 'devops', 'sre', 'helpdesk', 'partnerships', 'procurement', 'accounting', 'governance', 'leadership', 'management', 'trust', 'safety']);

/** Whether the guessed full name `text` is an organisation's name and a department's noun. */
export function isOrganisationDepartment(text: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return departmentNouns.has(words.at(-1)!.toLowerCase()) && !words.slice(0, -1).some((w) => isKnownFirstName(w));
}

/**
 * A body's noun of Spanish, Portuguese, French, Italian or German opening a name with a particle
 * ("Equipo de Plataforma", "Grupo de Sistemas", "Équipe de Production", "Servizio di Rete";
 * false positives round 42, docs/redaction.md): the guard read "Equipo de Plataforma" on a Spanish
 * report's owner line as a given name, a particle and a surname. Those languages name a team, a
 * department or a service by the body's noun, "de"/"di" and what it does; no given name of the
 * lists is one of these nouns, so a person written the same way ("Lucía de Arvelo") is still found.
 */
const bodyNouns = new Set(['equipo', 'equipos', 'equipe', 'équipe', 'grupo', 'groupe', 'gruppo', 'servicio', 'servicios', 'serviço', 'serviços', 'service', 'servizio', 'departamento', 'département', 'dipartimento', 'área', 'unidad', 'unidade', 'unité', 'unità', 'oficina', 'sección', 'secção', 'dirección', 'direção', 'direction', 'direzione', 'coordinación', 'coordenação', 'comité', 'comisión', 'centro', 'abteilung']);

/** Whether `word`, the first of a name with particles, is a body's noun (see above). */
export const isBodyNounOpeningName = (word: string): boolean => bodyNouns.has(word.toLowerCase());

/**
 * Words after a body's noun and its particle ("IFCA Servicio de Computación Avanzada", a research
 * centre's signature; round 44 of false positives): the round-42 rule let "Servicio de Computación
 * Avanzada" go, and then "Computación Avanzada" alone was a guessed full name. What follows a
 * capitalised "<body's noun> de", the body's own name, is its work, unless it opens with a given
 * name: "El equipo de Amaia" (a person's team) and "Lucía de Arvelo" are still found.
 */
export function followsBodyNounAndParticle(line: string, index: number, text: string): boolean {
  const m = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*)\s+(?:de|di|da|do|du|del|della|des|dos|das|de\s+la|de\s+los|de\s+las)\s+$/u.exec(line.slice(0, index));
  return m !== null && isBodyNounOpeningName(m[1]) && !isKnownFirstName(text.split(/\s+/)[0]) && !isOtherLanguageGivenName(text.split(/\s+/)[0]);
}
