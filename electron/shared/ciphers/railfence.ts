// Rail fence: the text is written in a zigzag over several rails and read off rail by rail.
import { defineCipher } from './define';
import { intParam } from './params';
import { groupOrder, transpose } from './transpose';

function railOrder(rails: number): (n: number) => Int32Array {
  const period = 2 * (rails - 1);
  return (n) =>
    groupOrder(n, rails, (i) => {
      const r = i % period;
      return r < rails ? r : period - r;
    });
}

export const railfence = defineCipher({
  id: 'railfence',
  name: 'Rail fence',
  description:
    'Writes the letters in a zigzag down and up across a number of rails, then reads each rail from left to right: WEAREDISCOVEREDFLEEATONCE on 3 rails becomes WECRLTEERDSOEEFEAOCAIVDEN. Only letters and digits move; they keep their case, and spaces and punctuation stay exactly where they were, so the word shapes of the text are kept.',
  params: [
    {
      key: 'rails',
      label: 'Number of rails',
      type: 'integer',
      default: 3,
      min: 2,
      max: 1000,
      help: 'How many rows the zigzag uses.',
    },
  ],
  encode: (text, p) => transpose(text, railOrder(intParam(p, 'rails')), false),
  decode: (text, p) => transpose(text, railOrder(intParam(p, 'rails')), true),
});
