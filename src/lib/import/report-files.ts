import { settingsFileLines } from './settings-file.ts';
import { appleStatusFileName } from './apple-system-status.ts';
import { instructionPageReason } from './instruction-pages.ts';
import { basename } from 'node:path';
import { isMarkdownFileName } from './source-text.ts';
import { fileKindByExtension } from './file-kind-by-extension.ts';

/**
 * Files in a folder of reports that are not reports: pictures and documents a report links to, data
 * and code, known by their extensions (src/lib/import/file-kind-by-extension.ts, which says what
 * each is since import round 60).
 */
// Code and data beside reports (2i2c's scripts/convert_reports.py became a draft of regular expressions).
// Round 53: an import tool's field specifications (HASTUS' `.ix`, three drafts of a Rails app's `contrib/`), an API client's requests (Bruno's `.bru`: 27 drafts of a status page API's repository).
// Round 52: a drawing (`.excalidraw`, JSON), JSON with comments (`wrangler.jsonc`), a firewall's or a device manager's rules (ufw's `before.rules`, udev's `.rules`).
// Round 51: a Drupal site's PHP files (`.module`, `.install`, `.inc`, `.theme`) and ignore files kept under a prefix (`example.gitignore`) were drafts.

/**
 * The files of a repository that describe it rather than an incident: `README`, `LICENSE`,
 * `CONTRIBUTING`, `template` (and since import round 48 `ROADMAP`, `GOVERNANCE`, `CITATION`; since round 51 `INSTALL`, `UPGRADE`: a Drupal site's `INSTALL.txt` was a draft), with or without an extension (and a template named as such:
 * `postmortem-template.md`); a README may carry a suffix
 * (`README-corpus.txt`, `readme_first.md`), which no report's file name starts with. Other names
 * are taken as written: `license-server-outage.md` is a report.
 */
const repositoryFile = /^(?:readme(?:[-_.][\w.-]*)?|(?:license|licence|contributing|template|roadmap|governance|citation|install|upgrade)(?:\.\w+)?)$/i;
/**
 * A program's dependency lists and build files beside the reports, which are not reports either
 * (GitHub-Incident-History's `requirements.txt` became a draft titled "autopep8==1.7.0"; a Foundry project's
 * `remappings.txt` one titled by its first import path, import round 48; a Scala game's `build.sbt`
 * one titled "val scala3Version = …", round 54).
 */
const buildFile = /^(?:requirements|requeriments|constraints)(?:[-_.][\w-]+)?\.(?:txt|in)$|^remappings\.txt$|^(?:Pipfile|Gemfile|Makefile|Dockerfile|Containerfile|Procfile|Brewfile|Vagrantfile|Jenkinsfile|Caddyfile|CODEOWNERS|cpanfile|go\.(?:mod|sum))$|^(?:Docker|Container)file[-_.][\w.-]+$|\.(?:Docker|Container)file$|\.sbt$/i;
/**
 * A report template by its name, in the languages the import reads: one rule over the word each
 * language has for a template. A name is a template's when that word stands alone (after a number:
 * `_TEMPLATE.md`, `00-template.md`, `plantilla.md`), closes a report's kind (`postmortem-template.md`,
 * `change-management-template.md`, a homelab's, import round 47; `postmortemtemplate.md` with no
 * separator, round 48; `templates/posmortem_template.md`, "posmortem" as Spanish writers spell it,
 * round 53; `informe-de-incidente-plantilla.md`), or opens a name before a report's kind, a
 * language's "for" or "of" between them (`template-incident-report.md`,
 * `modele_de_rapport_dincident_de_produit.md`, a French government team's, whose English twin
 * `product_incident_report_template.md` was passed over and the French one imported as a draft:
 * adoption round 53; `Vorlage_Störungsbericht.md`).
 * How far a word reaches depends on what else it names (`templateWords`): `template-engine-outage.md`
 * and `broken-email-template.md` are reports, and so are `modele-de-donnees-corrompu.md` and
 * `2024-05-01-modelo-de-ia-caido.md` (a model's outage).
 */
// Session 54 folded import round 53's English rule (which took `plantilla.md`) and adoption round 53's
// rule of other languages (which took `…-plantilla.md` and `plantilla-de-informe…`) into this one.
type TemplateWordReach =
  /** The word names a template and nothing else: alone, closing any name, or before a report's kind. */
  | 'a template only'
  /** English writers name templates of other things (an email's, an engine's): alone, or beside a report's kind. */
  | 'templates of other things too'
  /** The word is also a model's ("modèle de données"): only beside a report's kind. */
  | 'a model too';
const templateWords: readonly { language: string; word: string; reach: TemplateWordReach }[] = [
  { language: 'English', word: 'template', reach: 'templates of other things too' },
  { language: 'Spanish', word: 'plantilla', reach: 'a template only' },
  { language: 'German', word: 'vorlage', reach: 'a template only' },
  { language: 'Dutch', word: 'sjabloon', reach: 'a template only' },
  { language: 'Polish', word: 'szablon', reach: 'a template only' },
  { language: 'Czech', word: 'šablona', reach: 'a template only' },
  { language: 'French', word: 'mod[eè]le', reach: 'a model too' },
  { language: 'Spanish and Portuguese', word: 'modelo', reach: 'a model too' },
  { language: 'Italian', word: 'modello', reach: 'a model too' },
];
/** A report's kind, in the same languages (plural with an `s`); a record's or a note's (`error-record-template.md`, `quick-note-template.md`: a Korean project's templates, import round 57). */
const reportKind = String.raw`(?:incident|incidente|incidencia|incidenten|post?-?mortem|report|rapport|rapporto|raport|informe|relat[óo]rio|bericht|st[öo]rungsbericht|vorfall|rca|review|revue|r[ée]vision|examen|analyse|an[áa]lisis|retro(?:spective)?|runbook|change(?:[-_ ]management)?|change[-_ ]request|entry|record|note)s?`;
/** "for", "of" between a template's word and the kind (`template-for-incidents`, `modèle de rapport`, `sjabloon voor …`). */
const templateLink = String.raw`(?:(?:for|de|du|des|d|da|do|di|del|della|per|para|für|fuer|voor|van|dla)[-_ ']+)?`;
const wordsReaching = (reaches: readonly TemplateWordReach[]): string =>
  templateWords.filter((entry) => reaches.includes(entry.reach)).map((entry) => entry.word).join('|');
const templateFile = new RegExp(String.raw`^(?:` +
  String.raw`[\d_-]*(?:${wordsReaching(['a template only', 'templates of other things too'])})` +
  String.raw`|.+[-_ ](?:${wordsReaching(['a template only'])})` +
  String.raw`|(?:.+[-_ ])?${reportKind}[-_ ]?(?:${wordsReaching(['a template only', 'templates of other things too', 'a model too'])})` +
  String.raw`|(?:${wordsReaching(['a template only', 'templates of other things too', 'a model too'])})[-_ ]${templateLink}${reportKind}(?:[-_ ][\p{L}\d'’_ -]*)?` +
  String.raw`)(?:\.\w+)?$`, 'iu');

/**
 * A site generator's templates for new content: Hugo's `archetypes/` (a status page kept in git,
 * cState's `archetypes/issues.md` with `{{ .File.TranslationBaseName }}` and TODO lines, became a
 * draft dated 2006-01-02, Go's reference date in its `now.Format`).
 */
const templateFolder = /(?:^|\/)archetypes\//i;
/**
 * A team's folder of templates (`templates/`, `_templates/`, `modèles/`), whatever each is named
 * for: a team's wiki kept its incident report's template as `templates/incident-report.md`
 * ("# 🚨 Incident Report - [TITRE COURT]", every value in brackets), read as a report and
 * published with its example chat lines (adoption round 59).
 */
const teamTemplateFolder = /(?:^|\/)_?(?:templates?|mod[eè]les|vorlagen|plantillas|modelos)\//i;
/**
 * A site generator's layouts, includes and themes (Jekyll's `_layouts/`, `_includes/`, `_sass/`,
 * `_data/`; Hugo's `layouts/` and `themes/`) and the libraries a site keeps copied in (`vendor/`,
 * `reveal-js/`: a slide deck's copy of reveal.js gave a draft of its Markdown demo): a blog of post-mortems kept as a Jekyll site gave a
 * draft per template (`footer.html`, `navigation.html`, `post.html`: import round 49).
 */
const siteMachineryFolder = /(?:^|\/)(?:_layouts|_includes|_sass|_data|_plugins|layouts|themes|vendor|third[-_]party|bower_components|reveal[-.]js)\//i;
/**
 * An AI agent's instructions kept in a repository (a skill's `SKILL.md`, `AGENTS.md`, `CLAUDE.md`,
 * `GEMINI.md`, `copilot-instructions.md`): a skill for writing post-mortems was a draft (round 49).
 */
// And `agentic_instructions.md`, a folder's description for an agent ("Templates and prompts for
// incident report generation. Used by the Claude agent sidecar …": a draft, import round 56).
const agentInstructionsFile = /^(?:skill|agents|claude|gemini|copilot-instructions|agentic[-_]instructions)\.md$/i;
// Round 63: an incident site's `web/Agent-skill/frontend-desing/Index.md` (a skill's `name:` and
// `description:` over how to design pages) was a draft: a page under a folder of an agent's skills.
const agentSkillsFolder = /(?:^|\/)(?:(?:ai|agents?|claude)[-_ ]?)?skills?\//i;

/**
 * Files a website or an app is built with, found beside reports kept in a site's repository: web
 * and app manifests (icco's `static/favicons/site.webmanifest` became a draft), a browser's tile
 * config, robots and sitemap files, GitHub Pages' `CNAME`, icons and fonts.
 */
const siteFile = /\.(?:webmanifest|appxmanifest|ico|icns|cur|woff2?|ttf|otf|eot|map)$|^(?:manifest\.(?:webmanifest|json)|AndroidManifest\.xml|browserconfig\.xml|robots\.txt|humans\.txt|security\.txt|ads\.txt|sitemap(?:[-_]\w+)?\.xml|CNAME|_redirects|_headers)$/i;
/** A package manager's lockfile: what was installed, not a report (`yarn.lock`, `Cargo.lock`, `bun.lockb`, `npm-shrinkwrap.json`). */
const lockFile = /\.lockb?$|^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|go\.sum|flake\.lock|Podfile\.lock|mix\.lock|pubspec\.lock)$/i;
/** A build service's configuration (GitHub's and GitLab's are in hidden files or folders already). */
const ciFile = /^(?:Jenkinsfile|Earthfile|Taskfile|justfile|azure-pipelines\.ya?ml|bitbucket-pipelines\.ya?ml|appveyor\.ya?ml|cloudbuild\.ya?ml|buildspec\.ya?ml|codemagic\.ya?ml|netlify\.toml|vercel\.json|wercker\.ya?ml|renovate\.json5?|dependabot\.ya?ml)$/i;
/**
 * An editor's or an operating system's files: IntelliJ's `.iml`, VS Code's workspaces and snippets
 * (`ansible.code-snippets`, a German homelab site's editor snippets: four drafts, import round 57),
 * backups (`notes.md~`, `#notes.md#`), `Thumbs.db`.
 */
const editorFile = /\.(?:iml|ipr|iws|code-workspace|code-snippets|sublime-(?:project|workspace)|swp|swo|bak|orig|rej)$|~$|^#.*#$|^(?:Thumbs\.db|desktop\.ini|editorconfig|_vimrc)$/i;
/** A licence and the files that go with one: `LICENSE-MIT`, `COPYING.LESSER`, `NOTICE`, `AUTHORS`; a code of conduct. */
const licenceFile = /^(?:(?:un)?licen[cs]es?|copying|copyright|notice|patents|authors|contributors|maintainers|code[-_]of[-_]conduct)(?:[-_.](?:mit|apache(?:-?2(?:\.0)?)?|bsd|gpl|lgpl|mpl|isc|cc[\w-]*|lesser|library|docs|data|content|code|txt|md|markdown|rst|html?|adoc))*$/i;
/** A project's list of tasks (`todo`, `TODO.md`): a Scala game's `todo` was a draft titled by its first task (import round 54). */
const todoFile = /^(?:todos?|to-?do(?:[-_ ]list)?)(?:\.(?:txt|md|markdown|org))?$/i;
/**
 * Someone's notes to themselves, named so (`mythoughts.md`, `ideas.txt`, `questions.md`,
 * `scratchpad.md`): a dissertation tool's `docs/mythoughts.md`, a list of questions to ask about its
 * code ("do i still need the evaluations …?"), was a draft titled "mythoughts" (import rounds 58 to 60).
 */
const personalNotesFile = /^(?:my[-_ ]?|random[-_ ]?)?(?:thoughts|ideas|questions|brainstorm(?:ing)?|scratch(?:pad)?|musings|jottings)(?:\.(?:txt|md|markdown|org))?$/i;
/**
 * A page of a team's inventory, under `inventory/` (what it has: servers, devices, services, its
 * project's identity): a homelab's `inventory/infrastructure.md`, `operations.md` and `project.md`,
 * each titled by its own file name, were three drafts (import round 60).
 */
const inventoryFolder = /(?:^|\/)inventor(?:y|ies)\//i;
/** A project's list of its technical debt (`TECHDEBT.md`, `tech-debt.md`): a Go app's was a draft titled "Technical Debt" (import round 55). */
const techDebtFile = /^(?:tech(?:nical)?[-_ ]?debts?)\.(?:txt|md|markdown|org|rst)$/i;
/**
 * A project's log of its own releases: `CHANGELOG.md`, `CHANGES`, `HISTORY.rst`, `NEWS`,
 * `RELEASE_NOTES.md`. Taken by these names only: `history-2022-12-04.atom` (a status page's
 * history feed) and `changelog-outage.md` are read.
 */
const changelogFile = /^(?:change[-_]?log|changes|history|news|releases?|release[-_]notes)(?:\.\w+)?$/i;

/**
 * Why `name` (relative to the folder given to the import, `/`-separated) is not read as a
 * report, in words for the command's output, or undefined when it may be one: hidden, in a hidden
 * folder, Word's lock file (`~$…`), a picture, data or code file, a repository's own file, a
 * dependency list or build file, a website's or app's file, a lockfile, a build service's
 * configuration, an editor's file, a licence, a changelog, a template. The reasons are checked in
 * that order, so a name says the most particular one that fits (`yarn.lock` is a lockfile).
 */
/** A picture's extension: a report's pictures are found from the report that shows them, so a folder's are not listed. */
const pictureExtension = /\.(?:png|jpe?g|gif|svg|webp|ico|bmp|tiff?|avif|heic)$/i;

/**
 * True when a file passed over is said in the command's output: all but hidden files (an editor's,
 * a tool's) and pictures. Until import round 59 every file passed over by its extension went
 * unsaid ("a picture, document, data or code file" was left out with the pictures): a smart-contract
 * postmortem collection's 540 Solidity files, a log kept beside six reports, PDFs. They are named now,
 * so one that holds a report can be imported by name.
 */
export function passedOverIsSaid(name: string, why: string): boolean {
  return !/^hidden/.test(why) && !pictureExtension.test(name);
}

export function notReportReason(name: string): string | undefined {
  const base = basename(name);
  // `~$eport.docx` is the lock file Word leaves beside a document it has open, not a document.
  if (name.split('/').some((part) => part.startsWith('.') || part.startsWith('~$'))) return 'hidden, or a lock file an editor leaves';
  if (lockFile.test(base)) return 'a package manager\'s lockfile';
  if (siteFile.test(base)) return 'a website\'s or app\'s file (manifest, icon, robots, sitemap)';
  if (ciFile.test(base)) return 'a build service\'s configuration';
  if (editorFile.test(base)) return 'an editor\'s file or a backup';
  if (licenceFile.test(base)) return 'a licence, notice or list of authors';
  if (changelogFile.test(base)) return 'a changelog';
  const byExtension = fileKindByExtension(name);
  if (byExtension) return byExtension;
  if (repositoryFile.test(base)) return 'the repository\'s own file (README, CONTRIBUTING, a template)';
  if (buildFile.test(base)) return 'a dependency list or build file';
  if (todoFile.test(base)) return 'a project\'s list of tasks (a to-do list), not a report';
  if (techDebtFile.test(base)) return 'a project\'s list of its technical debt, not a report';
  if (personalNotesFile.test(base)) return 'someone\'s notes to themselves (thoughts, ideas, questions: named so), not a report';
  if (inventoryFolder.test(name) && /\.(?:md|markdown|txt)$/i.test(name)) return 'a page of an inventory (under inventory/: what a team has, its servers, devices and services), not a report';
  if (templateFile.test(base)) return 'a report template';
  if (templateFolder.test(name)) return 'a template of a site generator (Hugo\'s archetypes/)';
  if (teamTemplateFolder.test(name)) return 'a template (in a folder of templates)';
  if (siteMachineryFolder.test(name)) return 'a site generator\'s layout, include or theme, or a library a site copies in (Jekyll\'s _layouts/, _includes/; Hugo\'s layouts/, themes/; vendor/)';
  if (agentInstructionsFile.test(base) || (agentSkillsFolder.test(name) && /\.(?:md|markdown|mdx|txt)$/i.test(name))) return 'an AI agent\'s instructions (a skill, AGENTS.md, CLAUDE.md)';
  if (testFixtureFolder.test(name)) return 'a program\'s test data (under tests/fixtures/, spec/fixtures/, testdata/)';
  if (courseAnswerFile.test(name)) return 'a course\'s answer file (a task\'s number and name, no extension, in a numbered project folder such as `0x13-firewall/`: a diagram\'s link, a domain name, commands or a config, not a report)';
  const appWhy = appFileReason(name);
  if (appWhy) return appWhy;
  return instructionPageReason(name) ?? projectDocumentReason(name);
}

/**
 * A systems course's answer files: each task's answer named by its number and the task, without an
 * extension (`0-simple_web_stack`, `100-port_forwarding`, `1`), in a project folder numbered in
 * hexadecimal (`0x13-firewall/`, Holberton's and ALX's curricula). Three students' repositories kept
 * their postmortem among 9 to 14 such files, each a draft titled by its first line ("phoenixone.tech",
 * "rules.before", "Lets see": import rounds 50 to 52). The postmortem itself is a README, read.
 */
const courseAnswerFile = /(?:^|\/)0x[0-9A-F]{2}[-_][^/]+\/(?:[^/]+\/)*\d+(?:-[\w-]+)?$/i;

/**
 * A web app's own files, beside which an incident-reporting app keeps no report (a Rails app for a
 * bus company's incident forms gave 69 drafts, every one wrong: import round 52): its views and
 * templates (HAML, Slim, ERB not over a page's Markdown or HTML, Prawn's PDF views), CoffeeScript,
 * Rake tasks and Capistrano's `Capfile`, Azure Bicep files and Terraform variables, an encrypted
 * credentials file (`production.yml.enc`), a file kept as an example of another
 * (`database.yml.sample`, `staff.txt.example`: a config to copy, or a list of names), and the
 * error pages a framework ships (`public/404.html`, `500.html`: "The page you were looking for
 * doesn't exist"). Round 53: an Eleventy site's page template (`pages/index.njk`, "GOV.UK Service Status" over
 * `{% for service in … %}`) was a draft; Nunjucks, Handlebars, Mustache, Twig, EJS and Jinja are the same kind.
 */
const appViewOrCode = /\.(?:haml|slim|coffee|prawn|rake|bicep|bicepparam|tfvars|enc|njk|hbs|handlebars|mustache|twig|ejs|j2|jinja2?)$|(?<!\.(?:md|markdown|html?))\.erb$/i;
const appTaskFile = /^(?:Capfile|Rakefile|Guardfile|Berksfile|Podfile|Fastfile|Appfile|Dangerfile|Steepfile)$/;
const exampleCopy = /\.(?:example|sample|dist|template|tmpl|default)$/i;
/** A web app's source folders (Rails' `app/views/`, `app/components/`: a retrospective board's `component.html.erb` pages were drafts). */
const appSourceFolder = /(?:^|\/)app\/(?:views|components|helpers|assets|controllers|models|javascript|mailers|jobs|channels)\//i;
// Round 54: a Jekyll site's `_pages/404.md` ("Page Not Found", `permalink: /404.html`) was a draft: a page named by an error's code alone is one anywhere.
const frameworkErrorPage = /(?:^|\/)(?:public|static|errors?)\/(?:[1-5]\d\d)(?:[-_][\w-]+)?\.html?$|(?:^|\/)(?:40[0-9]|41\d|5\d\d)\.(?:md|markdown|mdx|html?)$/i;

function appFileReason(name: string): string | undefined {
  const base = basename(name);
  if (appViewOrCode.test(base)) return 'a web app\'s view, script or infrastructure file (HAML, Slim, ERB, Nunjucks, Handlebars, Twig, EJS, Jinja, CoffeeScript, Rake, Bicep, Terraform variables, encrypted credentials)';
  if (appTaskFile.test(base)) return 'a build or deployment tool\'s task file (Capfile, Rakefile, Podfile …)';
  if (exampleCopy.test(base) && /\.\w+\.\w+$/.test(base)) return 'an example copy of a program\'s file (`….example`, `….sample`: a config or data to copy, not a report)';
  if (appSourceFolder.test(name)) return 'a web app\'s source (under `app/views/`, `app/components/` …: its pages\' templates and code)';
  if (frameworkErrorPage.test(name)) return 'an error page a web framework or site ships (`public/404.html`, `500.html`, a Jekyll site\'s `404.md`), not an incident';
  return undefined;
}

/**
 * A project's own documents, named for what they are rather than for an incident: an app's
 * `APPLICATION_OVERVIEW.md`, `BUILD_INSTRUCTIONS.md`, `CLIENT_EXPLANATION.md`, `DEPLOY.md`, an
 * issue-tracker status page's `CONTEXT.md`, `PLAN.md`, `VISION.md`, a course repository's
 * `RAG-assigment.md` (each a draft in rounds 51 and 52). Every word of the name is a document's
 * kind ("overview", "instructions", "plan", "assignment", written as the author did) or says whose
 * it is ("application", "client", an acronym such as "RAG"), at least one a kind, and no day: a
 * name with any other word (`database-outage-overview.md`, `2024-03-01-plan.md`) may be a report.
 */
const projectDocumentKind = /^(?:overview|started|architecture|build|building|instructions?|setup|installation|quickstart|usage|development|deploy|deployment|deploying|testing|design|spec|specs|specification|requirements|plan|planning|vision|context|explanation|assignment|assigment|implementation|prompts?|structure|todo|tasks|onboarding|guide|guidelines|conventions|contacts)$/i;
const projectDocumentOwner = /^(?:application|app|client|project|product|system|technical|developer|user|getting|started|quick|start|and)$/i;
/** An acronym opening the name ("RAG", "API"): whose document it is. */
const projectAcronym = /^[A-Z]{2,5}$/;

function projectDocumentReason(name: string): string | undefined {
  // A document's page (`PLAN.md`, `overview.txt`); a program named `setup` is judged by its opening.
  if (!/\.(?:md|markdown|mdx|txt|rst|adoc|org|html?)$/i.test(name)) return undefined;
  const stem = basename(name).replace(/\.[^.]*$/, '');
  if (/\d/.test(stem)) return undefined;
  const words = stem.split(/[-_ .]+/).filter(Boolean);
  if (!words.length || !words.every((word, i) => projectDocumentKind.test(word) || projectDocumentOwner.test(word) || (i === 0 && words.length > 1 && projectAcronym.test(word)))) return undefined;
  return words.some((word) => projectDocumentKind.test(word)) ? 'a project\'s own document, named for what it is (an overview, build instructions, a plan, an assignment), not for an incident' : undefined;
}

/**
 * A program's test data: a catalogue of incidents kept as YAML tests its validator on
 * `tests/fixtures/2099-invalid-bad-slug.yaml` and 12 more records dated 2099, made to fail; imported,
 * they were 14 drafts of no incident (import round 50).
 */
const testFixtureFolder = /(?:^|\/)(?:tests?|specs?|__tests__)\/(?:[^/]+\/)*(?:fixtures?|__fixtures__|testdata|mocks?|__mocks__)\//i;

/** True when `name` (relative to the folder given to the import, `/`-separated) may be a report: see {@link notReportReason}. */
export function mayBeReportFile(name: string): boolean {
  return notReportReason(name) === undefined;
}

/**
 * True when `name` may be a status page's JSON export of its incidents (src/lib/import/status-exports.ts):
 * a `.json` file (or Apple's System Status file, `system_status_en_US.js`), not hidden and not a package's (`node_modules/`, `package.json`, `tsconfig.json`).
 * Whether it is one is known only once it is read; other JSON in a folder is passed over.
 */
export function mayBeStatusExportFile(name: string): boolean {
  const parts = name.split('/');
  return (/\.json$/i.test(name) || appleStatusFileName.test(name)) && !parts.some((part) => part.startsWith('.') || part === 'node_modules') && !/^(?:package(?:-lock)?|tsconfig|composer|bower|manifest)\.json$/i.test(basename(name));
}

/** Pages a documentation tool builds a folder's contents page from: Hugo's `_index.md`, mdBook's `SUMMARY.md`, docsify's `_sidebar.md`. */
const contentsPage = /^(?:_index|summary|_sidebar|toc)\.(?:md|markdown|mdx|qmd|rmd|html?|rst|adoc|txt)$/i;
/**
 * A folder's index page: `index.md`, `index.html`, and as a site generator names the page it
 * renders through a template engine (Middleman's `index.html.md.erb`, `index.md.liquid`).
 */
const indexPage = /^index(?:\.html?)?\.(?:md|markdown|mdx|qmd|rmd|html?|rst|adoc|txt)(?:\.(?:erb|liquid|njk|hbs|haml|slim))?$/i;

/**
 * The files among `names` (relative to the folder given to the import, `/`-separated, each one
 * that may be a report) that are a folder's contents page rather than a report: a contents page
 * of a documentation tool anywhere, and an index page beside other reports of its folder
 * (mybinder.org's `incident-reports/index.md`, guidelines and a list of the reports). An index page
 * alone in its folder is a report written as a page bundle (`2024-03-outage/index.md`).
 */
export function findFolderIndexPages(names: readonly string[]): Set<string> {
  const folderOf = (name: string) => name.slice(0, Math.max(0, name.lastIndexOf('/')));
  const reportsPerFolder = new Map<string, number>();
  for (const name of names) reportsPerFolder.set(folderOf(name), (reportsPerFolder.get(folderOf(name)) ?? 0) + 1);
  return new Set(names.filter((name) => (contentsPage.test(basename(name)) && !isHugoSiteOnlyPage(name, names)) || (indexPage.test(basename(name)) && (reportsPerFolder.get(folderOf(name)) ?? 0) > 1)));
}

/**
 * Hugo's home page, `content/_index.md`, with no other page in `content/` or below it: the site is
 * that one page (a reveal.js slide deck of a post-mortem, import round 50), not a contents page of
 * sections. A section's `_index.md` (`content/posts/_index.md`) stays a contents page.
 */
function isHugoSiteOnlyPage(name: string, names: readonly string[]): boolean {
  const hugoHome = /^(?:.*\/)?content\/_index\.(?:md|markdown)$/i.exec(name);
  if (!hugoHome) return false;
  const folder = name.slice(0, name.lastIndexOf('/') + 1);
  return !names.some((other) => other !== name && other.startsWith(folder));
}

/**
 * True when `name` may hold many incidents, each imported as a report of its own: a status page's
 * or an issue tracker's JSON export (above), one incident as a YAML record (below), a status page's feed saved as `.atom`/`.rss`
 * (src/lib/import/status-feeds.ts), an incident platform's JSON Lines export (`.jsonl`, `.ndjson`:
 * src/lib/import/postmortem-records.ts), or a spreadsheet saved as `.csv`/`.tsv` that is an
 * incident log (src/lib/import/incident-sheets.ts). Whether it is one is known once it is read (by
 * its keys, or its header row); other data in a folder is passed over.
 */
export function mayBeIncidentExportFile(name: string): boolean {
  const parts = name.split('/');
  if (testFixtureFolder.test(name)) return false;
  return mayBeStatusExportFile(name) || mayBeIncidentRecordFile(name) || (/\.(?:csv|tsv|atom|rss|jsonl|ndjson)$/i.test(name) && !parts.some((part) => part.startsWith('.') || part === 'node_modules'));
}

/**
 * True when `name` may be one incident a status page keeps as a YAML record
 * (src/lib/import/incident-records.ts: VSC's `incidents/kul_20250711.yml`): a `.yml`/`.yaml` file
 * that is not hidden, a package's, a lockfile or a build service's configuration. Whether it is
 * one is known once it is read; other YAML (a site's `config.yml`) is passed over.
 */
export function mayBeIncidentRecordFile(name: string): boolean {
  const base = basename(name);
  return /\.ya?ml$/i.test(name) && !name.split('/').some((part) => part.startsWith('.') || part === 'node_modules') && !lockFile.test(base) && !ciFile.test(base);
}

/**
 * The JSON files among `names` (`/`-separated) that a status page publishes beside its feed under
 * the same name (Orvay's `history.json` beside `history.atom`: the same state changes twice), with
 * why each is passed over: in a folder the feed is read and the JSON would make every draft twice
 * (the second with `-2`). Named on its own, such a file is read.
 */
export function feedTwinFiles(names: readonly string[]): { file: string; why: string }[] {
  const feeds = new Set(names.filter((name) => /\.(?:atom|rss)$/i.test(name)).map((name) => name.replace(/\.(?:atom|rss)$/i, '')));
  return names.filter((name) => /\.json$/i.test(name) && feeds.has(name.replace(/\.json$/i, '')))
    .map((file) => ({ file, why: 'the same history as the feed of its name beside it (read instead: each incident would be imported twice)' }));
}

/** A page's source a site generator builds its `.html` from: Markdown, MDX, reStructuredText, AsciiDoc, Org. */
const pageSourceExtension = /\.(?:md|markdown|mdown|mkd|mdx|qmd|rmd|rst|rest|adoc|asciidoc|asc|org)$/i;

/**
 * The HTML pages among `names` (`/`-separated) built from a source of the same name in the same
 * folder (`2024-03-db-outage.html` beside `2024-03-db-outage.md`: a team that commits its site
 * keeps both), with why each is passed over: in a folder both were imported, one incident twice
 * (the HTML's draft with `-2`). The source is read, as the team writes it. Named on its own, such a
 * page is read.
 */
export function builtPageTwins(names: readonly string[]): { file: string; why: string }[] {
  const stem = (name: string) => name.replace(/\.[^./]+$/, '').toLowerCase();
  const sources = new Set(names.filter((name) => pageSourceExtension.test(name)).map(stem));
  return names.filter((name) => /\.html?$/i.test(name) && sources.has(stem(name)))
    .map((file) => ({ file, why: 'the page a site generator built from the source of its name beside it (`.md`, `.rst`, `.adoc`, …; the source is read instead: the incident would be imported twice)' }));
}

/**
 * Why a file found in a folder is passed over when it holds no text once read: an empty file, or
 * a page of markup, styles or scripts only (a built site's `split.html`, a frame of two coloured
 * halves, import round 50). It failed the whole import (exit 1); named on its own it still fails.
 */
export const textlessFileWhy = 'no text in it once read (an empty file, or a page of markup, styles or scripts only)';

/**
 * The command's lines on the files of a folder passed over by their names, one line per reason,
 * naming up to `shown` files each (and how many more): "2 file(s) not read as reports, a
 * package manager's lockfile: yarn.lock, web/pnpm-lock.yaml. Import one by name if it is a report."
 */
export function describePassedOver(files: readonly { file: string; why: string }[], shown = 5): string[] {
  const byReason = new Map<string, string[]>();
  for (const { file, why } of files) byReason.set(why, [...(byReason.get(why) ?? []), file]);
  return [...byReason].map(([why, names]) => {
    const sorted = [...names].sort();
    const listed = sorted.slice(0, shown).join(', ') + (sorted.length > shown ? ` and ${sorted.length - shown} more` : '');
    const pattern = siblingFoldersPattern(sorted);
    const byPattern = pattern ? `; if the ${pattern.count} of ${pattern.glob} (one in each folder) are reports, a shell pattern names them all: npm run import -- ${pattern.glob}` : '';
    return `${names.length} file(s) not read as reports, ${why}: ${listed}. If one is a report, import it by name: npm run import -- ${sorted[0]}${byPattern}`;
  });
}

/**
 * The shell pattern naming the most files of one name, each in its own folder of one parent (a
 * star for the folder: `sessions/A01-…/README.md` and `sessions/A02-…/README.md` give it), with
 * how many it names; undefined when no two are so laid out. A team keeping a folder per incident,
 * its report the folder's README, had 35 such files passed over beside the repository's own
 * README, and the advice named one file (adoption round 59).
 */
function siblingFoldersPattern(files: readonly string[]): { glob: string; count: number } | undefined {
  const groups = new Map<string, number>();
  for (const file of files) {
    const slash = file.lastIndexOf('/');
    const folder = file.slice(0, Math.max(0, slash));
    if (!folder) continue;
    const glob = `${folder.slice(0, folder.lastIndexOf('/') + 1)}*/${file.slice(slash + 1)}`;
    groups.set(glob, (groups.get(glob) ?? 0) + 1);
  }
  // The largest group; of two as large, the first in the files' order (sorted by the caller).
  const [glob, count] = [...groups].reduce<[string, number]>((best, group) => (group[1] > best[1] ? group : best), ['', 0]);
  return count >= 2 ? { glob, count } : undefined;
}

/**
 * How many bytes of a file without an extension {@link notReportByOpening} is given to judge it by:
 * 16 KiB since import round 52 (4 KiB before), so a MySQL option file whose licence comment fills
 * its first 4 KiB is judged by the settings under it, not by comments alone (it was a draft).
 */
export const openingLength = 16384;

/**
 * Why a file whose name does not say what it is (no extension: `tinystatus`) is no report, read
 * from its opening: a script, whose first line is an interpreter's (`#!/usr/bin/env sh`). A
 * status page's generator script kept beside its incidents became a draft titled "usr bin env sh"
 * (import round 43). Undefined when it may be a report. `readOpening` gives the file's first bytes;
 * it is called only for a name without an extension, so a folder of reports is not opened twice.
 */
export function notReportByOpening(name: string, readOpening: (name: string) => string): string | undefined {
  if (/\.[A-Za-z]\w*$/.test(basename(name))) {
    // An extension the import reads no document by (`main.dats`, `ats2-fix.mk`): a program's
    // source or build file when its opening is code (import round 58: a kernel bugs' postmortem
    // repository keeps each fix's ATS2 program and Makefile fragments beside the reports, and the
    // 33 became drafts titled "main", "all", "ats2 fix"). A report's own formats are never opened here.
    if (isDocumentFileName(name)) return undefined;
    const code = codeOpening(readOpening(name));
    return code ? `a program's source or build file (its extension is none the import reads as a document, and its opening is code: ${code})` : undefined;
  }
  const opening = readOpening(name);
  if (/^#!\s*\//.test(opening)) return 'a script (its first line names the program that runs it, "#!…")';
  if (keyOrCertificateOpening(opening)) return keyOrCertificateWhy;
  // A compiled program or binary data named without an extension (a course's `__ls__`, an ELF):
  // it failed the whole import (exit 1, round 50). One named as a report (`notes.md`) still fails, said.
  if (/^\x7fELF|\u0000/.test(opening)) return 'a program or binary data (not text), named without an extension';
  // An SSH client's `2-ssh_config`, HAProxy's config, an Ansible `inventory`: settings, not prose (round 51).
  const settings = settingsFileLines(opening, opening.length >= openingLength - 4);
  if (settings) return `a program's settings (${settings} lines of a setting's name and its values, \`[sections]\` or \`key=value\`, and no sentence), named without an extension`;
  // A course's answer file ("2", the number of an OSI layer) became a draft titled "2" (round 50).
  return opening.length < 64 && !/\p{L}{2}/u.test(opening) ? 'a file of no words (a number or marks alone: an answer file, not a report)' : undefined;
}

/** The formats the import reads a report from: Markdown (and its template sources), HTML, text, reStructuredText, AsciiDoc, Org, Word, Confluence's XML. */
const isDocumentFileName = (name: string) => isMarkdownFileName(name) || /\.(?:x?html?|txt|text|rst|adoc|asciidoc|asc|org|docx|xml)$/i.test(name);

/**
 * What shows a file's opening to be code rather than prose, in words for the reason given, or
 * undefined: C's preprocessor lines (`#include "share/atspre_define.hats"`, never a Markdown heading,
 * which has a space after its mark), a Makefile's rules (a target, then a line indented by a tab)
 * or its variables (`SUBDIRS := $(wildcard *)`).
 */
export function codeOpening(opening: string): string | undefined {
  // `openapi.sha256` beside a project's API docs (import round 58: a draft titled by its digest).
  if (/^\s*[0-9a-f]{32,128}(?:\s+\*?\S+)?\s*$/i.test(opening)) return 'a checksum (a digest alone)';
  if (/^#(?:include|define|ifndef|ifdef|pragma)\b/m.test(opening)) return 'preprocessor lines such as "#include"';
  if (/^[\w.$()%/-]+(?:[ \t]+[\w.$()%/-]+)*[ \t]*::?(?!=)[^\n]*\n\t\S/m.test(opening)) return "a Makefile's rules (a target, then lines indented by a tab)";
  if (/^[A-Za-z_]\w*[ \t]*(?::=|\?=|\+=)[ \t]*\S/m.test(opening)) return 'a Makefile\'s variables ("NAME := …")';
  return undefined;
}

/**
 * A key or a certificate (`-----BEGIN OPENSSH PRIVATE KEY-----`, `ssh-rsa AAAA…`): a course's
 * repository keeps `school` and `school.pub` beside its postmortem, and the private key became a
 * draft titled "BEGIN OPENSSH PRIVATE KEY" (import round 50). Never a report, never put in a draft.
 */
export const keyOrCertificateOpening = (text: string) => /^\uFEFF?\s*(?:-----BEGIN [A-Z0-9 ]*(?:KEY|CERTIFICATE|REQUEST)[A-Z ]*-----|(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) AAAA)/.test(text);
export const keyOrCertificateWhy = 'a key or a certificate (its first line opens one: "-----BEGIN … KEY-----", "ssh-rsa AAAA…"), never a report: not read, not put in a draft';
