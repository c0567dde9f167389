/**
 * Internal addresses written without what the host rules of redaction-guard.ts key on (since the
 * twenty-third probe round, docs/redaction.md):
 *
 * - a Kubernetes service by `name.namespace` in a URL with no port (`http://payments.billing/health`):
 *   round 22 read the shape only before a port, since public hosts under rarer top-level domains
 *   have two labels too. Without a port the last label must be no top-level domain a public site
 *   is under (`publicTopLevelDomain` and the generic ones below, which /work/corpora's links use:
 *   `sre.google`, `dirtycow.ninja`, `picsum.photos`, `js.foundation`, `primitive.finance`);
 * - a go link (`go/ledger-runbook`): the shortener's host `go` of one label without a scheme,
 *   which only the organisation's network resolves; not "go/no-go" nor a path's `…/go/…`;
 * - a container registry named so on a domain no public list knows (`registry.quillan.io/…`);
 * - a Google Cloud project in an Artifact Registry image's path
 *   (`europe-west1-docker.pkg.dev/acme-ledger-prod/images/writer`), the project a
 *   `projects/<id>/` path names (internal-systems.ts), where a registry writes it.
 */
import { allMatches } from '../regexp.ts';
import { isPublicTerm } from './public-terms.ts';
import { isEnglishWord } from './people.ts';
import type { CuedPattern } from './cued-pattern.ts';

export interface UnportedHost {
  rule: 'redact/internal-host' | 'redact/internal-link' | 'redact/cloud-account';
  text: string;
  index: number;
  why: string;
}

/** Two labels after a scheme, then a path, a query, a fragment or the URL's end: no port. */
const twoLabelUrlHost = /(?<=(?<![\w+.-])(?:https?|grpc|grpcs|ws|wss|tcp|redis|amqp|nats|kafka):\/\/(?:[^\s/@"'`]*@)?)([a-z0-9][a-z0-9-]*)\.([a-z][a-z0-9-]*[a-z0-9])(?=[/?#]|$|[\s)\]"'`<>,;])/gi;
/**
 * Top-level domains a public site is under: every two-letter one (a country's), an internationalised
 * one in punycode (`xn--p1ai`), and the generic
 * ones links in public reports use. A service's namespace is a team's or an environment's word
 * (`billing`, `payments`, `monitoring`, `observability`), seldom one of these.
 */
const publicTopLevelDomain = new RegExp(`^(?:[a-z]{2}|xn--[a-z0-9-]+|${(
  'com net org edu gov mil int info biz name pro io dev app cloud tech ai xyz online site store shop blog page link live ' +
  'network systems tools zone wiki email top club art design studio digital agency solutions services space website host ' +
  'run build codes software engineering company group works world today news center support technology team global one ' +
  'fun games chat community test example invalid localhost local arpa onion google ninja photos foundation finance social ' +
  'exchange museum travel jobs mobi aero coop asia cat tel post money bank insurance law legal capital fund ventures ' +
  'partners events media press report review reviews guide guru expert academy school education university institute ' +
  'life love family health care fit golf bike cars taxi hotel cafe coffee farm garden land city town place house rocks ' +
  'party lol wtf tips tv fm me sh gg cc ly to ms is im lu ws moe dog cool fyi ink icu sbs cfd quest bond lat zip mov ' +
  'security gallery computer domains directory energy limited ltd inc llc gmbh berlin london nyc paris tokyo amsterdam ' +
  'consulting marketing social tube video watch radio audio film music band cloud download hosting server'
).split(' ').join('|')})$`);
/**
 * A scheme without TLS right before the host (`http://`, `grpc://`, `redis://`): how a service
 * calls another inside a cluster. A public site under a generic top-level domain is served over
 * TLS (/work/corpora's links to `sre.google`, `dirtycow.ninja`, `primitive.finance` are all
 * `https://`), so a namespace that is such a domain (`http://ledger.finance/health`,
 * `http://payments.bank/`, `grpc://ledger.finance`) is read there, over HTTP only with no path
 * or a service's (`/health`, `/api/…`, `/v1/…`): a blog linked over plain HTTP
 * (`http://allegro.tech/…-post-mortem.html`) is a page (since the twenty-fifth probe round).
 */
const plainScheme = /(?<![\w+.-])(http|ws|grpc|tcp|redis|amqp|nats|kafka):\/\/(?:[^\s/@"'`]*@)?$/i;
/** What a service is called for: nothing, or an API's, a probe's or a metric's path; not a page (`/allegro-cast-post-mortem.html`). */
const servicePath = /^(?:\/?(?:$|[\s)\]"'`<>,;?#])|\/(?:health|healthz|livez|readyz|ready|metrics|api|v\d+|token|oauth|graphql|rpc|internal|admin|debug|status)(?![\w.-]))/i;
/** Whether a host after `before` and before `after` is called as a cluster's service is: a scheme without TLS, and for HTTP a service's path. */
function calledInCluster(before: string, after: string): boolean {
  const scheme = plainScheme.exec(before);
  return !!scheme && (!/^(?:http|ws)$/i.test(scheme[1]) || servicePath.test(after));
}
/** Top-level domains sites have been under since before TLS was the rule: a country's, punycode and the first generic ones. */
const siteTopLevelDomain = /^(?:[a-z]{2}|xn--[a-z0-9-]+|com|net|org|edu|gov|mil|int|info|biz|name|pro|io|dev|app|arpa|onion|localhost|local|test|example|invalid)$/;
/** A host no one runs: documentation's placeholders and the loopback name. */
const placeholderLabel = /^(?:localhost|example|host|hostname|server|service|svc|your-?[\w-]*|my-?[\w-]*|foo|bar|baz|x|y|a|b)$/i;
/** A file's name after a scheme, as a mistyped link writes it (`http://index.html`). */
const fileExtension = /^(?:html?|php|aspx?|jsp|md|txt|json|ya?ml|xml|png|jpe?g|gif|svg|pdf|zip|gz|tar|js|css|sh|py|go|rs|conf|cfg|ini|log|lock)$/i;
const goLink = /(?<![\w./:-])go\/(?!no-?go\b|go\b)[a-z0-9][\w-]*(?:\/[\w.-]+)*/gi;
/**
 * A container registry named so on a domain of three labels (`registry.quillan.io/ledger/writer`),
 * the organisation's own unless the domain's name is a public term or a public registry's.
 */
const namedRegistryHost = /(?<![\w.-])(?:registry|cr)\.([a-z0-9-]+)\.[a-z]{2,}(?=\/[\w.-])/g;
const publicRegistryDomain = /^(?:k8s|npmjs|yarnpkg|terraform|gitlab|github|redhat|access|fedoraproject|opensuse|suse|hub|jetbrains|pkg|opentofu|quay|gcr|ecr|nvcr|nvidia|bitnami|cloudflare|digitalocean|scaleway|ovh|oracle|ibm)$/;
/** An Artifact Registry host and the project after it. */
const artifactRegistryProject = /(?<![\w.-])[a-z0-9-]+-docker\.pkg\.dev\/([a-z][a-z0-9-]{4,28}[a-z0-9])(?=\/)/g;
/** Project ids of documentation: `my-project`, `your-project-id`, `example-project`. */
export const placeholderProject = /^(?:(?:my|your|the|some|example|sample|test|demo)-)?project(?:-(?:id|name|\d+))?$|example|^(?:my|your)-/;

/**
 * Each pattern and the cue a line must hold for it to run (test/unit/redaction-cue-implication.test.ts
 * checks that the pattern implies it: a go link is matched in any case, so its cue is too).
 */
const urlCue = /:\/\//;
const goLinkCue = /go\//i;
const registryCue = /(?:registry|cr)\./;
const artifactRegistryCue = /docker\.pkg\.dev\//;
export const cuedHostPhrasings: readonly CuedPattern[] = [
  { name: "a service's name and namespace in a URL", cue: urlCue, pattern: twoLabelUrlHost },
  { name: 'a go link', cue: goLinkCue, pattern: goLink },
  { name: 'a named registry', cue: registryCue, pattern: namedRegistryHost },
  { name: 'an Artifact Registry project', cue: artifactRegistryCue, pattern: artifactRegistryProject },
];

/** Internal hosts and projects on one line written without a port or outside a `projects/` path. */
export function findUnportedInternalHosts(line: string, isPublicName: (text: string) => boolean): UnportedHost[] {
  const found: UnportedHost[] = [];
  if (urlCue.test(line)) {
    for (const m of allMatches(twoLabelUrlHost, line)) {
      const [host, name, last] = [m[0], m[1], m[2].toLowerCase()];
      if (placeholderLabel.test(name) || fileExtension.test(last) || isPublicName(host.toLowerCase())) continue;
      if (publicTopLevelDomain.test(last) && !(!siteTopLevelDomain.test(last) && calledInCluster(line.slice(0, m.index!), line.slice(m.index! + host.length)))) continue;
      found.push({ rule: 'redact/internal-host', text: host, index: m.index!, why: "a Kubernetes service's name and namespace in a URL" });
    }
  }
  if (goLinkCue.test(line)) {
    for (const m of allMatches(goLink, line)) if (!isPublicName(m[0].toLowerCase())) found.push({ rule: 'redact/internal-link', text: m[0], index: m.index!, why: "a go link, the organisation's own shortener" });
  }
  if (registryCue.test(line)) {
    for (const m of allMatches(namedRegistryHost, line)) {
      const domain = m[1];
      if (publicRegistryDomain.test(domain) || isPublicTerm(domain) || isEnglishWord(domain) || isPublicName(m[0].toLowerCase())) continue;
      found.push({ rule: 'redact/internal-host', text: m[0], index: m.index!, why: "a container registry on the organisation's domain" });
    }
  }
  if (artifactRegistryCue.test(line)) {
    for (const m of allMatches(artifactRegistryProject, line)) {
      const project = m[1];
      if (placeholderProject.test(project) || isPublicName(project)) continue;
      found.push({ rule: 'redact/cloud-account', text: project, index: m.index! + m[0].length - project.length, why: 'a Google Cloud project in an image registry' });
    }
  }
  return found;
}
