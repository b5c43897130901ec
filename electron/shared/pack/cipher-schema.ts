// The puzzle schema editors see: one variant per cipher in the registry, keyed by `cipher`, each with
// that cipher's own params, so an editor completes cipher ids and the params that go with each.
import { z } from 'zod';
import { listCiphers, type Cipher, type ParamSpec } from '../ciphers';

const lettersOnly = /^[A-Za-z\s]+$/;

function paramSchema(spec: ParamSpec): z.ZodType {
  const description = spec.help ? `${spec.label}. ${spec.help}` : `${spec.label}.`;
  let schema: z.ZodType;
  switch (spec.type) {
    case 'integer': {
      let n = z.number().int();
      if (spec.min !== undefined) n = n.min(spec.min);
      if (spec.max !== undefined) n = n.max(spec.max);
      schema = n;
      break;
    }
    case 'letters':
      schema = z.string().regex(lettersOnly);
      break;
    case 'alphabet':
      schema = z.string().regex(lettersOnly).min(26);
      break;
    case 'text':
      schema = z.union([z.string().min(1), z.number()]);
      break;
    case 'select': {
      const options = [...(spec.options ?? [])];
      // YAML reads an unquoted 26 as a number; the cipher accepts it as the text "26".
      const numeric = options.filter((o) => /^\d+$/.test(o)).map((o) => z.literal(Number(o)));
      schema = z.union([z.enum(options as [string, ...string[]]), ...numeric]);
      break;
    }
  }
  const meta: Record<string, unknown> = { description };
  if (spec.default !== '') meta['default'] = spec.default;
  return spec.default === '' ? schema.meta(meta) : schema.optional().meta(meta);
}

function paramsSchema(cipher: Cipher): z.ZodType {
  const shape = Object.fromEntries(cipher.params.map((spec) => [spec.key, paramSchema(spec)]));
  const required = cipher.params.some((spec) => spec.default === '');
  const params = z.strictObject(shape).meta({ description: `Parameters of ${cipher.name}.` });
  return required ? params : params.optional();
}

/** One strict puzzle object per cipher, to be joined with `z.discriminatedUnion('cipher', ...)`. */
export function cipherVariants<S extends z.ZodObject>(puzzle: S) {
  const variants = listCiphers().map((cipher) =>
    puzzle.extend({
      cipher: z.literal(cipher.id).meta({ description: `${cipher.name}: ${cipher.description}` }),
      params: paramsSchema(cipher),
    }),
  );
  return variants as [(typeof variants)[number], ...(typeof variants)[number][]];
}
