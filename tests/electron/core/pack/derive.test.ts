// What sealing and the checker derive from a source: ciphertexts, fill combinations and deduction search spaces.
import { describe, expect, it } from 'vitest';
import { loadSource, type PackSource } from '@core/pack';
import { deductionSpace, fillCombinations, puzzleCiphertext, raceOf } from '@core/pack/derive';
import { materialise } from './pack-fixtures';

async function base(): Promise<PackSource> {
  const { source } = await loadSource(await materialise());
  if (!source) throw new Error('the base fixture must load');
  return source;
}

describe('derive', () => {
  it('encrypts a puzzle plaintext with its cipher, or keeps a literal ciphertext', async () => {
    const source = await base();
    const p = source.puzzles.items[0]!;
    expect(puzzleCiphertext(p)).toBe('NDL CHQ KHUH. L OHIW WKH WUXVW NHBV XQGHU WKH ODQWHUQ RQ SLHU QLQH.');
    expect(puzzleCiphertext({ ...p, ciphertext: 'GIVEN' })).toBe('GIVEN');
  });

  it("gives a race's steps its clock and how many steps it has, and no other puzzle a race", async () => {
    const source = await base();
    const [first, second] = source.puzzles.items;
    expect(raceOf(source, first!.id)).toBeUndefined();
    source.meta.chapters[0]!.race = { title: 'Beat the relay', seconds: 300, steps: [first!.id, 'p-later'] };
    expect(raceOf(source, first!.id)).toEqual({ id: 'ch1', title: 'Beat the relay', seconds: 300, steps: 2 });
    expect(raceOf(source, second!.id)).toBeUndefined();
  });

  it('combines the accepted cards of each fill slot into canonical answers', () => {
    expect(fillCombinations({ who: { answer: ['c-a', 'c-b'] }, what: { answer: 'c-x' } })).toEqual([
      'what=c-x;who=c-a',
      'what=c-x;who=c-b',
    ]);
  });

  it('counts, for each fill slot, the cards of its kind on the board when the deduction opens', async () => {
    // d-the-drop opens after the first log: one person, one object and one place card.
    expect(deductionSpace(await base(), 'd-the-drop')).toEqual({
      slots: [
        { name: 'who', candidates: 1 },
        { name: 'what', candidates: 1 },
        { name: 'where', candidates: 1 },
      ],
      acceptedCombos: 1,
      groupGuesses: 1,
    });
  });

  it('counts possible links as ordered pairs of cards per link type, and a group as a choice of them', async () => {
    // Five cards make 20 ordered pairs; two one-way link types make 40 links; two required links C(40, 2).
    const space = deductionSpace(await base(), 'd-the-route');
    expect(space.slots.map((s) => s.candidates)).toEqual([40, 40]);
    expect(space.groupGuesses).toBe(780);
  });

  it('counts a symmetric link type once per pair of cards', async () => {
    const source = await base();
    source.meta.linkTypes = source.meta.linkTypes.map((l) => ({ ...l, symmetric: true }));
    expect(deductionSpace(source, 'd-the-route').slots[0]!.candidates).toBe(20);
  });

  it('divides the search space by the accepted combinations of a fill deduction', async () => {
    const source = await base();
    const d = source.deductions.items[0]!;
    if (d.kind !== 'fill') throw new Error('d-the-drop is a fill deduction');
    // Two more place cards on the board, and two of the three places accepted.
    source.clues.items.push(
      { ...source.clues.items[2]!, id: 'c-pier' },
      { ...source.clues.items[2]!, id: 'c-dock' },
    );
    d.slots['where'] = { kind: 'place', answer: ['c-lantern', 'c-pier'] };
    expect(deductionSpace(source, d.id)).toMatchObject({ acceptedCombos: 2, groupGuesses: 1.5 });
  });
});
