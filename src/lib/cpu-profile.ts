/**
 * Where a V8 CPU profile (`node --cpu-prof`, a `.cpuprofile` file) spends its time: self time by
 * function and by file or package, and the inclusive time of the functions whose name matches a
 * pattern, optionally within a window of the run (to look at one phase of a build). What
 * docs/performance.md's "where the time goes" figures were read with.
 */

/** The parts of a `.cpuprofile` this reads (Chrome DevTools' Profile format). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  /** The node sampled at each tick. */
  samples: number[];
  /** Microseconds from the previous sample (the first: from startTime). */
  timeDeltas: number[];
}

export interface ProfileSummaryOptions {
  /** Only samples taken from this many seconds after the start of the profile... */
  fromSeconds?: number;
  /** ...up to this many. */
  toSeconds?: number;
  /** Also sum inclusive time (each sample once per distinct frame on its stack) of frames matching this. */
  inclusive?: RegExp;
  /** Shortens a script URL for display: by default, `node_modules/<package>/...` becomes `nm:<package>/...` and `root` is cut. */
  root?: string;
}

export interface ProfileSummary {
  /** Milliseconds covered by the samples summed. */
  totalMs: number;
  /** Self time by frame ("name file:line"), largest first. */
  selfByFunction: [frame: string, ms: number][];
  /** Self time by script: a package of node_modules as `nm:<package>`, another file by its path. */
  selfByFile: [file: string, ms: number][];
  /** Inclusive time of the frames matching `inclusive`, largest first. */
  inclusiveByFunction: [frame: string, ms: number][];
}

const sorted = (totals: Map<string, number>): [string, number][] =>
  [...totals].map(([key, us]): [string, number] => [key, us / 1000]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));

/** The summary of one profile. A sample counts for the time until the next one. */
export function summariseCpuProfile(profile: CpuProfile, options: ProfileSummaryOptions = {}): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const shortUrl = (url: string) => {
    let path = url.replace(/^file:\/\//, '');
    if (options.root && path.startsWith(options.root)) path = path.slice(options.root.length).replace(/^\//, '');
    return path.replace(/^.*node_modules\//, 'nm:');
  };
  const frameOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    // V8's own entries ("(garbage collector)", "(idle)") and native functions have no script.
    return url ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}` : functionName || '(anonymous)';
  };
  const fileOf = (id: number) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    if (!url) return `(${functionName})`;
    const short = shortUrl(url);
    return /^nm:((?:@[^/]+\/)?[^/]+)/.exec(short)?.[0] ?? short;
  };
  const from = (options.fromSeconds ?? 0) * 1e6;
  const to = (options.toSeconds ?? Infinity) * 1e6;
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const add = (totals: Map<string, number>, key: string, us: number) => totals.set(key, (totals.get(key) ?? 0) + us);
  let at = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const since = at - profile.startTime;
    if (since < from || since > to) continue;
    const us = i + 1 < profile.samples.length ? profile.timeDeltas[i + 1] : Math.max(0, profile.endTime - at);
    const id = profile.samples[i];
    total += us;
    add(self, frameOf(id), us);
    add(files, fileOf(id), us);
    if (!options.inclusive) continue;
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parentOf.get(node)) {
      const frame = frameOf(node);
      if (seen.has(frame) || !options.inclusive.test(frame)) continue;
      seen.add(frame);
      add(inclusive, frame, us);
    }
  }
  return { totalMs: total / 1000, selfByFunction: sorted(self), selfByFile: sorted(files), inclusiveByFunction: sorted(inclusive) };
}
