import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '@shared/result';
import { PACK, saveFolder } from './helpers';

const COPIES = 6;
type Damage = 'garbage' | 'truncated' | 'edited' | 'emptied';

function damage(file: string, how: Damage): void {
  const text = readFileSync(file, 'utf8');
  if (how === 'garbage') writeFileSync(file, '\u0000\u0001 not a save');
  if (how === 'truncated') writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
  if (how === 'edited') writeFileSync(file, text.replace(/"timePlayedMs": \d+/, '"timePlayedMs": 123456789'));
  if (how === 'emptied') writeFileSync(file, '{}');
}

describe('damaged copies, any mix of them', () => {
  it('always loads the newest copy that is still good, or says none is left', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: COPIES - 1 }),
            fc.constantFrom<Damage>('garbage', 'truncated', 'edited', 'emptied'),
          ),
          {
            maxLength: COPIES,
          },
        ),
        (writes, damages) => {
          const dir = saveFolder();
          try {
            const saves = dir.open();
            const { id } = saves.createSlot(PACK, 'Property');
            for (let i = 1; i <= writes; i++) saves.updateSlot(PACK, id, (s) => void (s.timePlayedMs = i));
            // Which value each copy holds, before any damage.
            const held = new Map<number, number>();
            for (let p = 0; p < COPIES; p++) {
              const file = dir.file(`saves.${PACK}.slot.${id}.${p}.json`);
              if (!existsSync(file)) continue;
              held.set(
                p,
                (JSON.parse(readFileSync(file, 'utf8')) as { copy: { data: { timePlayedMs: number } } }).copy
                  .data.timePlayedMs,
              );
            }
            const newest = Math.max(...held.values());
            const damaged = new Set<number>();
            /** Damaged in a way worth keeping: an emptied file holds nothing to set aside. */
            const kept = new Set<number>();
            for (const [p, how] of damages) {
              if (!held.has(p) || damaged.has(p)) continue;
              damage(dir.file(`saves.${PACK}.slot.${id}.${p}.json`), how);
              damaged.add(p);
              if (how !== 'emptied') kept.add(p);
            }
            const good = [...held].filter(([p]) => !damaged.has(p)).map(([, v]) => v);
            const fresh = dir.open();
            if (good.length === 0) {
              expect(() => fresh.loadSlot(PACK, id)).toThrow(UserError);
              return;
            }
            const { slot, notices } = fresh.loadSlot(PACK, id);
            expect(slot.timePlayedMs).toBe(Math.max(...good));
            const expected =
              Math.max(...good) < newest ? ['restored'] : kept.size > 0 ? ['backup-set-aside'] : [];
            expect(notices.map((n) => n.kind)).toEqual(expected);
            // Whatever happened, the next save and the next start work and keep every damaged file.
            fresh.updateSlot(PACK, id, (s) => void (s.timePlayedMs = 1_000));
            expect(dir.open().loadSlot(PACK, id)).toMatchObject({
              slot: { timePlayedMs: 1_000 },
              notices: [],
            });
            expect(dir.files().filter((f) => f.includes('.damaged-'))).toHaveLength(kept.size);
          } finally {
            dir.cleanup();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
