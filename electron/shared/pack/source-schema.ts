// Zod schemas of the pack source format (pack.yaml, front matter, puzzles, clues, deductions, walkthrough).
import { z } from 'zod';
import { CIPHER_IDS } from '../ciphers';
import { ID_PATTERN } from '../ids';
import { cipherVariants } from './cipher-schema';
import { isReservedDeviceName } from '../reserved-names';
import { CLUE_KINDS, FILE_KINDS } from './kinds';

export const FORMAT_VERSION = 1;

export { CLUE_KINDS, FILE_KINDS };

export const idSchema = z
  .string()
  .max(64)
  .regex(ID_PATTERN, 'must be lowercase kebab-case (letters a-z, digits and single hyphens)')
  .meta({
    description: 'A lowercase kebab-case id, unique across the whole pack.',
    examples: ['kai-log-0417'],
  });

const idList = z.array(idSchema);
// Answers such as door codes are often written unquoted; YAML reads those as numbers.
const answerText = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .meta({ description: 'An answer; numbers are read as text.' });
const text = (description: string) => z.string().min(1).meta({ description });

export const kdfSchema = z
  .strictObject({
    cost: z
      .enum(['normal', 'fast'])
      .default('normal')
      .meta({ description: 'How costly each answer check is. Use fast only for tests.' }),
  })
  .meta({ description: 'Key derivation settings for sealing.' });

export const hintTimingSchema = z
  .strictObject({
    pinpointAfter: z.number().min(0).max(600).default(8).meta({
      description:
        'Minutes of work on a gate, on a typical computer, before its pinpoint hint (and per-slot feedback) can be taken.',
    }),
    revealAfter: z.number().min(0).max(600).default(4).meta({
      description: 'Further minutes after the pinpoint before the reveal can be taken.',
    }),
  })
  .meta({
    description:
      'When the later hint rungs open. They are sealed under a time-lock the game works through while the player plays, so that reading a sealed pack through its hints takes longer than playing it.',
  });

export const CHECK_LEVELS = ['off', 'warning', 'error'] as const;
const checkLevel = (description: string) => z.enum(CHECK_LEVELS).default('warning').meta({ description });

export const checksSchema = z
  .strictObject({
    minGuessesLog2: z.number().min(0).max(128).default(20).meta({
      description:
        'Fewest guesses an offline attacker may need for any gate, as a power of two (20 means about a million).',
    }),
    strength: checkLevel(
      'How answers and deductions weaker than minGuessesLog2 are reported: off, warning or error.',
    ),
    leaks: checkLevel(
      'How answers readable too early, puzzles that decrypt at default parameters, answers missing from the plaintext and plaintexts that disagree with their file are reported.',
    ),
  })
  .meta({ description: 'How strictly pack check judges answer strength and fairness.' });

export const raceSchema = z
  .strictObject({
    title: text('What the player races to do, shown beside the clock ("Stop the mast").'),
    seconds: z
      .number()
      .int()
      .min(30)
      .max(3600)
      .meta({ description: 'Time for the whole race, in seconds (30 to 3600).' }),
    steps: idList
      .min(1)
      .max(12)
      .meta({ description: "Puzzles of this chapter that run against the race's one clock." }),
  })
  .meta({
    description:
      "One clock shared by several puzzles: it starts when the first step's file is opened and keeps running across the steps, whatever the player has in front, until the last is solved. When it runs out it starts again; nothing found is lost. The timers setting turns it off.",
  });

export const chapterSchema = z.strictObject({
  id: idSchema,
  title: text('Chapter title.'),
  summary: text('One line shown in the chapter list once the chapter is open.'),
  opening: idSchema.meta({ description: 'Id of the scene played when the chapter opens.' }),
  closing: idSchema.meta({ description: 'Id of the scene played when the chapter is completed.' }),
  completedBy: idList
    .min(1)
    .meta({ description: 'Gates (puzzle or deduction ids) that must all be solved to close the chapter.' }),
  race: raceSchema.optional(),
});

export const linkTypeSchema = z.strictObject({
  id: idSchema,
  label: text('Label shown on the board.'),
  meaning: z.string().min(1).max(200).optional().meta({
    description:
      'What the link claims, in a few words, shown when the player chooses a link type ("a wrote b: b is their message, log or signature").',
  }),
  symmetric: z.boolean().default(false).meta({ description: 'True when direction does not matter.' }),
});

export const packMetaSchema = z
  .strictObject({
    id: idSchema.refine((id) => !isReservedDeviceName(id), {
      message: 'is a name Windows keeps for a device (like con or nul): choose another pack id',
    }),
    title: text('Pack title.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as 1.0.0')
      .meta({ description: 'Semantic version of the pack.', examples: ['1.0.0'] }),
    formatVersion: z
      .literal(FORMAT_VERSION)
      .meta({ description: 'Version of this source format; must be 1.' }),
    author: text('Author or team.'),
    license: text('SPDX id or free text.'),
    description: text('One paragraph shown in the pack library.'),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as en or en-GB')
      .meta({ description: 'BCP 47 language tag.', examples: ['en'] }),
    kdf: kdfSchema.optional(),
    hints: hintTimingSchema.optional(),
    checks: checksSchema.prefault({}),
    feedbackFactor: z.number().min(1).default(10).meta({
      description:
        'How many times cheaper per-slot deduction feedback may make brute force than the group check.',
    }),
    chapters: z.array(chapterSchema).min(1).meta({ description: 'Chapters in play order.' }),
    linkTypes: z.array(linkTypeSchema).default([]).meta({ description: 'Link types offered on the board.' }),
  })
  .meta({ title: 'Resonance pack.yaml', description: 'Pack metadata, chapters and link types.' });

export const fileFrontMatterSchema = z
  .strictObject({
    id: idSchema,
    title: text('Title shown in the vault.'),
    kind: z.enum(FILE_KINDS).meta({ description: 'What kind of file this is.' }),
    chapter: idSchema.meta({ description: 'The file appears when this chapter opens.' }),
    lockedBy: idSchema
      .optional()
      .meta({ description: 'Puzzle id: the file shows that puzzle ciphertext until it is solved.' }),
    after: idList.default([]).meta({ description: 'Gates that must be solved before the file appears.' }),
    from: z.string().optional().meta({ description: 'Author or sender shown to the player.' }),
    date: z.string().optional().meta({ description: 'Free-text date shown to the player.' }),
    image: z
      .string()
      .optional()
      .meta({
        description: 'Relative path of an image under assets/ (kind: image only).',
        examples: ['assets/door.png'],
      }),
    alt: z.string().optional().meta({ description: 'Text alternative for the image (kind: image).' }),
  })
  .meta({ title: 'Resonance vault file front matter' });

export const sceneFrontMatterSchema = z
  .strictObject({ id: idSchema, title: text('Scene title.') })
  .meta({ title: 'Resonance scene front matter' });

export const hintsSchema = z
  .strictObject({
    nudge: text('Where to look.'),
    method: text('Which tool or method.'),
    pinpoint: text('The exact key or step.'),
    reveal: text('The answer and why.'),
  })
  .meta({ description: 'The four-rung hint ladder; every rung is required.' });

export const keepGoingSchema = z.strictObject({
  answer: answerText.meta({ description: 'A near-miss answer (normalised like answers).' }),
  message: text('The nudge shown when the player types it.'),
});

export const puzzleSchema = z.strictObject({
  id: idSchema,
  title: text(
    'Names the puzzle in the hint summary at the end of its chapter (the vault shows the file title).',
  ),
  chapter: idSchema,
  after: idList.default([]).meta({ description: 'Extra prerequisite gates (puzzle or deduction ids).' }),
  cipher: z
    .string()
    .min(1)
    .meta({
      description: `Cipher id from the cipher library: ${CIPHER_IDS.join(', ')}.`,
      examples: ['caesar'],
    }),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .default({})
    .meta({ description: 'Parameters of the cipher.', examples: [{ shift: 3 }] }),
  plaintext: text('What the ciphertext decrypts to; the build encrypts it unless ciphertext is given.'),
  ciphertext: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Literal ciphertext; the checker verifies it decrypts to plaintext.' }),
  prompt: text('The question the player answers after decrypting.'),
  answers: z.array(answerText).min(1).max(32).meta({ description: 'Accepted answers (at most 32).' }),
  keepSpaces: z
    .boolean()
    .default(false)
    .meta({ description: 'Compare answers with single spaces between words kept.' }),
  keepGoing: z.array(keepGoingSchema).max(32).default([]).meta({ description: 'Near misses (at most 32).' }),
  hints: hintsSchema,
  timer: z.number().int().positive().optional().meta({ description: 'Optional time limit in seconds.' }),
  keyless: z.boolean().default(false).meta({
    description:
      "True when the key is printed nowhere on purpose: the player breaks the puzzle with the workbench's analysis (frequencies, Kasiski, a crib). Silences the check that the key is planted.",
  }),
  teach: z
    .strictObject({
      tool: z.string().min(1).meta({ description: 'Workbench tool (cipher id) to highlight.' }),
      text: text('Workbench guidance.'),
    })
    .optional()
    .meta({ description: 'Workbench guidance for the first use of a cipher.' }),
});

export const puzzlesFileSchema = z
  .strictObject({ puzzles: z.array(puzzleSchema).default([]) })
  .meta({ title: 'Resonance puzzles.yaml' });

/**
 * puzzles.yaml as published for editors: `cipher` is one of the registry's ids and `params` are that
 * cipher's own. Loading keeps the looser schema above, so the checker can explain a wrong id or param.
 */
export const puzzlesEditorSchema = z
  .strictObject({
    puzzles: z.array(z.discriminatedUnion('cipher', cipherVariants(puzzleSchema))).default([]),
  })
  .meta({ title: 'Resonance puzzles.yaml' });

export const clueSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(CLUE_KINDS),
  title: text('Card title.'),
  text: text('Card text.'),
  date: z.string().optional().meta({ description: 'Dated cards can sit on the timeline lane.' }),
  source: z.strictObject({
    file: idSchema.meta({
      description: 'Vault file id; the card is revealed when that file becomes readable.',
    }),
    quote: text('Exact words from that file body.'),
  }),
});

export const cluesFileSchema = z
  .strictObject({ clues: z.array(clueSchema).default([]) })
  .meta({ title: 'Resonance clues.yaml' });

const clueAnswer = z.union([idSchema, z.array(idSchema).min(1).max(8)]);

export const slotSchema = z.strictObject({
  kind: z.enum(CLUE_KINDS).meta({ description: 'Kind of clue card the slot takes.' }),
  answer: clueAnswer.meta({ description: 'Clue id, or a list of accepted clue ids.' }),
});

export const linkSchema = z.strictObject({ from: idSchema, type: idSchema, to: idSchema });

const deductionBase = {
  id: idSchema,
  chapter: idSchema,
  title: text('Deduction title.'),
  after: idList.default([]),
  hints: hintsSchema,
  feedback: z
    .boolean()
    .default(true)
    .meta({ description: 'Seal per-slot verifiers so the player can ask which slots are right.' }),
};

export const fillDeductionSchema = z.strictObject({
  ...deductionBase,
  kind: z.literal('fill'),
  sentence: text('Sentence with {slot} placeholders.'),
  slots: z
    .record(z.string().regex(/^[a-z][a-z0-9-]*$/), slotSchema)
    .refine((slots) => Object.keys(slots).length <= 12, 'must have at most 12 slots'),
});

export const linksDeductionSchema = z.strictObject({
  ...deductionBase,
  kind: z.literal('links'),
  prompt: text('What the player is asked to show.'),
  links: z.array(linkSchema).min(2).max(32),
});

export const deductionSchema = z.discriminatedUnion('kind', [fillDeductionSchema, linksDeductionSchema]);

export const deductionsFileSchema = z
  .strictObject({ deductions: z.array(deductionSchema).default([]) })
  .meta({ title: 'Resonance deductions.yaml' });

export const expectSchema = z.strictObject({
  files: idList.optional(),
  clues: idList.optional(),
  puzzles: idList.optional(),
  deductions: idList.optional(),
  chapters: idList.optional(),
});

export const walkthroughStepSchema = z.union([
  z.strictObject({ solve: idSchema, answer: answerText, expect: expectSchema.optional() }),
  z.strictObject({
    deduce: idSchema,
    fills: z.record(z.string(), idSchema),
    expect: expectSchema.optional(),
  }),
  z.strictObject({ deduce: idSchema, links: z.array(linkSchema), expect: expectSchema.optional() }),
]);

export const walkthroughFileSchema = z
  .strictObject({ steps: z.array(walkthroughStepSchema).min(1) })
  .meta({ title: 'Resonance walkthrough.yaml' });

export type PackMeta = z.output<typeof packMetaSchema>;
export type Chapter = z.output<typeof chapterSchema>;
export type ChecksSettings = z.output<typeof checksSchema>;
export type LinkType = z.output<typeof linkTypeSchema>;
export type FileFrontMatter = z.output<typeof fileFrontMatterSchema>;
export type SceneFrontMatter = z.output<typeof sceneFrontMatterSchema>;
export type Hints = z.output<typeof hintsSchema>;
export type Puzzle = z.output<typeof puzzleSchema>;
export type Clue = z.output<typeof clueSchema>;
export type Deduction = z.output<typeof deductionSchema>;
export type FillDeduction = z.output<typeof fillDeductionSchema>;
export type LinksDeduction = z.output<typeof linksDeductionSchema>;
export type Link = z.output<typeof linkSchema>;
export type WalkthroughStep = z.output<typeof walkthroughStepSchema>;
export type Expect = z.output<typeof expectSchema>;

/** The schemas published as JSON Schema for editors, keyed by output file name. */
export const PUBLISHED_SCHEMAS = {
  'pack.schema.json': packMetaSchema,
  'file.schema.json': fileFrontMatterSchema,
  'scene.schema.json': sceneFrontMatterSchema,
  'puzzles.schema.json': puzzlesEditorSchema,
  'clues.schema.json': cluesFileSchema,
  'deductions.schema.json': deductionsFileSchema,
  'walkthrough.schema.json': walkthroughFileSchema,
} as const;
