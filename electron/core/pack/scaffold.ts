// `pack new`: writes a small, playable two-chapter pack that checks, builds and verifies.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { jsonSchemaFiles } from '@shared/pack/json-schema';
import { UserError } from '@shared/result';

/** Where `pack new` puts the JSON Schemas; the loader skips dot folders, so they are never pack content. */
export const SCHEMA_FOLDER = '.schema';

/** The first line of each YAML file: editors with the YAML language server validate and complete from it. */
const modeline = (schema: string): string =>
  `# yaml-language-server: $schema=${SCHEMA_FOLDER}/${schema}.schema.json\n`;

// Front matter sits inside Markdown, where no editor applies a schema: a comment names the fields instead.
const FILE_FIELDS =
  '# Fields (.schema/file.schema.json): id, title, kind, chapter; optional lockedBy, after, from, date, image, alt.';
const SCENE_FIELDS = '# Fields (.schema/scene.schema.json): id, title.';

/** Recommends the YAML extension to VS Code users who open the pack folder. */
const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64) || 'my-pack';

function template(id: string): Record<string, string> {
  return {
    'pack.yaml': `${modeline('pack')}# Pack metadata. Every field is described in docs/pack-format.md.
id: ${id}
title: "The Relay Inbox"
version: 0.1.0
formatVersion: 1
author: "Your name"
license: CC-BY-4.0
description: "A two-chapter starter pack: a rotated log, a keyed note and two deductions."
language: en
# The starter pack's answers are easy on purpose. Before you share a pack, remove this line so that
# pack check judges answer strength and fairness (see docs/authoring.md).
checks: { strength: off, leaks: off }
chapters:
  - id: ch1
    title: "The First Log"
    summary: "Someone left a rotated log in the relay inbox."
    opening: ch1-opening
    closing: ch1-closing
    completedBy: [d-the-drop]
  - id: ch2
    title: "The Archive"
    summary: "The keyed note points to the archive."
    opening: ch2-opening
    closing: ch2-closing
    completedBy: [d-the-route]
linkTypes:
  - { id: wrote, label: "wrote" }
  - { id: was-at, label: "was at" }
`,
    'scenes/ch1-opening.md': `---
${SCENE_FIELDS}
id: ch1-opening
title: "Night shift"
---
The relay hums under the floor of the archive office. Your terminal blinks: one new message, one
file you cannot read. Mira leans over your shoulder. "Whoever sent it wanted us to work for it," she says.
"Start with the message. It usually tells you how to open the rest."
`,
    'scenes/ch1-closing.md': `---
${SCENE_FIELDS}
id: ch1-closing
title: "A name on the board"
---
Three cards glow on the board: a name, an object, a place. Mira pins them together and steps back.
"So it was Kai, and he left the keys at the lantern. But he wrote something else, further down."
`,
    'scenes/ch2-opening.md': `---
${SCENE_FIELDS}
id: ch2-opening
title: "The keyed note"
---
A second file has appeared in the archive folder, locked with a word this time instead of a number.
"He always reuses his passwords," Mira says. "Look at what you already read."
`,
    'scenes/ch2-closing.md': `---
${SCENE_FIELDS}
id: ch2-closing
title: "Case closed"
---
The route is clear now: Kai wrote the note, and the note was left at the old archive. Mira switches off
the lamp. "Good work. That is the whole pack: now write your own."
`,
    'files/inbox/relay-message.md': `---
${FILE_FIELDS}
id: relay-message
title: "relay_message"
kind: message
chapter: ch1
from: "Mira"
date: "2148-04-17 22:40"
---
The log below came in rotated. Kai always rotates his logs by **three** letters, like the old
Caesar scrolls. Use the workbench: pick Caesar and try a shift of three.
`,
    'files/inbox/first-log.md': `---
${FILE_FIELDS}
id: first-log
title: "log_0417"
kind: log
chapter: ch1
lockedBy: p-first-light
from: "Kai"
date: "2148-04-17 23:12"
---
Kai Zen here. I left the trust keys under the lantern on Pier Nine.
The password for my next note is LANTERN.
`,
    'files/archive/keyed-note.md': `---
${FILE_FIELDS}
id: keyed-note
title: "note_0418"
kind: memo
chapter: ch2
lockedBy: p-keyed-note
from: "Kai"
---
I wrote this note at the old archive. Nobody reads the archive any more.
`,
    'puzzles.yaml': `${modeline('puzzles')}puzzles:
  - id: p-first-light
    title: "Kai's rotated log"
    chapter: ch1
    cipher: caesar
    params: { shift: 3 }
    plaintext: |
      KAI ZEN HERE. I LEFT THE TRUST KEYS UNDER THE LANTERN ON PIER NINE.
    prompt: "Where did Kai leave the trust keys? One word."
    answers: [lantern, the lantern]
    keepGoing:
      - { answer: pier nine, message: "That is the pier. What on the pier?" }
    hints:
      nudge: "Mira's message says how Kai treats his logs."
      method: "Use the Caesar tool on the log."
      pinpoint: "Shift every letter back by three: D becomes A."
      reveal: "LANTERN: the log says the keys are under the lantern on Pier Nine."
    teach:
      tool: caesar
      text: "Move the shift slider and watch for English words appearing."
  - id: p-keyed-note
    title: "Kai's keyed note"
    chapter: ch2
    cipher: vigenere
    params: { key: LANTERN }
    plaintext: |
      I WROTE THIS NOTE AT THE OLD ARCHIVE.
    prompt: "Where did Kai write the note? Two words."
    answers: [old archive, the old archive]
    hints:
      nudge: "Kai reuses his passwords."
      method: "Use the Vigenere tool."
      pinpoint: "The key is LANTERN, the password from his first log."
      reveal: "OLD ARCHIVE: the note says it was written at the old archive."
`,
    'clues.yaml': `${modeline('clues')}clues:
  - id: c-kai-zen
    kind: person
    title: "Kai Zen"
    text: "Signs his logs. Rotates them by three."
    source: { file: first-log, quote: "Kai Zen here." }
  - id: c-trust-keys
    kind: object
    title: "The trust keys"
    text: "Left somewhere on Pier Nine."
    source: { file: first-log, quote: "the trust keys" }
  - id: c-lantern
    kind: place
    title: "The lantern on Pier Nine"
    text: "Where the keys were left."
    source: { file: first-log, quote: "under the lantern on Pier Nine" }
  - id: c-keyed-note
    kind: document
    title: "Kai's keyed note"
    text: "Locked with his reused password."
    source: { file: keyed-note, quote: "I wrote this note" }
  - id: c-old-archive
    kind: place
    title: "The old archive"
    text: "Nobody reads it any more."
    source: { file: keyed-note, quote: "at the old archive" }
`,
    'deductions.yaml': `${modeline('deductions')}deductions:
  - id: d-the-drop
    chapter: ch1
    title: "The drop"
    after: [p-first-light]
    kind: fill
    sentence: "{who} left {what} at {where}."
    slots:
      who: { kind: person, answer: c-kai-zen }
      what: { kind: object, answer: c-trust-keys }
      where: { kind: place, answer: c-lantern }
    hints:
      nudge: "Everything you need is in the first log."
      method: "Drag the person, the object and the place into the sentence."
      pinpoint: "The log names who, what and where in one line."
      reveal: "Kai Zen left the trust keys at the lantern on Pier Nine."
  - id: d-the-route
    chapter: ch2
    title: "The route of the note"
    after: [p-keyed-note]
    kind: links
    prompt: "Link who wrote the note and where it was written."
    links:
      - { from: c-kai-zen, type: wrote, to: c-keyed-note }
      - { from: c-keyed-note, type: was-at, to: c-old-archive }
    hints:
      nudge: "Two links: a person to a document, a document to a place."
      method: "Use 'wrote' and 'was at'."
      pinpoint: "Kai wrote the note; the note was at the old archive."
      reveal: "Kai Zen wrote the keyed note; the keyed note was at the old archive."
`,
    'walkthrough.yaml': `${modeline('walkthrough')}# The ordered actions that solve the pack; "resonance pack verify" replays them.
steps:
  - solve: p-first-light
    answer: LANTERN
    expect: { files: [first-log], clues: [c-kai-zen, c-trust-keys, c-lantern] }
  - deduce: d-the-drop
    fills: { who: c-kai-zen, what: c-trust-keys, where: c-lantern }
    expect: { chapters: [ch2] }
  - solve: p-keyed-note
    answer: old archive
    expect: { files: [keyed-note] }
  - deduce: d-the-route
    links:
      - { from: c-kai-zen, type: wrote, to: c-keyed-note }
      - { from: c-keyed-note, type: was-at, to: c-old-archive }
`,
    'assets/README.txt':
      'Put images (png, jpg, webp) here and reference them as assets/<name> from an image file.\n',
    '.vscode/extensions.json': VSCODE_EXTENSIONS,
    ...Object.fromEntries(
      Object.entries(jsonSchemaFiles()).map(([name, text]) => [`${SCHEMA_FOLDER}/${name}`, text]),
    ),
  };
}

/** Creates a starter pack in `dir`, which must not exist yet or be empty. Returns the files written. */
export async function scaffold(dir: string): Promise<string[]> {
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0)
    throw new UserError(`The folder ${dir} is not empty: choose a new folder name for the pack.`, 'conflict');
  const files = template(kebab(basename(resolve(dir))));
  for (const [rel, text] of Object.entries(files)) {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, { flag: 'wx' });
  }
  return Object.keys(files);
}
