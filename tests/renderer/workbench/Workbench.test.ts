import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page, userEvent } from 'vitest/browser';
import Workbench from '../../../renderer/src/workbench/Workbench.svelte';
import type { PublicPuzzle } from '@shared/pack/public-types';
import type { SavedRecipe } from '@shared/game-types';

function puzzle(overrides: Partial<PublicPuzzle> = {}): PublicPuzzle {
  return {
    id: 'packet',
    title: 'Intercepted packet',
    chapter: 'one',
    cipher: 'caesar',
    ciphertext: 'WKH SODQ',
    prompt: 'What does the packet say?',
    keepSpaces: true,
    locks: [],
    ...overrides,
  };
}

// Suggestions are on unless a test turns them off, as in chapter 1 with the default setting.
function setup(options: { puzzle?: PublicPuzzle | null; recipe?: SavedRecipe; assist?: boolean } = {}) {
  const onRecipeChange = vi.fn<(recipe: SavedRecipe) => void>();
  const onSendToAnswer = vi.fn<(text: string) => void>();
  render(Workbench, {
    puzzle: options.puzzle === undefined ? puzzle() : options.puzzle,
    recipe: options.recipe ?? [],
    onRecipeChange,
    onSendToAnswer,
    assist: options.assist ?? true,
  });
  return { onRecipeChange, onSendToAnswer };
}

const output = () => page.getByRole('region', { name: 'Output text' });

describe('the cipher workbench', () => {
  it('turns the Caesar ciphertext into plaintext as a shift is typed', async () => {
    const { onRecipeChange } = setup();
    await expect.element(page.getByRole('textbox', { name: 'Input' })).toHaveValue('WKH SODQ');
    await expect.element(output()).toHaveTextContent('WKH SODQ');

    const search = page.getByRole('searchbox', { name: 'Add an operation' });
    await search.click();
    await userEvent.keyboard('caesar{Enter}');
    const shift = page.getByRole('spinbutton', { name: /Shift/ });
    await expect.element(shift).toHaveFocus();
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await expect.element(page.getByText('The shift must be a whole number.').first()).toBeVisible();
    await userEvent.keyboard('3');
    await expect.element(output()).toHaveTextContent('THE PLAN');
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
    ]);
  });
});

const stepTitles = () =>
  Array.from(document.querySelectorAll('ol.steps h4')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());

describe('editing the recipe by keyboard', () => {
  it('adds, reorders with Alt+Arrow keys and removes steps without a mouse', async () => {
    const { onRecipeChange } = setup();
    const search = page.getByRole('searchbox', { name: 'Add an operation' });
    await search.click();
    await userEvent.keyboard('atbash{Enter}');
    (search.element() as HTMLElement).focus();
    await userEvent.keyboard('{Control>}a{/Control}reverse{Enter}');
    await expect.poll(stepTitles).toEqual(['Step 1: Atbash', 'Step 2: Reverse']);
    // Atbash then reverse: WKH SODQ -> DPS HLWJ -> JWLH SPD
    await expect.element(output()).toHaveTextContent('JWLH SPD');

    const decrypt = page.getByRole('radio', { name: 'Decrypt' }).first();
    (decrypt.element() as HTMLElement).focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect.poll(stepTitles).toEqual(['Step 1: Reverse', 'Step 2: Atbash']);
    expect(document.activeElement?.closest('li')?.querySelector('h4')?.textContent).toContain('Atbash');
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'reverse', direction: 'decrypt', params: {} },
      { id: 'atbash', direction: 'decrypt', params: {} },
    ]);
    await expect.element(page.getByText('Atbash moved to step 2 of 2.')).toBeInTheDocument();

    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect.poll(stepTitles).toEqual(['Step 1: Atbash', 'Step 2: Reverse']);

    const removeFirst = page.getByRole('button', { name: 'Remove step 1 (Atbash)' });
    (removeFirst.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(stepTitles).toEqual(['Step 1: Reverse']);
    await expect.element(page.getByRole('button', { name: 'Remove step 1 (Reverse)' })).toHaveFocus();
    await expect.element(output()).toHaveTextContent('QDOS HKW');
    expect(onRecipeChange).toHaveBeenLastCalledWith([{ id: 'reverse', direction: 'decrypt', params: {} }]);
  });

  it('moves a step with the arrow buttons and switches it to encrypting', async () => {
    const { onRecipeChange } = setup({
      recipe: [
        { id: 'reverse', direction: 'decrypt', params: {} },
        { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
      ],
    });
    await page.getByRole('button', { name: 'Move step 2 (Caesar shift) up' }).click();
    await expect.poll(stepTitles).toEqual(['Step 1: Caesar shift', 'Step 2: Reverse']);
    await page.getByRole('radio', { name: 'Encrypt' }).first().click();
    // Caesar +3 then reverse: WKH SODQ -> ZNK VRGT -> TGRV KNZ
    await expect.element(output()).toHaveTextContent('TGRV KNZ');
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'caesar', direction: 'encrypt', params: { shift: 3 } },
      { id: 'reverse', direction: 'decrypt', params: {} },
    ]);
  });
});

describe('restoring and reporting', () => {
  it('restores a saved recipe without saving it again and marks English words', async () => {
    const { onRecipeChange } = setup({
      recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }],
    });
    await expect.element(output()).toHaveTextContent('THE PLAN');
    const words = Array.from(output().element().querySelectorAll('b.word')).map((b) => b.textContent);
    expect(words).toEqual(['THE', 'PLAN']);
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Output updated: 2 English words found.');
    expect(onRecipeChange).not.toHaveBeenCalled();
  });

  it('shows the library sentence for a bad parameter, beside the field and instead of the output', async () => {
    setup({ recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }] });
    const shift = page.getByRole('spinbutton', { name: /Shift/ });
    await shift.fill('30');
    await expect.element(shift).toHaveAttribute('aria-invalid', 'true');
    await expect.element(shift).toHaveAccessibleDescription(/The shift must be between -25 and 25\./);
    await expect
      .element(output())
      .toHaveTextContent('Step 1 (Caesar shift) stopped the recipe: The shift must be between -25 and 25.');
    expect(output().element().querySelectorAll('b.word')).toHaveLength(0);
    await expect.element(page.getByRole('button', { name: /as answer/ })).toBeDisabled();
  });

  it('names a step whose input the cipher cannot read', async () => {
    setup({
      puzzle: puzzle({ ciphertext: 'WKH SODQ!' }),
      recipe: [
        { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
        { id: 'vigenere', direction: 'decrypt', params: { key: 'k3y' } },
      ],
    });
    await expect
      .element(output())
      .toHaveTextContent('Step 2 (Vigenère) stopped the recipe: The key must consist only of letters.');
    await expect.element(page.getByRole('textbox', { name: 'Key' })).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByText('After this step: THE PLAN!')).toBeVisible();
  });

  it('sends the whole output, or only the selected part, to the answer box', async () => {
    const { onSendToAnswer } = setup({
      recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }],
    });
    await expect.element(output()).toHaveTextContent('THE PLAN');
    await page.getByRole('button', { name: 'Use output as answer' }).click();
    expect(onSendToAnswer).toHaveBeenLastCalledWith('THE PLAN');

    const plan = Array.from(output().element().querySelectorAll('b.word')).find(
      (b) => b.textContent === 'PLAN',
    )!;
    const range = document.createRange();
    range.selectNodeContents(plan);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const use = page.getByRole('button', { name: 'Use selected text as answer' });
    await expect.element(use).toBeVisible();
    (use.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSendToAnswer).toHaveBeenLastCalledWith('PLAN');
  });
});

describe('suggestions as a setting', () => {
  it('shows the evidence but no suggested shift or encoding when suggestions are off', async () => {
    setup({
      puzzle: puzzle({ ciphertext: 'WKH SODQ LV WR PHHW DW WKH ROG WRZHU EHIRUH GDZQ' }),
      recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 0 } }],
      assist: false,
    });
    await expect.element(page.getByRole('slider', { name: 'Caesar shift wheel' })).toBeVisible();
    await expect.element(page.getByRole('img', { name: /Letter frequency chart/ })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Suggested: shift/);
    expect(document.body.textContent).not.toMatch(/Suggestions are on/);
  });

  it('says so when suggestions are on', async () => {
    setup({ assist: true });
    await expect.element(page.getByRole('note').filter({ hasText: 'Suggestions are on' })).toBeVisible();
  });

  it('does not name the encoding when suggestions are off', async () => {
    setup({ puzzle: puzzle({ ciphertext: 'VEhFIFBMQU4gSVMgVE8gTUVFVCBBVCBEQVdO' }), assist: false });
    await expect.element(output()).toHaveTextContent('VEhFIFBMQU4');
    expect(document.body.textContent).not.toMatch(/This looks like/);
  });
});

describe('the substitution tool', () => {
  it('builds the cipher alphabet from a keyword and explains the letters it leaves out', async () => {
    const { onRecipeChange } = setup({
      puzzle: puzzle({ ciphertext: 'QAKKE', teach: { tool: 'substitution', text: 'Try a keyword.' } }),
    });
    await page.getByRole('textbox', { name: 'Alphabet from a keyword' }).fill('ledger');
    await expect.element(page.getByText(/E comes again in LEDGER/)).toBeVisible();
    await page.getByRole('button', { name: 'Use this alphabet' }).click();
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'substitution', direction: 'decrypt', params: { alphabet: 'LEDGRABCFHIJKMNOPQSTUVWXYZ' } },
    ]);
  });
});

describe('the scratch pad', () => {
  it("decodes a fragment on the side, leaving the file's ciphertext and recipe alone", async () => {
    const { onRecipeChange } = setup();
    await page.getByText('Scratch pad: decode a key or a fragment').click();
    await page.getByRole('textbox', { name: 'Scratch text' }).fill('S0VZ');
    const scratch = page
      .getByRole('group')
      .filter({ has: page.getByRole('textbox', { name: 'Scratch text' }) });
    const search = scratch.getByRole('searchbox', { name: 'Add an operation' });
    await search.click();
    await userEvent.keyboard('base64{Enter}');
    await expect.element(page.getByRole('status', { name: 'Scratch result' })).toHaveTextContent('KEY');
    await expect.element(page.getByRole('textbox', { name: 'Input' })).toHaveValue('WKH SODQ');
    expect(onRecipeChange).not.toHaveBeenCalled();
  });
});

describe('choosing the text to use as the answer', () => {
  const twoLines = () =>
    setup({ puzzle: puzzle({ ciphertext: 'MEET IN THE\nLEDGER ROOM\nAT DAWN' }), recipe: [] });

  it('keeps a space where a selection crosses a line break', async () => {
    const { onSendToAnswer } = twoLines();
    await expect.element(output()).toHaveTextContent('LEDGER ROOM');
    const text = output().element();
    const range = document.createRange();
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const start = nodes.find((n) => n.data.includes('IN'))!;
    const end = nodes.find((n) => n.data.includes('LEDGER'))!;
    range.setStart(start, start.data.indexOf('IN'));
    range.setEnd(end, end.data.indexOf('LEDGER') + 'LEDGER'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    const use = page.getByRole('button', { name: 'Use selected text as answer' });
    await expect.element(use).toBeVisible();
    (use.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSendToAnswer).toHaveBeenLastCalledWith('IN THE LEDGER');
  });

  it('offers a line to pick instead of pasting the whole plaintext', async () => {
    const { onSendToAnswer } = twoLines();
    const line = page.getByRole('combobox', { name: 'Line to use' });
    await expect.element(line).toBeVisible();
    await line.selectOptions('LEDGER ROOM');
    await page.getByRole('button', { name: 'Use this line as answer' }).click();
    expect(onSendToAnswer).toHaveBeenLastCalledWith('LEDGER ROOM');
  });
});

describe('the analysis pictures', () => {
  it('turns the output with the shift wheel and offers the most English shift', async () => {
    const { onRecipeChange } = setup({
      puzzle: puzzle({ ciphertext: 'WKH SODQ LV WR PHHW DW WKH ROG WRZHU EHIRUH GDZQ' }),
      recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 0 } }],
    });
    const wheel = page.getByRole('slider', { name: 'Caesar shift wheel' });
    await expect.element(wheel).toHaveAttribute('aria-valuenow', '0');
    (wheel.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.element(wheel).toHaveAttribute('aria-valuenow', '2');
    await expect.element(output()).toHaveTextContent('UIF QMBO');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(output()).toHaveTextContent('THE PLAN IS TO MEET AT THE OLD TOWER BEFORE DAWN');
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'caesar', direction: 'decrypt', params: { shift: 3 } },
    ]);
    await expect.element(page.getByText(/Suggested: shift 3/)).toBeVisible();
    await expect.element(page.getByText('The wheel is at the suggested shift.')).toBeVisible();
    await userEvent.keyboard('{Home}');
    await page.getByRole('button', { name: 'Use shift 3' }).click();
    await expect.element(wheel).toHaveAttribute('aria-valuenow', '3');
  });

  it('builds a substitution step from letters typed into the grid', async () => {
    const { onRecipeChange } = setup({ puzzle: puzzle({ ciphertext: 'XLI TPER' }) });
    await page.getByText('Substitution grid').click();
    const x = page.getByRole('textbox', { name: /Cipher X, 1 times .* stands for/ });
    await x.fill('t');
    await expect.element(x).toHaveValue('T');
    await expect.poll(stepTitles).toEqual(['Step 1: Substitution']);
    await page.getByRole('textbox', { name: /Cipher L, 1 times/ }).fill('H');
    await page.getByRole('textbox', { name: /Cipher I, 1 times/ }).fill('E');
    await expect.element(output()).toHaveTextContent(/^THE /);
    const saved = onRecipeChange.mock.lastCall![0];
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: 'substitution', direction: 'decrypt' });
    const alphabet = String(saved[0]!.params!.alphabet);
    expect([alphabet[19], alphabet[7], alphabet[4]]).toEqual(['X', 'L', 'I']);
  });

  it('describes the frequency chart and coincidence scale in words', async () => {
    setup({ recipe: [{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }] });
    await expect.element(page.getByText(/^7 letters in the output\. Most common: /)).toBeVisible();
    await expect.element(page.getByRole('img', { name: /Letter frequency chart/ })).toBeVisible();
    await expect.element(page.getByText(/^Index of coincidence 0\.0\d+ \(random/)).toBeVisible();
  });
});

describe('teaching a new tool', () => {
  it('shows the lesson with a worked line and adds the tool as the next step', async () => {
    setup({
      puzzle: puzzle({
        teach: { tool: 'caesar', text: 'A Caesar shift moves every letter the same distance.' },
      }),
    });
    await expect.element(page.getByRole('heading', { name: /New tool: Caesar shift/ })).toBeVisible();
    await expect
      .element(page.getByText('A Caesar shift moves every letter the same distance.'))
      .toBeVisible();
    await expect.element(page.getByText(/MEET AT DAWN\s+becomes\s+PHHW DW GDZQ/)).toBeVisible();
    await expect.element(page.getByRole('button', { name: /Add Caesar shift ★ suggested/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add this tool: Caesar shift (decrypt)' }).click();
    await expect.element(output()).toHaveTextContent('THE PLAN');
    await expect.element(page.getByText(/Caesar shift is step 1 of your recipe/)).toBeVisible();
  });
});

describe('spotting encodings', () => {
  it('suggests decoding output that looks like base64, and adds the step on request', async () => {
    setup({ puzzle: puzzle({ ciphertext: 'VEhFIFBMQU4gSVMgUkVBRFk=' }) });
    await expect.element(page.getByText(/This looks like Base64\./)).toBeVisible();
    await page.getByRole('button', { name: 'Add Base64 (decrypt)' }).click();
    await expect.element(output()).toHaveTextContent('THE PLAN IS READY');
    await expect.element(page.getByText(/This looks like/)).not.toBeInTheDocument();
  });
});

describe('generated parameter forms', () => {
  it('offers a select parameter as a list and saves the chosen option', async () => {
    const { onRecipeChange } = setup({ puzzle: puzzle({ ciphertext: 'ABBAA AABAA' }) });
    const search = page.getByRole('searchbox', { name: 'Add an operation' });
    await search.fill('bacon');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('button', { name: "Add Bacon's cipher" })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const variant = page.getByRole('combobox', { name: /Alphabet/ });
    await expect.element(variant).toHaveValue('26');
    await variant.selectOptions('24');
    expect(onRecipeChange).toHaveBeenLastCalledWith([
      { id: 'bacon', direction: 'decrypt', params: { variant: '24' } },
    ]);
  });

  it('clears the search with Escape without letting the key reach the screen around it', async () => {
    setup();
    const escapes = vi.fn();
    const listener = (e: KeyboardEvent) => e.key === 'Escape' && escapes();
    window.addEventListener('keydown', listener);
    const search = page.getByRole('searchbox', { name: 'Add an operation' });
    await search.fill('zzz');
    await expect.element(page.getByText('No operation matches; try fewer letters.')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect.element(search).toHaveValue('');
    window.removeEventListener('keydown', listener);
    expect(escapes).not.toHaveBeenCalled();
  });
});

describe('a step added without its key', () => {
  it('asks for the key instead of marking the step and the output wrong, until something wrong is typed', async () => {
    setup({ assist: false });
    await page.getByRole('button', { name: 'Add Vigenère' }).click();
    const key = page.getByRole('textbox', { name: 'Key' });
    await expect.element(key).toHaveFocus();
    await expect.element(key).not.toHaveAttribute('aria-invalid');
    await expect.element(key).toHaveAccessibleDescription(/Type the key to run this step\./);
    await expect.element(output()).toHaveTextContent('Step 1 (Vigenère) waits for its key.');
    expect(output().element().classList.contains('failed')).toBe(false);
    expect(document.querySelector('.step .error-text')).toBeNull();
    await key.fill('42');
    await expect.element(key).toHaveAttribute('aria-invalid', 'true');
    expect(output().element().classList.contains('failed')).toBe(true);
    await key.fill('KEY');
    await expect.element(output()).not.toHaveTextContent('waits for its key');
  });
});

describe('tools that open with their step', () => {
  it('opens the substitution grid with its keyword builder when a substitution step is added, and points to it', async () => {
    setup({ assist: false });
    const summary = page.getByText('Substitution grid', { exact: true });
    await expect.element(summary).toBeVisible();
    expect((summary.element().closest('details') as HTMLDetailsElement).open).toBe(false);
    await page.getByRole('searchbox', { name: 'Add an operation' }).fill('substitution');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('textbox', { name: 'Alphabet from a keyword' })).toBeVisible();
    expect((summary.element().closest('details') as HTMLDetailsElement).open).toBe(true);
    await expect
      .element(page.getByRole('textbox', { name: 'Cipher alphabet' }))
      .toHaveAccessibleDescription(/build one from a keyword/);
    // Closed by the player, it stays closed while the step stays.
    (summary.element() as HTMLElement).click();
    await expect
      .element(page.getByRole('textbox', { name: 'Alphabet from a keyword' }))
      .not.toBeInTheDocument();
  });
});
