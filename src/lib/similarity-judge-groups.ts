/**
 * Similar-incident judgements written by a reader, not by a collection's authors (round 61): a
 * groups file puts reports into groups of the same failure, and each report takes its group as its
 * one tag, so `judgementsBySharedTags` judges an anchor similar to the rest of its group. Where a
 * collection has no tags of its own (a log cut into incidents, a template without a components
 * field) this is the only judgement there is; the file is kept with the set, outside the
 * repository, so that another reader can disagree with it line by line.
 *
 * A group is either a list of ids (read and placed one by one) or title patterns with the ids
 * taken out after reading (`{"titles": ["..."], "out": ["id"]}`), as round 44's Wynton +
 * Schullogin groups were. A report joins the first group, in the file's order, that names it or
 * whose pattern its title matches; a group's listed ids come before every group's patterns, so a
 * report moved by hand is never claimed by an earlier pattern.
 */

export type JudgeGroup = string[] | { titles?: string[]; out?: string[]; ids?: string[] };

export interface GroupedReport { id: string; title: string; tags: string[] }

/** Thrown with the file, the group and what to change, for a groups file that cannot be read as one. */
export class JudgeGroupsError extends Error {}

function patternsOf(file: string, name: string, group: JudgeGroup): RegExp[] {
  if (Array.isArray(group)) return [];
  return (group.titles ?? []).map((source) => {
    try {
      return new RegExp(source, 'iu');
    } catch (error) {
      throw new JudgeGroupsError(`${file}: group "${name}": the title pattern ${JSON.stringify(source)} is no regular expression (${(error as Error).message}); write it as JavaScript reads one.`);
    }
  });
}

const idsOf = (group: JudgeGroup) => (Array.isArray(group) ? group : group.ids ?? []);

/**
 * The reports with their tags replaced by their group (one tag, or none for a report no group
 * takes: a distractor no anchor is judged similar to). Unknown ids are mistakes of the file, named.
 */
export function tagsFromJudgeGroups<T extends GroupedReport>(reports: T[], groups: Record<string, JudgeGroup>, file: string): T[] {
  const known = new Set(reports.map((report) => report.id));
  const listed = new Map<string, string>();
  const excluded = new Set<string>();
  const byPattern: { name: string; patterns: RegExp[] }[] = [];
  for (const [name, group] of Object.entries(groups)) {
    if (!Array.isArray(group) && (typeof group !== 'object' || group === null)) {
      throw new JudgeGroupsError(`${file}: group "${name}" is neither a list of ids nor {"titles": [...], "out": [...]}; write one of the two.`);
    }
    for (const id of [...idsOf(group), ...(Array.isArray(group) ? [] : group.out ?? [])]) {
      if (!known.has(id)) throw new JudgeGroupsError(`${file}: group "${name}" names "${id}", which no report of the set has; correct the id or take it out.`);
    }
    for (const id of idsOf(group)) {
      const earlier = listed.get(id);
      if (earlier !== undefined && earlier !== name) throw new JudgeGroupsError(`${file}: "${id}" is listed in both "${earlier}" and "${name}"; keep it in one.`);
      listed.set(id, name);
    }
    if (!Array.isArray(group)) for (const id of group.out ?? []) excluded.add(`${name}\u0000${id}`);
    byPattern.push({ name, patterns: patternsOf(file, name, group) });
  }
  return reports.map((report) => {
    const byList = listed.get(report.id);
    const byTitle = byList ?? byPattern.find(({ name, patterns }) => !excluded.has(`${name}\u0000${report.id}`) && patterns.some((pattern) => pattern.test(report.title)))?.name;
    return { ...report, tags: byTitle === undefined ? [] : [byTitle] };
  });
}
