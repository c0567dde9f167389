/**
 * What the canary rounds' probe lists share (test/support/canary-round34-probes.ts,
 * canary-round36-probes.ts): a probe, its marker and file name, and the ways a probe post is made
 * from the redaction probes' valid public post (public-probe-post.ts).
 */
import { crc32 } from 'node:zlib';
import { publicProbePost } from './public-probe-post.ts';

export interface CanaryProbe {
  /** The probe's number, also its marker's (`zrk07x`). */
  n: number;
  /** What it tries. */
  kind: string;
  /** The postmortem's source. */
  source: string;
  /** The file's extension: `.mdx` unless the probe is a `.md` post. */
  ext?: '.md';
  /** The file's name, when the probe is its name (else the date and number). */
  fileName?: string;
  /** Files written beside the post (images), by name. */
  assets?: Record<string, Uint8Array>;
  /** What must not reach the build when it is not the marker (a number, a name). */
  leak?: string;
}

export const replaceOnce = (source: string, from: string, to: string) => {
  if (!source.includes(from)) throw new Error(`the probe post has no ${from}`);
  return source.replace(from, to);
};
export const publicTitleLine = '  title: Checkout errors';
export const publicSummaryLine = '  summary: Checkout failed for some customers.\n---';
export const impactLine = '  description: Some customers could not check out.';

/** A 1x1 PNG (a valid image for Astro's asset pipeline). */
export const onePixelPng = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));

/** A PNG with one more chunk of `type` and `data` after its header. */
export function pngWithChunk(type: string, data: Buffer): Uint8Array {
  const png = Buffer.from(onePixelPng);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const chunk = Buffer.concat([Buffer.alloc(4), body, Buffer.alloc(4)]);
  chunk.writeUInt32BE(data.length, 0);
  chunk.writeUInt32BE(crc32(body), chunk.length - 4);
  const headerEnd = 8 + 25; // the signature, then IHDR (length, type, 13 bytes, CRC)
  return Uint8Array.from(Buffer.concat([png.subarray(0, headerEnd), chunk, png.subarray(headerEnd)]));
}
/**
 * A round's markers (`<prefix>NNx`, alive: `<prefix>aliveNN`), its probe makers and file names
 * (`<date>-<round>-probe-NN`).
 */
export function canaryProbeKit(prefix: string, round: string) {
  const canaryMarker = (n: number) => `${prefix}${String(n).padStart(2, '0')}x`;
  const aliveMarker = (n: number) => `${prefix}alive${String(n).padStart(2, '0')}`;
  const alive = (n: number) => `${aliveMarker(n)} The checkout service failed for some customers.`;
  return {
    canaryMarker,
    aliveMarker,
    alive,
    /** A valid public post whose body is `body`, with a public sentence before it (the canary is alive). */
    bodyProbe: (n: number, kind: string, body: (marker: string) => string, ext?: '.md'): CanaryProbe => ({
      n,
      kind,
      ext,
      source: publicProbePost({ body: `${alive(n)}\n\n${body(canaryMarker(n))}\n` }),
    }),
    /** A valid public post with `edit` applied to its source. */
    sourceProbe: (n: number, kind: string, edit: (source: string, marker: string) => string, leak?: string): CanaryProbe => ({
      n,
      kind,
      ...(leak ? { leak } : {}),
      source: edit(publicProbePost({ body: `${alive(n)}\n` }), canaryMarker(n)),
    }),
    /**
     * The internal-only post a round's link probes point at (`id`, its file name): the marker of
     * probe 90 in its titles, summary and body, dated the day after the probes.
     */
    internalOnlyPost: (id: string): CanaryProbe => {
      const m = canaryMarker(90);
      return {
        n: 90,
        kind: 'the internal-only post',
        source: publicProbePost({ title: `${m} internal only`, summary: `${m} summary`, body: `${m} body\n` })
          .replace('visibility: public', 'visibility: internal').replace(publicTitleLine, `  title: ${m} public title`).replaceAll('2025-03-01', '2025-03-02'),
        fileName: `${id}.mdx`,
      };
    },
    /** Each probe's file name: the id is its date and number. */
    probeFileName: (probe: CanaryProbe) => {
      if (probe.fileName) return probe.fileName;
      const date = /started: (\d{4}-\d{2}-\d{2})/.exec(probe.source)![1];
      return `${date}-${round}-probe-${String(probe.n).padStart(2, '0')}${probe.ext ?? '.mdx'}`;
    },
  };
}
