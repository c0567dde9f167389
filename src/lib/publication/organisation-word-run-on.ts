/**
 * A word with an organisation's kind run on after its name (round 44 of false positives,
 * docs/redaction.md): `ethpandaops`, a testing team's account on a notes site and a code host.
 * Four letters or more, then `ops`, `labs`, `team`, `infra`, `hq`, `foundation`, `systems` or
 * `software`, the whole no word a dictionary knows (`cyclops`, `workshops` are words): people's
 * handles are names, initials and numbers, not a name and an organisation's kind. Since round 46
 * also `lab` ("Quarkslab", a security firm thanked in a password manager's incident post), and
 * read where a post thanks someone (person-patterns.ts). Since adoption round 51 also `cloud`
 * (`github.com/nextcloud`, a self-hosted suite's organisation, read "a solution like an engineer").
 */
import { isEnglishWord, isOrdinaryWord } from './people.ts';

export function hasOrganisationWordRunOn(account: string): boolean {
  const lower = account.toLowerCase();
  return /^[a-z]{4,}(?:ops|labs?|team|infra|hq|foundation|systems|software|cloud)$/.test(lower) && !isEnglishWord(lower) && !isOrdinaryWord(lower);
}
