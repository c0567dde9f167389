import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPostmortemJsonSchema } from '../../src/lib/json-schema.ts';

test('the committed editor schema is generated from the zod schema and up to date (npm run schema)', () => {
  const committed = readFileSync(resolve(import.meta.dirname, '../../schema/postmortem.schema.json'), 'utf8');
  expect(committed).toBe(JSON.stringify(buildPostmortemJsonSchema(), null, 2) + '\n');
  const schema = JSON.parse(committed);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties.severity.enum).toEqual(['SEV-0', 'SEV-1', 'SEV-2', 'SEV-3', 'SEV-4']);
  expect(schema.required).toEqual(expect.arrayContaining(['title', 'summary', 'severity', 'status', 'services', 'trigger', 'times', 'impact', 'drafted']));
});

test('links in the editor schema are addresses (format uri), as the zod schema requires a full http(s) URL', () => {
  const schema = JSON.parse(JSON.stringify(buildPostmortemJsonSchema()));
  expect(schema.properties.statusPage.format).toBe('uri');
  const actionItem = schema.properties.actionItems.items;
  expect(actionItem.properties.link.format).toBe('uri');
});
