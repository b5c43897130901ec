// Clue cards: each quotes its source file word for word.
import { plainText } from '../markdown';
import type { Problem } from '../problems';
import { collapse, collector, type CheckContext } from './context';
import { didYouMean } from './suggest';

export function checkClues({ source, files }: CheckContext): Problem[] {
  const { problems, push } = collector();
  const cluesSrc = source.clues.src;
  source.clues.items.forEach((c, i) => {
    const file = files.get(c.source.file);
    if (!file) {
      push(
        cluesSrc,
        ['clues', i, 'source', 'file'],
        `There is no vault file "${c.source.file}"${didYouMean(c.source.file, files.keys())}: fix the id or add the file under files/.`,
      );
      return;
    }
    const body = collapse(file.body);
    const quote = collapse(c.source.quote);
    if (
      !body.includes(quote) &&
      !collapse(plainText(file.body)).includes(collapse(plainText(c.source.quote)))
    )
      push(
        cluesSrc,
        ['clues', i, 'source', 'quote'],
        `The quote is not in ${file.rel}: copy the words exactly from that file's body.`,
      );
  });
  return problems;
}
