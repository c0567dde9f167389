/**
 * Pictographs (emoji, with their modifiers and joiners) that open a text before its first letter or
 * digit, with the spaces after them: "🛠 " of "🛠 Web Application Outage" (a title, import round 38),
 * "🕒 " of "🕒 Duration: The outage occurred …" (a labelled list item read as the summary, round
 * 38b). They decorate the report's page and name nothing; ©, ® and ™ are no decoration.
 */
export const openingPictographs = /^(?:(?:(?![©®™])[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f])+\s*)+(?=\p{L}|\p{N})/u;
