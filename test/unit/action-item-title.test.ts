import { describe, expect, it } from 'vitest';
import { actionItemTitleText } from '../../src/lib/action-item-title.ts';

describe('actionItemTitleText', () => {
  it('shows a sub-item an import joined with two stars as a dash', () => {
    expect(actionItemTitleText('send the alerts to the team list ** which lists exist ? ops@ is one'))
      .toBe('send the alerts to the team list — which lists exist ? ops@ is one');
    expect(actionItemTitleText('avoid unhealthy regions (already done) ** only considers zones that answer'))
      .toBe('avoid unhealthy regions (already done) — only considers zones that answer');
  });

  it('shows emphasised words without their markers', () => {
    expect(actionItemTitleText('**Urgent**: rotate the deploy key')).toBe('Urgent: rotate the deploy key');
    expect(actionItemTitleText('Alert on **low** worker counts')).toBe('Alert on low worker counts');
  });

  it('leaves stars that are text alone: a glob, a multiplication, a footnote mark', () => {
    expect(actionItemTitleText('Restrict access to *.internal.example hosts')).toBe('Restrict access to *.internal.example hosts');
    expect(actionItemTitleText('Size the pool at 2*n workers')).toBe('Size the pool at 2*n workers');
    expect(actionItemTitleText('[*] make the auth service report to the error tracker')).toBe('[*] make the auth service report to the error tracker');
    expect(actionItemTitleText('Check snake_case __init__ files')).toBe('Check snake_case __init__ files');
  });
});
