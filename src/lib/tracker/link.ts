import type { TextRun } from '../unbroken.ts';

/**
 * Where a follow-up lives, from its `link`: a short label for the follow-ups page
 * ("GitHub acme/deploy#12", "Jira OPS-12", "Linear PAY-7"), or the host for anything else.
 */
export function describeTrackerLink(url: string): { tracker: string; label: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { tracker: 'link', label: url };
  }
  const path = parsed.pathname;
  const github = /^\/([^/]+)\/([^/]+)\/(issues|pull)\/(\d+)/.exec(path);
  if (parsed.hostname === 'github.com' && github) return { tracker: 'github', label: `GitHub ${github[1]}/${github[2]}#${github[4]}` };
  const linear = /^\/[^/]+\/issue\/([A-Z][A-Z0-9]*-\d+)/.exec(path);
  if (parsed.hostname === 'linear.app' && linear) return { tracker: 'linear', label: `Linear ${linear[1]}` };
  const jira = /\/browse\/([A-Z][A-Z0-9_]*-\d+)/.exec(path) ?? /[?&]selectedIssue=([A-Z][A-Z0-9_]*-\d+)/.exec(parsed.search);
  if (jira) return { tracker: 'jira', label: `Jira ${jira[1]}` };
  return { tracker: 'link', label: parsed.hostname };
}

/** Longest piece of a ticket label kept on one line: about 180px at the table's size, inside a phone's card (218px). */
const longestKeptPiece = 24;

/**
 * A ticket label in pieces a line may break between and not inside ("Jira", " ", "OPS-4521";
 * "acme/", "deploy", "#12"; "tracker.", "example.", "com"), `keep` on each piece short enough to
 * stand on a line of its own. The Ticket column wrapped anywhere (so a long address would not
 * widen the tracker) and broke "OPS-45" from "21"; kept pieces go in `nowrap` spans with a
 * break opportunity between them. A longer piece is cut after its hyphens; one longer still
 * without a hyphen keeps the column's wrapping anywhere. Joined, the pieces are the label.
 */
export function ticketLabelPieces(label: string): (TextRun & { breakBefore: boolean })[] {
  const pieces = label.split(/(\s+)|(?<=[./])(?=[^./\s])|(?<=[^\s#])(?=#)/).filter((piece) => piece !== undefined && piece !== '');
  // A piece too long for a card ("edge-cache-purge-orchestrator-service") is cut after its hyphens
  // too: left to wrap anywhere, the squeezed column broke it "orchestrato" / "r-service".
  const fitting = pieces.flatMap((piece) => (piece.length > longestKeptPiece ? piece.split(/(?<=-)(?=[^-])/) : [piece]));
  // A page puts a break opportunity (<wbr>) between two pieces that are not spaces: after "acme/",
  // before "#12"; a space is one already.
  return fitting.map((text, i) => ({ text, keep: !/\s/.test(text) && text.length <= longestKeptPiece, breakBefore: i > 0 && !/\s/.test(text + fitting[i - 1]) }));
}
