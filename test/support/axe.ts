import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build, to add to a page as a script. */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string; nodes: { target: string[] }[] };
/** axe's violations on a page, with `options` as axe.run takes them (`runOnly`, ...). */
export async function axeViolations(page: Page, options: object = {}): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (runOptions) => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({ resultTypes: ['violations'], ...runOptions });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, options);
}
export const describeViolation = (v: AxeViolation) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
