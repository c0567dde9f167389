import { describe, expect, it } from 'vitest';
import { recordedDetection, recordedTimes } from '../../src/lib/recorded-detection.ts';
import { computeTimeToAcknowledge, computeTimeToDetect } from '../../src/lib/durations.ts';
import { describeResponsePhases } from '../../src/lib/site-view.ts';
import type { Postmortem } from '../../src/lib/postmortem-schema.ts';

const imported = { source: 'old-reports/queue-outage.md', format: 'markdown', on: '2026-12-01' } as Postmortem['imported'];
const times = (detected?: string) => ({
  started: '2026-03-02T10:00:00Z', ...(detected ? { detected } : {}), acknowledged: '2026-03-02T10:20:00Z',
  mitigated: '2026-03-02T11:00:00Z', resolved: '2026-03-02T12:00:00Z',
});
const record = (detected: string | undefined, fromImport: boolean) =>
  ({ times: times(detected), ...(fromImport ? { imported } : {}) }) as unknown as Postmortem;

describe('recordedDetection', () => {
  it("takes an imported report's detection at its start as not recorded", () => {
    expect(recordedDetection(record('2026-03-02T10:00:00Z', true))).toBeUndefined();
    expect(recordedDetection(record('2026-03-02T10:00:00.000Z', true))).toBeUndefined();
  });

  it('keeps a detection at the start of a report written here: an alert can fire as it begins', () => {
    expect(recordedDetection(record('2026-03-02T10:00:00Z', false))).toBe('2026-03-02T10:00:00Z');
  });

  it("keeps an imported report's detection after its start", () => {
    expect(recordedDetection(record('2026-03-02T10:07:00Z', true))).toBe('2026-03-02T10:07:00Z');
  });
});

describe('the durations and phases read the recorded detection', () => {
  it('gives no time to detect nor to acknowledge for the placeholder, and the native figures unchanged', () => {
    expect(computeTimeToDetect(record('2026-03-02T10:00:00Z', true))).toBeUndefined();
    expect(computeTimeToAcknowledge(record('2026-03-02T10:00:00Z', true))).toBeUndefined();
    expect(computeTimeToDetect(record('2026-03-02T10:00:00Z', false))).toBe(0);
    expect(computeTimeToAcknowledge(record('2026-03-02T10:00:00Z', false))).toBe(20);
    expect(computeTimeToDetect(record('2026-03-02T10:07:00Z', true))).toBe(7);
  });

  it('draws no "Detect" phase for the placeholder: the bar starts with acknowledging', () => {
    expect(describeResponsePhases(recordedTimes(record('2026-03-02T10:00:00Z', true))).map((p) => p.key)).toEqual(['acknowledge', 'mitigate', 'resolve']);
    expect(describeResponsePhases(recordedTimes(record('2026-03-02T10:00:00Z', false))).map((p) => p.key)).toEqual(['detect', 'acknowledge', 'mitigate', 'resolve']);
  });
});
