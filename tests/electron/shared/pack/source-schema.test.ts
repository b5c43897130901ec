// The zod schemas of the pack source format: defaults, id rules, unions and strictness.
import { describe, expect, it } from 'vitest';
import {
  deductionSchema,
  fileFrontMatterSchema,
  packMetaSchema,
  puzzleSchema,
  walkthroughStepSchema,
} from '@shared/pack';

const hints = { nudge: 'a', method: 'b', pinpoint: 'c', reveal: 'd' };

describe('pack source schemas', () => {
  it('fills defaults for optional puzzle fields', () => {
    const p = puzzleSchema.parse({
      id: 'p-one',
      title: 'One',
      chapter: 'ch1',
      cipher: 'caesar',
      plaintext: 'HELLO',
      prompt: 'Which word?',
      answers: ['hello'],
      hints,
    });
    expect(p).toMatchObject({ after: [], params: {}, keepGoing: [], keepSpaces: false });
  });

  it('reads unquoted numeric answers as text', () => {
    const p = puzzleSchema.parse({
      id: 'p-door',
      title: 'Door',
      chapter: 'ch1',
      cipher: 'atbash',
      plaintext: 'CODE 2131',
      prompt: 'Which code?',
      answers: [2131],
      keepGoing: [{ answer: 2130, message: 'One off.' }],
      hints,
    });
    expect(p.answers).toEqual(['2131']);
    expect(p.keepGoing[0]?.answer).toBe('2130');
  });

  it.each(['Kai', 'kai_zen', '-kai', 'kai--zen', 'a'.repeat(65), ''])('rejects the id %j', (id) => {
    expect(fileFrontMatterSchema.safeParse({ id, title: 't', kind: 'log', chapter: 'ch1' }).success).toBe(
      false,
    );
  });

  it('rejects unknown fields so typos are caught', () => {
    expect(
      fileFrontMatterSchema.safeParse({ id: 'f', title: 't', kind: 'log', chapter: 'ch1', lockdBy: 'p' })
        .success,
    ).toBe(false);
  });

  it('requires formatVersion 1', () => {
    const meta = {
      id: 'p',
      title: 't',
      version: '1.0.0',
      formatVersion: 2,
      author: 'a',
      license: 'MIT',
      description: 'd',
      language: 'en',
      chapters: [{ id: 'ch1', title: 't', summary: 's', opening: 'o', closing: 'c', completedBy: ['g'] }],
    };
    expect(packMetaSchema.safeParse(meta).success).toBe(false);
    expect(packMetaSchema.parse({ ...meta, formatVersion: 1 }).linkTypes).toEqual([]);
  });

  it('tells fill and link deductions apart by kind', () => {
    const base = { id: 'd', chapter: 'ch1', title: 't', hints };
    expect(
      deductionSchema.parse({
        ...base,
        kind: 'links',
        prompt: 'p',
        links: [
          { from: 'a', type: 'b', to: 'c' },
          { from: 'c', type: 'b', to: 'd' },
        ],
      }).kind,
    ).toBe('links');
    expect(
      deductionSchema.safeParse({
        ...base,
        kind: 'links',
        prompt: 'p',
        links: [{ from: 'a', type: 'b', to: 'c' }],
      }).success,
    ).toBe(false);
    expect(deductionSchema.safeParse({ ...base, kind: 'guess' }).success).toBe(false);
  });

  it('accepts the three walkthrough step forms and nothing else', () => {
    expect(walkthroughStepSchema.safeParse({ solve: 'p', answer: 'x' }).success).toBe(true);
    expect(walkthroughStepSchema.safeParse({ deduce: 'd', fills: { who: 'c-a' } }).success).toBe(true);
    expect(walkthroughStepSchema.safeParse({ deduce: 'd', links: [] }).success).toBe(true);
    expect(walkthroughStepSchema.safeParse({ solve: 'p' }).success).toBe(false);
  });
});
