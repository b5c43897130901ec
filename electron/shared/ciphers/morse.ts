// Morse code: letters as dots and dashes, separated by spaces, words by a slash.
import { UserError } from '../result';
import { defineCipher } from './define';

const CODES: Readonly<Record<string, string>> = {
  A: '.-', B: '-...', C: '-.-.', D: '-..', E: '.', F: '..-.', G: '--.', H: '....', I: '..', J: '.---',
  K: '-.-', L: '.-..', M: '--', N: '-.', O: '---', P: '.--.', Q: '--.-', R: '.-.', S: '...', T: '-',
  U: '..-', V: '...-', W: '.--', X: '-..-', Y: '-.--', Z: '--..',
  '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-',
  '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
  '.': '.-.-.-', ',': '--..--', '?': '..--..', "'": '.----.', '!': '-.-.--', '/': '-..-.', '(': '-.--.',
  ')': '-.--.-', '&': '.-...', ':': '---...', ';': '-.-.-.', '=': '-...-', '+': '.-.-.', '-': '-....-',
  _: '..--.-', '"': '.-..-.', $: '...-..-', '@': '.--.-.',
}; // prettier-ignore

const LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CODES).map(([letter, code]) => [code, letter]),
);

/** What Morse can carry of a text: capitals, with every run of whitespace as one word gap. */
export function morseNormalise(text: string): string {
  return text.toUpperCase().split(/\s+/).filter(Boolean).join(' ');
}

function encodeMorse(text: string): string {
  const words = morseNormalise(text).split(' ').filter(Boolean);
  return words
    .map((word) =>
      Array.from(word, (ch) => {
        const code = CODES[ch];
        if (code === undefined)
          throw new UserError(`Morse code has no sign for "${ch}"; remove it or spell it out in letters.`);
        return code;
      }).join(' '),
    )
    .join(' / ');
}

function decodeMorse(text: string): string {
  const bad = text.search(/[^.\-/\s]/);
  if (bad >= 0)
    throw new UserError(
      `The text is not Morse code: it may contain only dots, dashes, spaces and "/" between words, but it contains "${String.fromCodePoint(text.codePointAt(bad)!)}".`,
    );
  return text
    .split('/')
    .map((word) =>
      word
        .split(/\s+/)
        .filter(Boolean)
        .map((code) => {
          const letter = LETTERS[code];
          if (letter === undefined)
            throw new UserError(`The text is not Morse code: "${code}" is not a Morse sign.`);
          return letter;
        })
        .join(''),
    )
    .filter(Boolean)
    .join(' ');
}

export const morse = defineCipher({
  id: 'morse',
  name: 'Morse code',
  description:
    'Writes each letter, digit or common punctuation mark as dots and dashes, with a space between letters and " / " between words: "SOS HELP" becomes "... --- ... / .... . .-.. .--.". Morse has no case, so decoding gives capitals, and any run of spaces or line breaks becomes one word gap. Characters Morse has no sign for are refused with a message rather than dropped.',
  params: [],
  encode: encodeMorse,
  decode: decodeMorse,
});
