// Puzzles: a known cipher with parameters it accepts, a ciphertext that decrypts to the plaintext, typeable answers.
import { normaliseAnswer } from '@shared/answers/normalise';
import { CIPHER_IDS } from '@shared/ciphers';
import { isUserError } from '@shared/result';
import { packCipher } from '../ciphers';
import type { Problem } from '../problems';
import { collapse, collector, looseText, type CheckContext } from './context';
import { didYouMean } from './suggest';

const isWordChar = (ch: string): boolean => /[A-Za-z0-9]/.test(ch);

/** Indices of the letters and digits of a text, the characters a loose comparison looks at. */
const wordIndices = (s: string): number[] => [...s].flatMap((ch, i) => (isWordChar(ch) ? [i] : []));

/** A short stretch of text around a position, on one line, marked where it was cut. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - 12);
  const end = Math.min(text.length, at + 16);
  return `${start > 0 ? '…' : ''}${collapse(text.slice(start, end))}${end < text.length ? '…' : ''}`;
}

/** Where a decryption first departs from the plaintext, letters and digits compared without case. */
export function firstDeparture(plain: string, decrypted: string): string {
  const p = wordIndices(plain);
  const d = wordIndices(decrypted);
  let k = 0;
  while (k < p.length && k < d.length && plain[p[k]!]!.toUpperCase() === decrypted[d[k]!]!.toUpperCase()) k++;
  const pi = p[k] ?? plain.length;
  const di = d[k] ?? decrypted.length;
  const line = plain.slice(0, pi).split('\n').length;
  const col = pi - plain.lastIndexOf('\n', pi - 1);
  const expected = k < p.length ? `"${around(plain, pi)}"` : 'nothing more';
  const got = k < d.length ? `"${around(decrypted, di)}"` : 'nothing more';
  return `it first departs from the plaintext at line ${line}, column ${col} of the plaintext, where the plaintext reads ${expected} and the decryption ${got}`;
}

export function checkPuzzles({ source }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const puzzlesSrc = source.puzzles.src;
  source.puzzles.items.forEach((p, i) => {
    const at = (...path: PropertyKey[]) => ['puzzles', i, ...path];
    const cipher = packCipher(p.cipher);
    if (!cipher) {
      const hint = didYouMean(p.cipher, CIPHER_IDS);
      push(
        puzzlesSrc,
        at('cipher'),
        hint
          ? `There is no cipher "${p.cipher}"${hint}: use a cipher id from docs/pack-format.md.`
          : `There is no cipher "${p.cipher}": use a cipher id from docs/pack-format.md, such as caesar or vigenere.`,
      );
    } else {
      let paramsOk = true;
      try {
        cipher.validate(p.params);
      } catch (e) {
        if (!isUserError(e)) throw e;
        paramsOk = false;
        push(puzzlesSrc, at('params'), `The parameters of ${p.cipher} are wrong: ${e.message} Fix "params".`);
      }
      if (paramsOk) {
        try {
          const plain = p.plaintext.trimEnd();
          if (p.ciphertext !== undefined) {
            const decrypted = cipher.decrypt(p.ciphertext, p.params).trimEnd();
            if (decrypted !== plain && looseText(decrypted) !== looseText(plain))
              push(
                puzzlesSrc,
                at('ciphertext'),
                `The ciphertext does not decrypt to the plaintext with ${p.cipher} and these params: ${firstDeparture(plain, decrypted)}. Fix the ciphertext, the params or the plaintext, or drop "ciphertext" to let the build encrypt the plaintext.`,
              );
          } else {
            const back = cipher.decrypt(cipher.encrypt(plain, p.params), p.params).trimEnd();
            if (looseText(back) !== looseText(plain))
              push(
                puzzlesSrc,
                at('plaintext'),
                `The plaintext does not survive ${p.cipher} encryption and decryption (it comes back as "${collapse(back).slice(0, 40)}"): use only characters this cipher keeps.`,
              );
          }
        } catch (e) {
          if (!isUserError(e)) throw e;
          push(
            puzzlesSrc,
            at(p.ciphertext !== undefined ? 'ciphertext' : 'plaintext'),
            `${p.cipher} cannot handle this text: ${e.message}`,
          );
        }
      }
    }
    if (p.teach && !packCipher(p.teach.tool))
      push(
        puzzlesSrc,
        at('teach', 'tool'),
        `There is no workbench tool "${p.teach.tool}"${didYouMean(p.teach.tool, CIPHER_IDS)}: use a cipher id such as ${p.cipher}.`,
      );
    const accepted = new Set<string>();
    p.answers.forEach((a, j) => {
      const n = normaliseAnswer(a, { keepSpaces: p.keepSpaces });
      if (n === '')
        push(
          puzzlesSrc,
          at('answers', j),
          `The answer "${a}" has no letters or digits once normalised, so nobody can type it: use letters or digits.`,
        );
      accepted.add(n);
    });
    p.keepGoing.forEach((k, j) => {
      const n = normaliseAnswer(k.answer, { keepSpaces: p.keepSpaces });
      if (n === '')
        push(
          puzzlesSrc,
          at('keepGoing', j, 'answer'),
          `The near miss "${k.answer}" has no letters or digits once normalised: use letters or digits.`,
        );
      else if (accepted.has(n))
        push(
          puzzlesSrc,
          at('keepGoing', j, 'answer'),
          `The near miss "${k.answer}" is also an accepted answer once normalised: remove it from keepGoing or from answers.`,
        );
    });
  });
  return problems;
}
