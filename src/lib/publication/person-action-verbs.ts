/**
 * The past tenses that say a person acted, shared by the rules of an unknown word acting
 * (person-patterns.ts) and of an unlisted given name before a word surname
 * (unlisted-given-names.ts; since the twenty-second probe round): one list, so the two read the
 * same verbs.
 */

/** What companies, systems and places do in reports, and people seldom: not evidence of a person. */
const systemVerbs = String.raw`(?:experienced|suffered|failed|crashed|returned|received|reported|stopped|recovered|degraded|exceeded|reached|triggered|caused|affected|impacted|declared|announced|released|launched|published|acquired|estimated|implemented|committed|identified|provided|offered|served|hosted|processed|handled|stored|used|required|depended|relied|owned|operated|managed|allowed|blocked|rejected|accepted|dropped|lost|continued|remained|appeared|seemed|looked|began|retired|worked|behaved|responded|timed|ended|succeeded|passed|happened|occurred|resulted|led)`;

/**
 * "failed over" with what was failed over as its object ("Tadhg failed over the primary"; since
 * the twenty-second probe round): a person's act. A system fails over to something, or fails over
 * a stretch of time ("failed over the weekend"), and "failed" alone is a system's verb.
 */
const failedOverSomething = String.raw`failed over(?=\s+(?:the|our|their|its|both|all|every|each)\s+(?!(?:weekend|night|nights|holidays?|course|period|next|last|following|past|previous|same|whole|entire|rest|summer|winter|years?|months?|weeks?|days?|hours?|minutes?)\b))`;
/**
 * Past-tense actions: a capitalised word that no lexicon, dictionary or list of public names knows
 * doing one of these is most likely a person ("That evening Yuvi completed a stress test").
 */
export const actionVerbs = String.raw`(?:${failedOverSomething}|(?!${systemVerbs}\b)\p{Ll}+ed|ran|took|saw|found|made|went|got|began|wrote|put|set|left|told|sent|spent|built|brought|kept|led|held|knew|did|gave|undid|reran|rebuilt|babysat|stood|spoke|fought|caught|dug|rode|drove|flew|overrode|rewrote|forgot|woke|sought|swore|threw|chose|rolled back|stepped in|dug in|jumped in|looked into)`;
