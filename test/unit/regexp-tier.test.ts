import { spawnSync } from 'node:child_process';
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
