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

const departmentNouns = new Set(['moderation', 'support', 'security', 'engineering', 'operations', 'infrastructure', 'marketing', 'sales', 'legal', 'billing', 'compliance', 'administration', 'communications', 'comms', 'documentation', 'docs', 'research', 'staff', 'admins', 'moderators', 'maintainers', 'ops', 'devops', 'sre', 'helpdesk', 'partnerships', 'procurement', 'accounting', 'governance', 'leadership', 'management', 'trust', 'safety']);

/** Whether the guessed full name `text` is an organisation's name and a department's noun. */
export function isOrganisationDepartment(text: string): boolean {
  const words = text.replace(/['’]s$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  return departmentNouns.has(words.at(-1)!.toLowerCase()) && !words.slice(0, -1).some((w) => isKnownFirstName(w));
}
