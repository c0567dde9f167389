/**
 * A ticket-shaped link text that is a code host's pull request or issue, written with its number
 * ("[PR-158](https://github.com/bottlerocket-os/bottlerocket-core-kit/pull/158)"; round 34 of
 * false positives, docs/redaction.md): the text says no more than the link it labels, and the
 * link is judged as every link is (a private repository's is found by its own rules). A text whose
 * number is not the link's (`[OPS-4521](https://github.com/…/pull/158)`) is still a ticket.
 */
const codeHostTarget = /^\]\(https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[^\s)]+\/(?:pull|pulls|issues|merge_requests|pull-requests)\/(\d+)\/?(?:[#?][^\s)]*)?\)/;

/** True when `text` at `index` of `line` is a link's whole text whose target is a code host's pull request or issue of the same number. */
export function isCodeHostIssueLinkText(line: string, index: number, text: string): boolean {
  if (line[index - 1] !== '[') return false;
  const target = codeHostTarget.exec(line.slice(index + text.length));
  return target !== null && Number(target[1]) === Number(/(\d+)$/.exec(text)?.[1]);
}
