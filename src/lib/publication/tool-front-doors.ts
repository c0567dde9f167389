/**
 * A chat or work tool's front door: its vendor's own product host with nothing after it
 * (`https://teams.microsoft.com/`, `https://slack.com`), as a template or an example report links
 * the tool it names ("raised the alarm [in Microsoft Teams](https://teams.microsoft.com/)"; round
 * 39 of false positives). It opens the vendor's sign-in page for anyone: no workspace, channel,
 * message or document of the organisation. A workspace's own host (`acme.slack.com`), any path
 * (`/l/message/…`, `/document/d/…`), a query, a fragment or a user stays an internal link.
 */
const frontDoorHost = /^(?:www\.)?(?:(?:app\.)?slack\.com|teams\.microsoft\.com|(?:docs|drive|meet)\.google\.com|zoom\.us|sentry\.io|linear\.app|pagerduty\.com|datadoghq\.(?:com|eu))$/i;

/** True when `address` is a tool's front door (see above). */
export function isToolFrontDoor(address: string): boolean {
  let link: URL;
  try {
    link = new URL(address);
  } catch {
    return false;
  }
  return frontDoorHost.test(link.hostname) && link.pathname === '/' && !link.search && !link.hash && !link.username && !/[?#]/.test(address);
}
