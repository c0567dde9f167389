/**
 * The organisation's own account on a social site or code host: its handle spells the name the
 * post is signed with as a team ("Thank you for your patience, … The TorBox Team" and "Keep an eye
 * on our [𝕏.com](https://x.com/torbox)"; a company's monthly postmortems, round 39 of false
 * positives). A person signs a post with their own name, not "<name> Team", so the account is the
 * organisation's. The sign-off is a line of its own: "The <Name> Team" or "<Name> Team", after a
 * dash or in emphasis, ending the line; the handle matches the name without spaces, dots or
 * hyphens, in any letter case. Another account in the same post is judged as before.
 */
const teamSignOff = /^[ \t>*_—–-]*(?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}\p{N}.&'’ -]{0,40}?)[ \t]+[Tt]eam[.!]?[*_]*[ \t]*$/gmu;

/** True when `handle` is the account of the team the post (`post`) is signed by. */
export function isSigningTeamAccount(handle: string, post: string): boolean {
  if (!/team/i.test(post)) return false;
  const wanted = handle.replace(/[-_.]/g, '').toLowerCase();
  for (const m of post.matchAll(teamSignOff)) {
    if (m[1].replace(/[\s.&'’-]/g, '').toLowerCase() === wanted) return true;
  }
  return false;
}
