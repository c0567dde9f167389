import { describe, expect, test } from 'vitest';
import { KbConfigError, kbConfigSchema, kbEnvironment, loadKbConfig, type KbConfigInput } from '../../src/lib/kb-config.ts';

const valid: KbConfigInput = {
  organisation: 'Acme',
  sites: {
    internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' },
    public: { title: 'Acme Status', url: 'https://status.acme.example' },
  },
};
const noFiles = { fileExists: () => false, now: new Date('2026-11-22T10:00:00Z') };
const load = (input: unknown, env: Record<string, string> = {}) => loadKbConfig(input, env, noFiles);
/** The error message of loading `input`, which must fail. */
function problem(input: unknown, env: Record<string, string> = {}): string {
  try {
    load(input, env);
  } catch (error) {
    expect(error).toBeInstanceOf(KbConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('a valid config', () => {
  test('fills the defaults', () => {
    const config = load(valid);
    expect(config.contentDir).toBe('content');
    expect(config.lint.rules).toEqual({});
    expect(config.redaction).toEqual({ people: [], internalNames: [], internalDomains: [], publicNames: [] });
    expect(config.asOf).toBe('2026-11-22');
  });
  test('keeps every redaction list, trimmed', () => {
    const config = load({ ...valid, redaction: { people: [' Jane Doe '], internalNames: ['hydra'], internalDomains: ['.corp'], publicNames: ['Acme Pay'] } });
    expect(config.redaction).toEqual({ people: ['Jane Doe'], internalNames: ['hydra'], internalDomains: ['.corp'], publicNames: ['Acme Pay'] });
  });
  test('asOf from the config, and KB_AS_OF over it', () => {
    expect(load({ ...valid, asOf: '2026-01-31' }).asOf).toBe('2026-01-31');
    expect(load({ ...valid, asOf: '2026-01-31' }, { KB_AS_OF: '2025-05-05' }).asOf).toBe('2025-05-05');
  });
  test('KB_CONTENT_DIR overrides contentDir', () => {
    expect(load({ ...valid, contentDir: 'kb' }, { KB_CONTENT_DIR: '/tmp/other' }).contentDir).toBe('/tmp/other');
    expect(load({ ...valid, contentDir: 'kb' }, { KB_CONTENT_DIR: '' }).contentDir).toBe('kb');
  });
  test('lint levels of known rules', () => {
    expect(load({ ...valid, lint: { rules: { 'action-item/vague': 'error' } } }).lint.rules).toEqual({ 'action-item/vague': 'error' });
  });
});

describe('friendly errors name the option, the problem and the fix', () => {
  test.each([
    ['a missing site', { organisation: 'Acme' }, /sites is missing; add it/],
    ['an empty title', { ...valid, sites: { ...valid.sites, internal: { title: ' ', url: 'https://a.example' } } }, /sites\.internal\.title is empty; give the site a title/],
    ['a URL without scheme', { ...valid, sites: { ...valid.sites, public: { title: 'x', url: 'status.acme.example' } } }, /sites\.public\.url is not an absolute http\(s\) URL.*\(got "status\.acme\.example"\)/],
    ['a misspelled option', { ...valid, peple: ['Jane'] }, /the config has unknown option\(s\) "peple"; remove them or check the spelling/],
    ['a misspelled redaction option', { ...valid, redaction: { internalDomain: ['.corp'] } }, /redaction has unknown option\(s\) "internalDomain"/],
    ['a name list that is a string', { ...valid, redaction: { people: 'Jane Doe' } }, /redaction\.people must be a list \(got "Jane Doe"\): write people: \['Jane Doe'\]\./],
    ['an empty name', { ...valid, redaction: { internalNames: ['ok', ''] } }, /redaction\.internalNames\[1\] holds an empty name; remove the empty entry/],
    ['a malformed asOf', { ...valid, asOf: '22/11/2026' }, /asOf is not a date; write it as YYYY-MM-DD.*\(got "22\/11\/2026"\)/],
    ['a day that does not exist', { ...valid, asOf: '2026-02-30' }, /asOf is not a date \(2026-02-30 is no day: February 2026 has 28 days\); write it as YYYY-MM-DD.*\(got "2026-02-30"\)/],
    ['no object at all', null, /^site\.config\.ts is not a valid knowledge-base configuration:\n {2}- the configuration must be an object of options \(\{ \.\.\. \}\) \(got null\)\.$/],
    ['a number for a name', { ...valid, organisation: 7 }, /organisation must be text in quotes \(got 7\)\./],
    ['an unknown lint rule', { ...valid, lint: { rules: { 'blameless/persn-blame': 'error' } } }, /lint\.rules\["blameless\/persn-blame"\] is not a lint rule; did you mean "blameless\/person-blame"\?/],
    ['an unknown lint level', { ...valid, lint: { rules: { 'action-item/vague': 'loud' } } }, /lint\.rules\["action-item\/vague"\] is not a level; use "error", "warning" or "off" \(got "loud"\)/],
  ])('%s', (_, input, message) => {
    const text = problem(input);
    expect(text).toMatch(/^site\.config\.ts is not a valid knowledge-base configuration:\n {2}- /);
    expect(text).toMatch(message);
  });

  test('every problem at once, not only the first', () => {
    const text = problem({ ...valid, asOf: 'soon', redaction: { people: 'x' }, lint: { rules: { 'action-item/vauge': 'warn' } } });
    expect(text.split('\n  - ')).toHaveLength(5);
    expect(text).toMatch(/"action-item\/vauge"\] is not a lint rule; did you mean "action-item\/vague"\?/);
  });

  test('a malformed KB_AS_OF', () => expect(problem(valid, { KB_AS_OF: 'tomorrow' })).toMatch(/KB_AS_OF is "tomorrow", which is not a date\. Set it as YYYY-MM-DD/));
  test('a KB_AS_OF day that does not exist', () => expect(problem(valid, { KB_AS_OF: '2026-02-30' })).toMatch(/KB_AS_OF is "2026-02-30", which is not a date/));

  test('a left-over lint.config.json says where its settings go', () => {
    expect(() => loadKbConfig(valid, {}, { fileExists: (path) => path === 'lint.config.json' }))
      .toThrow(/lint\.config\.json is no longer read\. Move its "rules" into lint\.rules and its "people" into redaction\.people in site\.config\.ts/);
  });
});

test('every override documented names a real option', () => {
  const options = Object.keys(load(valid));
  for (const variable of kbEnvironment) if (variable.option) expect(options).toContain(variable.option);
});

test("the project's own site.config.ts is valid, and siteConfig is derived from it", async () => {
  const { kbConfig, siteConfig } = await import('../../site.config.ts');
  expect(siteConfig.people).toBe(kbConfig.redaction.people);
  expect(siteConfig.internalDomains).toBe(kbConfig.redaction.internalDomains);
  expect(siteConfig.title).toBe(kbConfig.sites.internal.title);
  expect(siteConfig.publicSiteUrl).toBe(kbConfig.sites.public.url);
});

test('every KB_ environment variable the code reads is listed in kbEnvironment and in README', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  const root = resolve(import.meta.dirname, '../..');
  const files = ['astro.config.mjs', 'site.config.ts', ...['src', 'scripts', 'test/support'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs|astro)$/.test(f)).map((f) => join(dir, f)))];
  // Read as `env.KB_X`, or named once in a constant the code reads the environment with (`= 'KB_X'`).
  const read = new Set(files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/\benv\.(KB_[A-Z_]+)|=\s*'(KB_[A-Z_]+)'/g)].map((m) => m[1] ?? m[2])));
  expect(read.size).toBeGreaterThan(3);
  const listed = kbEnvironment.map((variable) => variable.name as string);
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const name of read) {
    expect(listed, name).toContain(name);
    expect(readme, name).toContain(name);
  }
});

/** The option paths of a zod schema (`sites.internal.title`, `lint.rules`): an object's fields, recursively; anything else is one option. */
function optionPaths(schema: unknown, prefix = ''): string[] {
  const def = (schema as { _zod: { def: { type: string; innerType?: unknown; shape?: Record<string, unknown> } } })._zod.def;
  if (def.type === 'default' || def.type === 'optional') return optionPaths(def.innerType, prefix);
  if (def.type !== 'object' || !def.shape) return [prefix];
  return Object.entries(def.shape).flatMap(([key, field]) => optionPaths(field, prefix ? `${prefix}.${key}` : key));
}

test("README's configuration table names every option of site.config.ts, and no other, each with a default and an example", async () => {
  const { readFileSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  const readme = readFileSync(join(resolve(import.meta.dirname, '../..'), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Configuration\n'));
  const header = '| option | what it sets | default | example |';
  expect(section).toContain(header);
  const afterHeader = section.slice(section.indexOf(header)).split('\n').slice(2);
  const rows = afterHeader.slice(0, afterHeader.indexOf(''));
  const documented = rows.map((row) => {
    const cells = row.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim());
    expect(cells, row).toHaveLength(4);
    expect(cells[2], `default of ${cells[0]}`).not.toBe('');
    expect(cells[3], `example of ${cells[0]}`).toMatch(/`.+`/);
    return [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  }).flat();
  const options = optionPaths(kbConfigSchema);
  expect(options.length).toBeGreaterThan(10);
  const names = (row: string, option: string) => option === row || option.startsWith(`${row}.`);
  for (const option of options) expect(documented.some((row) => names(row, option)), `${option} has no row in README's configuration table`).toBe(true);
  for (const row of documented) expect(options.some((option) => names(row, option)), `README's configuration table has a row for ${row}, which site.config.ts has no option of`).toBe(true);
});
