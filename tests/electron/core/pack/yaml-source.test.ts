// Reading YAML for pack files: one report per indentation mistake, at the line that is out of step.
import { describe, expect, it } from 'vitest';
import { readYaml, validate } from '@core/pack/yaml-source';
import { puzzlesFileSchema } from '@shared/pack/source-schema';

const messages = (text: string, offset = 0) =>
  readYaml('clues.yaml', text, offset).problems.map((p) => `${p.line}:${p.col}: ${p.message}`);

describe('readYaml', () => {
  it('names a key dedented below the first key of a list item, once', () => {
    const text = 'clues:\n  - id: a\n    kind: person\n  - id: b\n  kind: place\n    title: "B"\n';
    expect(messages(text)).toEqual([
      '5:3: The key "kind" is indented less than "id" on the line above (column 3 instead of 5), so YAML cannot tell which map it belongs to: line it up with the other keys of its map.',
    ]);
  });

  it('counts lines from the front matter offset of a Markdown file', () => {
    const text = 'id: a\ntitle: "A"\n  kind: memo\n';
    expect(messages(text, 1)).toHaveLength(1);
    expect(messages(text, 1)[0]).toMatch(/^4:/);
  });

  it('reports only the first syntax error of a file', () => {
    expect(messages('a: [1, 2\nb: {c\nd: "e\n')).toHaveLength(1);
  });
});

describe('validate', () => {
  it('says a field indented into the plaintext above it was swallowed, not that it is missing', () => {
    const text =
      'puzzles:\n  - id: p\n    title: T\n    chapter: ch1\n    cipher: caesar\n    plaintext: |\n      HELLO\n      prompt: "Why?"\n    answers: [hello]\n    hints: { nudge: a, method: b, pinpoint: c, reveal: d }\n';
    const read = readYaml('puzzles.yaml', text);
    const problems = validate(read.src, read.data, puzzlesFileSchema).problems;
    expect(problems.map((p) => `${p.line}:${p.col}: ${p.message}`)).toEqual([
      '8:7: "prompt" is indented as far as the text of "plaintext" above it, so YAML reads it as part of that text: move "prompt" left to line up with "plaintext".',
    ]);
  });
});
