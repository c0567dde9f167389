/**
 * A GitHub issue template (`.github/ISSUE_TEMPLATE/incident.md`): its frontmatter names the form
 * and says what it is for (`name: Incident`, `about: 장애 발생/회귀 분석`), with the title and
 * labels a new issue opens with, over headings with empty fields ("- 증상:", "- T0(발생):"). A
 * Korean team's incident and bug forms were drafts (import round 56). GitHub reads `name` and
 * `about` together only in such a template; a report's frontmatter has no `about`. Pure.
 */
export function issueTemplateName(text: string): string | undefined {
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
  if (!frontmatter) return undefined;
  const name = /^name:[ \t]*["']?(.+?)["']?[ \t]*$/m.exec(frontmatter)?.[1];
  return name && /^about:[ \t]*\S/m.test(frontmatter) ? name : undefined;
}
