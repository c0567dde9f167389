/**
 * What the public page reads where a package's, a module's or an image's path was wrapped for the
 * person its path names (`github.com/<login>/jwt-go@4.0.0`, `ghcr.io/<login>/app:1.2`): the wrap
 * had no stand-in, and a sentence lost its object ("Patch CVE-2020-26160 by upgrading to  in
 * classic-core repository", a chain's security review; false positives round 54). The path is
 * the person's, so nothing of it stays; its shape says what it was: an image (a registry's host,
 * or a tag after the name), else a module or package by its host and two parts
 * (`golang.org/x/crypto`, `gopkg.in/…`, `github.com/<owner>/<name>`), with "a release of" where a
 * version is pinned (`@v1.2`). A web address with a scheme, a file path or a profile (a host and
 * one part) gets none: the address rules say where those go (withheld-links.ts).
 */
const imageRegistryHost = /^(?:ghcr\.io|docker\.io|index\.docker\.io|quay\.io|gcr\.io|[a-z-]+\.gcr\.io|registry\.[\w.-]+|[\w-]+\.azurecr\.io|public\.ecr\.aws|[\w.-]+\.pkg\.dev|registry-\d+\.docker\.io)$/i;
/** A host, then at least two parts of a path, then a version or a tag; no scheme, no spaces. */
const hostedPath = /^([a-z\d][a-z\d-]*(?:\.[a-z\d-]+)+)\/[\w.~-]+\/[\w.~/-]*?[\w~-](?:(@v?\d[\w.+-]*)|(:[\w][\w.-]*))?$/i;

export function personPathStandIn(written: string): string | undefined {
  const path = written.replace(/^`|`$/g, '');
  const shape = hostedPath.exec(path);
  if (!shape) return undefined;
  const [, host, version, tag] = shape;
  if (imageRegistryHost.test(host) || tag) return 'a container image';
  return version ? 'a release of a third-party module' : 'a third-party module';
}

/**
 * What the public page reads where a web address was wrapped whole for the person its path names
 * and words go on after it in the sentence ("See https://github.com/<login>/<repo> for the fix."
 * read "See  for the fix."; false positives round 55): where it ends its clause it is withheld
 * with its preposition (withheld-links.ts). Nothing of the address stays; a code host's path says
 * what it led to (a repository, an issue, a pull request, a commit), else "a web page".
 */
const codeHostAddress = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/[\w.-]+\/[\w.-]+(?:\/(?:-\/)?([\w-]+))?/i;

export function personAddressStandIn(written: string): string {
  const address = written.replace(/^[`<]|[`>]$/g, '');
  const codeHost = codeHostAddress.exec(address);
  if (!codeHost) return 'a web page';
  const kind = codeHost[1]?.toLowerCase();
  if (kind === 'issues') return 'an issue';
  if (kind === 'pull' || kind === 'pulls' || kind === 'merge_requests' || kind === 'pull-requests') return 'a pull request';
  if (kind === 'commit' || kind === 'commits') return 'a commit';
  return 'a repository';
}
