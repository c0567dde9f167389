/**
 * True when the text before a `#word` ends where a Markdown reference definition's destination
 * begins (`[part3]: #what-to-do`, `[faq]: <#faq>`): the `#word` is a link to a heading of the same
 * page, as `[text](#what-to-do)` is, not a chat channel (since the thirteenth round of false
 * positives). The heading's own words are scanned where the post writes them.
 */
export function isSamePageLinkTarget(before: string): boolean {
  return /^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?$/.test(before);
}

/** Google's own hosts, where `projects/<id>` in a path is a Cloud project (`console.cloud.google.com`, `*.googleapis.com`, `*.pkg.dev`). */
const googleCloudHost = /(?:^|\.)(?:google\.com|googleapis\.com|pkg\.dev|gcr\.io|appspot\.com|cloudfunctions\.net|run\.app)$/i;

/**
 * True when the text at `index` is in the path of a link to a site that is not Google Cloud's
 * (`https://vusec.net/projects/native-bhi`, `https://pepy.tech/projects/litellm`): a page of that
 * site, not a Cloud project's resource name (since the thirteenth round of false positives). The
 * same path on Google's hosts, or outside a link, is judged as one.
 */
export function inPathOfOtherSite(line: string, index: number): boolean {
  const url = /(?:[a-z][a-z0-9+.-]*:)?\/\/([^\s/?#<>"'`)\]]+)\/[^\s<>"'`)\]]*$/i.exec(line.slice(0, index));
  if (!url) return false;
  const host = url[1].replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  return host.includes('.') && !googleCloudHost.test(host);
}
