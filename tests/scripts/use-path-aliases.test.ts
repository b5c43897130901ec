// The alias rewrite: climbs into electron/shared and electron/core become @shared and @core, nothing else moves.
import { describe, expect, it } from 'vitest';
import { aliasFor, rewriteSource } from '../../scripts/use-path-aliases';

const root = '/project';
const at = (path: string) => `${root}/${path}`;

describe('rewriting imports to the path aliases', () => {
  it('turns a renderer climb into electron/shared into @shared', () => {
    expect(
      aliasFor('../../../electron/shared/pack/public-types', at('renderer/src/game/kinds.ts'), root),
    ).toBe('@shared/pack/public-types');
  });

  it('turns a test climb into electron/core into @core, keeping a folder import and an extension', () => {
    expect(aliasFor('../../../../electron/core/pack', at('tests/electron/core/pack/x.test.ts'), root)).toBe(
      '@core/pack',
    );
    expect(aliasFor('../../electron/core/logger.ts', at('tests/support/x.ts'), root)).toBe('@core/logger.ts');
  });

  it('rewrites core climbing into shared, and main climbing into core', () => {
    expect(aliasFor('../../shared/result', at('electron/core/pack/open-pack.ts'), root)).toBe(
      '@shared/result',
    );
    expect(aliasFor('../core/router', at('electron/main/ipc.ts'), root)).toBe('@core/router');
  });

  it('leaves imports within one folder, and imports of anything else, relative', () => {
    expect(aliasFor('../saves/schema', at('electron/core/pack/open-pack.ts'), root)).toBeUndefined();
    expect(aliasFor('./ciphers/index', at('electron/shared/contract.ts'), root)).toBeUndefined();
    expect(aliasFor('../lib/game', at('renderer/src/screens/TitleScreen.svelte'), root)).toBeUndefined();
    expect(aliasFor('../../electron/main/window', at('tests/electron/x.test.ts'), root)).toBeUndefined();
  });

  it('rewrites every kind of import in a file and counts them', () => {
    const source = [
      "import type { A } from '../../electron/shared/a';",
      "import '../../electron/core/side-effect';",
      "export * from '../../electron/shared/b';",
      "const c = await import('../../electron/core/c');",
      "vi.mock('../../electron/core/d', () => ({}));",
      "import { e } from './e';",
    ].join('\n');
    expect(rewriteSource(source, at('tests/lint/x.test.ts'), root)).toEqual({
      count: 5,
      text: [
        "import type { A } from '@shared/a';",
        "import '@core/side-effect';",
        "export * from '@shared/b';",
        "const c = await import('@core/c');",
        "vi.mock('@core/d', () => ({}));",
        "import { e } from './e';",
      ].join('\n'),
    });
  });
});
