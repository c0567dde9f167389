/**
 * Words that say what kind of document a report is ("Technical Incident Report", "Postmortem",
 * "RCA"), not what broke. Import round 34:
 *
 * - a validator operator's reports open with a header line naming the organisation and the kind of
 *   document, the report's own title one level below (`# 🛰️ Cumulo . Technical Incident Report`
 *   over `## Consensus Failure and Validator Key Migration During …`): two of its three drafts were
 *   titled "🛰️ Cumulo . Technical Incident Report";
 * - a blog post's `tags: [incident, postmortem]` named the document's kind, and "postmortem" was
 *   matched to the vocabulary's closest tag, `postgres`.
 */

/** A phrase naming a kind of document about an incident, and nothing else. */
const documentKind = /^(?:(?:technical|security|service|production|public|internal|final|preliminary|full)\s+)*(?:(?:incident|outage|post[- ]?incident|problem|event|failure|service[- ]disruption)\s+)?(?:reports?|reviews?|analysis|post[- ]?mortems?|retrospectives?|rca|root[- ]cause[- ]analysis|write[- ]?ups?)$/i;

/** A tag or keyword that names the kind of document (`postmortem`, `incident`, `incident-report`, `rca`). */
export function namesDocumentKind(word: string): boolean {
  const words = word.trim().replace(/[-_]+/g, ' ').toLowerCase();
  return /^(?:incidents?|outages?|post ?mortems?|retros?)$/.test(words) || documentKind.test(words);
}

/** Separators between an organisation's name and the kind of document: " . ", " · ", " | ", " - ", " – ", " — ", ": ". */
const separator = /\s+[.·•|–—-]\s+|:\s+/u;

/** A heading without the emoji and other symbols it is decorated with, which say nothing ("🚨 …", "## 📌 Incident Summary"). */
function withoutDecoration(heading: string): string {
  return heading.replace(/[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * True for a heading that names an organisation (a few words, or none) and then the kind of
 * document ("🛰️ Cumulo . Technical Incident Report", "Saltmarsh Nodes · Incident Report",
 * "Technical Incident Report"): a header line, not a title. The kind must come last, so
 * "Incident report: Queue outage" (a title after its label) is not one.
 */
export function isDocumentHeader(heading: string): boolean {
  const text = withoutDecoration(heading);
  const segments = text.split(separator).map((segment) => segment.trim()).filter(Boolean);
  if (!segments.length || !documentKind.test(segments[segments.length - 1])) return false;
  return segments.slice(0, -1).join(' ').split(/\s+/).filter(Boolean).length <= 4;
}

interface HeadingNode { type: string; depth?: number }

/**
 * The report's title under a header line it opens with: the first node is a `#` heading that
 * `isDocumentHeader`, and the node right after it is a lower heading of three words or more that
 * `readsAsTitle` accepts (not a section's name or a label). `text` gives a heading's words.
 * Undefined otherwise: a header over prose, or over "## Summary", keeps the other title rules.
 */
export function titleUnderDocumentHeader<Node extends HeadingNode>(nodes: readonly Node[], text: (node: Node) => string, readsAsTitle: (title: string) => boolean): { title: string; header: string } | undefined {
  const [first, next] = nodes;
  if (first?.type !== 'heading' || first.depth !== 1 || next?.type !== 'heading' || (next.depth ?? 0) <= 1) return undefined;
  const header = text(first);
  // Undecorated: "## 📌 Incident Summary" under a header is a section's name, not a title of three words.
  const title = withoutDecoration(text(next)).replace(/^\d{1,2}[.)]\s+(?=\p{L})/u, '').replace(/\.$/, '').trim();
  if (!isDocumentHeader(header) || title.split(/\s+/).length < 3 || !readsAsTitle(title)) return undefined;
  return { title, header };
}
