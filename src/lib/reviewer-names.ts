/**
 * `reviewers` lists roles and team handles ("@acme/checkout", "SRE reviewer", "VP Engineering"),
 * not people: the schema says so, `npm run review` matches it against the owning teams' handles
 * and CODEOWNERS, and the record outlives who held the role. `reviewers: ["Alice Smith"]` passed.
 */

/** Words of roles and teams: a reviewer holding one is a role ("Security Lead"), not a name. */
const roleWords = new Set([
  'lead', 'leads', 'manager', 'engineer', 'engineering', 'engineers', 'officer', 'director', 'head', 'reviewer', 'reviewers',
  'team', 'owner', 'owners', 'architect', 'counsel', 'president', 'vp', 'cto', 'ceo', 'ciso', 'cio', 'sre', 'security',
  'support', 'operations', 'ops', 'reliability', 'platform', 'database', 'finance', 'customer', 'legal', 'privacy',
  'product', 'commander', 'responder', 'on-call', 'oncall', 'chief', 'principal', 'staff', 'senior', 'board', 'committee',
  'compliance', 'risk', 'audit', 'data', 'protection', 'infrastructure', 'network', 'networking', 'systems', 'service',
  'services', 'desk', 'group', 'council', 'office', 'incident', 'incidents', 'manager', 'coordinator', 'analyst', 'sales',
]);

/** Two or three capitalised words ("Alice Smith", "Mary-Jane O'Neil"): the shape of a person's name. */
const nameShape = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$/u;

export interface ReviewerPerson {
  index: number;
  reviewer: string;
  /** Where the name is known from ("a member of the team checkout in teams.yaml"), or undefined for a guess from its shape. */
  knownAs?: string;
}

/**
 * The reviewers that name a person: those listed as a team's member or in `redaction.people`
 * (any letter case), and, as a guess, those shaped like a full name with no word of a role.
 */
export function findReviewerPeople(
  reviewers: readonly string[],
  members: ReadonlyMap<string, readonly string[]>,
  people: readonly string[] = [],
): ReviewerPerson[] {
  const known = new Map<string, string>();
  for (const name of people) known.set(name.trim().toLowerCase(), 'listed in redaction.people (site.config.ts)');
  for (const [team, names] of members) for (const name of names) if (!known.has(name.trim().toLowerCase())) known.set(name.trim().toLowerCase(), `a member of the team ${team} in teams.yaml`);
  const found: ReviewerPerson[] = [];
  reviewers.forEach((reviewer, index) => {
    const text = reviewer.trim();
    const knownAs = known.get(text.toLowerCase());
    if (knownAs) found.push({ index, reviewer, knownAs });
    else if (nameShape.test(text) && !text.toLowerCase().split(/\s+/).some((word) => roleWords.has(word))) found.push({ index, reviewer });
  });
  return found;
}
