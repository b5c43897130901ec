// Hex: text as UTF-8 bytes, two hex digits per byte.
import { defineCipher } from './define';
import { bytesToHex, hexToBytes, utf8Decode, utf8Encode } from './bytes';

export const hex = defineCipher({
  id: 'hex',
  name: 'Hexadecimal',
  description:
    'Turns the text into UTF-8 bytes and writes each byte as two lowercase hex digits without separators: "Hi" becomes "4869". Decoding accepts upper or lower case and ignores spaces and line breaks.',
  params: [],
  encode: (text) => bytesToHex(utf8Encode(text)),
  decode: (text) =>
    utf8Decode(
      hexToBytes(text),
      'The hex decodes to bytes that are not UTF-8 text; it may be binary data or another encoding.',
    ),
});
