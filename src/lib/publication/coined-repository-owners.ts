/**
 * A repository under a coined account (probe round 49, docs/redaction.md, "Probe round 49"): the
 * rules of personal handles read initials, given names and surnames (`tlindqvist`, `mirandakovel`),
 * so `github.com/velmorastin/ci-tools` was published, and over the corpora such owners are people
 * as often as not (`junegunn/fzf`, `sharkdp/fd`, `yuvipanda/…` beside `usdigitalresponse/…`,
 * `quarkusio/quarkus`). No letters tell them apart, so what the link and the post say is read: an
 * organisation names itself with words or a kind (`-io`, `-js`, `-inc`, `-labs`, `-app`, …), names
 * its repositories after itself (`rustls/rustls-ffi`, `gopasspw/gopass`, `argoproj/argo-cd`) and
 * has a site of its own name that its posts link (`mullvad.net`), and its name is written as a
 * word of the prose ("The Quorvane service failed; see `quorvane/quorvane#12`", "run samtools"). What is left, six letters or more
 * and no word, lexicon entry or public term, is someone's account as much as an organisation's: a
 * finding to allow (a guess). A person whose own site the post links (`danluu.com`) is published.
 */
import { isEnglishWord, isKnownWord, isOrdinaryWord } from './people.ts';
import { isPublicTerm } from './public-terms.ts';
import { madeOfWords } from './person-patterns.ts';
import { hasOrganisationWordRunOn } from './organisation-word-run-on.ts';
import { escapeRegExp } from '../regexp.ts';
import { linksSiteNamed } from './own-site-links.ts';
import { isNamedAfterOwner } from './owner-named-repositories.ts';

/** The reason its findings give: a guess another rule's finding at the same place replaces (carried-people.ts). */
export const coinedOwnerReason = "the owner of a repository, a coined account that may be a person's";

/** Endings organisations' accounts carry for their kind, their language or their domain (`quarkusio`, `sveltejs`, `nginxinc`, `awslabs`, `wireapp`, `paradigmxyz`). */
const organisationKindEnding = /(?:io|js|ts|inc|labs?|team|hq|apps?|network|xyz|forum|co|hub|ci|dev|org|cloud|project|soft|tech|data|sh|rs|py|go|ml|ai|net|works|group|official|academy|fp|css|press|db|gis|dao|fi|finance|protocol|chain|dns|corp)$/;

/**
 * Whether `post` writes the account as a word of its own, outside addresses and paths: capitalised
 * as a name ("The Quorvane service failed") or as a tool's name (`samtools/htslib` beside "run
 * samtools sort", `pyparsing` imported): a product's or an organisation's. A person's handle
 * written bare is read by the rules of handles (after "thanks to", "cc", …) and carried from a post
 * that mentions it; an account in a link's query (`?u=qvalder`) is no word of the prose.
 */
function writtenOutsideAddresses(owner: string, post: string): boolean {
  return post.toLowerCase().includes(owner) && new RegExp(String.raw`(?<![\w./@:#~=?&-])${escapeRegExp(owner)}(?![\w/@=-])`, 'iu').test(post);
}

/**
 * True when the owner `owner` of the repository `repository`, linked in `post`, is a coined account
 * that may be a person's: lower-case letters (digits may close it), six letters or more, no word,
 * words run together, lexicon entry or public term, no organisation's kind or run-on, no repository
 * named after it and no site of its name in the post.
 */
export function isCoinedRepositoryOwner(owner: string, repository: string, post: string): boolean {
  if (!/^[a-z]{6,}\d*$/.test(owner)) return false;
  const letters = owner.replace(/\d+$/, '');
  if (isEnglishWord(letters) || isOrdinaryWord(letters) || isKnownWord(letters) || isPublicTerm(letters) || madeOfWords(letters) || hasOrganisationWordRunOn(letters)) return false;
  if (organisationKindEnding.test(letters)) return false;
  return !isNamedAfterOwner(owner, repository) && !linksSiteNamed(owner, post) && !writtenOutsideAddresses(letters, post);
}
