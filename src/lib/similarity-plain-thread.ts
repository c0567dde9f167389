// The plain side of the blend (src/lib/similarity-link-by.ts: plain TF-IDF vectors and each
// report's nearest by plain cosine) on a thread of its own, while the calling thread runs the
// model: on two cores the blend then takes about the model's time, not the sum of both
// (docs/performance.md, session 23). The thread runs the same functions on the same reports, and
// JavaScript's arithmetic is the same on every thread, so the links are the same to the last bit.
// The caller stays synchronous: it waits on a shared flag, and reads the reply with
// receiveMessageOnPort. If the thread cannot start or fails, the plain side is computed on the
// calling thread, as it is for fewer reports than `plainThreadFrom`.
import { MessageChannel, Worker, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SimilarityDocument } from './similarity.ts';
import { plainWordingNeighbours, plainWordingVectors, type PlainVectors } from './similarity-link-by.ts';

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

/** Thread states in the shared flag. */
const notStarted = 0;
const running = 1;
const done = 2;
const failed = 3;

interface PlainJob {
  /** Title, summary and text of each report, in the caller's order. */
  texts: [string, string, string][];
  k: number;
  state: Int32Array;
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

/** The plain side of `documents` (in the order given), started now; `take()` gives it, waiting for the thread if one runs it. */
export function startPlainSide(documents: readonly SimilarityDocument[], k: number, onOwnThread = documents.length >= plainThreadFrom): { take(): PlainSide } {
  const here = () => {
    const vectors = plainWordingVectors(documents);
    return { vectors, neighbours: plainWordingNeighbours(vectors, k) };
  };
  if (!onOwnThread) return { take: here };
  let worker: Worker;
  const state = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  try {
    // Only what the plain vectors read of a report is copied to the thread.
    const texts = documents.map((doc): [string, string, string] => [doc.title, doc.summary, doc.text]);
    worker = new Worker(new URL(import.meta.url), { workerData: { plainJob: { texts, k, state, port: port2 } satisfies PlainJob }, transferList: [port2] });
  } catch {
    port1.close();
    return { take: here };
  }
  // A thread that fails to load reports it here; the wait below then times out and the side is computed here.
  worker.on('error', () => {});
  worker.unref();
  return {
    take() {
      if (Atomics.load(state, 0) === notStarted) Atomics.wait(state, 0, notStarted, startTimeoutMs);
      while (Atomics.load(state, 0) === running) Atomics.wait(state, 0, running);
      const reply = Atomics.load(state, 0) === done ? (receiveMessageOnPort(port1)?.message as PlainReply | undefined) : undefined;
      port1.close();
      void worker.terminate();
      return reply ? fromReply(reply) : here();
    },
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
  Atomics.store(job.state, 0, running);
  let outcome = failed;
  try {
    const documents = job.texts.map(([title, summary, text], i): SimilarityDocument => ({ id: String(i), title, summary, text, services: [], tags: [], related: [] }));
    const vectors = plainWordingVectors(documents);
    const reply = toReply({ vectors, neighbours: plainWordingNeighbours(vectors, job.k) });
    const arrays = [reply.holders, reply.termStart, reply.termIds, reply.termWeights, reply.neighbourStart, reply.neighbourDoc, reply.neighbourScore];
    job.port.postMessage(reply, arrays.map((array) => array.buffer as ArrayBuffer));
    outcome = done;
  } finally {
    Atomics.store(job.state, 0, outcome);
    Atomics.notify(job.state, 0);
  }
}
