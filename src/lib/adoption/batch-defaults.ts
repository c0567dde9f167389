import type { Vocabulary } from '../vocabulary.ts';

/**
 * The `--set FIELD=VALUE` options an adoption measurement gives `npm run fill`: the facts a team
 * decides for its whole batch (a starting severity, a service, the drafted day, what it knows of
 * the action items today, the trigger of the reports whose text states none), each replaced by an
 * override for the same field. The values are the first entries of the vocabularies, so that any
 * knowledge base's own vocabularies serve; `npm run fill` checks them as it checks a team's.
 */
export function batchFactSets(vocabulary: Pick<Vocabulary, 'services' | 'triggers'>, day: string, overrides: readonly string[]): { sets: string[] } | { problem: string } {
  const facts = new Map<string, string>([
    ['severity', 'SEV-3'],
    ['services', [...vocabulary.services.keys()][0] ?? ''],
    ['trigger', [...vocabulary.triggers.keys()][0] ?? ''],
    ['drafted', day],
    ['actionItems.status', 'open'],
  ]);
  for (const override of overrides) {
    const match = /^\s*([\w.]+)\s*=(.*)$/.exec(override);
    if (!match) return { problem: `--set ${override}: write FIELD=VALUE, e.g. --set severity=SEV-2.` };
    facts.set(match[1], match[2].trim());
  }
  const empty = [...facts].find(([, value]) => !value);
  if (empty) return { problem: `--set ${empty[0]}: has no value${empty[0] === 'services' || empty[0] === 'trigger' ? ` (the vocabulary of ${empty[0]} is empty)` : ''}; give one, e.g. --set ${empty[0]}=…` };
  return { sets: [...facts].map(([field, value]) => `${field}=${value}`) };
}
