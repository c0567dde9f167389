import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// V8 says what it compiles with --trace-regexp-tier-up: "bytecode size" for the interpreter's
// code, "needs tier-up compilation" and "native code size" when it compiles again.
const module = JSON.stringify(resolve(import.meta.dirname, '../../scripts/lib/regexp-tier.ts'));
function traceOf(callFirst: boolean, worker = false) {
  const script = `import { compileRegExpsToMachineCodeAtOnce } from ${module};
import { Worker } from 'node:worker_threads';
${callFirst ? 'compileRegExpsToMachineCodeAtOnce();' : ''}
const code = "const r = new RegExp('alert-(\\\\\\\\d+)-' + Date.now(), 'g'); for (let i = 0; i < 3; i++) { r.lastIndex = 0; r.exec('x alert-42-' + Date.now()); } console.log('ran');";
${worker ? 'new Worker(code, { eval: true });' : 'eval(code);'}
`;
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('compileRegExpsToMachineCodeAtOnce', () => {
  it('makes V8 compile an expression to machine code once, with no interpreter step to tier up from', () => {
    const trace = traceOf(true);
    expect(trace).toContain('ran');
    expect(trace).toContain('native code size');
    expect(trace).not.toContain('needs tier-up compilation');
  });

  it('holds on the worker threads started afterwards (the build\'s worker validates and scans)', () => {
    const trace = traceOf(true, true);
    expect(trace).toContain('ran');
    expect(trace).not.toContain('needs tier-up compilation');
  });

  it('is needed: without it V8 interprets first and compiles again on the second run', () => {
    expect(traceOf(false)).toContain('needs tier-up compilation');
  });
});

// The commands that run the redaction guard outside a build set the flag by importing this module
// before any other (docs/performance.md, session 45). Node's own loader runs expressions before the
// module is evaluated, so the trace has tier-ups either way: what tells is an expression compiled
// straight to machine code, with no bytecode for its data object before.
function compiledStraightToMachineCode(importLine: string): number {
  const script = `${importLine}
const r = new RegExp('page-(\\\\d+)-' + Date.now(), 'g'); for (let i = 0; i < 3; i++) { r.lastIndex = 0; r.exec('x page-7-' + Date.now()); } console.log('ran');`;
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('ran');
  const interpreted = new Set([...run.stdout.matchAll(/data object (0x[0-9a-f]+) bytecode size/g)].map((m) => m[1]));
  return [...run.stdout.matchAll(/data object (0x[0-9a-f]+) native code size/g)].filter((m) => !interpreted.has(m[1])).length;
}

describe('compile-regexps-at-once.ts', () => {
  it('sets the flag when it is imported: the expression run afterwards is compiled to machine code at once', () => {
    expect(compiledStraightToMachineCode(`import ${JSON.stringify(resolve(import.meta.dirname, '../../scripts/lib/compile-regexps-at-once.ts'))};`)).toBeGreaterThan(0);
  });

  it('is what sets it: importing the flag\'s module without the call compiles nothing straight to machine code', () => {
    expect(compiledStraightToMachineCode(`import ${module};`)).toBe(0);
  });

  it.each(['check', 'redact', 'measure-redaction'])('is the first module scripts/%s.ts imports (ES modules run in import order)', (name) => {
    const source = readFileSync(resolve(import.meta.dirname, `../../scripts/${name}.ts`), 'utf8');
    const firstImport = source.split('\n').find((line) => /^import\b/.test(line));
    expect(firstImport).toMatch(/^import '\.\/lib\/compile-regexps-at-once\.ts';/);
  });
});
