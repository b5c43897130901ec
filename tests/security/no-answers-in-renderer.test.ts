// The renderer is shipped to every player: no answer of a built-in pack may be written into it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseAnswer } from '@shared/answers/normalise';
import { builtInAnswers, mentions } from '../e2e/support/pack-source';

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

/**
 * Words that are string values of the code itself (CSS keywords, theme names) and also happen to answer a
 * puzzle; finding them proves nothing. Each needs a reason.
 */
const CODE_WORDS = new Map<string, string>([
  ['light', "the light theme's name"],
  ['none', "the CSS keyword 'none'"],
  ['amber', 'the colour variable --amber of the stylesheet'],
]);

/** Every quoted string in the bundle, normalised the way answers are. */
function stringLiterals(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(/"([^"\\\n]{1,80})"|'([^'\\\n]{1,80})'|`([^`\\$]{1,80})`/g)) {
    found.add(normaliseAnswer(match[1] ?? match[2] ?? match[3] ?? ''));
  }
  return found;
}

function builtText(): string {
  if (!existsSync(rendererDir)) throw new Error('out/renderer is missing: run "npm run build" first.');
  return readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|css|html)$/.test(name))
    .map((name) => readFileSync(join(rendererDir, name), 'utf8'))
    .join('\n');
}

describe('the built renderer', () => {
  // A one-word answer would leak as a string value ("undertow"); a phrase could leak inside any text.
  it('contains no answer of any built-in pack', () => {
    const text = builtText();
    const literals = stringLiterals(text);
    const answers = builtInAnswers();
    expect(answers.size).toBeGreaterThan(0);
    const found: string[] = [];
    for (const [gateId, entry] of answers) {
      for (const answer of entry.answers) {
        if (answer.normalised.length <= 2 || /^\d+$/.test(answer.normalised)) continue;
        if (CODE_WORDS.has(answer.normalised)) continue;
        const leaked =
          literals.has(answer.normalised) || (answer.phrase && mentions(text, answer.normalised));
        if (leaked) found.push(`${gateId}: "${answer.raw}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice an answer written into it', () => {
    const [entry] = [...builtInAnswers().values()];
    const answer = entry!.answers[0]!;
    const planted = stringLiterals(`${builtText()}\nconst hint = "${answer.raw.toUpperCase()}";`);
    expect(planted.has(answer.normalised)).toBe(true);
    expect(stringLiterals(builtText()).has(answer.normalised)).toBe(false);
  });
});
