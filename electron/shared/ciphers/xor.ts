// XOR: each UTF-8 byte of the text is combined with the repeating bytes of the key.
import { defineCipher } from './define';
import { bytesToHex, hexToBytes, utf8Decode, utf8Encode } from './bytes';
import { textParam } from './params';

export function xorWithKey(data: Uint8Array, key: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i]! ^ key[i % key.length]!;
  return out;
}

export const xor = defineCipher({
  id: 'xor',
  name: 'XOR',
  description:
    'Turns text and key into UTF-8 bytes and combines each byte of the text with the next byte of the key (repeated as needed) by exclusive or. As the result is rarely readable, encrypting gives lowercase hex ("Hi" with the key "k" becomes "2302"); decrypting takes hex, in either case and with any spaces, and gives text back.',
  params: [
    { key: 'key', label: 'Key', type: 'text', default: '', help: 'Any text; every byte of it is used.' },
  ],
  encode: (text, p) => bytesToHex(xorWithKey(utf8Encode(text), utf8Encode(textParam(p, 'key')))),
  decode: (text, p) =>
    utf8Decode(
      xorWithKey(hexToBytes(text), utf8Encode(textParam(p, 'key'))),
      'The result is not UTF-8 text, so the key is probably wrong.',
    ),
});
