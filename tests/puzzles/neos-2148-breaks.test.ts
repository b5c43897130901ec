// The campaign's keyless puzzles from chapter 3 on fall to the workbench's own analysis and a crib the pack prints.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getCipher } from '@shared/ciphers/index';
import { indexOfCoincidence, kasiski, letterFrequencies } from '@shared/analysis/index';

const root = join(import.meta.dirname, '..', '..', 'puzzles', 'neos-2148');

interface Puzzle {
  id: string;
  chapter: string;
  cipher: string;
  params?: Record<string, string | number>;
  plaintext: string;
  teach?: { tool: string; text: string };
}

const puzzles = (parse(readFileSync(join(root, 'puzzles.yaml'), 'utf8')) as { puzzles: Puzzle[] }).puzzles;
const puzzle = (id: string): Puzzle => {
  const found = puzzles.find((p) => p.id === id);
  if (!found) throw new Error(`no puzzle ${id}`);
  return found;
};
/** The ciphertext the build makes, as the player sees it in the locked file. */
const ciphertext = (p: Puzzle): string => getCipher(p.cipher).encrypt(p.plaintext.trimEnd(), p.params ?? {});
const lettersOnly = (text: string): string => text.toUpperCase().replace(/[^A-Z]/g, '');

/** Every readable file body of the pack, to show that a crib is printed somewhere the player can find it. */
function allBodies(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory()
        ? allBodies(join(dir, entry.name))
        : entry.name.endsWith('.md')
          ? readFileSync(join(dir, entry.name), 'utf8')
          : '',
    )
    .join('\n');
}
const packText = lettersOnly(allBodies(join(root, 'files')));

/** Vigenère key letters recovered by decrypting with a known opening as the key, as the hints teach. */
function keyFromCrib(text: string, crib: string): string {
  const out = getCipher('vigenere').decrypt(text, { key: crib });
  return lettersOnly(out).slice(0, lettersOnly(crib).length);
}

describe('the keyless puzzles of chapters 3 to 5', () => {
  it('never state their keys, and none of them is taught by the workbench', () => {
    const broken = [
      'p-hall-index',
      'p-door-record',
      'p-unbind-notes',
      'p-steward-letter',
      'p-bridge-log',
      'p-north-roster',
      'p-relay-survey',
    ];
    for (const id of broken) {
      expect(['ch3', 'ch4', 'ch5']).toContain(puzzle(id).chapter);
      expect(puzzle(id).teach, id).toBeUndefined();
    }
    const words = new Set(
      allBodies(join(root, 'files'))
        .toUpperCase()
        .split(/[^A-Z]+/),
    );
    // The roster's key is an order of three columns, found by trying the six; CAB is printed nowhere either.
    for (const key of ['LETHE', 'AMENDS', 'WAKECLEAN', 'CAB', 'ZKQMVGXBRLTWDYOHPAEJUNISCF'])
      expect(words.has(key), key).toBe(false);
  });

  it('give the door record away to Kasiski and the door plate: the key length comes first and the crib spells the key', () => {
    const p = puzzle('p-door-record');
    const text = ciphertext(p);
    expect(indexOfCoincidence(text)).toBeLessThan(0.055);
    expect(kasiski(text).keyLengths[0]!.length).toBe(5);
    const crib = 'MNEMOS ARCHIVE HALL FOUR';
    expect(packText).toContain(lettersOnly('MNEMOS ARCHIVE, HALL FOUR'));
    expect(keyFromCrib(text, crib)).toBe('LETHELETHELETHELETHEL');
  });

  it("give Kai's relay survey away the same way, from the relay where it all began", () => {
    const text = ciphertext(puzzle('p-relay-survey'));
    expect(kasiski(text).keyLengths[0]!.length).toBe(6);
    expect(keyFromCrib(text, 'RELAY THREE VERDANCE')).toBe('AMENDSAMENDSAMENDS');
  });

  it('open the Hall Four index at a rail count found by trying a few', () => {
    const text = ciphertext(puzzle('p-hall-index'));
    expect(indexOfCoincidence(text)).toBeGreaterThan(0.06);
    const railfence = getCipher('railfence');
    const readable = [2, 3, 4, 5, 6, 7, 8].filter((rails) =>
      railfence.decrypt(text, { rails }).startsWith('HALL FOUR INDEX'),
    );
    expect(readable).toEqual([5]);
  });

  it('open the clinic roster with a three-column order checked against its opening words', () => {
    const text = ciphertext(puzzle('p-north-roster'));
    const columnar = getCipher('columnar');
    const opening = ['ABC', 'ACB', 'BAC', 'BCA', 'CAB', 'CBA'].filter((key) =>
      columnar.decrypt(text, { key }).startsWith('NORTH RING, CLINIC ROSTER'),
    );
    expect(opening).toEqual(['CAB']);
  });

  it("give the Steward's letter away by its two commonest letters, E and T, which fix the multiplier and the offset", () => {
    const text = ciphertext(puzzle('p-steward-letter'));
    const byCount = [...letterFrequencies(text).letters].sort((a, b) => b.count - a.count);
    const [e, t] = [byCount[0]!.letter, byCount[1]!.letter].map((l) => l.charCodeAt(0) - 65);
    // a·4 + b = e and a·19 + b = t (mod 26): the workbench's hint asks exactly this of the player.
    const solutions = [1, 3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25].filter(
      (a) => (((a * 15 - (t! - e!)) % 26) + 26) % 26 === 0,
    );
    expect(solutions).toEqual([11]);
    const b = (((e! - 11 * 4) % 26) + 26) % 26;
    expect(getCipher('affine').decrypt(text, { a: 11, b }).startsWith('TO THE CHAIR')).toBe(true);
  });

  it('give the bridge log away to its line prefix from bridge.conf: XOR with the crib shows the key', () => {
    const text = ciphertext(puzzle('p-bridge-log'));
    expect(packText).toContain(lettersOnly('log_line_prefix: MNEMOS RELAY BRIDGE'));
    const shown = getCipher('xor').decrypt(text, { key: 'MNEMOS RELAY BRIDGE' });
    expect(shown.slice(0, 18)).toBe('wakecleanwakeclean');
  });

  it("give Kai's notes away to his sign-off: English coincidence, and the crib fixes nine letters of the alphabet", () => {
    const p = puzzle('p-unbind-notes');
    const text = ciphertext(p);
    expect(indexOfCoincidence(text)).toBeGreaterThan(0.06);
    const lines = text.trimEnd().split('\n');
    const last = lines[lines.length - 1]!;
    expect(last.split(' ').map((w) => w.length)).toEqual([5, 2, 1, 5]);
    const pairs = new Map<string, string>();
    [...lettersOnly(last)].forEach((c, i) => pairs.set(c, 'TRUSTISALEASH'[i]!));
    expect(new Set(pairs.values()).size).toBe(9);
    expect(packText).toContain('TRUSTISALEASH');
  });
});
