/**
 * Pages a team keeps beside its incident reports that are no report: runbooks and playbooks (what
 * to do, not what happened), decision records, and, in a collection that keeps its reports in a
 * folder named for them, the pages of its documentation and change folders. apmurtha's homelab
 * (import round 47) keeps `incidents/` beside `runbooks/`, `docs/` and `changelog/`: each of its
 * 17 runbooks, notes and change records became a draft "postmortem". Each is passed over and said
 * on stderr, with why, so a page taken wrongly can be imported by name.
 */

/** A folder of decision records, named so whatever their pages' names (`adr/`, `decisions/`, `architecture-decisions/`). */
const decisionFolder = /(?:^|\/)(?:adrs?|decisions|architecture[-_ ]decisions?(?:[-_ ]records?)?)\//i;
/** A folder of instructions or decisions: `runbooks/`, `playbooks/`, `adr/`, `decisions/`. */
const instructionFolder = /(?:^|\/)(?:run-?books?|play-?books?|adrs?|decisions)\//i;
/**
 * A page named as one (`runbook-restart-db.md`, `db-failover-playbook.md`, `0003-adr-…`), or as a
 * procedure (`PROC_Installation-proxmox.md`, `procedure-backup.md`: a French homelab's 40 how-to
 * pages, import round 56).
 */
const instructionName = /(?:^|[-_ .])(?:run-?books?|play-?books?|adr|proc|proc[ée]dures?)(?=[-_ .]|$)/i;
/**
 * A troubleshooting guide: a page named for it (`01-pod-troubleshooting.md`, `dns-trouble-shooting.md`)
 * or under a folder so named (`troubleshooting/`, `topic-structural-trouble-shooting/`). How to
 * diagnose a kind of failure, not what happened once: a Chinese Kubernetes knowledge base's 40
 * such chapters were drafts (import round 56). A report of one is named by its day (below).
 */
const troubleshootingName = /(?:^|[-_ .])trouble-?shoot(?:ing)?(?=[-_ .]|$)/i;
const troubleshootingFolder = /(?:^|[-_/])trouble-?shooting(?:[-_ ][^/]*)?\//i;
/** A day in a name (`2024-03-01-…`, `20240301`): a report about a runbook is named by its day. */
const dayInName = /(?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d/;

/**
 * A chaos experiment's pages: its plan, prerequisites and output (`exp.md`, `prereq.md`,
 * `exp-output.md`, `GameDay-Chaos-sample-exp.md`), or any page under a folder named for chaos
 * experiments (`Module-Chaos-EKS/`, `chaos-experiments/`). A failure caused on purpose to learn
 * from is no incident: chaos-aws' 13 write-ups were drafts (import round 48, left; round 49).
 */
const experimentName = /(?:^|[-_ .])(?:exp|experiments?|prereqs?|pre-?requisites?)(?=[-_ .]|$)/i;
const experimentFolder = /(?:^|[-_/])chaos(?:[-_ ][^/]*)?\/|(?:^|\/)(?:experiments|game-?days?)\//i;
/**
 * A feature's specification as GitHub's Spec Kit keeps it: `specs/001-feature-name/` holding
 * `spec.md`, `plan.md`, `research.md`, `data-model.md`, `tasks.md`, `quickstart.md`, checklists and
 * contracts. A status monitor's `research.md` and `data-model.md` were drafts (import round 53).
 */
const specKitFolder = /(?:^|\/)specs\/\d{3}-[^/]+\//i;
/** A site's or collection's page about itself (`about.md`, `faq.md`, `glossary.md`): no incident. */
const aboutPage = /^(?:about(?:[-_ ]us)?|faq|glossary|contributors?|credits|help|contribute)$/i;

/** Why `name` (`/`-separated, relative to the folder imported) is a runbook, playbook or decision record, a troubleshooting guide, an experiment's page or a page about the site; undefined when it may be a report. */
export function instructionPageReason(name: string): string | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  // Decision records are dated as reports are (`decisions/2025-11-13-filebrowser-vs-nextcloud.md`,
  // titled "ADR-001 : …": a team's wiki's two were drafts, adoption round 59): their folder says what they are.
  if (decisionFolder.test(name)) return 'a runbook, playbook or decision record (instructions, not an incident: by its name or folder)';
  if (dayInName.test(base)) return undefined;
  const stem = base.replace(/\.[^.]*$/, '');
  if (instructionFolder.test(name) || instructionName.test(stem)) return 'a runbook, playbook or decision record (instructions, not an incident: by its name or folder)';
  if (troubleshootingFolder.test(name) || troubleshootingName.test(stem)) return 'a troubleshooting guide (how to diagnose a kind of failure, not an incident: by its name or folder)';
  if (experimentFolder.test(name) || experimentName.test(stem)) return 'a chaos experiment\'s plan, prerequisites or output (a failure caused on purpose, not an incident: by its name or folder)';
  if (specKitFolder.test(name)) return 'a feature\'s specification (Spec Kit\'s `specs/NNN-feature/`: its spec, plan, research, data model, tasks), not an incident';
  if (aboutPage.test(stem)) return 'a page about the site or collection itself (about, help, FAQ, glossary), not an incident';
  return undefined;
}

/** A folder holding a team's reports, by its name. */
const reportFolder = /^(?:incidents?|incident[-_ ]?reports?|post-?mortems?|outages?|retros(?:pectives)?|rcas?|incident[-_ ]reviews?)$/i;
/** A folder of planned or made changes, whose records are named by their day. */
const changeFolder = /^(?:changelogs?|changes|change[-_ ]?records?|maintenances?)$/i;
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
    const stemWords = name.slice(name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    // A report kept under docs/ after all, named by its day as reports are (a homelab's
    // `docs/reports/2026-02-27-frigate-config-incident.md` beside its `incidents/` was passed over:
    // round 54). A guide's page named for incidents ("incident-escalation.md", "zero-downtime-deployments.md")
    // is not taken by its name; a change folder's pages stay passed over, a change record is named by its day too.
    if (documentation && !changeFolder.test(documentation) && dayInName.test(stemWords)) return [];
    if (documentation) return [{ file: name, why: `a page of the ${documentation}/ folder beside the reports in ${reports.map((folder) => `${folder}/`).join(', ')} (documentation or a planned change, not an incident)` }];
    // `SCHEMA.md`, `TAXONOMY.md`, `CORRECTIONS.md` outside the reports' folder: named in capitals, as a
    // repository's own documents are, and dated by no day (a catalogue's schema was a draft, round 48).
    const stem = name.slice(name.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
    // (A README, ROADMAP or LICENSE is passed over by its own name, and said so: src/lib/import/report-files.ts.)
    return /^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*$/.test(stem) && /[A-Z]{3}/.test(stem) && !dayInName.test(stem) && !/^(?:README|ROADMAP|LICEN[CS]E|CONTRIBUTING|CHANGELOG)/.test(stem)
      ? [{ file: name, why: `a page about the collection (named in capitals, as a repository's own documents are) beside the reports in ${reports.map((folder) => `${folder}/`).join(', ')}, not an incident` }]
      : [];
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

/** Data formats by extension, as the line saying what was passed over names them. */
const dataFormats: [RegExp, string][] = [
  [/\.json$/i, 'JSON'],
  [/\.(?:jsonl|ndjson)$/i, 'JSON Lines'],
  [/\.(?:csv|tsv)$/i, 'a sheet (CSV or TSV)'],
  [/\.ya?ml$/i, 'YAML'],
  [/\.(?:atom|rss)$/i, 'a feed (Atom or RSS)'],
];

/**
 * Why data found in a folder and read as no export of incidents is passed over: said once per
 * format (round 63; before, only data whose folder or name may hold an incident was said, the
 * rest, a status app's `monitors.json` or a web app's `users.json`, was passed over unsaid).
 */
export function dataPassedOverWhy(name: string): string {
  if (dataMayHoldIncident(name)) return 'data in a shape the import does not read as incidents, though its folder or name says it may hold one (write it as a report, e.g. Markdown, to import it)';
  const format = dataFormats.find(([extension]) => extension.test(name))?.[1] ?? 'data';
  return `data (${format}) read and found to hold no incident in a shape the import reads (a status page's, an issue tracker's or an incident tool's export): a program's settings, records or sample data`;
}
