import { isKnownFirstName } from './people.ts';

/**
 * The name Windows' setup gives a machine when no one names it: `DESKTOP-` and seven letters and
 * digits drawn at random (`DESKTOP-7Q2K9LM`), `LAPTOP-` and eight on some makers' images,
 * `WIN-` and eleven on a server. Decided in false positives round 54: such a name is no person's
 * and no system's a team named; it tells a reader nothing, and it was an identifier-shaped finding
 * with nothing to redact ("The host  lost its lease." on the public page). Fail closed where the
 * random part could hold a name: a run of four letters or more (`DESKTOP-ANAK202`), three that
 * are a given name the lexicons know (`DESKTOP-1ANA234`), or fewer than two digits
 * (`DESKTOP-BUILDQA`). A machine named after its user stays a person's (machines-named-for-users.ts).
 */
const generatedName = /^(?:DESKTOP-([A-Z\d]{7})|LAPTOP-([A-Z\d]{8})|WIN-([A-Z\d]{11}))$/;

export function isWindowsGeneratedName(name: string): boolean {
  const random = generatedName.exec(name)?.slice(1).find(Boolean);
  if (!random || (random.match(/\d/g)?.length ?? 0) < 2) return false;
  const letterRuns = random.match(/[A-Z]+/g) ?? [];
  return letterRuns.every((run) => run.length < 4 && !(run.length === 3 && isKnownFirstName(run.charAt(0) + run.slice(1).toLowerCase())));
}
