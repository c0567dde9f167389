import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCommandLineMistake } from '../../src/lib/command-line-mistake.ts';
import { loadChat, loadPager, readRecordFile } from '../../src/lib/draft/load.ts';
import { parseWindow } from '../../src/lib/draft/records.ts';

/** What `run` threw (npm run draft exits 2 for a command-line mistake, 1 for anything else). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('the draft readers tell the command line\'s mistakes from the export\'s', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kb-mistake-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };

  test.each([
    ['a --window without ..', () => parseWindow('2026-11-20T09:00:00Z')],
    ['a --window backwards', () => parseWindow('2026-11-20T13:00:00Z..2026-11-20T09:00:00Z')],
    ['a --window side that is no time', () => parseWindow('yesterday..')],
    ['a file that is not there', () => readRecordFile(join(folder, 'missing.json'), 'pager')],
    ['a folder given for a file', () => readRecordFile(folder, 'alerts')],
    ['a --chat that is not there', () => loadChat(join(folder, 'no-chat'))],
  ])('%s is a command-line mistake', (_name, run) => {
    expect(isCommandLineMistake(thrown(run))).toBe(true);
  });

  test.each([
    ['an empty export', () => readRecordFile(file('empty.json', ' \n'), 'pager')],
    ['an export that is not JSON', () => loadPager(file('broken.json', '{"log_entries": ['))],
    ['an export of no known kind', () => loadPager(file('other.json', '{"pages": []}'))],
  ])('%s is the export\'s mistake, not the command line\'s', (_name, run) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(Error);
    expect(isCommandLineMistake(error)).toBe(false);
  });

  test('a window that is one is read', () => {
    expect(parseWindow('2026-11-20T09:00:00Z..2026-11-20T13:00:00Z')).toEqual({ start: '2026-11-20T09:00:00Z', end: '2026-11-20T13:00:00Z' });
  });
});
