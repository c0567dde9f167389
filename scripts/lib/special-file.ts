import { blockingFileKind } from '../../src/lib/content-files.ts';

/**
 * Exits with status 2 when `path` is a named pipe or a device, saying so: reading one may never
 * end (a FIFO waits for a writer, `/dev/zero` never stops and fills the memory). Bad input round 31:
 * `eval:search --queries`, `profile:summary`, `fill`, `review --codeowners`, `measure:*` and `eval:similarity`
 * waited for good on a FIFO, or ran out of memory on `/dev/zero`. `shown` names the argument
 * (`--queries q.json`), `give` says what to give instead.
 */
export function exitOnBlockingFile(path: string, shown: string, give: string): void {
  const kind = blockingFileKind(path);
  if (!kind) return;
  console.error(`${shown}: is ${kind}, not a file: reading it may never end (a named pipe waits for a writer, a device such as /dev/zero never stops), so it is not read. ${give}`);
  process.exit(2);
}
