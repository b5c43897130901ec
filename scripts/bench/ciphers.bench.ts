// Figures for the cipher workbench: recomputing a five-step recipe on 100 KB, and analysing 1 MB.
import { analyze, letterFrequencies } from '@shared/analysis/index';
import { getCipher, runRecipe, type RecipeStep } from '@shared/ciphers/index';
import { median, round, type Figure } from './figure';

const PROSE =
  'The night shift at the harbour office began when the last ferry left the quay, and nobody noticed the ' +
  'small grey parcel that arrived without a name, tucked between the weather reports and the invoices. ';

function prose(bytes: number): string {
  return PROSE.repeat(Math.ceil(bytes / PROSE.length)).slice(0, bytes);
}

function timeMs(run: () => void, runs: number): number {
  run(); // warm-up, so the figure is the steady state the workbench sees while typing
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

export default async function* (): AsyncIterable<Figure> {
  // The workbench undoes a layered puzzle: base64 outside, then Vigenère, Caesar, Atbash and a reversal.
  const plain = prose(100 * 1024);
  let sealed = getCipher('reverse').encrypt(plain);
  sealed = getCipher('atbash').encrypt(sealed);
  sealed = getCipher('caesar').encrypt(sealed, { shift: 7 });
  sealed = getCipher('vigenere').encrypt(sealed, { key: 'LUMEN' });
  sealed = getCipher('base64').encrypt(sealed);
  const recipe: RecipeStep[] = [
    { id: 'base64', direction: 'decrypt' },
    { id: 'vigenere', direction: 'decrypt', params: { key: 'LUMEN' } },
    { id: 'caesar', direction: 'decrypt', params: { shift: '7' } },
    { id: 'atbash', direction: 'decrypt' },
    { id: 'reverse', direction: 'decrypt' },
  ];
  const check = runRecipe(recipe, sealed);
  if (!check.ok || check.output !== plain)
    throw new Error('The benchmark recipe does not give back the text.');
  yield {
    name: 'workbench recompute: 5-operation recipe on 100 KB',
    value: timeMs(() => runRecipe(recipe, sealed), 15),
    unit: 'ms',
  };

  // The full analysis the workbench and `cipher analyze` show: frequencies, IC, Caesar, Kasiski, encodings.
  const megabyte = getCipher('vigenere').encrypt(prose(1024 * 1024), { key: 'RESONANCE' });
  yield { name: 'frequency analysis of 1 MB', value: timeMs(() => analyze(megabyte), 7), unit: 'ms' };
  yield { name: 'letter counts only, 1 MB', value: timeMs(() => letterFrequencies(megabyte), 7), unit: 'ms' };
}
