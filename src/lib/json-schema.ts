import { z } from 'zod';
import { postmortemObjectSchema } from './postmortem-schema.ts';

/**
 * JSON Schema of the frontmatter as authors write it, for editor completion and validation.
 * Dates and times are accepted as strings (the transforms that normalise them are not
 * representable); vocabulary and ordering rules stay with `npm run check`.
 */
export function buildPostmortemJsonSchema() {
  const schema = z.toJSONSchema(postmortemObjectSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://postmortem-kb.example/schema/postmortem.schema.json',
    title: 'Postmortem frontmatter',
    description: 'Frontmatter of a postmortem in content/postmortems/. Generated from src/lib/postmortem-schema.ts by `npm run schema`.',
  };
}
