// Columnar transposition: the text is written in rows under a key word and read off column by column.
import { defineCipher } from './define';
import { textParam } from './params';
import { groupOrder, transpose } from './transpose';

/** Output order: columns in alphabetical order of their key letter (ties left to right), top to bottom. */
function columnOrder(key: string): (n: number) => Int32Array {
  const width = key.length;
  const ranked = Array.from(key, (ch, i) => ({ ch, i })).sort((x, y) =>
    x.ch < y.ch ? -1 : x.ch > y.ch ? 1 : x.i - y.i,
  );
  const rankOfColumn = new Int32Array(width);
  ranked.forEach(({ i }, rank) => (rankOfColumn[i] = rank));
  return (n) => groupOrder(n, width, (i) => rankOfColumn[i % width]!);
}

export const columnar = defineCipher({
  id: 'columnar',
  name: 'Columnar transposition',
  description:
    'Writes the letters in rows as wide as the key, then reads the columns from top to bottom in the alphabetical order of the key letters (equal letters left to right). The last row may be short; no padding is added. With the key ZEBRAS, WEAREDISCOVEREDFLEEATONCE becomes EVLNACDTESEAROFODEECWIREE. Only letters and digits move; they keep their case, and spaces and punctuation stay where they were.',
  params: [
    {
      key: 'key',
      label: 'Key',
      type: 'letters',
      default: '',
      help: 'A word whose letters number the columns; spaces are ignored.',
    },
  ],
  encode: (text, p) => transpose(text, columnOrder(textParam(p, 'key')), false),
  decode: (text, p) => transpose(text, columnOrder(textParam(p, 'key')), true),
});
