#!/usr/bin/env node
// node scripts/build-similarity-sets.ts --mirrors DIR --out DIR [--set NAME,...]
// Rebuilds the similar-incident judgement sets of docs/findability.md ("Similar incidents", rounds
// 52-62; round 62 adds a security-advisory set (rustsec-2025) and ifca; round 63 two sets of long-form reports judged by a reader's groups (mybinder, chia); round 61 adds sets judged by a reader's groups file, Wynton + Schullogin's among them) from the public repositories they were made of, fetched as bare git directories: the
// reports of each set are read at the mirror's HEAD (or the commit the set names), turned into {"id","title","text","label","tags"}
// lines (`<out>/<set>/pool/reports.jsonl`), and judged by the tags their own authors gave them, as
// `npm run judge:similarity -- <set>/pool/reports.jsonl --per-tag N` does
// (`<out>/judgements-<set>.json`). A README.txt in each set's folder names each set's repository, path and
// commit. Nothing of the reports enters this repository: <out> lives outside it (round 58 used
// /work/corpora/_pools/similar58, round 59's fresh sets /work/corpora/_pools/similar59, round 60's rebuild of rounds 52-57's sets /work/corpora/_pools/similar60). `node scripts/similarity-sets-table.ts <out>` measures them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, parseDocument } from 'yaml';
import { parseCommandLine } from './lib/command-line.ts';
import { compareText } from '../src/lib/compare-text.ts';
import { judgementsBySharedTags } from '../src/lib/similarity-evaluation.ts';
import { JudgeGroupsError, tagsFromJudgeGroups, type JudgeGroup } from '../src/lib/similarity-judge-groups.ts';

interface SetReport { id: string; title: string; text: string; tags: string[] }
interface SetSource {
  /** owner/name on GitHub: the fetched mirror is `<mirrors>/<owner>+<name>/repo` (or `.../<owner>+<name>`). */
  repository: string;
  path: string;
  /** Anchors a tag, as judge:similarity's --per-tag. */
  perTag: number;
  what: string;
  /** The commit to read, where the mirror's HEAD no longer holds the reports; default HEAD. */
  commit?: string;
  read: (files: GitFiles) => SetReport[];
  /** A second repository whose reports join the set (Wynton's log and Schullogin's notices, one set). */
  also?: { repository: string; path: string; read: (files: GitFiles) => SetReport[] };
  /**
   * 'groups': judged by a reader's groups file, `<out>/groups-<set>.json` (src/lib/similarity-judge-groups.ts),
   * not by the authors' tags; the file is written before the set is measured and lives with it.
   */
  judgedBy?: 'groups';
}
interface GitFiles { list: (under: string) => string[]; show: (path: string) => string }

const { values } = parseCommandLine({
  allowPositionals: false,
  options: {
    mirrors: { type: 'string' },
    out: { type: 'string' },
    set: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** The text between a Markdown file's leading `---` lines, parsed, and what follows it. */
function frontMatterOf(content: string, lenient = false): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(content);
  if (!match) return { data: {}, body: content };
  const data = lenient ? parseDocument(match[1], { uniqueKeys: false }).toJS() : parseYaml(match[1]);
  return { data: (data ?? {}) as Record<string, unknown>, body: content.slice(match[0].length) };
}

const stripHtml = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/[ \t]+/g, ' ').trim();
const withoutRegion = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** Where a post-mortem states its affected services: a table row, or a bullet with its indented lines; taken out of the text. */
function altAffectedServices(body: string): { services: string[]; text: string } {
  const lines = body.split('\n');
  const at = lines.findIndex((line) => /^\|\s*影響サービス\s*\|/.test(line) || /^\s*-\s*\*\*影響を受けたサービス/.test(line));
  if (at < 0) return { services: [], text: body };
  let end = at + 1;
  if (!lines[at].startsWith('|')) while (end < lines.length && /^\s{2,}\S/.test(lines[end])) end++;
  const stated = lines.slice(at, end).join('\n');
  // The services are the names joined by hyphens written there (`feed-relay`, `thumb-worker`): a
  // rule, not a list of the application's names (nothing of a collection enters this repository).
  // What a parenthesis says of a service (what it depends on, a link to another post-mortem) names none.
  const beforeStop = stated.split('。')[0].replace(/^\|\s*影響サービス\s*\||^\s*-\s*\*\*影響を受けたサービス[^*]*\*\*:?/, '')
    .replace(/（[^（）]*）|\([^()]*\)|\[\[[^\]]*\]\]/g, ' ');
  const services = [...new Set([...beforeStop.matchAll(/(?<![\p{L}\p{N}_./-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+(?![\p{L}\p{N}_./-]|-)/gu)].map((match) => match[0].toLowerCase()))].sort();
  return { services, text: [...lines.slice(0, at), ...lines.slice(end)].join('\n') };
}

/** A status page's component as GitHub's page has named it over the years ("GitHub Pages" and "Pages" one), or '' for a note that names none. */
function githubComponent(name: string): string {
  const plain = name.trim().replace(/^GitHub\s+/, '');
  if (/^Visit\s/i.test(plain)) return '';
  // "Issues, PRs, Dashboard, Projects" and its shorter forms: the component later named "Issues".
  return /^Issues,/.test(plain) ? 'Issues' : plain;
}

/** The first `# ` heading of a Markdown text, without its marks. */
const firstHeadingOf = (body: string) => (/^#\s+(.+)$/m.exec(body)?.[1] ?? '').replace(/[*`]/g, '').trim();


/** A cState status page's notices (`<under>*.md`, YAML front matter, some after an empty line), tagged with their `affected` systems as `tagOf` names them; a notice without front matter is left out. */
function cStateNotices(files: GitFiles, under: string, tagOf: (affected: string) => string = (affected) => affected): SetReport[] {
  return files.list(under).filter((path) => path.endsWith('.md') && !path.endsWith('/_index.md')).flatMap((path) => {
    const content = files.show(path).replace(/^\s*\n/, '');
    if (!content.startsWith('---')) return [];
    const { data, body } = frontMatterOf(content);
    const affected = Array.isArray(data.affected) ? data.affected.map((system) => tagOf(String(system).trim())).filter(Boolean) : [];
    const report = { id: path.replace(/^.*\//, '').replace(/\.md$/, ''), title: String(data.title ?? '').trim(), text: body.replace(/^\s*---\s*$/gm, '').trim(), tags: [...new Set(affected)].sort(compareText) };
    return report.text || report.title ? [report] : [];
  });
}

/** danluu/post-mortems' list: one report an entry ("[Company](link). What happened."), the company as title, tagged with its heading but "Uncategorized" (an untagged distractor), up to the list of other lists. */
function danluuEntries(readme: string): SetReport[] {
  const reports: SetReport[] = [];
  let heading = '';
  for (const paragraph of readme.split(/\n\s*\n/)) {
    const text = paragraph.trim();
    const headingMatch = /^##\s+(.+)$/.exec(text);
    if (headingMatch) { heading = headingMatch[1].trim(); continue; }
    if (!heading || /^(Table of Contents|Other lists|Analysis|Contributors)/i.test(heading)) continue;
    const entry = /^\[([^\]]+)\]\([^)]*\)\.?\s*([\s\S]*)$/.exec(text);
    if (!entry) continue;
    const number = String(reports.length + 1).padStart(3, '0');
    reports.push({ id: `entry-${number}`, title: entry[1].trim(), text: entry[2].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim(), tags: heading === 'Uncategorized' ? [] : [heading] });
  }
  return reports;
}

/**
 * An HPC cluster's yearly incident logs (`incidents-YYYY.md`): under each dated `### ` heading, one
 * report an `#### <span class="incident-title">…</span>` heading, up to the next of either; the
 * yearly summary (no incident title) and the hidden comment of each incident (its own affected
 * systems and reason, which would name the answer) left out, the HTML of the timestamps taken off.
 */
function yearlyIncidentLog(files: GitFiles, under: string): SetReport[] {
  return files.list(under).filter((path) => /\/incidents-\d{4}\.md$/.test(path)).flatMap((path) => {
    const year = /(\d{4})\.md$/.exec(path)![1];
    const reports: SetReport[] = [];
    let day = '';
    let current: { title: string; lines: string[] } | undefined;
    const close = () => {
      if (!current) return;
      const text = stripHtml(current.lines.join('\n').replace(/<!--[\s\S]*?-->/g, ' ').replace(/<br\s*\/?>/g, '\n')).replace(/\n[ \t]+/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
      reports.push({ id: `wynton-${year}-${String(reports.length + 1).padStart(2, '0')}`, title: current.title, text: day ? `${day}\n\n${text}` : text, tags: [] });
      current = undefined;
    };
    for (const line of files.show(path).split('\n')) {
      const dayHeading = /^###\s+(.+)$/.exec(line);
      const incident = /^####\s+<span class="incident-title">(.*?)<\/span>/.exec(line);
      if (dayHeading) { close(); day = dayHeading[1].trim(); continue; }
      if (incident) { close(); current = { title: stripHtml(incident[1]), lines: [] }; continue; }
      if (/^####\s/.test(line)) { close(); continue; }
      current?.lines.push(line);
    }
    close();
    return reports;
  });
}

/** A Middleman site's incident pages (`*.html.md.erb`, one template): the title without "Incident on <day> - ", the text the page without its heading. */
function incidentLogPages(files: GitFiles, under: string): SetReport[] {
  return files.list(under).filter((path) => path.endsWith('.html.md.erb') && !/\/index\.html\.md\.erb$/.test(path)).map((path) => {
    const { data, body } = frontMatterOf(files.show(path));
    const title = String(data.title ?? '').trim();
    return { id: path.replace(/^.*\//, '').replace(/\.html\.md\.erb$/, ''), title: title.replace(/^Incident on \d{4}-\d{2}-\d{2}\s*(?:-\s*)?/, '').trim() || title, text: body.replace(/^#\s+.*$/m, '').trim(), tags: [] };
  });
}

/** The markdown of a Markdown section "## <name>" up to the next "## ", or ''. */
const sectionOf = (body: string, name: string) => new RegExp(`^##\\s+${name}\\s*$([\\s\\S]*?)(?=^##\\s|(?![\\s\\S]))`, 'm').exec(body)?.[1].trim() ?? '';

/**
 * A RustSec advisory (a fenced TOML block, then Markdown): tagged with what its TOML states, its
 * `categories` and its `informational` kind, and read without that block (it would name the
 * answer); the title is the first `# ` heading, taken out of the text.
 */
/**
 * A service's long-form incident reports, one Markdown file each (`<under>YYYY-MM-DD-*.md`; the
 * index and the template left out): the title is the first `# ` heading without the date its
 * authors put before it ("2018-03-26, ...", "incident date: 2019-02-20, ...": every report has one,
 * so it would only tie reports of the same days), the text the rest. No tags: the set is judged by
 * a reader's groups (round 63).
 */
function datedIncidentReports(files: GitFiles, under: string): SetReport[] {
  return files.list(under).filter((path) => /\/\d{4}-\d{2}-\d{2}-[^/]*\.md$/.test(path)).map((path) => {
    const body = files.show(path);
    const heading = firstHeadingOf(body);
    const title = heading.replace(/^(?:incident date:\s*)?\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}\s*[AP]M\s+[A-Z]{2,4})?\s*,?\s*/i, '').trim() || heading;
    return { id: path.replace(/^.*\//, '').replace(/\.md$/, ''), title, text: body.replace(/^#\s+.*$/m, '').trim(), tags: [] };
  });
}

/**
 * A project's post-mortems kept one file a month folder (`YYYY-MM/<name>[.md]`, two without an
 * extension), from a template whose first heading is a placeholder: the title is a report's first
 * `# ` heading unless it is missing or the template's own (a report that kept "ISSUE NAME"), then
 * its file name without the date, `-` and `_` read as spaces. No tags: judged by a reader's groups.
 */
function monthFolderPostMortems(files: GitFiles): SetReport[] {
  const placeholder = firstHeadingOf(files.list('.').includes('template.md') ? files.show('template.md') : '');
  return files.list('.').filter((path) => /^\d{4}-\d{2}\/[^/]+$/.test(path) && /^(?:[^.]*|.*\.md)$/.test(path.replace(/^.*\//, ''))).map((path) => {
    const body = files.show(path);
    const name = path.replace(/^.*\//, '').replace(/\.md$/, '');
    const heading = firstHeadingOf(body);
    const title = heading && heading !== placeholder ? heading : name.replace(/^(?:\d{4}-)?\d{2}-\d{2}-/, '').replace(/[-_]+/g, ' ').trim();
    return { id: name, title, text: body.replace(/^#\s+.*$/m, '').trim(), tags: [] };
  });
}

function advisoryOf(content: string, path: string): SetReport {
  const block = /^```toml\r?\n([\s\S]*?)\r?\n```\s*$/m.exec(content);
  const toml = block?.[1] ?? '';
  const body = block ? content.slice(block.index + block[0].length) : content;
  const categories = /^categories\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1] ?? '';
  const informational = /^informational\s*=\s*"([^"]*)"/m.exec(toml)?.[1] ?? '';
  const tags = [...[...categories.matchAll(/"([^"]+)"/g)].map((match) => match[1].trim()), informational.trim()].filter(Boolean);
  return { id: path.replace(/^.*\//, '').replace(/\.md$/, ''), title: firstHeadingOf(body), text: body.replace(/^#\s+.+$/m, '').trim(), tags: [...new Set(tags)].sort(compareText) };
}

const sets: Record<string, SetSource> = {
  'icco': {
    repository: 'icco/postmortems', path: 'data/', perTag: 10,
    what: 'public postmortems of many companies, summarised, each with curated categories; tags: the categories without "cloud" (where the system ran, not what failed)',
    read: (files) => files.list('data/').filter((path) => path.endsWith('.md')).map((path) => {
      const { data, body } = frontMatterOf(files.show(path));
      const title = String(data.title ?? '').trim() || [data.company, data.product].filter(Boolean).join(' ');
      const categories = Array.isArray(data.categories) ? data.categories.map(String) : [];
      return { id: String(data.uuid ?? path), title, text: [String(data.summary ?? '').trim(), body.trim()].filter(Boolean).join('\n\n'), tags: categories.filter((tag) => tag !== 'cloud') };
    }).filter((report) => report.text.trim()),
  },
  'cloud-status': {
    repository: 'moritalous/cloud-status-history', path: 'app/public/incidents.json, app/public/data.json', perTag: 6,
    what: 'Google Cloud incidents tagged with their affected products, AWS Health Dashboard notices tagged with their service (region left out)',
    read: (files) => {
      const google = JSON.parse(files.show('app/public/incidents.json')) as { id: string; external_desc: string; affected_products?: { title: string }[]; updates: { created: string; text: string }[] }[];
      const aws = (JSON.parse(files.show('app/public/data.json')) as { archive: { service: string; service_name: string; summary: string; date: string; description: string }[] }).archive;
      return [
        ...google.map((incident) => ({
          id: `gcp-${incident.id}`,
          // "[Product] What failed": the tag itself, left out of the title (the updates still name it).
          title: incident.external_desc.replace(/\u200b/g, '').replace(/^\s*\[[^\]]*\]\s*/, '').trim(),
          text: [...incident.updates].sort((a, b) => compareText(a.created, b.created)).map((update) => update.text.trim()).join('\n\n'),
          tags: [...new Set((incident.affected_products ?? []).map((product) => product.title))],
        })),
        ...aws.map((notice) => ({
          id: `aws-${notice.service}-${notice.date}`,
          title: notice.summary.replace(/^\s*\[[A-Z ]+\]\s*/, '').trim(),
          text: notice.description.split(/<\/div>/).map(stripHtml).filter(Boolean).join('\n\n'),
          tags: [withoutRegion(notice.service_name)],
        })),
      ];
    },
  },
  'alt-ja': {
    repository: 'Kaikei-e/Alt', path: 'docs/postmortems/', perTag: 10,
    what: 'Japanese post-mortems of one self-hosted news and RAG application; tags: the hyphen-joined names its "影響サービス" row or bullet writes before the first "。" (that row or bullet taken out of the text)',
    read: (files) => files.list('docs/postmortems/').filter((path) => /\/PM-\d{4}-\d+[^/]*\.md$/.test(path)).map((path) => {
      const { data, body } = frontMatterOf(files.show(path));
      const { services, text } = altAffectedServices(body);
      const heading = /^#\s+(.+)$/m.exec(body)?.[1] ?? '';
      const title = String(data.title ?? '').trim() || heading.replace(/^ポストモーテム\s*[:：]\s*/, '').trim();
      return { id: path.replace(/^.*\//, '').replace(/^(PM-\d{4}-\d+).*$/, '$1'), title, text: text.trim(), tags: services };
    }),
  },
  'ugrc': {
    repository: 'agrc/status-page', path: 'src/content/incident/', perTag: 10,
    what: "a state GIS centre's status page notices (MDX; two .mdxx files its site leaves out, read as round 56 did), tagged with their affectedSystems; the <Update> tags taken out, their text kept",
    read: (files) => files.list('src/content/incident/').filter((path) => /\.mdx{0,2}$/.test(path)).map((path) => {
      const { data, body } = frontMatterOf(files.show(path));
      const text = body.replace(/^import .* from .*;?\s*$/gm, '').replace(/<\/?Update[^>]*>/g, '').replace(/\n{3,}/g, '\n\n').trim();
      const systems = Array.isArray(data.affectedSystems) ? data.affectedSystems.map((system) => String(system).trim().toLowerCase()) : [];
      return { id: path.replace(/^.*\//, '').replace(/\.mdx{0,2}$/, ''), title: String(data.title ?? '').trim(), text, tags: [...new Set(systems)] };
    }),
  },
  'github-status': {
    repository: 'GitHub-Incident-History/GitHub-Incident-History', path: 'incidents/', perTag: 10,
    // The mirror's HEAD is a later commit without the incidents folder.
    commit: '8016f1caba3eafbaa88d63d4973a334fbb99aea4',
    what: "GitHub's status page incidents as a scraper keeps them (JSON), tagged with the components their updates name (\"GitHub Pages\" and \"Pages\" one, the old \"Issues, PRs, ...\" as \"Issues\"); the generated titles (\"Incident on <time>\", \"Incident with <components>\") left out, the updates' text in the order shown",
    read: (files) => files.list('incidents/').filter((path) => path.endsWith('.json')).map((path) => {
      const incident = (JSON.parse(files.show(path)) as { incident: { id: string; name: string; incident_updates?: { body: string; display_at: string; affected_components?: { name: string }[] | null }[]; components?: { name: string }[] } }).incident;
      const updates = [...(incident.incident_updates ?? [])].sort((a, b) => compareText(a.display_at, b.display_at));
      const components = [...updates.flatMap((update) => update.affected_components ?? []), ...(incident.components ?? [])].map((component) => githubComponent(component.name)).filter(Boolean);
      return {
        id: incident.id,
        title: /^Incident (?:on|with)\s/i.test(incident.name) ? '' : incident.name.trim(),
        text: updates.map((update) => stripHtml(update.body.replace(/<\/li>/g, '\n'))).filter(Boolean).join('\n\n'),
        tags: [...new Set(components)].sort(compareText),
      };
    }).filter((report) => report.tags.length && report.text.trim()),
  },
  'dogsbody': {
    repository: 'dogsbodytech/status_page_cstate', path: 'content/issues/', perTag: 10,
    what: "a hosting company's cState status notices, tagged with their `affected` systems",
    read: (files) => files.list('content/issues/').filter((path) => path.endsWith('.md')).map((path) => {
      const { data, body } = frontMatterOf(files.show(path));
      const affected = Array.isArray(data.affected) ? data.affected.map((system) => String(system).trim()).filter(Boolean) : [];
      return { id: path.replace(/^.*\//, '').replace(/\.md$/, ''), title: String(data.title ?? '').trim(), text: body.trim(), tags: [...new Set(affected)].sort(compareText) };
    }).filter((report) => report.text),
  },
  'incident-lab-ko': {
    repository: 'dj258255/incident-lab', path: 'sessions/*/README.md', perTag: 5,
    what: 'Korean write-ups of reproduced production incidents, one a session, tagged with the series letter the author files each under (the first letter of the session folder: databases, back-end services, trading systems, replicated databases)',
    read: (files) => files.list('sessions/').filter((path) => /^sessions\/[^/]+\/README\.md$/.test(path)).map((path) => {
      const session = path.split('/')[1];
      const body = files.show(path);
      return { id: session, title: firstHeadingOf(body), text: body.replace(/^#\s+.+$/m, '').trim(), tags: [session.slice(0, 1)] };
    }),
  },
  'jenkins': {
    repository: 'jenkins-infra/status', path: 'content/issues/', perTag: 6,
    what: "a CI project's cState status notices, tagged with their `affected` components (round 52 judged a notice naming one component by the others naming only it; now by every notice sharing a component)",
    read: (files) => cStateNotices(files, 'content/issues/'),
  },
  'liveagent': {
    repository: 'dshymanskyi/la-status-v2', path: '_posts/', perTag: 6,
    what: "a help-desk SaaS's status posts (Jekyll; the copies in nested _posts folders left out), tagged with their `services`; text: the updates' contents, one a line, then the body (round 53's \"any shared service\")",
    read: (files) => files.list('_posts/').filter((path) => /^_posts\/[^/]+\.md$/.test(path)).flatMap((path) => {
      // Read leniently, as round 52 did: five posts write a key twice or leave a quote open, and what
      // parses of them (title, services, the updates before the fault) is kept.
      const { data, body } = frontMatterOf(files.show(path), true);
      const updates = Array.isArray(data.incident_states) ? (data.incident_states as { content?: unknown }[]).map((state) => String(state?.content ?? '').trim()).filter(Boolean) : [];
      const services = Array.isArray(data.services) ? data.services.map((service) => String(service).trim()).filter(Boolean) : [];
      const text = [...updates, body.trim()].filter(Boolean).join('\n');
      return text || data.title ? [{ id: path.replace(/^.*\//, '').replace(/\.md$/, ''), title: String(data.title ?? '').trim(), text, tags: [...new Set(services)].sort(compareText) }] : [];
    }),
  },
  'packit': {
    repository: 'packit/status', path: 'content/issues/', perTag: 6,
    what: "a CI service's cState status notices, tagged with their `affected` components (a notice without front matter left out)",
    read: (files) => cStateNotices(files, 'content/issues/'),
  },
  'vsc': {
    repository: 'vscentrum/status-page', path: 'incidents/', perTag: 6,
    what: "a supercomputer centre's status page incidents (YAML), tagged with the sites their `affected` field names; text: the content without its HTML",
    read: (files) => files.list('incidents/').filter((path) => /\.ya?ml$/.test(path)).map((path) => {
      const record = (parseYaml(files.show(path)) ?? {}) as { meta_data?: { title?: unknown; affected?: unknown }; content?: unknown };
      const affected = String(record.meta_data?.affected ?? '').split(',').map((site) => site.trim()).filter(Boolean);
      return { id: path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), title: String(record.meta_data?.title ?? '').trim(), text: stripHtml(String(record.content ?? '').replace(/<br\s*\/?>|<\/p>/g, '\n')).replace(/\n[ \t]+/g, '\n').trim(), tags: [...new Set(affected)].sort(compareText) };
    }).filter((report) => report.text),
  },
  'soc': {
    repository: 'bigalfu-tech/SOC-Analyst-Incident-Reports', path: '<kind>/case-*.md', perTag: 5,
    what: "a security analyst's case reports filed in one folder a kind of incident (the tag); the title is the Title section, the \"Incident Type:\" line (the kind itself) taken out of the text",
    read: (files) => files.list('.').filter((path) => /^[^/]+\/case[- ][^/]*\.md$/.test(path)).map((path) => {
      const body = files.show(path);
      const title = sectionOf(body, 'Title').replace(/\s+/g, ' ');
      const text = body.replace(/^##\s+Title\s*\n+[^\n]*\n?/m, '').replace(/^.*Incident Type:.*$\n?/gm, '').trim();
      return { id: path.replace(/\.md$/, '').replace('/', '-'), title, text, tags: [path.split('/')[0]] };
    }),
  },
  'civo': {
    repository: 'civo/status', path: 'content/issues/', perTag: 10,
    what: "a cloud provider's cState status notices, tagged with their `affected` component without its region (\"Network/LON1\" is Network)",
    read: (files) => cStateNotices(files, 'content/issues/', (affected) => affected.replace(/\s*\/.*$/, '')),
  },
  'dampsoft': {
    repository: 'dampsoft/cstate-ds4', path: 'content/issues/', perTag: 10,
    what: "a practice software vendor's cState notices in German, tagged with their uncommented `affected` components",
    read: (files) => cStateNotices(files, 'content/issues/'),
  },
  'wynton-schullogin': {
    repository: 'ucsf-wynton/wynton-website-hpc', path: 'docs/hpc/status/incidents-YYYY.md', perTag: 5, judgedBy: 'groups',
    what: "an HPC cluster's yearly incident logs cut into one report an incident title (English) and a school login portal's cState notices (German), judged by the round-61 reader's groups of the failure a title names (groups-wynton-schullogin.json: title patterns, the notices read and taken out of a group written beside them), as round 44's set",
    read: (files) => yearlyIncidentLog(files, 'docs/hpc/status/'),
    also: { repository: 'Schullogin/Schullogin.github.io', path: 'content/issues/', read: (files) => cStateNotices(files, 'content/issues/').map((report) => ({ ...report, id: `schullogin-${report.id}` })) },
  },
  'moj-cloud-platform': {
    repository: 'ministryofjustice/cloud-platform', path: 'source/incidents/', perTag: 6, judgedBy: 'groups',
    what: "a government cloud platform's incident log (one page an incident, one template), judged by the round-61 reader's groups of what failed (groups-moj-cloud-platform.json: ids, read one by one)",
    read: (files) => incidentLogPages(files, 'source/incidents/'),
  },
  'rustsec-2025': {
    repository: 'rustsec/advisory-db', path: 'crates/*/RUSTSEC-2025-*.md', perTag: 6,
    what: "a language ecosystem's security advisories of 2025 (a TOML block, then Markdown), tagged with their own `categories` and `informational` kind (unmaintained, unsound); the TOML block (which states them) left out, the title its first `# ` heading",
    read: (files) => files.list('crates/').filter((path) => /^crates\/[^/]+\/RUSTSEC-2025-\d+\.md$/.test(path)).map((path) => advisoryOf(files.show(path), path)),
  },
  'ifca': {
    repository: 'IFCA-Advanced-Computing/status-page', path: 'content/default/issues/', perTag: 6,
    what: "a computing centre's cState status notices (English), tagged with their `affected` systems",
    read: (files) => cStateNotices(files, 'content/default/issues/'),
  },
  'mybinder': {
    repository: 'jupyterhub/mybinder.org-deploy', path: 'docs/source/incident-reports/YYYY-MM-DD-*.md', perTag: 10, judgedBy: 'groups',
    what: "a public notebook service's long-form incident reports (summary, timeline, lessons, action items; English), judged by the round-63 reader's groups of what failed (groups-mybinder.json: ids, read one by one)",
    read: (files) => datedIncidentReports(files, 'docs/source/incident-reports/'),
  },
  'chia': {
    repository: 'Chia-Network/post-mortem', path: 'YYYY-MM/*', perTag: 10, judgedBy: 'groups',
    what: "a blockchain project's security and outage post-mortems from one template (summary, timeline, resolution, Q&A; English), judged by the round-63 reader's groups of what failed (groups-chia.json: ids, read one by one)",
    read: (files) => monthFolderPostMortems(files),
  },
  'danluu': {
    repository: 'danluu/post-mortems', path: 'README.md', perTag: 1000,
    what: "a list of public post-mortems, one report an entry (the company as title), tagged with the list's cause heading (\"Uncategorized\" entries untagged distractors); every tagged entry an anchor",
    read: (files) => danluuEntries(files.show('README.md')),
  },
};

if (values.help || !values.mirrors || !values.out) {
  console.log(`Usage: node scripts/build-similarity-sets.ts --mirrors DIR --out DIR [--set ${Object.keys(sets).join(',')}]

Reads each set's repository from DIR/<owner>+<name>/repo (a bare git directory, as the fetch tool
leaves it; DIR/<owner>+<name> also works) and writes DIR_OUT/<set>/pool/reports.jsonl,
DIR_OUT/judgements-<set>.json and DIR_OUT/<set>/README.txt. Sets judged by a reader's groups
(wynton-schullogin, moj-cloud-platform, mybinder, chia) read them from DIR_OUT/groups-<set>.json, written first. Sets: ${Object.entries(sets).map(([name, set]) => `${name} (${set.repository})`).join(', ')}.`);
  process.exit(values.help ? 0 : 2);
}
const chosen = values.set ? values.set.split(',').map((name) => name.trim()) : Object.keys(sets);
for (const name of chosen) {
  if (!sets[name]) {
    console.error(`--set: no set "${name}"; give one or more of ${Object.keys(sets).join(', ')}, separated by commas.`);
    process.exit(2);
  }
}

function gitFilesOf(repository: string, at = 'HEAD'): { files: GitFiles; commit: string } {
  const base = join(values.mirrors!, repository.replace('/', '+'));
  const gitDir = [join(base, 'repo'), base].find((dir) => existsSync(join(dir, 'HEAD')));
  if (!gitDir) {
    console.error(`${base}: no git directory of ${repository}; fetch github:${repository} into ${values.mirrors} first.`);
    process.exit(2);
  }
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return {
    commit: git('rev-parse', at).trim(),
    // -z: a name with a letter beyond ASCII (an en dash in three of Schullogin's notices) is
    // otherwise printed quoted and escaped, and its notice was left out (round 61).
    files: { list: (under) => git('ls-tree', '-r', '-z', '--name-only', at, under).split('\0').filter(Boolean).sort(), show: (path) => git('show', `${at}:${path}`) },
  };
}

const sha1 = (id: string) => createHash('sha1').update(id).digest('hex');
mkdirSync(values.out, { recursive: true });
for (const name of chosen) {
  const source = sets[name];
  const { files, commit } = gitFilesOf(source.repository, source.commit);
  const second = source.also && gitFilesOf(source.also.repository);
  let reports = [...source.read(files), ...(second ? source.also!.read(second.files) : [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  for (const report of reports) {
    if (seen.has(report.id)) throw new Error(`${name}: the id "${report.id}" is read twice from ${source.repository}; the set's reader must give every report its own id.`);
    seen.add(report.id);
  }
  if (source.judgedBy === 'groups') {
    const file = join(values.out, `groups-${name}.json`);
    if (!existsSync(file)) {
      console.error(`${file}: no groups file; the set "${name}" is judged by a reader's groups ({"group": ["id", ...]} or {"group": {"titles": ["pattern"], "out": ["id"]}}): write it first.`);
      process.exit(2);
    }
    try {
      reports = tagsFromJudgeGroups(reports, JSON.parse(readFileSync(file, 'utf8')) as Record<string, JudgeGroup>, file);
    } catch (error) {
      if (!(error instanceof JudgeGroupsError || error instanceof SyntaxError)) throw error;
      console.error(error instanceof SyntaxError ? `${file}: not JSON (${error.message}); fix the file.` : (error as Error).message);
      process.exit(2);
    }
  }
  mkdirSync(join(values.out, name, 'pool'), { recursive: true });
  writeFileSync(join(values.out, name, 'pool', 'reports.jsonl'), reports.map((report) => JSON.stringify({ ...report, label: report.tags.join(' | ') || 'none' })).join('\n') + '\n');
  const judgements = judgementsBySharedTags(reports, source.perTag, sha1);
  writeFileSync(join(values.out, `judgements-${name}.json`), JSON.stringify(Object.fromEntries(judgements), null, 1) + '\n');
  const answers = [...judgements.values()].reduce((sum, relevant) => sum + relevant.length, 0);
  const line = `${name}: ${reports.length} reports, ${judgements.size} anchors, ${(answers / Math.max(1, judgements.size)).toFixed(1)} right answers an anchor (--per-tag ${source.perTag})`;
  console.log(line);
  const from = [`from github.com/${source.repository} ${source.path} at ${commit}`, ...(source.also && second ? [`and github.com/${source.also.repository} ${source.also.path} at ${second.commit}`] : [])];
  writeFileSync(join(values.out, name, 'README.txt'), [`${line}; built by scripts/build-similarity-sets.ts (docs/findability.md)`, ...from, source.what, ''].join('\n'));
}
