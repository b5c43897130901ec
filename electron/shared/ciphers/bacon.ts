// Bacon's cipher: each letter becomes five A/B symbols, its position written in binary.
import { UserError } from '../result';
import { defineCipher } from './define';
import { textParam } from './params';

const ALPHABETS: Readonly<Record<string, string>> = {
  '26': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  '24': 'ABCDEFGHIKLMNOPQRSTUWXYZ',
};
const MERGE: Readonly<Record<string, string>> = { J: 'I', V: 'U' };

function encodeBacon(text: string, variant: string): string {
  const alphabet = ALPHABETS[variant]!;
  return Array.from(text.replace(/[^A-Za-z]/g, '').toUpperCase(), (ch) => {
    const letter = variant === '24' ? (MERGE[ch] ?? ch) : ch;
    return alphabet.indexOf(letter).toString(2).padStart(5, '0').replace(/0/g, 'A').replace(/1/g, 'B');
  }).join(' ');
}

function decodeBacon(text: string, variant: string): string {
  const alphabet = ALPHABETS[variant]!;
  const bad = text.search(/[^ABab\s]/);
  if (bad >= 0)
    throw new UserError(
      `The text is not Bacon's cipher: it may contain only A, B and spaces, but it contains "${String.fromCodePoint(text.codePointAt(bad)!)}".`,
    );
  const symbols = text.replace(/\s+/g, '').toUpperCase();
  if (symbols.length % 5 !== 0)
    throw new UserError(
      `The text is not Bacon's cipher: every letter needs 5 symbols, but there are ${symbols.length}, which is not a multiple of 5.`,
    );
  let out = '';
  for (let i = 0; i < symbols.length; i += 5) {
    const group = symbols.slice(i, i + 5);
    const letter = alphabet[parseInt(group.replace(/A/g, '0').replace(/B/g, '1'), 2)];
    if (letter === undefined)
      throw new UserError(
        `The text is not Bacon's cipher with ${variant} letters: "${group}" stands for no letter; try the other variant.`,
      );
    out += letter;
  }
  return out;
}

export const bacon = defineCipher({
  id: 'bacon',
  name: "Bacon's cipher",
  description:
    'Writes each letter as five symbols A and B, its place in the alphabet counted from 0 in binary with A for 0 and B for 1: "KAI" becomes "ABABA AAAAA ABAAA". The classic variant has 24 letters (I and J, U and V share codes); the modern one gives all 26 their own code. Everything that is not a letter is dropped, and decoding gives capitals.',
  params: [
    {
      key: 'variant',
      label: 'Alphabet',
      type: 'select',
      default: '26',
      options: ['26', '24'],
      help: '26: every letter its own code. 24: the classic table where I=J and U=V.',
    },
  ],
  encode: (text, p) => encodeBacon(text, textParam(p, 'variant')),
  decode: (text, p) => decodeBacon(text, textParam(p, 'variant')),
});
