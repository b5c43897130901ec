// Base64: text as UTF-8 bytes written with 64 safe characters.
import { defineCipher } from './define';
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from './bytes';

export const base64 = defineCipher({
  id: 'base64',
  name: 'Base64',
  description:
    'Turns the text into UTF-8 bytes and writes every 3 bytes as 4 characters from A-Z, a-z, 0-9, "+" and "/", with "=" padding at the end: "Hi" becomes "SGk=". Decoding ignores spaces and line breaks, also accepts the URL-safe "-" and "_", and refuses anything else.',
  params: [],
  encode: (text) => bytesToBase64(utf8Encode(text)),
  decode: (text) =>
    utf8Decode(
      base64ToBytes(text),
      'The base64 decodes to bytes that are not UTF-8 text; it may be binary data or another encoding.',
    ),
});
