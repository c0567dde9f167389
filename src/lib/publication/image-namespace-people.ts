/**
 * A person's namespace in a container image's reference on a registry (since probe round 56,
 * docs/redaction.md, "Probe round 56"): `registry.int.velmarra.net/hvinterlund/debug-tools:latest`,
 * an engineer's own image left running. The registry's host was found; the namespace after it
 * published. The registry must be a private one: a host with a port, Amazon's ECR (an account's
 * own), or a host with a label of an internal network (`int`, `internal`, `corp`, `lan`, `local`,
 * `intra`, `private`); on a public registry a namespace is a project's or a vendor's as often
 * (`quay.io/coreos/etcd`, `docker.io/tautulli/tautulli`, measured on the corpora). The namespace is
 * a person's when it reads as a personal handle (pasted-config-people.ts) and an image's name and
 * a tag or digest follow it; a team's or a product's namespace (`ledger`, `library`) is none.
 */
import type { PatternMatch } from './person-patterns.ts';
import type { CuedPattern } from './cued-pattern.ts';
import { isPersonalHandleValue } from './pasted-config-people.ts';

const imageReference = /(?<![\w.\/-])(?:[\w-]+(?:\.[\w-]+)*\.(?:int|internal|corp|lan|local|intra|private)(?:\.[\w-]+)*|\d{12}\.dkr\.ecr\.[\w.-]+|[a-z][\w-]*(?:\.[\w-]+)*:\d{2,5})\/([a-z][a-z0-9._-]{1,38})\/[a-z0-9][\w.-]*(?:\/[a-z0-9][\w.-]*)*(?::[\w][\w.-]{0,127}|@sha256:[0-9a-f]{64})/dg;

export const cuedImageNamespace: CuedPattern = { name: "a person's namespace in an image's reference", cue: /(?:\.(?:int|internal|corp|lan|local|intra|private)\b|\.dkr\.ecr\.|:\d\d)[^/\s]*\/[a-z]/, pattern: imageReference };

/** The personal namespaces of the image references on one line. */
export function findImageNamespacePeople(line: string): PatternMatch[] {
  if (!cuedImageNamespace.cue.test(line)) return [];
  const found: PatternMatch[] = [];
  for (const m of line.matchAll(imageReference)) {
    if (!isPersonalHandleValue(m[1])) continue;
    found.push({ text: m[1], index: m.indices![1]![0], severity: 'error', guess: true, why: "a person's namespace in an image's reference" });
  }
  return found;
}
