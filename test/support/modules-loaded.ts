import { execFileSync } from 'node:child_process';

/**
 * The modules (by `import` and by `require`) a fresh Node process started in `cwd` loads to run
 * `script` (an ES module body), as file URLs: what a step of the build pays to load, read without
 * timing it.
 */
export function modulesLoadedBy(script: string, cwd: string): string[] {
  const program = `
    import { registerHooks } from 'node:module';
    const loaded = [];
    registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
    ${script}
    console.log(JSON.stringify(loaded));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '--no-warnings', '-e', program], { cwd, encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').at(-1)!) as string[];
}
