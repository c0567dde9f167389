/**
 * An organisation's own account on a social network, named after the site its post links (round 50
 * of false positives, docs/redaction.md): F-Droid's news closes with "toot at
 * [@fdroidorg@floss.social](https://floss.social/@fdroidorg)" and links `f-droid.org` in the same
 * post, and the handle, the address and the profile's link were found as a person's (137 in the
 * blog). The account is the site's name with an organisation's kind run on (`fdroid` + `org`,
 * `zorvel` + `hq`, `zorvel_app`): people's handles are names, initials and numbers, and a person
 * whose own domain the post links (`hbrekke.dev`) is still found as `@hbrekke`, whose name has no
 * such ending. The site must be one the post links ({@link linksSiteNamed}), not a page on a shared host.
 * The same for a chat room named after the site ({@link isOrganisationOwnChannel}).
 */
import { linksSiteNamed } from './own-site-links.ts';

/**
 * Kinds an organisation runs onto its name in an account (`fdroidorg`, `zorvelhq`,
 * `zorvel_official`); not `dev` or `io`, which a person's own domain ends with (`hbrekke.dev`).
 */
const accountKinds = ['org', 'hq', 'app', 'official', 'team', 'project', 'labs', 'lab', 'inc', 'status'];

/**
 * The account named in a finding's text: a handle (`@fdroidorg`), a profile's path or link
 * (`/@fdroidorg`, `https://twitter.com/fdroidorg`) or a fediverse address (`fdroidorg@floss.social`,
 * `@fdroidorg@floss.social`).
 */
function accountOf(text: string): string | undefined {
  return /^(?:https?:\/\/[a-z0-9.-]+)?\/?@?([A-Za-z0-9_.-]+)(?:@[a-z0-9.-]+\.[a-z]{2,})?\/?$/i.exec(text)?.[1]?.toLowerCase();
}

/** Whether `text`, a handle, a profile's path or a fediverse address, is the account of the organisation whose site `post` links. */
export function isOrganisationOwnAccount(text: string, post: string): boolean {
  const account = accountOf(text);
  if (account === undefined || (isMailbox(text) && !writtenAsFediverseAddress(text, post))) return false;
  return accountKinds.some((kind) => {
    if (!account.endsWith(kind)) return false;
    const name = account.slice(0, -kind.length).replace(/[_.-]+$/, '').replace(/[_.-]/g, '');
    return name.length >= 4 && /^[a-z][a-z0-9]*$/.test(name) && linksSiteNamed(name, post, 'domain');
  });
}

/** `local@host.tld`, not opened by `@`: an e-mail address's shape. */
const isMailbox = (text: string) => /^[A-Za-z0-9_.+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(text);

/**
 * Whether the post writes `address` (`fdroidorg@floss.social`) as a fediverse account: opened by
 * `@` (`@fdroidorg@floss.social`) or linked as its server's profile (`floss.social/@fdroidorg`).
 * A mailbox is found whatever it is named, a role's too (`security@zorvel.org`,
 * `securityteam@zorvel.org`; round 51 of false positives): the e-mail rule publishes none.
 */
function writtenAsFediverseAddress(address: string, post: string): boolean {
  const [local, host] = address.toLowerCase().split('@');
  const lower = post.toLowerCase();
  return lower.includes(`@${local}@${host}`) || lower.includes(`${host}/@${local}`);
}

/**
 * Whether `channel` (`#fdroid`, `#voidlinux`) is named after the organisation whose site `post`
 * links (`f-droid.org`, `voidlinux.org`): the project's own room, as its news names it ("you can
 * find us in #fdroid"), which tells a reader nothing the site's name does not. A room named
 * otherwise (`#fdroid-ops`, `#zorvel-oncall`) is still found.
 */
export function isOrganisationOwnChannel(channel: string, post: string): boolean {
  const name = /^#([a-z][a-z0-9]{3,})$/.exec(channel.toLowerCase())?.[1];
  return name !== undefined && linksSiteNamed(name, post, 'domain');
}
