// The plain side of the blend (src/lib/similarity-link-by.ts: plain TF-IDF vectors and each
// report's nearest by plain cosine) on a thread of its own, while the calling thread runs the
// model: on two cores the blend then takes about the model's time, not the sum of both
// (docs/performance.md, session 23). The thread runs the same functions on the same reports, and
// JavaScript's arithmetic is the same on every thread, so the links are the same to the last bit.
// The caller stays synchronous: it waits on a shared flag, and reads the reply with
// receiveMessageOnPort. If the thread cannot start or fails, the plain side is computed on the
// calling thread, as it is for fewer reports than `plainThreadFrom`.
// Once its plain side is done, the thread also ranks and blends chunks of reports with the model's
// ranking data, which the calling thread posts when it has it; both threads take chunks from one
// shared counter, so neither waits while the other has work left (docs/performance.md, session 26).
// A report's links read only its own ranking: whichever thread did it, they are the same.
import { MessageChannel, Worker, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { createRanker, type RankingData, type SimilarityDocument, type SimilarLink } from './similarity.ts';
import { blendChunk, blendContextOf, blendLinksOf, plainWordingNeighbours, plainWordingVectors, type BlendSettings, type PlainVectors } from './similarity-link-by.ts';

/** The plain side of the blend: the vectors and each report's `k` nearest, best first. */
export interface PlainSide {
  vectors: PlainVectors;
  neighbours: { j: number; score: number }[][];
}

/**
 * Reports from which the plain side runs on its own thread. Below, starting a thread and copying
 * the reports to it cost more than it saves: at 1,000 reports the plain side takes well under a
 * second, and in a build the similarity thread runs beside Astro, which has the other core.
 */
export const plainThreadFrom = 2000;

/** How long, after the model, the plain side may wait for a thread that has not started before computing it here. */
const startTimeoutMs = 20_000;

/** The slots of the shared control array. */
const plainState = 0;
/** Whether the model's ranking was offered to the thread: 0 not yet, 1 offered (a message on the port), 2 never. */
const offer = 1;
/** The first report of the next chunk to rank and blend, taken by either thread with Atomics.add. */
const nextReport = 2;
/** The thread's part in ranking: 0 not finished, 1 finished (every chunk it took sent), 2 failed. */
const shareState = 3;

/** Thread states in the `plainState` slot. */
const notStarted = 0;
const running = 1;
const done = 2;
const failed = 3;

interface PlainJob {
  /** Title, summary and text of each report, in the caller's order. */
  texts: [string, string, string][];
  k: number;
  control: Int32Array;
  port: MessagePort;
}

/** What the thread sends back: the vectors and neighbours as flat typed arrays (their buffers transferred, not copied). */
interface PlainReply {
  words: string[];
  holders: Int32Array;
  /** Report i's word ids and weights are at termStart[i]..termStart[i + 1]. */
  termStart: Int32Array;
  termIds: Int32Array;
  termWeights: Float64Array;
  /** Report i's neighbours are at neighbourStart[i]..neighbourStart[i + 1]. */
  neighbourStart: Int32Array;
  neighbourDoc: Int32Array;
  neighbourScore: Float64Array;
}

/** The model's ranking, offered to the thread once its plain side is done. */
interface ShareOffer {
  data: RankingData;
  settings: BlendSettings;
}

/** The links of one chunk the thread ranked and blended: reports start, start + 1, … */
export interface SharedChunk {
  start: number;
  links: SimilarLink[][];
}

/**
 * The plain side of a blend, and the chunks of reports the calling thread and the plain side's
 * thread (when one runs it) rank and blend, taken from one counter.
 */
export interface PlainSideHandle {
  /** Whether a thread computes the plain side (and may rank). */
  threaded: boolean;
  /** Whether {@link take} would not wait. */
  ready(): boolean;
  /** The plain side; waits for the thread if it runs it. */
  take(): PlainSide;
  /** Offers the model's ranking to the thread, which ranks and blends chunks once its plain side is done. */
  share(data: RankingData, settings: BlendSettings): void;
  /** The first report of the next chunk of {@link blendChunk} to rank and blend here (the report count or more: none left). */
  nextChunk(): number;
  /** The chunks the thread ranked and blended; waits for it to stop. A chunk it took but did not send is missing. */
  collect(): SharedChunk[];
  /** Stops the thread. */
  close(): void;
}

/** The plain side of `documents` (in the order given), started now (see {@link PlainSideHandle}). */
export function startPlainSide(documents: readonly SimilarityDocument[], k: number, onOwnThread = documents.length >= plainThreadFrom): PlainSideHandle {
  const here = () => {
    const vectors = plainWordingVectors(documents);
    return { vectors, neighbours: plainWordingNeighbours(vectors, k) };
  };
  let next = 0;
  const alone: PlainSideHandle = {
    threaded: false,
    ready: () => true,
    take: here,
    share() {},
    nextChunk: () => (next += blendChunk) - blendChunk,
    collect: () => [],
    close() {},
  };
  if (!onOwnThread) return alone;
  let worker: Worker;
  const control = new Int32Array(new SharedArrayBuffer(16));
  const { port1, port2 } = new MessageChannel();
  try {
    // Only what the plain vectors read of a report is copied to the thread.
    const texts = documents.map((doc): [string, string, string] => [doc.title, doc.summary, doc.text]);
    worker = new Worker(new URL(import.meta.url), { workerData: { plainJob: { texts, k, control, port: port2 } satisfies PlainJob }, transferList: [port2] });
  } catch {
    port1.close();
    return alone;
  }
  // A thread that fails to load reports it here; the wait below then times out and the side is computed here.
  worker.on('error', () => {});
  worker.unref();
  let offered = false;
  let closed = false;
  const close = () => {
    closed = true;
    // A thread still waiting for the offer stops waiting.
    Atomics.compareExchange(control, offer, 0, 2);
    Atomics.notify(control, offer);
    port1.close();
    void worker.terminate();
  };
  return {
    threaded: true,
    ready: () => Atomics.load(control, plainState) >= done,
    take() {
      if (Atomics.load(control, plainState) === notStarted) Atomics.wait(control, plainState, notStarted, startTimeoutMs);
      while (Atomics.load(control, plainState) === running) Atomics.wait(control, plainState, running);
      const reply = Atomics.load(control, plainState) === done ? (receiveMessageOnPort(port1)?.message as PlainReply | undefined) : undefined;
      if (reply) return fromReply(reply);
      // The thread did not start in time or failed: it ranks nothing either.
      close();
      return here();
    },
    share(data, settings) {
      if (closed) return;
      port1.postMessage({ data, settings } satisfies ShareOffer);
      offered = true;
      Atomics.store(control, offer, 1);
      Atomics.notify(control, offer);
    },
    nextChunk: () => Atomics.add(control, nextReport, blendChunk),
    collect() {
      // A thread that never started took no chunk; one that did is waited for, as its plain side is.
      if (!offered || closed || Atomics.load(control, plainState) === notStarted) return [];
      while (Atomics.load(control, shareState) === 0) Atomics.wait(control, shareState, 0);
      const chunks: SharedChunk[] = [];
      for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) chunks.push(message.message as SharedChunk);
      return chunks;
    },
    close,
  };
}

function fromReply(reply: PlainReply): PlainSide {
  const n = reply.termStart.length - 1;
  const terms: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const neighbours: { j: number; score: number }[][] = [];
  for (let i = 0; i < n; i++) {
    terms.push(reply.termIds.subarray(reply.termStart[i], reply.termStart[i + 1]));
    weights.push(reply.termWeights.subarray(reply.termStart[i], reply.termStart[i + 1]));
    const list: { j: number; score: number }[] = [];
    for (let p = reply.neighbourStart[i]; p < reply.neighbourStart[i + 1]; p++) list.push({ j: reply.neighbourDoc[p], score: reply.neighbourScore[p] });
    neighbours.push(list);
  }
  return { vectors: { words: reply.words, holders: reply.holders, terms, weights }, neighbours };
}

function toReply({ vectors, neighbours }: PlainSide): PlainReply {
  const n = vectors.terms.length;
  const termStart = new Int32Array(n + 1);
  const neighbourStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    termStart[i + 1] = termStart[i] + vectors.terms[i].length;
    neighbourStart[i + 1] = neighbourStart[i] + neighbours[i].length;
  }
  const termIds = new Int32Array(termStart[n]);
  const termWeights = new Float64Array(termStart[n]);
  const neighbourDoc = new Int32Array(neighbourStart[n]);
  const neighbourScore = new Float64Array(neighbourStart[n]);
  for (let i = 0; i < n; i++) {
    termIds.set(vectors.terms[i], termStart[i]);
    termWeights.set(vectors.weights[i], termStart[i]);
    neighbours[i].forEach(({ j, score }, p) => {
      neighbourDoc[neighbourStart[i] + p] = j;
      neighbourScore[neighbourStart[i] + p] = score;
    });
  }
  return { words: vectors.words, holders: vectors.holders, termStart, termIds, termWeights, neighbourStart, neighbourDoc, neighbourScore };
}

const job = (workerData as { plainJob?: PlainJob } | undefined)?.plainJob;
if (job) {
  const { control, port } = job;
  Atomics.store(control, plainState, running);
  try {
    const documents = job.texts.map(([title, summary, text], i): SimilarityDocument => ({ id: String(i), title, summary, text, services: [], tags: [], related: [] }));
    const vectors = plainWordingVectors(documents);
    const plain = { vectors, neighbours: plainWordingNeighbours(vectors, job.k) };
    const reply = toReply(plain);
    const arrays = [reply.holders, reply.termStart, reply.termIds, reply.termWeights, reply.neighbourStart, reply.neighbourDoc, reply.neighbourScore];
    port.postMessage(reply, arrays.map((array) => array.buffer as ArrayBuffer));
    Atomics.store(control, plainState, done);
    Atomics.notify(control, plainState);
    // Then the model's ranking, once the calling thread has it: chunks of reports are ranked and
    // blended here until the counter runs out.
    Atomics.wait(control, offer, 0);
    const offered = Atomics.load(control, offer) === 1 ? (receiveMessageOnPort(port)?.message as ShareOffer | undefined) : undefined;
    const n = documents.length;
    if (offered && Atomics.load(control, nextReport) < n) {
      const ranker = createRanker(offered.data);
      const context = blendContextOf(offered.data.ids, plain, ranker, (i) => job.texts[i], offered.settings);
      for (let start = Atomics.add(control, nextReport, blendChunk); start < n; start = Atomics.add(control, nextReport, blendChunk)) {
        const links: SimilarLink[][] = [];
        for (let i = start; i < Math.min(n, start + blendChunk); i++) links.push(blendLinksOf(i, ranker.linksOf(i, true), context));
        port.postMessage({ start, links } satisfies SharedChunk);
      }
    }
    Atomics.store(control, shareState, 1);
  } catch {
    Atomics.compareExchange(control, plainState, running, failed);
    Atomics.store(control, shareState, 2);
  } finally {
    Atomics.notify(control, plainState);
    Atomics.notify(control, shareState);
  }
}
