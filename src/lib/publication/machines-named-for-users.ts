/**
 * A workstation or a laptop named after its user, as the setup wizards name them and logs write
 * them (since probe round 53): `DESKTOP-ANA`, `LAPTOP-KVORLANDER`, `ANA-PC`, `Tobiass-MacBook-Air`,
 * `anas-macbook-pro`, `hbrekkan-ThinkPad-T14`. The machine's name holds the person's: a given
 * name the lexicons know or a handle no dictionary knows. Windows' own default name is letters
 * and digits drawn at random (`DESKTOP-7QK2M1B`), which reads as neither; a role
 * (`DESKTOP-BUILD`) is an English word.
 */
import { isKnownFirstName, isOrdinaryWord } from './people.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';
import type { PatternMatch } from './person-patterns.ts';

/** Windows' names: the kind of machine, a hyphen, the user; or the user, a hyphen, the kind. */
const windowsName = /(?<![\p{L}\p{N}_.-])(?:(?:DESKTOP|LAPTOP|WORKSTATION|NOTEBOOK)-([A-Za-z]{3,15})|([A-Za-z]{3,15})-(?:PC|LAPTOP|DESKTOP|NOTEBOOK|LT|WS))(?![\p{L}\p{N}_-])/gu;
/** macOS's names: the user's name with "s", then the model (`Anas-MacBook-Pro`); Ubuntu's: the user, then the model (`ana-ThinkPad-T14`). */
const modelName = /(?<![\p{L}\p{N}_.-])([A-Za-z]{3,20}?)(?:s|'s)?-(?:MacBook(?:-Pro|-Air)?|iMac(?:-Pro)?|Mac-mini|Mac-Studio|ThinkPad|Latitude|XPS|Inspiron|ZenBook|Surface)(?:-[A-Za-z0-9]+)*(?![\p{L}\p{N}_])/giu;

/** Whether a word of a machine's name is a person's: a given name the lexicons know, or a personal handle. */
function personWord(word: string): boolean {
  const lower = word.toLowerCase();
  const titled = lower.charAt(0).toUpperCase() + lower.slice(1);
  return (isKnownFirstName(titled) && !isOrdinaryWord(lower)) || (lower.length >= 5 && isPersonalHandleValue(lower));
}

/** The machines of a line named after their users (the whole machine name, and where it stands). */
export function findMachinesNamedForUsers(line: string): PatternMatch[] {
  if (!line.includes('-')) return [];
  const found: PatternMatch[] = [];
  for (const m of line.matchAll(windowsName)) {
    if (personWord(m[1] ?? m[2])) found.push({ text: m[0], index: m.index, severity: 'error', why: "a workstation named after its user" });
  }
  for (const m of line.matchAll(modelName)) {
    const user = m[1].replace(/s$/i, '');
    if ((personWord(m[1]) || personWord(user)) && !found.some((f) => f.index === m.index)) found.push({ text: m[0], index: m.index, severity: 'error', why: "a laptop named after its user" });
  }
  return found;
}
