/**
 * Rankings with the reports no judgement speaks of taken out: "condensed lists" (Sakai, SIGIR
 * 2007), the usual reading of a ranking against incomplete judgements. A judgement set built from
 * its authors' tags (build-similarity-sets.ts) judges only the reports that carry a tag; a report
 * its authors left untagged is neither right nor wrong for any anchor, yet scored as it stands it
 * counts as a miss wherever it is linked. icco's set leaves 77 of its 242 reports untagged (many a
 * few lines summarising a well-known outage), and the site's top fives of its 39 anchors held them
 * 45 times against plain TF-IDF's 22 (docs/findability.md, round 60): read condensed, that
 * difference is no longer counted against either model. Each list keeps its order; `depth` cuts it after the taking out. Pure.
 */
export function condensedRankings(
  ranked: ReadonlyMap<string, readonly string[]>,
  isJudged: (id: string) => boolean,
  depth = 10,
): Map<string, string[]> {
  const condensed = new Map<string, string[]>();
  for (const [id, list] of ranked) condensed.set(id, list.filter(isJudged).slice(0, depth));
  return condensed;
}
