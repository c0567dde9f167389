/**
 * Pages a team keeps beside its incident reports that are no report: runbooks and playbooks (what
 * to do, not what happened), decision records, and, in a collection that keeps its reports in a
 * folder named for them, the pages of its documentation and change folders. apmurtha's homelab
 * (import round 47) keeps `incidents/` beside `runbooks/`, `docs/` and `changelog/`: each of its
 * 17 runbooks, notes and change records became a draft "postmortem". Each is passed over and said
 * on stderr, with why, so a page taken wrongly can be imported by name.
 */

/** A folder of instructions or decisions: `runbooks/`, `playbooks/`, `adr/`, `decisions/`. */
const instructionFolder = /(?:^|\/)(?:run-?books?|play-?books?|adrs?|decisions)\//i;
/** A page named as one (`runbook-restart-db.md`, `db-failover-playbook.md`, `0003-adr-…`). */
const instructionName = /(?:^|[-_ .])(?:run-?books?|play-?books?|adr)(?=[-_ .]|$)/i;
/** A day in a name (`2024-03-01-…`, `20240301`): a report about a runbook is named by its day. */
const dayInName = /(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/;

/** Why `name` (`/`-separated, relative to the folder imported) is a runbook, playbook or decision record; undefined when it may be a report. */
export function instructionPageReason(name: string): string | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (dayInName.test(base)) return undefined;
  if (instructionFolder.test(name) || instructionName.test(base.replace(/\.[^.]*$/, ''))) return 'a runbook, playbook or decision record (instructions, not an incident: by its name or folder)';
  return undefined;
}

/** A folder holding a team's reports, by its name. */
const reportFolder = /^(?:incidents?|incident[-_ ]?reports?|post-?mortems?|outages?|retros(?:pectives)?|rcas?|incident[-_ ]reviews?)$/i;
/** A folder of documentation, notes or planned changes. */
const documentationFolder = /^(?:docs?|documentation|guides?|notes|wiki|how-?to|procedures?|process(?:es)?|changelogs?|changes|change[-_ ]?records?|maintenances?)$/i;

/**
 * The pages among `names` (`/`-separated, each one that may be a report) that lie in a
 * documentation or change folder (`docs/`, `changelog/`, at any depth) of a collection that keeps
 * its reports in a folder named for them (`incidents/`, `postmortems/`, found among `filesUnder`,
 * every file imported from the folder), with why. None when no
 * folder is named for reports: then a `docs/` folder may be where the team keeps them.
 */
export function pagesBesideReportFolder(names: readonly string[], filesUnder: readonly string[] = names): { file: string; why: string }[] {
  const folders = (name: string) => name.split('/').slice(0, -1);
  // Named by any file in it: a catalogue of incidents kept as YAML is a folder of reports too.
  const reports = [...new Set(filesUnder.flatMap((name) => folders(name).filter((folder) => reportFolder.test(folder))))].sort();
  if (!reports.length) return [];
  return names.flatMap((name) => {
    const parts = folders(name);
    if (parts.some((folder) => reportFolder.test(folder))) return [];
    const documentation = parts.find((folder) => documentationFolder.test(folder));
    return documentation ? [{ file: name, why: `a page of the ${documentation}/ folder beside the reports in ${reports.map((folder) => `${folder}/`).join(', ')} (documentation or a planned change, not an incident)` }] : [];
  });
}

/**
 * True when data found in a folder (JSON, CSV, YAML the import reads as no incident) may still hold
 * one by where it lies or how it is named: in a folder named for reports, or named by a day
 * (`incidents/2025-agent-db-deletion.yaml`). A catalogue of incidents kept in a schema of its own
 * was passed over without a word; such files are said, the rest of a repository's data is not.
 */
export function dataMayHoldIncident(name: string): boolean {
  const parts = name.split('/');
  return parts.slice(0, -1).some((folder) => reportFolder.test(folder)) || dayInName.test(parts.at(-1)!) || /^(?:19|20)\d{2}-/.test(parts.at(-1)!);
}
