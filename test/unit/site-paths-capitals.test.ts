import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { sitePathProblem } from '../../src/lib/site-paths.ts';

const names = { services: ['checkout-api'], tags: ['database'], triggers: ['deploy'] };
const publicDir = resolve(import.meta.dirname, '../../public');

describe('a site address written in capitals (site-paths.ts)', () => {
  test.each([
    ['/Postmortems/2025-03-02-pool/', '/postmortems/2025-03-02-pool/'],
    ['/SERVICES/checkout-api/', '/services/checkout-api/'],
    ['/INCIDENTS/2025-03-02-Pool/', '/postmortems/2025-03-02-pool/'],
    ['/History/2024/', '/years/2024/'],
  ])('%s is a page not found, with the address in lower case as the fix', (link, meant) => {
    const problem = sitePathProblem(link, names, publicDir);
    expect(problem?.message).toMatch(/written in capitals/);
    expect(problem?.fix).toContain(`write ${meant}`);
  });

  test('the same addresses in lower case are pages (or the public address said as such)', () => {
    expect(sitePathProblem('/services/checkout-api/', names, publicDir)).toBeUndefined();
    expect(sitePathProblem('/postmortems/2025-03-02-pool/', names, publicDir)).toBeUndefined();
    expect(sitePathProblem('/incidents/2025-03-02-pool/', names, publicDir)?.message).toMatch(/an address of the public site/);
  });

  test('an unknown section in capitals is not said to be in capitals', () => {
    expect(sitePathProblem('/RUNBOOKS/pool/', names, publicDir)?.message).not.toMatch(/capitals/);
  });
});
