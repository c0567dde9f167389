/**
 * Cloud projects and apps written where a host or an image's path names them (since the
 * twenty-fifth probe round, docs/redaction.md). Which of them name the organisation's own system:
 *
 * - a Google Cloud project in a Container Registry image's path (`gcr.io/acme-ledger-prod/writer`,
 *   `eu.gcr.io/…`): the project `projects/<id>/` names (internal-systems.ts) and Artifact
 *   Registry's path writes (unported-internal-hosts.ts). Public images live under gcr.io too, in
 *   projects a short list knows (`distroless`, `kubebuilder`, `google-containers`, `k8s-…`); any
 *   other is an error to allow or list in `publicNames` (mybinder's `gcr.io/binder-prod/` is its
 *   own project, rightly found);
 * - an App Engine host (`acme-ledger.appspot.com`, `v2-dot-acme-ledger.appspot.com`,
 *   `acme-ledger.uc.r.appspot.com`): its first label is the project's id, as a `projects/` path's;
 * - an app on Heroku, Azure App Service, Vercel, Netlify, Fly or Cloudflare Pages
 *   (`<app>.herokuapp.com`, `.azurewebsites.net`, `.vercel.app`, `.netlify.app`, `.fly.dev`,
 *   `.pages.dev`) only when its name says a deployment the public is not served by (`-staging`,
 *   `-admin`, `-internal`, …): the platforms host public sites under such names (a project's web
 *   page, a status page, a mail sender's `mftp.herokuapp.com`), which are the public's to reach;
 * - always (since the twenty-eighth probe round), whatever the name says: an Azure app's Kudu
 *   console (`<app>.scm.azurewebsites.net`, the deployment's administration, never the public's);
 *   a Vercel deployment's own address (`<project>-git-<branch>-<scope>.vercel.app`,
 *   `<project>-<id>-<scope>.vercel.app`), which names a branch and the account that deployed it,
 *   often a person's; and the addresses of functions and services that the organisation reaches
 *   behind its own domain: a Cloud Functions host (`<region>-<project>.cloudfunctions.net`, the
 *   project's id again), a Cloud Run service's generated address (`<service>-<hash>-<region>.a.run.app`,
 *   `<service>-<project number>.<region>.run.app`), a Lambda function URL
 *   (`<id>.lambda-url.<region>.on.aws`) and an API Gateway stage (`<id>.execute-api.<region>.amazonaws.com`).
 *   A public service is served to its audience under the organisation's domain; the generated
 *   address is the deployment's own, and a post naming it publishes where to call the function
 *   directly (a Lambda URL or an API Gateway id is the whole of its address). A public demo so
 *   linked is an error to allow.
 *
 * Not read here, found by redaction-guard.ts already: an account in an ECR host, a bucket on S3 or
 * a container on Azure Blob storage (`redact/cloud-account`).
 */
import { allMatches } from '../regexp.ts';
import { placeholderProject } from './unported-internal-hosts.ts';
import type { CuedPattern } from './cued-pattern.ts';

export interface CloudProjectHost {
  rule: 'redact/internal-host' | 'redact/cloud-account';
  text: string;
  index: number;
  why: string;
}

/** A Container Registry host and the project after it, before an image's name or a closing slash (`gcr.io/binder-prod/`). */
const containerRegistryProject = /(?<![\w.-])(?:(?:us|eu|asia)\.)?gcr\.io\/([a-z][a-z0-9-]{4,28}[a-z0-9])(?=\/)/g;
/** Projects of public images on gcr.io. */
const publicImageProject =
  /^(?:distroless|kubebuilder|google-containers|google-samples|cloud-builders|kaniko-project|k8s-[a-z0-9-]+|knative-[a-z0-9-]+|tekton-releases|istio-[a-z0-9-]+|cloudsql-docker|cadvisor|ml-pipeline|gke-release(?:-staging)?|cloud-marketplace|google-appengine|kubeflow-[a-z0-9-]+|kubernetes-helm|heptio-images|spinnaker-marketplace|linkerd-io|etcd-development|gcp-runtimes|stackdriver-agents|buildpacks|paketo-buildpacks|datadoghq|forgerock-io|pixie-oss|cloudrun|google-marketplace|gcr-mirror|go-containerregistry|oss-fuzz(?:-base)?|tensorflow-testing|deeplearning-platform-release|flutter-cirrus|cloud-spanner-emulator|cloud-datalab|endpoints-release)$/;
/** An App Engine host: a version or service before `-dot-`, the project, a region's code before `.r.`. */
const appEngineHost = /(?<![\w.-])(?:[a-z0-9-]+-dot-)?([a-z][a-z0-9-]{4,28}[a-z0-9])\.(?:[a-z]{2,3}\.r\.)?appspot\.com(?![\w-])/g;
/** An app on a platform that hosts public sites too (Heroku, Azure App Service, Vercel, Netlify, Fly, Cloudflare Pages). */
const platformAppHost = /(?<![\w.-])([a-z0-9][a-z0-9-]{1,60})\.(?:herokuapp\.com|azurewebsites\.net|vercel\.app|netlify\.app|fly\.dev|pages\.dev)(?![\w-])/gi;
/**
 * A deployment's own address on a platform: an Azure app's Kudu console, a Vercel branch's or
 * deployment's address (`-git-<branch>-<scope>`, `-<9 letters and digits>-<scope>`).
 */
const deploymentHost = /(?<![\w.-])(?:[a-z0-9][a-z0-9-]{1,60}\.scm\.azurewebsites\.net|[a-z0-9][a-z0-9-]*?-(?:git-[a-z0-9-]+|(?=[a-z0-9]{9}-)[a-z]*\d[a-z0-9]*)-[a-z0-9][a-z0-9-]*\.vercel\.app)(?![\w-])/gi;
/** A function's or a service's generated address: Cloud Functions, Cloud Run, a Lambda function URL, an API Gateway stage. */
const functionHost = /(?<![\w.-])(?:[a-z][a-z0-9-]{2,80}\.cloudfunctions\.net|[a-z][a-z0-9-]{0,60}-(?:[a-z0-9]{10}-[a-z]{2,4}\.a|\d{6,14}\.[a-z]+-[a-z]+\d)\.run\.app|(?:[a-z0-9]{20,40}\.lambda-url|[a-z0-9]{10}\.execute-api)\.[a-z]{2}(?:-gov)?-[a-z]+-\d\.(?:on\.aws|amazonaws\.com))(?![\w-])/gi;
/** A word of an app's name that says the public is not its audience. */
const unservedDeployment = /(?:^|-)(?:staging|stage|stg|preprod|dev|development|test|qa|uat|internal|intranet|admin|backoffice|backend|ops|worker|workers|jobs|cron|webhooks?|hooks?)(?:-|\d*$)/;

/** The cues of the patterns above (test/unit/redaction-cue-implication.test.ts checks each is implied). */
const containerRegistryCue = /gcr\.io\//;
const appEngineCue = /appspot\.com/;
// Each with the dot before the platform's domain, which the patterns write too: a search for a
// case-insensitive alternation that opens with a fixed character skips to it, and took 21 ms
// instead of 53 ms over the 150,000 lines of the bench's 1,000 postmortems (session 39).
const platformAppCue = /\.(?:herokuapp\.com|azurewebsites\.net|vercel\.app|netlify\.app|fly\.dev|pages\.dev)/i;
const deploymentCue = /\.(?:azurewebsites\.net|vercel\.app)/i;
const functionCue = /\.(?:cloudfunctions\.net|run\.app|on\.aws|amazonaws\.com)/i;
export const cuedCloudProjectPhrasings: readonly CuedPattern[] = [
  { name: 'a Container Registry project', cue: containerRegistryCue, pattern: containerRegistryProject },
  { name: 'an App Engine project', cue: appEngineCue, pattern: appEngineHost },
  { name: 'an app on a shared platform', cue: platformAppCue, pattern: platformAppHost },
  { name: "a deployment's own address", cue: deploymentCue, pattern: deploymentHost },
  { name: "a function's generated address", cue: functionCue, pattern: functionHost },
];

/** Cloud projects and unserved apps on one line (see the file's comment). */
export function findCloudProjectHosts(line: string, isPublicName: (text: string) => boolean): CloudProjectHost[] {
  const found: CloudProjectHost[] = [];
  if (containerRegistryCue.test(line)) {
    for (const m of allMatches(containerRegistryProject, line)) {
      const project = m[1];
      if (publicImageProject.test(project) || placeholderProject.test(project) || isPublicName(project)) continue;
      found.push({ rule: 'redact/cloud-account', text: project, index: m.index! + m[0].length - project.length, why: 'a Google Cloud project in an image registry' });
    }
  }
  if (appEngineCue.test(line)) {
    for (const m of allMatches(appEngineHost, line)) {
      const project = m[1];
      if (placeholderProject.test(project) || isPublicName(project) || isPublicName(m[0])) continue;
      found.push({ rule: 'redact/cloud-account', text: m[0], index: m.index!, why: "a Google Cloud project's App Engine host" });
    }
  }
  if (platformAppCue.test(line)) {
    for (const m of allMatches(platformAppHost, line)) {
      if (!unservedDeployment.test(m[1].toLowerCase()) || placeholderProject.test(m[1]) || isPublicName(m[0])) continue;
      found.push({ rule: 'redact/internal-host', text: m[0], index: m.index!, why: 'an app the public is not served by, on a shared platform' });
    }
  }
  const generated = (cue: RegExp, pattern: RegExp, why: string) => {
    if (!cue.test(line)) return;
    for (const m of allMatches(pattern, line)) {
      if (placeholderProject.test(m[0].split('.')[0]) || isPublicName(m[0]) || found.some((f) => f.index === m.index)) continue;
      found.push({ rule: 'redact/internal-host', text: m[0], index: m.index!, why });
    }
  };
  generated(deploymentCue, deploymentHost, "a deployment's own address on a shared platform");
  generated(functionCue, functionHost, "a function's or a service's generated address");
  return found;
}
