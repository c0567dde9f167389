/**
 * A profile page that is an organisation's, not a person's (round 25 of false positives,
 * docs/redaction.md): `https://hachyderm.io/@hachyderm`, the instance's own account on its own
 * Mastodon server, and `https://hachyderm.io/@tailscale`, a company's account there. The `/@name`
 * rule reads any such account no dictionary knows as a person's. An account named as a label of
 * the link's own host is the site's, and one named as a well-known brand that is no given name
 * (Simple Icons' list, public-product-signs.ts) is the company's; a person's handle is neither
 * (`hachyderm.io/@hbrekke`, `hachyderm.io/@claude`, a given name, are read as before).
 */
import { isKnownFirstName } from './people.ts';
import { isWellKnownBrand } from './public-product-signs.ts';

/** The host of the link whose path ends right before `index` of `line` (`hachyderm.io` of `https://hachyderm.io/@x`). */
function hostBefore(line: string, index: number): string | undefined {
  return /(?:^|[\s(<["'])(?:[a-z][a-z0-9+.-]*:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:\/[^\s/()[\]]*)*$/i.exec(line.slice(0, index))?.[1];
}

/** Whether `account`, the `/@account` page at `index` of `line`, is the site's own or a brand's. */
export function isOrganisationProfilePage(line: string, index: number, account: string): boolean {
  const lower = account.toLowerCase();
  const host = hostBefore(line, index);
  if (host && host.toLowerCase().split('.').includes(lower)) return true;
  const capitalised = account[0].toUpperCase() + account.slice(1);
  return isWellKnownBrand(lower) && !isKnownFirstName(capitalised);
}
