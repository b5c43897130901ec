// Vault files: images where they belong and present, Markdown rather than HTML, and a body to read.
import { assetPathProblem } from '../load-source';
import type { Problem } from '../problems';
import { collector, type CheckContext } from './context';

export function checkFiles({ source }: CheckContext): Problem[] {
  const { problems, push } = collector();
  for (const f of source.files) {
    const fm = f.front;
    if (fm.kind === 'image') {
      if (fm.image === undefined)
        push(
          f.src,
          ['kind'],
          'An image file needs an "image" field with the path of its picture, like assets/door.png: add it.',
        );
    } else if (fm.image !== undefined) {
      push(
        f.src,
        ['image'],
        `Only files of kind "image" show a picture: remove "image" or change kind to image.`,
        'warning',
      );
    }
    if (fm.image !== undefined) {
      const bad = assetPathProblem(fm.image);
      if (bad) push(f.src, ['image'], bad);
      else if (!source.assets.has(fm.image))
        push(f.src, ['image'], `The image "${fm.image}" is missing: add it to the pack or fix the path.`);
    }
    const htmlLine = f.body.split('\n').findIndex((l) => /<\/?[A-Za-z][^>]*>/.test(l));
    if (htmlLine >= 0)
      problems.push({
        severity: 'warning',
        file: f.rel,
        line: f.bodyLine + htmlLine,
        col: 1,
        path: 'body',
        message:
          'This line contains raw HTML, which the game shows as plain text: write Markdown instead (**bold**, *italic*, lists).',
      });
    if (fm.kind !== 'image' && f.body.trim() === '')
      push(f.src, ['id'], `The file "${fm.id}" has no text below its front matter: write its body.`);
  }
  return problems;
}
