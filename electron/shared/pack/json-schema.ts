// The pack source schemas as JSON Schema documents, for editors that validate YAML as authors type.
import { z } from 'zod';
import { PUBLISHED_SCHEMAS } from './source-schema';

/** File name -> JSON text (two-space indent, trailing newline), as written to docs/schema/. */
export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
    // Input form: fields with defaults are optional for the author.
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    out[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return out;
}
