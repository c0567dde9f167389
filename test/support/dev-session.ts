import { rmSync } from 'node:fs';
import { KbSession } from '../../src/integrations/kb-session.ts';
import type { KbWorkerMessage } from '../../src/integrations/kb-worker.ts';
import { makeContentFromFixture } from './content-fixture.ts';

/**
 * A dev server's session (its worker included) over a copy of a content fixture, not installed
 * (no loader reads it), with what its worker sent recorded in its order: `received`, and
 * `whenReceived(type)` settling at the first message of that type. `stop` ends the worker and
 * removes the copy.
 */
export function recordedDevSession(fixture = 'good-input') {
  const dir = makeContentFromFixture(fixture);
  const session = new KbSession({ variant: 'internal', server: 'dev', contentDir: dir });
  const received: KbWorkerMessage['type'][] = [];
  const waiting = new Map<KbWorkerMessage['type'], () => void>();
  const hooked = session as unknown as { receive(message: KbWorkerMessage): void };
  const receive = hooked.receive.bind(session);
  hooked.receive = (message) => {
    received.push(message.type);
    receive(message);
    waiting.get(message.type)?.();
  };
  return {
    dir,
    session,
    received,
    whenReceived: (type: KbWorkerMessage['type']) => (received.includes(type) ? Promise.resolve() : new Promise<void>((done) => waiting.set(type, done))),
    stop: async () => {
      await session.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
