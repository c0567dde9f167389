/**
 * Names a post itself shows to be public projects (round 59 of false positives, docs/redaction.md):
 * a repository on a public forge (`https://github.com/owner/name`, gitlab.com, codeberg.org), an
 * upstream issue or pull request (`owner/name#320`), an image of a public registry with a
 * version's tag (`ghcr.io/owner/name:0.17.7`, docker.io, quay.io, gcr.io, lscr.io,
 * registry.k8s.io; since round 60 Docker Hub's written without it, `owner/name:1.3.0`) and
 * "open-source name" / "open source name". Homelabs run public products
 * under their own names (`volsync`, `opencloud`, `dependency-track`) and write them as they would
 * write their own services; the guard publishes such a link or image as it stands, so holding the
 * same name elsewhere in prose protects nothing. A repository of the organisation's own scope
 * (`github.com/acme/…` with `acme` among RedactionOptions.orgScopes) is no sign: its names stay
 * the organisation's.
 */

const forgeRepository = /(?<![\p{L}\p{N}.-])(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org)\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)/gu;
const upstreamReference = /(?<![\p{L}\p{N}_./-])([A-Za-z0-9][A-Za-z0-9_.-]*)\/([A-Za-z0-9][A-Za-z0-9_.-]*)#\d+(?![\p{L}\p{N}])/gu;
const publicImage = /(?<![\p{L}\p{N}.-])(?:ghcr\.io|docker\.io|quay\.io|gcr\.io|lscr\.io|registry\.k8s\.io)\/((?:[a-z0-9_.-]+\/)*)([a-z0-9_.-]+):v?\d/gu;
// An image of Docker Hub written without its registry, as Docker reads it (`cdkbot/hostpath-provisioner:1.3.0`,
// `openebs/provisioner-localpv:2.12.0`; round 60 of false positives): one owner, one name, a
// version's tag with a dot. Not a path with a dot (`src/main.go:42`, `registry.acme.lan/x/y:1.2`)
// nor a deeper one (`team/group/app:1.2`, a private registry's layout).
const dockerHubImage = /(?<![\w./:@-])([a-z0-9][a-z0-9_-]*)\/([a-z0-9][a-z0-9_-]*):v?\d+\.\d/g;
// The name starts where a word starts: tried from inside a long run of letters, the second form
// went back over the run from every letter (a canary probe's long word: 90 s of one scan).
const openSource = /\bopen[- ]source\s+`?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`?|(?<![a-z0-9-])`?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)`?,?\s+(?:is\s+)?an?\s+open[- ]source\b/giu;

/** Letters and digits only, lower case: `Acme-Corp` and `acmecorp` are one owner. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The public projects `text` shows, in lower case, with the repositories of the organisation's own scopes left out. */
export function publicProjectNames(text: string, ownScopes: Iterable<string> = [], { issueReferences = true }: { issueReferences?: boolean } = {}): Set<string> {
  const own = [...ownScopes].map(letters).filter(Boolean);
  const ownOwner = (owner: string) => own.some((scope) => letters(owner).includes(scope));
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    const cleaned = name?.replace(/\.git$/, '').replace(/[.]+$/, '').toLowerCase();
    if (cleaned && /\p{L}/u.test(cleaned)) names.add(cleaned);
  };
  for (const m of text.matchAll(forgeRepository)) if (!ownOwner(m[1])) add(m[2]);
  if (issueReferences) for (const m of text.matchAll(upstreamReference)) if (!ownOwner(m[1])) add(m[2]);
  for (const m of text.matchAll(publicImage)) if (!ownOwner(m[1].split('/').filter(Boolean).at(-1) ?? '')) add(m[2]);
  if (text.includes(':')) for (const m of text.matchAll(dockerHubImage)) if (!ownOwner(m[1])) add(m[2]);
  if (/open[- ]source/i.test(text)) for (const m of text.matchAll(openSource)) add(m[1] ?? m[2]);
  return names;
}

const lastRead = new Map<boolean, { post: string; ownScopes: ReadonlySet<string>; names: Set<string> }>();
/**
 * {@link publicProjectNames} of a post, read once for all its lines: the guard asks line by line
 * with the same post text (one entry kept for each reading: posts are scanned one after the other).
 * `issueReferences: false` leaves out a bare `owner/name#320`: enough not to carry a name to other
 * posts, but no proof on its own that the repository is public (a company's own forge writes the
 * same references; round 44 of false positives keeps such a name found). A finding is published
 * only on a sign beyond doubt: a public forge's link, a public registry's image, "open-source".
 */
export function shownPublicProjects(post: string, ownScopes: ReadonlySet<string>, { issueReferences = true }: { issueReferences?: boolean } = {}): ReadonlySet<string> {
  const last = lastRead.get(issueReferences);
  if (last?.post === post && last.ownScopes === ownScopes) return last.names;
  const names = publicProjectNames(post, ownScopes, { issueReferences });
  lastRead.set(issueReferences, { post, ownScopes, names });
  return names;
}

/** Whether `name` is one of `projects` or a component of one written with its name first (`dependency-track-frontend`). */
export function isShownPublicProject(name: string, projects: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  if (projects.has(lower)) return true;
  for (const project of projects) if (project.includes('-') && lower.startsWith(`${project}-`)) return true;
  return false;
}
