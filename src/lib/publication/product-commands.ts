import { escapeRegExp } from '../regexp.ts';

/**
 * A command or a package a released product ships, named after it (round 45 of false positives,
 * docs/redaction.md): an operating system's security bulletins tell readers to install updates
 * "via the qubes-dom0-update command", then `$ sudo qubes-dom0-update`, and the command was an
 * identifier 135 times ("qubes" and "dom0" no dictionary's words). The post names the product by
 * its release ("For Qubes 4.0:", "Qubes OS") and runs the command at a prompt or calls it a
 * command or a tool: a command readers run on their own machines is the product's, public as its
 * release is.
 *
 * Both signs are needed: a team's internal tool is named after the company too (`kelpworks-ledger`),
 * and is run at a prompt in its post-mortems, but a company is seldom written with a release or as
 * an operating system; a released product's name before words that are not its command's shape is
 * judged as before. The same tool named in a post that gives no release of it is still found.
 */
export function isReleasedProductCommand(token: string, post: string): boolean {
  const first = /^([a-z][a-z0-9]*)-[a-z0-9-]*[a-z0-9]$/.exec(token)?.[1];
  if (!first || first.length < 3) return false;
  const name = escapeRegExp(first);
  // Capitalised as a product is, before "OS" or a release ("4.0", "R4.1"), or since round 46
  // before the bulletin or advisory it sends its users ("Qubes Security Bulletin #11", which
  // gives no release).
  // Since round 51 also in capitals, as a project writes its own short name ("XBPS 0.33 is out").
  if (!new RegExp(String.raw`(?<![\p{L}\p{N}_-])(?:${name.charAt(0).toUpperCase()}${name.slice(1)}|${name.toUpperCase()})(?:[ \t]+OS\b|[ \t]+R?\d+\.\d|[ \t]+Security[ \t]+(?:Bulletin|Advisory)\b)`, 'u').test(post)) return false;
  const command = escapeRegExp(token);
  // Since round 46 of false positives also a package of the product given with its version, as
  // bulletins list the fixed ones ("- qubes-gui-dom0, version 4.0.8", "qubes-core-dom0 4.0.51",
  // "* qubes-gui-dom0-2.1.34-1", 12 and 7 findings in an OS's bulletins): a package with a
  // release is as public as the release.
  const versioned = String.raw`(?<![\w.-])${command}(?:,?[ \t]+(?:version[ \t]+)?v?\d+\.\d|-\d+(?:\.\d+)+(?:-|[ \t]*$))`;
  return new RegExp(String.raw`(?:^|\n)[ \t>]*(?:[$#][ \t]+)(?:sudo[ \t]+)?${command}(?![\w.-])|(?<![\w.-])${command}[ \t]+(?:command|tool|utility|package)\b|${versioned}`, 'mu').test(post);
}

/**
 * A public project's command cited with its manual page's section (round 49 of false positives,
 * docs/redaction.md): Void Linux's news writes "see xbps-rindex(1)", "xbps-uchroot(1)",
 * "xbps-checkvers(1)", and then `xbps-rindex -a …` in code; the tools' names are no dictionary's
 * words (`rindex`, `pkgdb`, `uchroot`), so each was an identifier (64 over the news). A manual page
 * in a section is how Unix documents the commands it ships; a team's internal tool is seldom
 * given one, and the command's first part must be a public project's name too (`xbps`):
 * `zarnith-rindex(1)` is still found, and so is `xbps-rindex` in a post that cites no manual page
 * of it or of another `xbps-` command (round 51: the family's pages are one sign).
 */
export function isCommandWithManualPage(token: string, post: string, isPublicProject: (word: string) => boolean): boolean {
  const first = /^([a-z][a-z0-9]*)-[a-z0-9-]*[a-z0-9]$/.exec(token)?.[1];
  if (!first || first.length < 3 || !isPublicProject(first)) return false;
  // Since round 51 of false positives, a sibling's page is enough: "a new utility (`xbps-fbulk`)"
  // in release notes citing `xbps-install(1)` and `xbps-rindex(1)` is one of the same project's
  // commands, documented as they are. A post citing no page of the family still finds it.
  return new RegExp(String.raw`(?<![\w.-])${escapeRegExp(first)}-[a-z0-9-]*[a-z0-9]\([1-9][a-z]?\)`, 'u').test(post);
}
