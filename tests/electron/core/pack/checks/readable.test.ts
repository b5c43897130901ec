// What a player can read before solving a gate, and how answers are found in it.
import { describe, expect, it } from 'vitest';
import { loadSource } from '@core/pack';
import { checkContext } from '@core/pack/checks/context';
import { readableWithout, spells, words } from '@core/pack/checks/readable';
import { materialise } from '../pack-fixtures';

async function context() {
  const { source } = await loadSource(await materialise());
  if (!source) throw new Error('the base fixture must load');
  return checkContext(source);
}

describe('readableWithout', () => {
  it('includes open files and the locked file title, but not the locked body or the own reveal', async () => {
    const where = readableWithout(await context(), 'p-first-light').map((r) => r.where);
    expect(where).toContain('the body of files/inbox/relay-message.md');
    expect(where).toContain('the title of files/inbox/first-log.md');
    expect(where).toContain('the nudge hint of p-first-light');
    expect(where).not.toContain('the body of files/inbox/first-log.md');
    expect(where).not.toContain('the reveal hint of p-first-light');
  });

  it('leaves out everything that waits for the gate, such as the next chapter', async () => {
    const where = readableWithout(await context(), 'd-the-drop').map((r) => r.where);
    expect(where).toContain('the body of files/inbox/first-log.md');
    expect(where).not.toContain('scenes/ch2-opening.md');
    expect(where).not.toContain('the title of puzzle p-keyed-note');
  });
});

describe('spells', () => {
  it('finds an answer written across consecutive words, whatever the case and punctuation', () => {
    expect(spells(words('Meet at the Old-Archive, then leave.'), 'oldarchive')).toBe(true);
    expect(spells(words("Kai's lantern"), 'kais')).toBe(true);
  });

  it('does not find an answer inside a longer word', () => {
    expect(spells(words('The lanterns were lit.'), 'lantern')).toBe(false);
    expect(spells(words('communicate'), 'cat')).toBe(false);
  });
});
