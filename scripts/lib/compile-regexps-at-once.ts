import { compileRegExpsToMachineCodeAtOnce } from './regexp-tier.ts';

// Imported first by the commands that run the redaction guard (`npm run check`, `redact`,
// `measure:redaction`), so that the flag is set before any other module is evaluated: the guard's
// thousands of expressions are then compiled once each, to machine code, as in the builds
// (regexp-tier.ts; docs/performance.md, session 45: 68 tier-ups of `check --help` fell to Node's own 4;
// measure:redaction of a collection used 1.5% less CPU in 3 of 4 pairs on a loaded host).
compileRegExpsToMachineCodeAtOnce();
