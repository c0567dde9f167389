import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { docFiles, projectRoot } from '../support/doc-files.ts';

/**
 * The commands the documentation shows are the ones the project has: every npm script has a row
 * in README's command table, and every option a doc gives an `npm run` command is one that
 * command declares, after the `--` npm needs (`npm run check --format json` gave npm the option,
 * and the check printed text).
 */

const root = projectRoot;
const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;

/** The options a `node scripts/x.ts` command declares to parseArgs (`name: { type: 'string' }`), `help` included. */
function declaredOptions(source: string): Set<string> {
  return new Set([...source.matchAll(/['"]?([a-z][a-z0-9-]*)['"]?\s*:\s*\{\s*type:\s*'(?:string|boolean)'/g)].map((m) => m[1]));
}

/** Each `npm run NAME …` of `line` (up to the end of its code span, table cell or the next command), with the options given it. */
function commandsOf(line: string): { name: string; beforeDashes: string[]; options: string[] }[] {
  return [...line.matchAll(/npm run ([a-z][a-z:-]*)((?:(?!npm run|`|\|).)*)/g)].map((match) => {
    const [before, after] = match[2].split(/(?:^|[\s[])--(?=[\s\]]|$)/, 2) as [string, string | undefined];
    const flags = (text: string) => [...text.matchAll(/(?:^|[\s[(])--([a-z][a-z0-9-]*)/g)].map((m) => m[1]);
    return { name: match[1], beforeDashes: flags(before), options: after === undefined ? [] : flags(after) };
  });
}

/** The options of each script run by `node scripts/….ts`; undefined for those another program runs (astro, vitest). */
const optionsByScript = new Map<string, Set<string> | undefined>();
function scriptOptions(name: string): Set<string> | undefined {
  if (optionsByScript.has(name)) return optionsByScript.get(name);
  const file = /^node (scripts\/[\w-]+\.ts)/.exec(scripts[name] ?? '')?.[1];
  optionsByScript.set(name, file ? declaredOptions(readFileSync(join(root, file), 'utf8')) : undefined);
  return optionsByScript.get(name);
}

test("every npm script has a row in README's command table", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('\n## Commands\n'), readme.indexOf('\n## ', readme.indexOf('\n## Commands\n') + 1));
  const rows = table.split('\n').filter((line) => line.startsWith('| `npm'));
  const named = new Set(rows.flatMap((row) => [...row.split(' | ')[0].matchAll(/`npm (?:run )?([a-z][a-z:-]*)/g)].map((m) => m[1])));
  expect(Object.keys(scripts).length).toBeGreaterThan(20);
  expect(Object.keys(scripts).filter((name) => !named.has(name))).toEqual([]);
});

test('every option a doc gives an npm run command comes after --, and is one the command declares', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const file of docFiles) {
    readFileSync(join(root, file), 'utf8').split('\n').forEach((line, index) => {
      for (const command of commandsOf(line)) {
        const options = scriptOptions(command.name);
        if (!options) continue;
        const where = `${file}:${index + 1}  npm run ${command.name}`;
        for (const flag of command.beforeDashes) problems.push(`${where} --${flag}: before the --, so npm takes it, not the command`);
        for (const flag of command.options) {
          checked++;
          if (!options.has(flag)) problems.push(`${where} --${flag}: not an option of the command (npm run ${command.name} -- --help)`);
        }
      }
    });
  }
  expect(checked).toBeGreaterThan(200);
  expect(problems).toEqual([]);
});

test('options before the --, and after it, are told apart; a command ends at its code span or table cell', () => {
  expect(commandsOf('`npm run check --format json`')).toEqual([{ name: 'check', beforeDashes: ['format'], options: [] }]);
  expect(commandsOf('`npm run import -- ../wiki/ --timezone Europe/Berlin --dry-run` | `--set`')).toEqual([{ name: 'import', beforeDashes: [], options: ['timezone', 'dry-run'] }]);
  expect(commandsOf('`npm run digest [-- --since YYYY-MM-DD]`')).toEqual([{ name: 'digest', beforeDashes: [], options: ['since'] }]);
  expect(commandsOf('`npm run fill -- [files…] --set a=b [--public]`, then `npm run check`')).toEqual([
    { name: 'fill', beforeDashes: [], options: ['set', 'public'] }, { name: 'check', beforeDashes: [], options: [] },
  ]);
  expect(declaredOptions("options: { format: { type: 'string', default: 'text' }, 'no-lint': { type: 'boolean' } }")).toEqual(new Set(['format', 'no-lint']));
});

/** The help of a command that prints its own header comment (`--help` of follow-ups, import, new, ...), as it prints it. */
function headerHelp(source: string): string {
  const header = source.split('\n').slice(1);
  return header.slice(0, header.findIndex((line) => !line.startsWith('//'))).map((line) => line.replace(/^\/\/ ?/, '')).join('\n');
}

test('a command whose --help is its header comment names there every option it declares', () => {
  const files = readdirSync(join(root, 'scripts')).filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file, source: readFileSync(join(root, 'scripts', file), 'utf8') }))
    .filter(({ source }) => source.includes('readFileSync(new URL(import.meta.url)'));
  expect(files.length).toBeGreaterThan(5);
  for (const { file, source } of files) {
    const help = headerHelp(source);
    for (const option of declaredOptions(source)) if (option !== 'help') expect(help, `scripts/${file}: --${option}`).toContain(`--${option}`);
  }
  // follow-ups: export takes --dry-run too ("Would write …"), which its usage line did not say.
  const followUps = headerHelp(readFileSync(join(root, 'scripts/follow-ups.ts'), 'utf8'));
  expect(followUps.split('\n').find((line) => line.includes('follow-ups -- export'))).toContain('--dry-run');
});

test('every npm run NAME a doc gives is a script of package.json', () => {
  // docs/import.md named `npm run measure:import`, a script run as `node scripts/measure-import.ts`: npm said "Missing script".
  const missing: string[] = [];
  let named = 0;
  for (const file of docFiles) {
    readFileSync(join(root, file), 'utf8').split('\n').forEach((line, index) => {
      for (const match of line.matchAll(/npm run ([a-z][a-z0-9:-]*[a-z0-9])/g)) {
        named++;
        if (!(match[1] in scripts)) missing.push(`${file}:${index + 1}  npm run ${match[1]}`);
      }
    });
  }
  expect(named).toBeGreaterThan(500);
  expect(missing).toEqual([]);
});

test('where the newcomer docs give npx tsc, they say it needs the types astro sync writes', () => {
  // tsconfig.json reads .astro/types.d.ts, which only Astro writes (a build, astro sync): in a fresh
  // clone `npx tsc --noEmit -p .` reported 5 errors, for the `astro:content` modules.
  const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { include: string[] };
  expect(tsconfig.include).toContain('.astro/types.d.ts');
  expect(readFileSync(join(root, '.gitignore'), 'utf8')).toMatch(/^\.astro\/?$/m);
  const unsaid: string[] = [];
  for (const file of ['README.md', 'CONTRIBUTING.md', 'docs/adopting.md']) {
    const paragraphs = readFileSync(join(root, file), 'utf8').split(/\n\s*\n|\n(?=\| )/);
    for (const paragraph of paragraphs) if (paragraph.includes('npx tsc --noEmit') && !paragraph.includes('astro sync')) unsaid.push(`${file}: ${paragraph.slice(0, 80)}`);
  }
  expect(unsaid).toEqual([]);
});
