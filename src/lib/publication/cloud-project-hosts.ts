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
 * - an app on Heroku or Azure App Service (`<app>.herokuapp.com`, `<app>.azurewebsites.net`) only
 *   when its name says a deployment the public is not served by (`-staging`, `-admin`,
 *   `-internal`, …): the platforms host public sites under such names (a project's web page, a
 *   mail sender's `mftp.herokuapp.com`), which are the public's to reach.
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
/** An app on Heroku or Azure App Service. */
const platformAppHost = /(?<![\w.-])([a-z0-9][a-z0-9-]{1,60})\.(?:herokuapp\.com|azurewebsites\.net)(?![\w-])/g;
/** A word of an app's name that says the public is not its audience. */
const unservedDeployment = /(?:^|-)(?:staging|stage|stg|preprod|dev|development|test|qa|uat|internal|intranet|admin|backoffice|backend|ops|worker|workers|jobs|cron|webhooks?|hooks?)(?:-|\d*$)/;

/** The cues of the patterns above (test/unit/redaction-cue-implication.test.ts checks each is implied). */
const containerRegistryCue = /gcr\.io\//;
const appEngineCue = /appspot\.com/;
const platformAppCue = /herokuapp\.com|azurewebsites\.net/;
export const cuedCloudProjectPhrasings: readonly CuedPattern[] = [
  { name: 'a Container Registry project', cue: containerRegistryCue, pattern: containerRegistryProject },
  { name: 'an App Engine project', cue: appEngineCue, pattern: appEngineHost },
  { name: 'an app on Heroku or Azure', cue: platformAppCue, pattern: platformAppHost },
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
      if (!unservedDeployment.test(m[1]) || placeholderProject.test(m[1]) || isPublicName(m[0])) continue;
      found.push({ rule: 'redact/internal-host', text: m[0], index: m.index!, why: 'an app the public is not served by, on a shared platform' });
    }
  }
  return found;
}
