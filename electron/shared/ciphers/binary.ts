// Binary: text as UTF-8 bytes, eight binary digits per byte.
import { UserError } from '../result';
import { defineCipher } from './define';
import { utf8Decode, utf8Encode } from './bytes';

function decodeBinary(text: string): string {
  const groups = text.split(/\s+/).filter((g) => g.length > 0);
  let digits = 0;
  for (const group of groups) {
    if (!/^[01]+$/.test(group))
      throw new UserError(`The text is not binary: "${group}" contains characters other than 0 and 1.`);
    if (group.length % 8 !== 0)
      throw new UserError(
        `The text is not binary: every byte needs 8 digits, but the group "${group}" has ${group.length}.`,
      );
    digits += group.length;
  }
  const bytes = new Uint8Array(digits / 8);
  let o = 0;
  for (const group of groups)
    for (let i = 0; i < group.length; i += 8) bytes[o++] = parseInt(group.slice(i, i + 8), 2);
  return utf8Decode(bytes, 'The binary decodes to bytes that are not UTF-8 text; check the groups.');
}

export const binary = defineCipher({
  id: 'binary',
  name: 'Binary',
  description:
    'Turns the text into UTF-8 bytes and writes each byte as 8 binary digits, separated by spaces: "Hi" becomes "01001000 01101001". Decoding accepts any spaces or line breaks between bytes, and groups of 16 or more digits are read 8 at a time.',
  params: [],
  encode: (text) => Array.from(utf8Encode(text), (b) => b.toString(2).padStart(8, '0')).join(' '),
  decode: decodeBinary,
});
