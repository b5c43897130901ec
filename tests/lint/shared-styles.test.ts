// The look of dialogs and panel parts is written once, in renderer/src/styles/panels.css: components use its
// classes and never declare those rules again, and every dialog takes the shared dialog look.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type AST } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const rendererSrc = join(root, 'renderer/src');
const sharedCss = readFileSync(join(rendererSrc, 'styles/panels.css'), 'utf8');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

/** The selector text of every rule in a component's style block, nested rules included. */
function selectorsOf(source: string): string[] {
  const ast = parse(source, { modern: true });
  const found: string[] = [];
  const walk = (nodes: readonly (AST.CSS.Rule | AST.CSS.Atrule | AST.CSS.Declaration)[]) => {
    for (const node of nodes) {
      if (node.type === 'Rule') {
        found.push(source.slice(node.prelude.start, node.prelude.end));
        walk(node.block.children);
      } else if (node.type === 'Atrule' && node.block) walk(node.block.children);
    }
  };
  if (ast.css) walk(ast.css.children);
  return found;
}

/** The classes panels.css gives a look to. */
const sharedClasses = [...new Set([...sharedCss.matchAll(/\.([a-z][a-z-]*)/g)].map((m) => m[1]!))];

const components = svelteFiles(rendererSrc).map((path) => ({
  name: relative(root, path),
  source: readFileSync(path, 'utf8'),
}));

describe('shared dialog and panel styles', () => {
  it('are loaded once by the renderer entry', () => {
    const entry = readFileSync(join(rendererSrc, 'main.ts'), 'utf8');
    expect(entry).toContain("import './styles/panels.css';");
    expect(sharedClasses).toEqual(
      expect.arrayContaining(['game-dialog', 'action-row', 'panel-section', 'title-row', 'fold']),
    );
  });

  it('are never declared again in a component', () => {
    const repeated = components.flatMap(({ name, source }) =>
      selectorsOf(source)
        .filter(
          (selector) =>
            selector.includes('::backdrop') ||
            sharedClasses.some((cls) => new RegExp(`\\.${cls}(?![\\w-])`).test(selector)),
        )
        .map((selector) => `${name}: ${selector}`),
    );
    expect(repeated).toEqual([]);
  });

  it('give every dialog the shared dialog look', () => {
    const dialogs = components.flatMap(({ name, source }) =>
      [...source.matchAll(/<dialog\b[^>]*>/g)].map((m) => ({ name, tag: m[0] })),
    );
    expect(dialogs.length).toBeGreaterThanOrEqual(6);
    const plain = dialogs.filter((d) => !/class="[^"]*\bgame-dialog\b/.test(d.tag)).map((d) => d.name);
    expect(plain).toEqual([]);
  });

  it('leave no component styling a bare dialog element of its own', () => {
    const bare = components.flatMap(({ name, source }) =>
      selectorsOf(source)
        // The rule's subject (the last compound of each selector) is a dialog element: `dialog p` is fine.
        .filter((selector) =>
          selector.split(',').some((part) =>
            /^dialog(?![\w-])/.test(
              part
                .trim()
                .split(/[\s>+~]+/)
                .at(-1)!,
            ),
          ),
        )
        .map((selector) => `${name}: ${selector}`),
    );
    expect(bare).toEqual([]);
  });
});
