/**
 * Names a post shows as a snap package's own files (false positives, round 20): a homelab's
 * MicroK8s reports name `k8s-dqlite` 87 times, MicroK8s's datastore, and show it as
 * `/snap/microk8s/8695/bin/k8s-dqlite` and `snap.microk8s.daemon-k8s-dqlite`; with its shape of a
 * team's own identifier it was replaced everywhere, and so was `containerd-shim-runc-v2`.
 *
 * What stands under `/snap/<package>/<revision>/` is the package's read-only image as its publisher
 * built it (a user cannot add a file there), and `snap.<package>.<app>` is a service the package
 * declares: the publisher's names, public with the package. What a team writes beside them
 * (`/var/snap/…`, a config file, `/usr/local/bin`) is not read here. Only a package named in one
 * word, as the store's public packages mostly are (`microk8s`, `lxd`); one named as teams name
 * their own systems (`acme-ledger`) or whose name `isOwnName` says is the team's (listed as
 * internal, identifier-shaped) proves nothing.
 */
import { allMatches } from '../regexp.ts';

/** A file under a revision of a snap (`current` or a number): the package and the path after the revision. */
const snapFile = /(?<![\w.-])\/snap\/([a-z0-9]+)\/(?:\d+|current)\/((?:[\w.+-]+\/)*[\w.+-]+)/g;
/** A snap's service unit: `snap.microk8s.daemon-k8s-dqlite(.service)`. */
const snapService = /(?<![\w.-])snap\.([a-z0-9]+)\.([a-z0-9][a-z0-9-]*)/g;

/** The names (lower case) `evidence` shows as files or services of snap packages that are not the team's own. */
export function snapPackageFileNames(evidence: string, isOwnName: (name: string) => boolean): Set<string> {
  const names = new Set<string>();
  if (!evidence.includes('snap')) return names;
  for (const m of allMatches(snapFile, evidence)) {
    if (isOwnName(m[1])) continue;
    for (const segment of m[2].split('/')) names.add(segment.toLowerCase());
  }
  for (const m of allMatches(snapService, evidence)) {
    if (isOwnName(m[1])) continue;
    // A service named for its program (`daemon-k8s-dqlite` runs `k8s-dqlite`).
    names.add(m[2].toLowerCase());
    names.add(m[2].replace(/^daemon-/, '').toLowerCase());
  }
  return names;
}
