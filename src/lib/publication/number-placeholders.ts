/**
 * A template's placeholder for a number with its unit: "Xh Xm", "XXh", "Xd Yh", "Xmin" (an incident
 * log's template, "Time to repair: Xh Xm"; round 39 of false positives). "Xh Xm" was two capitalised
 * words no dictionary knows, a full name. Each word is one to three capital X, Y or N letters before
 * a unit of time (d, h, m, s, min, mins, hrs, ms); a name that starts so ("Xhosa", "Xavi") is
 * more letters than a unit and stays a name.
 */
const numberPlaceholder = /^(?:[XYN]{1,3})(?:d|h|hrs?|m|mins?|s|ms)$/;

/** True when every word of `text` (a person candidate) is a placeholder of a number and its unit. */
export function isNumberPlaceholder(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words.every((word) => numberPlaceholder.test(word));
}
