import { expect } from 'vitest';
import { KbConfigError, loadKbConfig, type KbConfigInput } from '../../src/lib/kb-config.ts';

/**
 * The lines under the heading of the error `site.config.ts` settings are refused with, read with no
 * file on disk and the clock at `now`; fails the test when the settings load.
 */
export function configRefusalLines(input: KbConfigInput, now: Date): string[] {
  try {
    loadKbConfig(input, {}, { fileExists: () => false, now });
  } catch (error) {
    expect(error).toBeInstanceOf(KbConfigError);
    return (error as Error).message.split('\n').slice(1);
  }
  throw new Error('expected the configuration to be refused');
}

/** The minimal settings `site.config.ts` takes, for a test to add the one setting it tries. */
export const minimalKbConfig = { organisation: 'Acme', sites: { internal: { title: 'Acme KB', url: 'https://incidents.acme.internal' }, public: { title: 'Acme History', url: 'https://status.acme.example' } } };

/** The error the minimal settings with `extra` added are refused with, or undefined when they load. */
export function configRefusal(extra: object): string | undefined {
  try {
    loadKbConfig({ ...minimalKbConfig, ...extra } as KbConfigInput, {}, { fileExists: () => false });
  } catch (error) {
    expect(error).toBeInstanceOf(KbConfigError);
    return (error as Error).message;
  }
  return undefined;
}
