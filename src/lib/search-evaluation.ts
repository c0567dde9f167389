import { findClosestMatch } from './closest-match.ts';

/** One query of `npm run eval:search`'s file. */
export interface EvaluationQuery {
  query: string;
  expect?: string[];
}

/**
 * Why the queries file cannot be scored against these postmortems, or undefined. An expected id
 * that no published postmortem has (a typo, a draft) can never be found: it was counted as a miss,
 * and the score measured the file's mistake instead of the search.
 */
export function expectedIdProblem(queries: readonly EvaluationQuery[], publishedIds: ReadonlySet<string>, allIds: ReadonlySet<string>): string | undefined {
  for (const [index, q] of queries.entries()) {
    for (const id of q.expect ?? []) {
      if (publishedIds.has(id)) continue;
      const why = allIds.has(id) ? 'a postmortem that is not published (the search index holds published ones only)' : 'no postmortem';
      const suggestion = allIds.has(id) ? undefined : findClosestMatch(id, [...publishedIds]);
      return `query ${index + 1} ("${q.query}") expects "${id}", which is ${why}, so it could never be found.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Fix the id, or give --content the folder it is in.`;
    }
  }
  return undefined;
}
