/** What `npm run redact` writes for people: the names kept internal, a role of engineers shown ("<Internal>ana, bo</Internal><PublicOnly>Two engineers</PublicOnly>"). */
const replacedPeople = /<Internal>([^<]{1,200})<\/Internal><PublicOnly>(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*engineers?<\/PublicOnly>/giu;

/** Each name `npm run redact` replaced by a role of engineers in `text`, as written ("Mark-Simulacrum", "ana"). */
export function replacedPeopleNames(text: string): string[] {
  return [...text.matchAll(replacedPeople)].flatMap((m) => m[1].split(/\s*,\s*|\s+and\s+/).map((part) => part.trim()).filter(Boolean));
}
