/**
 * The nouns that say a name is a system's, in one place (since the twenty-second probe round,
 * docs/redaction.md). Three rules read them, each a different reach of one list:
 *
 * - a code name before a system's noun with nothing to say whose it is ("the Zarnith service";
 *   unowned-code-names.ts) reads only {@link coreSystemNouns}: vendors' public products are
 *   written before "tool", "app", "dashboard", "library" and "agent" in every published report
 *   ("the Grafana dashboard", "the Slack app", "the Beyla agent"), so those say nothing there;
 * - a code name the post calls its own ("our Zarnith tool", "Varrowind, our in-house library";
 *   own-system-names.ts) reads those too ({@link ownedSystemNouns}): the word of ownership says
 *   whose it is, and an organisation builds tools, apps and libraries as it builds services;
 * - a second word that makes two capitalised words a product's or a team's name, not a given
 *   name and a surname ("Zarnith Proxy", "Quorvane Support"; unlisted-given-names.ts,
 *   {@link isSystemOrTeamWord}) reads every noun above and the words of products' parts and of
 *   teams below.
 */

/** Nouns of what an organisation runs, in the case prose writes them ("API"). */
// Since probe round 37 also where its things live: "the Zarnith namespace", "the Kestrith bucket".
// Not "channel": a public project's community channel is written so ("the Limonata validator
// channel", a validator's report in cumulo-validator-postmortems, 12 new findings of one word).
export const coreSystemNouns: readonly string[] = ['service', 'system', 'pipeline', 'platform', 'daemon', 'worker', 'scheduler', 'backend', 'API', 'proxy', 'gateway', 'cluster', 'database', 'queue', 'cache', 'store', 'deployer', 'orchestrator', 'engine', 'controller', 'operator', 'job', 'namespace', 'bucket',
  // Since probe round 39 what an on-call team keeps for it: "the Zarnith failover runbook", "the Kestrith rotation".
  'runbook', 'playbook', 'rotation', 'escalation policy'];

/** Nouns of software that vendors' public products share, read only where the post owns the system. */
const softwareNouns: readonly string[] = ['tool', 'tooling', 'agent', 'bot', 'app', 'application', 'framework', 'library', 'SDK', 'CLI', 'dashboard', 'monitor'];

export const ownedSystemNouns: readonly string[] = [...coreSystemNouns, ...softwareNouns];

/** Words of a product's parts, a machine's role and a team, after a product's or team's name. */
const productAndTeamWords: readonly string[] = ('auth robot cloud server manager monitoring registry runner router balancer deploy autopilot team support ' +
  'security ops operations engineering labs status alert alerts alerting pager watchdog automation core sync backup updater release build ' +
  'console portal hub connect compute edge network relay tunnel sentinel guard shield supervisor cron task integration plugin extension ' +
  'script toolkit health check probe desk center centre inc corp group staff crew squad ' +
  // Since false positives round 42 what serves or gathers copies: "Tarball Mirror fixes merged" in
  // an infrastructure team's minutes was a person acting. No surname of the lists is one of these.
  'mirror mirrors archive indexer crawler scraper exporter importer uploader tracker wiki').split(' ');

const systemOrTeamWords: ReadonlySet<string> = new Set([...ownedSystemNouns, ...productAndTeamWords].map((w) => w.toLowerCase()));

/** Whether a capitalised word after a name makes it a system's, product's or team's ("Proxy", "Support"), in any case. */
export const isSystemOrTeamWord = (word: string): boolean => systemOrTeamWords.has(word.toLowerCase());

/**
 * Nouns of the running parts and artefacts a system is made of, read only by the public stand-in
 * of a name before its noun (name-before-system-noun.ts): "the `log-shipper` sidecar" read "an
 * internal system sidecar" (session 52) where "an internal sidecar" says it. False positives round
 * 53 took them from the nouns the corpora write after a name in a code span (`sidecar`,
 * `container`, `pod`, `deployment`, `process`, `instance`, `host`, `node`, `repository`, `module`,
 * `package`, `image`, `binary`, `unit`, `timer`, `endpoint`, `function`, `webhook`). Not in
 * {@link isSystemOrTeamWord}: that list also says two capitalised words are a product's and not a
 * person's ("Tove Host"), which these words, also surnames and everyday nouns, must not decide.
 */
const partAndArtefactNouns: ReadonlySet<string> = new Set(('sidecar container pod deployment daemonset statefulset cronjob process instance host node ' +
  'vm repository repo module package image binary unit timer endpoint function lambda webhook').split(' '));

/** Whether a word after a name makes the name a system's part or artefact's, for the public stand-in only (see above). */
export const isSystemPartNoun = (word: string): boolean => isSystemOrTeamWord(word) || partAndArtefactNouns.has(word.toLowerCase());

/** A system's noun of `nouns`, singular or plural, as a regular expression's source. */
export const systemNounSource = (nouns: readonly string[]): string => String.raw`(?:${nouns.join('|')})s?`;

/**
 * Kinds of Kubernetes objects, which manifests and posts write capitalised after the object's name
 * ("the `bridge-config` Secret", "the `ledger` ConfigMap"). Read by the listed names' parts
 * (listed-parts-as-english-words.ts: a part that is a kind is no person) and by the stand-in before
 * a system's noun (name-before-system-noun.ts: "an internal Secret").
 */
const kubernetesKinds = new Set(['secret', 'service', 'deployment', 'node', 'pod', 'job', 'ingress', 'namespace', 'volume', 'role', 'lease', 'endpoint', 'endpoints', 'configmap', 'statefulset', 'daemonset', 'replicaset', 'cronjob', 'gateway', 'certificate', 'issuer', 'application']);

/** Whether a word is a Kubernetes object's kind written as manifests write it, capitalised ("Secret", "ConfigMap"). */
export const isCapitalisedKubernetesKind = (word: string): boolean => /^\p{Lu}/u.test(word) && kubernetesKinds.has(word.toLowerCase());
