import { leadingFrontmatter } from './leading-frontmatter.ts';
/**
 * A page kept beside the reports that is a document of another kind: an audit, an inventory, a
 * dashboard, a strategy, a plan, a diagram's description, a readiness checklist, a conformity or lint report, a code review, an evaluation, an
 * acceptance test, a record of the system's state. homelab-vixens keeps 35 such pages beside its 15
 * post-mortems in docs/reports/ ("Conformity Report", "Application Version Inventory", "Plan de
 * Migration …", "Recette Technique"), and each became a draft (import rounds 24 to 26). Such a page
 * is told by its title, which names its kind and no incident (outage, failure, crash, down, errors,
 * unable, maintenance, security, …), and by having no section of a report (root cause, timeline,
 * what happened, …). A short notice of an incident is never one: its title or
 * text names what broke, and its title names no such kind.
 */

const registerKind = 'a table, a register or a model';
/** "Advisers", "Contributors", "Our maintainers", "Acknowledgements": a title that is only a word for people. */
const peopleTitle = /^(?:(?:our|the|project)\s+)?(?:advis[eo]rs?|contributors?|maintainers?|authors?|credits?|acknowledge?ments?|thanks|team members|members|people|committers|sponsors|mentors|reviewers)\s*$/iu;
/**
 * Kinds of document in Japanese and Chinese titles (import round 57), and since round 58 a list
 * ("命令行清单"), a strategy ("发布策略"), practices ("工程实践") and how to do a thing ("ビルド方法").
 * In both languages a title's last noun is what the document is: "故障模式与根因分析字典" is a
 * dictionary whose subject is failures, "障害対応チェックリスト" a checklist for handling incidents.
 */
const cjkDocumentKinds: [RegExp, string][] = [
  [/字典|词典|辞典|用語集|词汇表/u, 'a dictionary or a glossary'],
  [/チェックリスト|チェックシート|检查清单/u, 'a readiness plan or checklist'],
  [/清单|リスト$/u, 'a list'],
  [/テンプレート|テンプレ|雛形|模板/u, 'a template'],
  [/ポリシー|規約|规约|方針|ルール|规范|ガイドライン/u, 'a policy, terms or rules'],
  [/策略|戦略/u, 'a strategy'],
  [/指南|ガイド|手册|手冊|マニュアル|手順書|最佳实践|ベストプラクティス|プレイブック|ランブック|工程实践|实践指南|方法$/u, 'documentation or a how-to guide'],
  // Round 59: a government app's development pages "ブランチ構成" (its branches' layout) and
  // "ライセンスの取り扱い" (how it handles its dependencies' licences) were drafts.
  [/仕様|规格|設計|设计|アーキテクチャ|架构|構成$|结构$/u, 'a specification or a design'],
  [/ライセンス|许可证|許可證/u, 'a licence or how licences are handled'],
  [/計画|计划|规划|スケジュール|ロードマップ|路线图/u, 'a plan'],
  // Round 61: a monitoring platform's "项目范围" (its project's scope, beside the English "Project Scope").
  [/范围$|範囲$|スコープ$/u, "a project's scope (what it covers and how it is kept)"],
  [/マトリックス|矩阵|一覧|管理表|設定表|汇总|レジスター|成熟度模型/u, registerKind],
];

/** A team's report of a period's work ("Engineering Weekly Report - Nov 10-14", "Monthly Status Update"), not of one incident. */
const periodicReportTitle = /(?:^|[^\p{L}])(?:(?:weekly|monthly|quarterly|bi-?weekly|fortnightly|daily)\s+(?:status\s+|progress\s+|team\s+)?(?:reports?|updates?|summar(?:y|ies)|digests?)|status\s+reports?)(?![\p{L}])/iu;
const periodicReportKind = "a periodic status report (a team's week or month: its work, metrics and blockers)";

/** Kinds of document, by the words their titles name them with (English and French), each with how the refusal says it. */
const documentKinds: [RegExp, string][] = [
  [/\baudits?\b/iu, 'an audit'],
  [/\b(?:inventory|inventaire)\b/iu, 'an inventory'],
  [/\b(?:dashboard|tableau de bord)\b/iu, 'a dashboard'],
  [/\b(?:strategy|stratégie)\b/iu, 'a strategy'],
  [/\brecommendations?\b/iu, 'recommendations'],
  [/\b(?:conformity|conformité|compliance|lint|quality|qualité)\s+(?:report|rapport)\b/iu, 'a conformity or quality report'],
  [/\bcode review\b/iu, 'a code review'],
  [/(?:^|[^\p{L}])(?:evaluation|évaluation|assessment)(?![\p{L}])/iu, 'an evaluation'],
  [/\b(?:recette|acceptance tests?|(?:robustness |load |performance )?test report)\b/iu, 'a test report'],
  [/\b(?:plan|roadmap)\b/iu, 'a plan'],
  // "État Réel du Cluster", "Application State - Desired": not a status site's "### State" section.
  [/(?:^|[^\p{L}])(?:état (?:réel|actuel|souhaité|désiré)|(?:actual|desired|current|application|cluster) state|state - (?:actual|desired))(?![\p{L}])/iu, 'a record of the system\'s state'],
  [/\b(?:rapport|resource analysis)\b/iu, 'an analysis or a project report'],
  // Round 58: a DevOps course's "Curiosity Report: Amazon EventBridge" (a student's essay on a tool,
  // kept beside the incident reports of the same course: seven drafts).
  [/\b(?:curiosity|research|lab|book|reading|study)\s+report\b/iu, 'a research or study report (an essay on a subject, not an incident)'],
  // Round 53: an SRE wiki's "Lucid Diagram: Auth Architecture" (a diagram's link and owner) and
  // "Event Prep: Holiday Traffic Readiness" (an event's checklist) were drafts.
  [/\b(?:diagrams?|architecture|diagramme)\b/iu, 'a diagram or an architecture description'],
  [/\b(?:readiness|event prep(?:aration)?|preparedness|checklist)\b/iu, 'a readiness plan or checklist'],
  // Round 56: a site's "Rollout Categoria 6 (Staging -> Producao)", the steps of a change to come.
  [/(?:^|[^\p{L}])(?:roll-?out|rollout-plan)(?![\p{L}])/iu, 'a rollout plan'],
  // Round 60: an operations portfolio's "Link Monitoring Automation Design" (an objective, a problem
  // statement, a proposed scope: a design of automation to come) was a draft. A title closing on
  // "Design", "Design Doc" or "Proposal" names one.
  [/(?:^|[^\p{L}])(?:design(?:\s+doc(?:ument)?)?|proposal|rfc)\s*$/iu, 'a specification or a design'],
  // Round 57: titles in Japanese and Chinese, written without spaces between words (a Japanese app's
  // 83 ops documents, "CI 重大度ルール", "本番ローンチ運用チェックリスト"; a government app's
  // "利用規約" and "プライバシーポリシー"; a Kubernetes knowledge base's "专家指南" and "字典").
  // "Release Policy", "CI Runtime Policy", "Namenskonventionen und Datei-Policy": a policy by the title's last word.
  [/(?:^|[^\p{L}])polic(?:y|ies)\s*(?:[(（][^)）]*[)）])?\s*$/iu, 'a policy, terms or rules'],
  // Round 59: a postmortem repository's "Advisers" (the names of who advised its authors, a list by
  // topic) was a draft. A title that is only a word for people is a list of them.
  [peopleTitle, 'a list of people (advisers, contributors, maintainers, credits)'],
  // Round 59: a postmortem repository's scaffold keeps "List of todos" (its to-do list, in
  // `toodaloo.md`, a name the to-do file rule does not know) beside its generator.
  [/^(?:(?:a |the )?list of )?to-?dos?\s*$|^to-?do list\s*$/iu, "a project's list of tasks (a to-do list)"],
  ...cjkDocumentKinds,
  // After the kinds above, so a page they name is said as before ("命令行清单 (Complete CLI Commands Reference)" is a list).
  // Round 61: a Slack-to-Notion incident bot's docs ("API Reference — Slack & Notion Integration") and a monitoring platform's "Project Scope" were drafts.
  [/(?:^|[^\p{L}])(?:api|cli|sdk|command|commands|configuration|config)\s+reference(?![\p{L}])/iu, "a reference (an interface's or a program's)"],
  [/(?:^|[^\p{L}])(?:project\s+)?scope\s*$/iu, "a project's scope (what it covers and how it is kept)"],
  // Round 61: a news site's "THE POSTMORTEM — ARTICLE DESIGN SYSTEM" (how its articles are set: fonts, spacing, drop caps).
  [/(?:^|[^\p{L}])(?:style\s*guide|design\s+system|brand\s+guidelines?|styleguide)(?![\p{L}])/iu, 'a style guide or design system'],
  // Round 63: a sample company's knowledge base kept eight "Engineering Weekly Report - Nov 10-14,
  // 2025" (a team's metrics, work done and blockers, one blocker an outage), its "Organization
  // Structure" and its "Product Specifications" beside one postmortem: eleven drafts.
  [periodicReportTitle, periodicReportKind],
  [/(?:^|[^\p{L}])(?:org(?:ani[sz]ation(?:al)?)?\s+(?:chart|structure)|organigram)(?![\p{L}])/iu, 'an organisation chart (who is in which team)'],
  [/(?:^|[^\p{L}])(?:product|technical|functional|system)\s+spec(?:ification)?s?\s*$/iu, 'a specification or a design'],
];


/**
 * The kind a Japanese or Chinese title ends with, its subject before it: "02 - Kubernetes
 * 故障模式与根因分析字典" (a Kubernetes knowledge base's dictionary of failure modes, a draft in
 * import rounds 56 and 57, since its title names 故障). A title ending in anything else ("v1.4.0
 * リリースで発生した障害について", "…障害報告") is judged as before. Words in brackets after the
 * title ("(Complete CLI Commands Reference)") are left out.
 */
function cjkKindOfLastNoun(title: string): string | undefined {
  const last = title.replace(/\s*[(（][^)）]*[)）]\s*$/u, '').replace(/[\s。.!！?？:：]+$/u, '');
  // A list of incidents ("障害一覧") may be a log of them, one report each: judged by what it holds.
  return cjkDocumentKinds.filter(([, kind]) => kind !== registerKind).find(([words]) => new RegExp(`(?:${words.source.replace(/\$$/, '')})$`, 'u').test(last))?.[1];
}

/**
 * A page titled only by the name of its language ("English", "日本語", "簡体中国語"): one language's
 * text of something kept in several, an app store's listing or a translated page. A government
 * app's store texts (`materials/app_store/en.md`, `ja.md`, `zh_CN.md`, in two stores) were six
 * drafts (import rounds 56 and 57).
 */
const languageNameTitle = /^(?:english|français|francais|french|deutsch|german|español|espanol|spanish|português|portugues|portuguese|italiano|italian|nederlands|dutch|polski|русский|українська|日本語|にほんご|英語|中文|简体中文|繁體中文|繁体中文|簡体中国語|繁体中国語|中国語|韓国語|한국어|영어|汉语|漢語|英文)$/iu;

/**
 * A short title (five words at most) whose last word names documentation or a guide ("Security
 * Documentation", "Operator Handbook"), a word of its own: a school platform's notice "Update Server
 * Schullogin-Dokumentation" (an update of its documentation's server) is no guide.
 */
const guideTitle = /^(?:\S+\s+){0,4}(?:documentation|docs|guide|manual|handbook|how-?to|documentaci[óo]n|gu[íi]a|handbuch|leitfaden|dokumentation)\s*$/iu;
/**
 * A title saying how to install, deploy or configure something: a French homelab's Docusaurus pages
 * "Déploiement des certificats TLS via OPNsense (ACME)", "Installation de Proxmox", "Configuration
 * de l'image update automation FluxCD" (import round 56: 54 drafts), in English, Spanish, Portuguese
 * and German too. A title naming what broke ("Installation of kiln 4's relay failed") is a report's.
 */
const howToTitle = /^(?:how to|installing|setting up|install(?:ation)? (?:of|de|du|des|d['’]|von)|d[ée]ploiement (?:de|du|des|d['’])|configuration (?:de|du|des|d['’]|of)|mise en place|instalaci[óo]n de|configuraci[óo]n de|instala[çc][ãa]o d[eoa]s?|configura[çc][ãa]o d[eoa]s?|einrichtung|installation)(?![\p{L}])/iu;
/** A heading of a how-to's steps ("Step 1: Define Your Implementation", "Schritt 2", "Paso 3"). */
const stepHeading = /^(?:step|schritt|paso|[ée]tape|etapa)\s+\d+\b/i;

/** Words of an incident, or of a notice about one (a maintenance, a security issue): a title naming one is a report's. */
const incidentWord = /(?:^|[^\p{L}])(?:incidents?|outages?|post-?mortems?|pannes?|crash\w*|down|downtime|failures?|failed|fails?|broken|disruptions?|degrad\w+|unavailab\w+|unreachable|unable|cannot|can't|not working|errors?|issues?|problems?|slow\w*|delay\w*|breach\w*|vulnerabilit\w+|exploit\w*|attacks?|halt\w*|malware|malicious|compromis\w*|leak\w*|root cause|impact\w*|maintenance|security|sécurité|lost|loss|stuck|interrupt\w*|emergency|urgence)(?![\p{L}])/iu;

/**
 * Sections of a report of an incident: a page with one is kept, whatever its title. Other words of
 * an incident in headings do not keep a page (a lint report's "Yamllint Errors", a test report's
 * "Test 3: subprocess crash", an audit's "Alarme & Sécurité").
 */
const reportSection = /(?:^|[^\p{L}])(?:incidents?|outages?|post-?mortems?|pannes?|root causes?|causes?|timeline|chronolog\w+|what happened|lessons? learned|resolution)(?![\p{L}])/iu;

/**
 * A title naming how a team handles incidents, not one incident: "Incident Management Process at
 * CDS", "Processus de gestion d'incidents au SNC" (a government team's process, in English and
 * French, beside its report template: both drafts, import round 55), "Incident Response Policy",
 * "Proceso de gestión de incidentes".
 */
const processTitle = /(?:^|[^\p{L}])(?:(?:incident|outage|on-?call)s?\s+(?:management|response|handling|escalation|review)\s+(?:process(?:es)?|procedures?|polic(?:y|ies)|playbook|lifecycle|workflow|framework)|(?:processus|proc[ée]dure|politique|proceso|procedimiento|pol[íi]tica|processo)\s+de\s+(?:gestion|r[ée]ponse|gesti[óo]n|respuesta|gest[ãa]o|resposta)\s+(?:des\s+|d['’]|de\s+|a\s+|los\s+)?incident(?:e?s)?|incident-?(?:management|response)-?(?:prozess|richtlinie))(?![\p{L}])/iu;
/** Headings only a report of one incident has (a process guide has "Blameless Postmortem", "Incident Commander" too). */
const oneIncidentSection = /(?:^|[^\p{L}])(?:timeline|chronolog\w+|root causes?|what happened|chronologie|cronolog[íi]a|causa ra[íi]z|cause (?:racine|profonde))(?![\p{L}])/iu;
/** Sections a report of one incident has and a study or a task has not: its timeline, what happened. */
const toldIncidentSection = /(?:^|[^\p{L}])(?:timeline|chronolog\w+|what happened|chronologie|cronolog[íi]a|linha do tempo|zeitleiste|タイムライン|타임라인|时间线)(?![\p{L}])/iu;
/** A task's sections, in the languages the importer reads. */
const purposeHeading = /^(?:purpose|goals?|objectives?|zweck|ziel|objectif|objetivo|prop[óo]sito|scopo|目的|用途)\b/iu;
const stepsHeading = /^(?:steps|process|procedure|workflow|schritte|[ée]tapes|pasos|passos|fasi|手順|步骤|流程)\b/iu;
const inputsHeading = /^(?:inputs?|outputs?|expected outputs?|deliverables|when to use|eingaben|ausgaben|entr[ée]es|sorties|entradas|salidas|sa[íi]das|入力|出力|输入|输出)\b/iu;
/** A paper's sections. */
const abstractHeading = /^(?:abstract|zusammenfassung|r[ée]sum[ée]|resumo|resumen|摘要|要旨)$/iu;
const introductionHeading = /^(?:introduction|einleitung|introducci[óo]n|introdu[çc][ãa]o|引言|はじめに|序論)\b/iu;
const paperSection = /^(?:references|bibliography|literature review|related work|background and literature review|methodology|conclusions?|research questions?|literaturverzeichnis|fazit|r[ée]f[ée]rences|conclusi[óo]n|参考文献|结论)\b/iu;
/** A project's overview heading ("Project Overview", "Repository Overview", "🎯 Project Overview (2 minutes)"). */
const projectOverviewHeading = /^\W*(?:project|repository|repo|codebase|system)\s+(?:overview|summary|identity|description)\b/iu;
/** Sections a project's description has beside its overview. */
const projectSection = /^\W*(?:architecture|folder structure|directory structure|project structure|file structure|dependenc(?:y|ies)(?:\s+analysis)?|tech(?:nology)? stack|strengths|weaknesses|installation|getting started|key features|features)\b/iu;
/**
 * A service's page in a team's wiki: its overview beside its specifications, configuration, backup,
 * troubleshooting, deployment or monitoring (English, French, Spanish, German). A French team's
 * infrastructure wiki kept one per container ("CT 700 - Nginx Proxy Manager": "📋 Vue d'ensemble",
 * "🔧 Spécifications Techniques", "💾 Backup", "🆘 Troubleshooting"), each a draft (rounds 59 and 60).
 */
const serviceOverviewHeading = /^\W*(?:(?:service\s+)?overview|vue d['’]ensemble|aper[çc]u|pr[ée]sentation|[üu]bersicht|descripci[óo]n general|vis[ãa]o geral)\b/iu;
const serviceSection = /^\W*(?:(?:technical\s+)?specifications?|sp[ée]cifications?|especificaciones|configuration|configuraci[óo]n|konfiguration|backups?|sauvegardes?|troubleshooting|d[ée]pannage|fehlerbehebung|deployment|d[ée]ploiement|despliegue|bereitstellung|(?:initial\s+)?setup|monitoring|surveillance|metrics|m[ée]triques|access|acc[èe]s|daily workflow|workflow quotidien)\b/iu;
/**
 * A database's schema described for its users: its "Properties" (each field, its type and use)
 * beside its "Views" or "Fields" (round 61: an incident bot's page on its Notion incidents database,
 * "### Purpose", "### Properties", "### Views", was a draft whose impact was the Impact field's use).
 */
const schemaPropertiesHeading = /^\W*(?:properties|propriétés|propiedades|eigenschaften)\s*$/iu;
const schemaViewsHeading = /^\W*(?:views|fields|vues|vistas|ansichten|champs|campos|felder)\s*$/iu;
/**
 * A title that is only the flow of incidents through a tool or a team ("🧾 Incident Flow", "Incident
 * lifecycle"): how each incident is handled, not one (round 61, an incident bot's docs).
 */
const incidentFlowTitle = /^\W*(?:incident|outage)s?\s+(?:flow|lifecycle|life cycle|workflow)s?\s*$/iu;
/**
 * Kinds a title names that hold whatever its headings say of incidents: a design of an incident
 * tool heads "Incident Submission Flow", a reference of its interface "Incidents". Such a page is a
 * report only with a section only a report of one incident has (timeline, root cause, what happened).
 */
const toolDocumentKinds = new Set(['a specification or a design', "a reference (an interface's or a program's)", 'a style guide or design system', periodicReportKind]);
/**
 * A title's part that is only a publication's name, "The Postmortem" (a news site's name), set off
 * by a dash or a bar: "THE POSTMORTEM — ARTICLE DESIGN SYSTEM" names a style guide, not a
 * post-mortem. A report's title names post-mortem without "The" alone ("Postmortem: …", "… post-mortem").
 */
export function withoutPublicationName(title: string): string {
  if (!/post-?mortem/iu.test(title)) return title;
  const parts = title.split(/\s+[—–|-]\s+/u);
  const kept = parts.filter((part) => !/^\W*the\s+post-?mortems?\W*$/iu.test(part));
  return kept.length && kept.length < parts.length ? kept.join(' — ') : title;
}
/** A day and time as a program writes it (`2020-04-24T22:34:31.677Z`, in a status post's frontmatter or updates), which `writtenDay` does not read. */
const isoStamp = /(?:^|[^\d])(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d/;
/** A title closing on "Setup" or "Set up" ("Slack App Scopes Setup"). */
const setupTitle = /(?:^|[^\p{L}])set-?up\s*$/iu;
/** "Session Summary — …", "Session notes", "Work session log": what one session of work did. */
const sessionNotesTitle = /^\W*(?:work(?:ing)?\s+)?session\s+(?:summary|notes?|log|recap|report)\b/iu;
/** A day written out (2022-03-22, 22/03/2022, March 22, 2022, 22 March 2022). */
const writtenDay = /\b(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\b/i;

/**
 * A meeting's minutes: an "Agenda" heading beside one naming who came or what was said ("Present",
 * "Attendees", "Minutes", "Standup"). A working group on post-mortem debugging keeps its meetings'
 * minutes ("Node.js post-mortem diagnostics meeting", import round 55: two drafts); its title names
 * a post-mortem, its headings name no report's section.
 */
const agendaHeading = /^(?:agenda|ordre du jour|orden del d[íi]a|tagesordnung|pauta)\b/iu;
/** Sections of an incident's review beside a timeline and root cause: a meeting holding one reviewed an incident. */
const reviewSection = /(?:^|[^\p{L}])(?:impact|resolution|detection|trigger|what went (?:wrong|well))(?![\p{L}])/iu;
const attendanceHeading = /^(?:present|attendees|attendance|participants?|minutes|stand-?up|pr[ée]sents?|asistentes|teilnehmer(?:innen)?|anwesend|presentes)\b/iu;

/**
 * The kind of document a page is ("an audit", "a plan") with its title, or undefined when it may
 * be a report: its title (frontmatter `title`, or its first heading) names a kind of document, and
 * its title names no incident and none of its headings is a report's section. A kind told otherwise
 * (a process by its title and what it lacks, minutes by their headings) says its own `why` and `fix`.
 */
export function otherDocumentKind(text: string): { kind: string; title: string; why?: string; fix?: string } | undefined {
  const frontmatter = leadingFrontmatter(text);
  const body = frontmatter ? text.slice(frontmatter[0].length) : text;
  const headings = [...body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1]);
  const stated = frontmatter && /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontmatter[1])?.[1];
  const title = (stated ?? headings[0])?.replace(/[*_`]/g, '').trim();
  if (!title) return undefined;
  // A process of handling incidents, which writes no day and no section only one incident's report has (round 55).
  if ((processTitle.test(title) || incidentFlowTitle.test(title)) && !writtenDay.test(body) && !headings.some((heading) => oneIncidentSection.test(heading))) {
    return { kind: 'a process or policy of handling incidents', title, why: 'its title names how incidents are handled, not one incident, and it writes no day and no section only a report of one has (timeline, root cause, what happened)', fix: 'If it does tell one, write its day and give it a section such as "## Timeline" or "## Root cause".' };
  }
  // A meeting's minutes, which have no section only one incident's report has (round 55).
  const plain = headings.map((heading) => heading.replace(/[*_`]/g, '').trim());
  // A review meeting of an incident is kept by its sections (impact, resolution …) or by its title naming what broke ("Postmortem meeting: database outage").
  const reviewed = headings.some((heading) => oneIncidentSection.test(heading) || reviewSection.test(heading)) || incidentWord.test(title.replace(/post-?mortems?/giu, ''));
  if (plain.some((heading) => agendaHeading.test(heading)) && plain.some((heading) => attendanceHeading.test(heading)) && !reviewed) {
    return { kind: "a meeting's agenda or minutes", title, why: 'its headings are a meeting\'s (an agenda beside who came or what was said) and none is a section only a report of an incident has (timeline, root cause, what happened)', fix: 'If the meeting reviewed an incident, give its notes a section such as "## Timeline" or "## Root cause".' };
  }
  // Import round 57: what a document's sections are may say what it is, whatever its title names
  // (read before the title's words of an incident: "Incident Response & Forensics", "AI-Assisted SRE
  // Framework for Root Cause Analysis …").
  const sections = (stated ? plain : plain.slice(1)).map((heading) => heading.replace(/^[\d.)\s]+/, ''));
  const toldOnce = headings.some((heading) => toldIncidentSection.test(heading));
  // An agent framework's task ("## Purpose", "## Inputs", "## Outputs", "## Steps"): what to do, each time.
  if (!toldOnce && !writtenDay.test(body) && [purposeHeading, stepsHeading, inputsHeading].every((name) => sections.some((heading) => name.test(heading)))) {
    return { kind: 'a task or procedure definition', title, why: 'its sections are a task\'s (its purpose, inputs or outputs, and steps), what to do each time, and it writes no day and no section only a report of one incident has (timeline, what happened)', fix: 'If it does tell one incident, write its day and give it a section such as "## Timeline" or "## What happened".' };
  }
  // A paper or a thesis ("## 1. ABSTRACT", "## 2. INTRODUCTION", "## 11. REFERENCES"): a study, of incidents at most.
  if (!toldOnce && sections.some((heading) => abstractHeading.test(heading)) && sections.some((heading) => introductionHeading.test(heading)) && sections.some((heading) => paperSection.test(heading))) {
    return { kind: 'a paper or a thesis', title, why: 'its sections are a paper\'s (an abstract, an introduction, and references, a literature review, a method or a conclusion), and none is a section only a report of one incident has (timeline, what happened)', fix: 'If it tells one incident, import the report written of it.' };
  }
  // A project's own description or review ("## Project Overview" beside "## Architecture", "##
  // Folder Structure", "## Dependency Analysis"), or a work session's summary ("Session Summary —
  // …"): round 59, a dissertation's tool kept three such pages beside its code, each a draft (their
  // titles name root cause analysis, the tool's subject).
  // (Its sections, not its title: "… Root Cause Analysis" names the project's subject.)
  if (!toldOnce && !sections.some((heading) => oneIncidentSection.test(heading))) {
    if (sections.some((heading) => projectOverviewHeading.test(heading)) && sections.some((heading) => projectSection.test(heading))) {
      return { kind: "a project's description or review", title, why: 'its sections describe a project (its overview beside its architecture, structure, dependencies or strengths), and none is a section only a report of one incident has (timeline, root cause, what happened)', fix: 'If it tells one incident, import the report written of it.' };
    }
    // A service's page (its overview, specifications, backup, troubleshooting): round 60. Two of its
    // sections beside the overview, and no heading of a report at all (a report has its incident or resolution).
    if (sections.some((heading) => serviceOverviewHeading.test(heading)) && new Set(sections.filter((heading) => serviceSection.test(heading))).size >= 2 && !headings.some((heading) => reportSection.test(heading))) {
      return { kind: "a service's page (what it is and how it is run)", title, why: 'its sections describe a service (its overview beside its specifications, configuration, backup, troubleshooting or deployment), and none is a section of a report (timeline, root cause, what happened, resolution)', fix: 'If it tells one incident, import the report written of it, or give it a section such as "## Timeline".' };
    }
    // A database's schema (its properties and views): round 61.
    if (sections.some((heading) => schemaPropertiesHeading.test(heading)) && sections.some((heading) => schemaViewsHeading.test(heading)) && !headings.some((heading) => reportSection.test(heading.replace(/^\W*incidents?\s+(?:database|db|table)\b/iu, '')))) {
      return { kind: "a database's schema (its properties and views)", title, why: 'its sections describe a database (its properties, each field\'s type and use, beside its views or fields), and none is a section of a report (timeline, root cause, what happened, resolution)', fix: 'If it tells one incident, import the report written of it.' };
    }
    if (sessionNotesTitle.test(title)) return { kind: "a work session's notes", title, why: 'its title names a session of work (what was built, what is left), and none of its sections is one only a report of one incident has (timeline, root cause, what happened)', fix: 'If it tells one incident, give it a title that says what happened and a section such as "## Timeline".' };
  }
  if (languageNameTitle.test(title)) return { kind: 'one language\'s text of a page kept in several (a translation or an app store\'s listing)', title, why: 'its title is only the name of its language', fix: 'If it is a report, give it a title that says what happened and import it by name.' };
  // A Japanese or Chinese title names what the document is last, whatever its headings hold (a
  // dictionary of failures keeps an RCA template and a timeline's template among 203 headings).
  // A record of one outage under such a title writes its day in a heading ("## 2026-03-09 の障害で行ったこと").
  // Said so only where that makes the difference: a title naming an incident, or a report's heading.
  const lastNoun = cjkKindOfLastNoun(title);
  const reportHeading = headings.some((heading) => reportSection.test(heading));
  if (lastNoun && (reportHeading || incidentWord.test(title) || incidentWordOtherLanguages.test(title)) && ![title, ...headings].some((heading) => writtenDay.test(heading))) return { kind: lastNoun, title, why: 'its title ends with the kind of document it is, its subject before it (in Japanese and Chinese a title\'s last noun says what the page is), whatever its headings hold', fix: 'If it tells one incident, give it a title that says what happened and import it by name.' };
  // A design, a reference or a style guide by its title, whatever its headings say of incidents
  // (an incident tool's design heads "Incident Submission Flow"): round 61.
  const named = withoutPublicationName(title);
  const toolKind = documentKinds.find(([words]) => words.test(named))?.[1];
  if (toolKind && toolDocumentKinds.has(toolKind) && !incidentWord.test(named) && !incidentWordOtherLanguages.test(named) && !headings.some((heading) => oneIncidentSection.test(heading) || toldIncidentSection.test(heading))) return { kind: toolKind, title };
  // A guide whose headings name incidents only as what it manages ("Quick Start Guide" over "##
  // Managing Incidents", "Incident Notification Guide" over "## Incident JSON Structure") or a
  // troubleshooting page of steps ("Debugging Frontend - Incident Timeline Not Showing" over "##
  // Step 1" … "## Step 4"), with no section only a report of one incident has and no day written
  // outside code: a status page app's four guides were drafts (round 63). A guide heading no
  // incident is refused below, as before.
  if (reportHeading && (guideTitle.test(title) || headings.filter((heading) => stepHeading.test(heading)).length >= 3) && !sections.some((heading) => oneIncidentSection.test(heading) || toldIncidentSection.test(heading)) && !writtenDay.test(body.replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ').replace(/`[^`\n]*`/g, ' '))) {
    return { kind: 'documentation or a how-to guide', title, why: 'its title names a guide or its headings are numbered steps, its headings name incidents only as what it manages or shows, none is a section only a report of one incident has (timeline, root cause, what happened), and it writes no day outside its code', fix: 'If it does tell one incident, write its day and give it a section such as "## Timeline" or "## Root cause".' };
  }
  if (reportHeading) return undefined;
  // A guide tells how, whatever its subject: "Security Documentation" (a status monitor's workflow
  // permissions), "Adding New Storage Formats" over "## Step 1: …" to "## Step 7: …" (round 54).
  if (guideTitle.test(title) || headings.filter((heading) => stepHeading.test(heading)).length >= 3) return { kind: 'documentation or a how-to guide', title };
  if (howToTitle.test(title) && !incidentWord.test(title)) return { kind: 'a procedure (how to install, deploy or configure something)', title };
  // A title closing on "Setup" ("Slack App Scopes Setup", round 61) that writes no day: a status
  // page's "Continuous deployment setup" notice writes the times of its updates and is read.
  if (setupTitle.test(named) && !writtenDay.test(body) && !isoStamp.test(text) && !namesIncident(named)) return { kind: 'a procedure (how to install, deploy or configure something)', title };
  const kind = documentKinds.find(([words]) => words.test(named))?.[1];
  if (!kind || incidentWord.test(named) || incidentWordOtherLanguages.test(named)) return undefined;
  return { kind, title };
}

/** Words of an incident in other scripts and languages, for a kind a page's metadata states (`doc_type: インシデントレポート`). */
const incidentWordOtherLanguages = /インシデント|障害|事後|ポストモーテム|振り返り|故障|事故|复盘|事件|(?:^|[^\p{L}])(?:incidentes?|ca[íi]das?|st[öo]rung\w*|vorf[äa]ll\w*|ausf[äa]ll\w*|retrospectives?|rcas?)(?![\p{L}])/iu;

/**
 * The kind of document a page's metadata states, when it names no incident: a project's docs
 * kept as an Obsidian vault give each page `doc_type:` ("結合テストケース", an integration test's
 * case; "結合テスト計画", its plan), and its 34 integration-test pages were drafts, one titled
 * "障害検知と復旧シナリオ 結合テスト" (a test of failure detection, import round 54). Read from
 * the frontmatter's `doc_type`, `document_type` or `doctype` only: a site generator's `type: post`
 * or `layout:` says how a page is shown, not what it is.
 */
export function statedDocumentKind(text: string): string | undefined {
  const frontmatter = leadingFrontmatter(text);
  const stated = frontmatter && /^(?:doc[-_]?type|document[-_]type):[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/im.exec(frontmatter[1])?.[1].trim();
  if (!stated || incidentWord.test(stated) || incidentWordOtherLanguages.test(stated)) return undefined;
  return stated;
}

/**
 * The kind of page a Notion export's metadata names, when it names no incident: pages fetched from
 * Notion keep `page_id`, their `url` on notion.so and a `category` ("database", "template", "main",
 * "postmortem"). A team's export of its incident pages gave drafts of its incidents database's schema
 * ("Incidents (internal only)") and its main process page (import round 57); its postmortem,
 * `category: postmortem`, is a report.
 */
export function notionPageCategory(text: string): string | undefined {
  const frontmatter = leadingFrontmatter(text);
  if (!frontmatter || !/^(?:page_id:|url:[ \t]*["']?https?:\/\/(?:www\.)?notion\.so\/)/im.test(frontmatter[1])) return undefined;
  const category = /^category:[ \t]*["']?([^"'\r\n]+?)["']?[ \t]*$/im.exec(frontmatter[1])?.[1].trim();
  if (!category || incidentWord.test(category) || incidentWordOtherLanguages.test(category)) return undefined;
  return category;
}

/**
 * The title of a note kept by a note-taking tool's knowledge base (Basic Memory writes each note's
 * frontmatter `title`, `type: note` and `permalink`), when neither its title nor its first heading
 * names an incident and none of its headings is a report's section. A monitoring platform's docs
 * kept as such notes (API and integration notes: "认证接口（v2：UUID 用户）", "MQTT topics",
 * titled by their file names) were 34 drafts (import rounds 58 and 59). A note of an incident is
 * kept: its title names it ("Gateway outage") or it has a report's section ("## Timeline").
 */
export function knowledgeBaseNoteTitle(text: string): string | undefined {
  return titleOfPageNamingNoIncident(text, (metadata) => /^type:[ \t]*["']?note["']?[ \t]*$/im.test(metadata) && /^permalink:/im.test(metadata));
}

/**
 * A report's section as Japanese and Chinese reports head it: the failure (障害, 故障, 事故), a cause (原因, 根因), how it unfolded
 * (経緯, 時系列), its start and recovery (発生日時, 復旧), its fix against recurrence (再発防止). A
 * documentation site's page titled "v2.3.0リリースで発生したアプリ起動不能について" (the app that would
 * not start after a release) heads "## 障害の内容" and "## 原因": a report, whatever its title says.
 */
// Not 事件 alone: a Chinese API note's "告警事件流" is an alert's event stream.
const reportSectionElsewhere = /障害|故障|事故|インシデント|原因|根因|経緯|時系列|発生日時|復旧|再発防止|时间线|经过|恢复/u;

/**
 * The title of a documentation site's page (Hugo's Docsy theme marks them `type: docs` in their
 * frontmatter) whose title names no incident and none of whose headings is a report's section; or
 * undefined. A government app's documentation site keeps its one incident report ("v1.4.0リリースで
 * 発生した障害について", an outage in a release) among its development and contribution pages
 * ("多言語対応", "Pull Requestが取り込まれるまで", a beta's notice), all `type: docs`: six drafts
 * (import rounds 56 to 60). The report names 障害 and is read; so is one whose headings name an
 * incident or a report's section in its language.
 */
export function docsSitePageTitle(text: string): string | undefined {
  return titleOfPageNamingNoIncident(text, (metadata) => /^type:[ \t]*["']?docs["']?[ \t]*$/im.test(metadata));
}

/**
 * The part of a title an API's note is named by, when its head names an interface and a bracket
 * glosses it: "告警接口（v2：事件化告警 + 版本化规则）" (the alerts' API, its alerts kept as events,
 * 事件) is judged by "告警接口", not by the gloss's 事件 (import round 60). Any other title is whole.
 */
function interfaceHead(title: string): string {
  const bracket = title.search(/[(（]/u);
  if (bracket <= 0) return title;
  const head = title.slice(0, bracket).trim();
  return interfaceTitle.test(head) ? head : title;
}
/** A title (or its head before a bracket) naming an interface: "设备管理接口", "Users API", "Endpoints". */
const interfaceTitle = /(?:接口|インターフェース|(?:^|[^\p{L}])(?:api|endpoints?))$/iu;
/** How Chinese and Japanese reports head the story of one incident: its timeline, how it unfolded. */
const toldIncidentSectionElsewhere = /时间线|時系列|経緯|经过|事件经过|発生経緯/u;

/** The title of a page whose frontmatter `metadata` says its kind (`isKind`), when neither title names an incident and no heading is a report's section. */
function titleOfPageNamingNoIncident(text: string, isKind: (metadata: string) => boolean): string | undefined {
  const frontmatter = leadingFrontmatter(text);
  if (!frontmatter || !isKind(frontmatter[1])) return undefined;
  const body = text.slice(frontmatter[0].length);
  const headings = [...body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1].replace(/[*_`]/g, '').trim());
  const stated = /^title:\s*["']?(.+?)["']?\s*$/m.exec(frontmatter[1])?.[1];
  const titles = [stated, headings[0]].filter((title): title is string => Boolean(title)).map(interfaceHead);
  if (titles.some((title) => incidentWord.test(title) || incidentWordOtherLanguages.test(title))) return undefined;
  // An API's note is a report only with a section telling one incident (its timeline, what happened):
  // its endpoints' headings name restoring, causes or incidents ("5.1 恢复已停用设备", restore a
  // disabled device: round 61). Any other note is kept by any report's heading, as before.
  const reportHeading = titles.some((title) => interfaceTitle.test(title))
    ? (heading: string) => toldIncidentSection.test(heading) || toldIncidentSectionElsewhere.test(heading)
    : (heading: string) => reportSection.test(heading) || reportSectionElsewhere.test(heading);
  if (headings.some(reportHeading)) return undefined;
  return headings[0] ?? stated ?? '';
}

/** True when `text` (a title, a heading) names an incident or a notice of one, in English or another language the import reads. */
export function namesIncident(text: string): boolean {
  return incidentWord.test(text) || incidentWordOtherLanguages.test(text);
}

/** True for a heading naming a report's section (root cause, timeline, what happened, resolution …). */
export function isReportSectionHeading(heading: string): boolean {
  return reportSection.test(heading);
}
