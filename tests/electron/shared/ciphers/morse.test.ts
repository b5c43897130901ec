import { morse } from '@shared/ciphers/morse';
import { cipherTable } from './table';

cipherTable(morse, [
  { direction: 'encrypt', input: 'SOS help', expected: '... --- ... / .... . .-.. .--.' },
  { direction: 'encrypt', input: 'Neos, 2148', expected: '-. . --- ... --..-- / ..--- .---- ....- ---..' },
  {
    direction: 'encrypt',
    input: '  two\n\nlines ',
    expected: '- .-- --- / .-.. .. -. . ...',
    note: 'whitespace runs are one gap',
  },
  { direction: 'decrypt', input: '... --- ... / .... . .-.. .--.', expected: 'SOS HELP' },
  { direction: 'decrypt', input: '.-   -...  /  -.-.', expected: 'AB C', note: 'extra spaces are tolerated' },
  {
    direction: 'encrypt',
    input: 'café',
    error: 'Morse code has no sign for "É"; remove it or spell it out in letters.',
  },
  {
    direction: 'decrypt',
    input: '.-.-.-.-',
    error: 'The text is not Morse code: ".-.-.-.-" is not a Morse sign.',
  },
  {
    direction: 'decrypt',
    input: '... x',
    error:
      'The text is not Morse code: it may contain only dots, dashes, spaces and "/" between words, but it contains "x".',
  },
]);
