// Hostile .rpack files: truncated, tampered, unknown versions, zip-slip names, oversized, not a zip at all.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { createHash, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack, LIMITS, openPack } from '@core/pack';
import { PackSecret } from '@core/pack/pack-secret';
import { RPACK_VERSION } from '@core/pack/rpack-format';
import { UserError } from '@shared/result';
import { materialise } from './pack-fixtures';

let bytes: Uint8Array;
const secret = PackSecret.random();
beforeAll(async () => {
  bytes = (await buildPack(await materialise(), { cost: 'fast', secret })).bytes;
});

const sha = (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

/**
 * Unzips, lets the test change entries (and the manifest object), then zips again with hashes fixed and
 * the manifest signed again with the author's secret, so each later check is reached.
 */
function rezip(
  change: (entries: Record<string, Uint8Array>, manifest: Record<string, unknown>) => void,
  fixHashes = true,
  resign = true,
): Uint8Array {
  const entries = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
  change(entries, manifest);
  if (fixHashes) {
    (manifest['clear'] as { sha256: string }).sha256 = sha(entries['clear.json'] ?? new Uint8Array());
    for (const b of manifest['blobs'] as { name: string; sha256: string }[])
      if (entries[b.name]) b.sha256 = sha(entries[b.name]!);
  }
  entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  if (resign)
    entries['manifest.sig'] = new Uint8Array(
      sign(null, entries['manifest.json'], secret.signingKey().privateKey),
    );
  const zip: Zippable = {};
  for (const [k, v] of Object.entries(entries)) zip[k] = v;
  return zipSync(zip, { level: 0 });
}

function rejects(data: Uint8Array, pattern: RegExp): void {
  let error: unknown;
  try {
    openPack(data);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe('invalid-pack');
  expect((error as UserError).message).toMatch(pattern);
}

describe('opening a .rpack file', () => {
  it('opens an intact pack', () => {
    expect(openPack(bytes).info.id).toBe('base');
  });

  it('rejects a file that is not a pack', () => {
    rejects(strToU8('just some text, not a zip at all'), /not a Resonance pack/);
  });

  it('rejects a truncated pack', () => {
    rejects(bytes.subarray(0, Math.floor(bytes.length * 0.6)), /damaged|not a Resonance pack/);
  });

  it('rejects a pack whose sealed blob was altered', () => {
    const tampered = rezip((entries) => {
      const name = Object.keys(entries).find((n) => n.startsWith('blobs/'))!;
      const blob = new Uint8Array(entries[name]!);
      blob[20] = blob[20]! ^ 1;
      entries[name] = blob;
    }, false);
    rejects(tampered, /does not match its hash/);
  });

  it('rejects a pack whose open content was altered', () => {
    const tampered = rezip((entries) => {
      entries['clear.json'] = strToU8(strFromU8(entries['clear.json']!).replace('Night shift', 'Day shift'));
    }, false);
    rejects(tampered, /does not match its hash/);
  });

  it('rejects open content of the wrong shape even when its hash was recomputed', () => {
    rejects(
      rezip((entries) => {
        entries['clear.json'] = strToU8('{"chapters": 5}');
      }),
      /not valid/,
    );
  });

  it('names an unknown format version', () => {
    rejects(
      rezip((_e, manifest) => {
        manifest['formatVersion'] = 7;
      }),
      new RegExp(`format version 7.*version ${RPACK_VERSION}`),
    );
  });

  it('names a format version that is not a number or text as unknown, without failing to describe it', () => {
    rejects(
      rezip((_e, manifest) => {
        manifest['formatVersion'] = { toString: [] };
      }),
      new RegExp(`format version unknown.*version ${RPACK_VERSION}`),
    );
  });

  it('rejects zip-slip entry names', () => {
    rejects(
      rezip((entries) => {
        entries['../../evil.sh'] = strToU8('rm -rf /');
      }),
      /outside the pack/,
    );
  });

  it('rejects entries the manifest does not list', () => {
    rejects(
      rezip((entries) => {
        entries['blobs/9999.bin'] = strToU8('extra');
      }),
      /not in the manifest/,
    );
  });

  it('rejects a file larger than the limit before unzipping it', () => {
    rejects(new Uint8Array(LIMITS.maxPackBytes + 1), /larger than 64 MB/);
  });

  it('reports swapped blobs as a damaged pack once they are opened', async () => {
    const swapped = rezip((entries) => {
      const names = Object.keys(entries).filter((n) => n.startsWith('blobs/'));
      const [a, b] = [names[0]!, names[1]!];
      [entries[a], entries[b]] = [entries[b]!, entries[a]!];
    });
    const pack = openPack(swapped);
    let failure: unknown;
    try {
      await pack.tryAnswer('p-first-light', 'lantern');
      await pack.tryAnswer('d-the-drop', {
        fills: { who: 'c-kai-zen', what: 'c-trust-keys', where: 'c-lantern' },
      });
      await pack.tryAnswer('p-keyed-note', 'old archive');
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(UserError);
  });
});

describe('content a hostile author could put in a signed pack', () => {
  it('has its HTML sanitised again when opened', () => {
    const hostile = rezip((entries) => {
      const clear = JSON.parse(strFromU8(entries['clear.json']!)) as { scenes: { html: string }[] };
      clear.scenes[0]!.html =
        '<p onclick="x()">Hi</p><script>alert(1)</script><img src="https://evil.invalid/x.png">';
      entries['clear.json'] = strToU8(JSON.stringify(clear));
    });
    const html = openPack(hostile).initialState().scenes[0]!.html;
    expect(html).not.toMatch(/<script|<img|onclick/);
    expect(html).toContain('<p>Hi</p>');
  });

  it('may show a picture only from the pack itself, never from a URL', () => {
    const hostile = rezip((entries) => {
      const clear = JSON.parse(strFromU8(entries['clear.json']!)) as { bodies: { image?: string }[] };
      clear.bodies[0]!.image = 'https://evil.invalid/track.png';
      entries['clear.json'] = strToU8(JSON.stringify(clear));
    });
    rejects(hostile, /open content is not valid/);
  });

  it('is refused when it asks for more key-derivation work per answer check than the game allows', () => {
    rejects(
      rezip((_e, manifest) => {
        manifest['kdf'] = { alg: 'scrypt', N: 2 ** 17, r: 8, p: 4 };
      }),
      /work for every answer check, more than the .* Resonance allows: it was not opened/,
    );
  });

  it.each([
    ['con', /not a name Windows keeps/],
    ['nul', /not a name Windows keeps/],
    ['a'.repeat(65), /at most 64/],
    ['a'.repeat(260), /at most 64/],
  ])('is refused when its id is "%s"', (id, pattern) => {
    rejects(
      rezip((_e, manifest) => {
        (manifest['pack'] as { id: string }).id = id;
      }),
      pattern,
    );
  });
});

describe('signed builds', () => {
  it("refuses a manifest changed by anyone without the author's secret", () => {
    rejects(
      rezip(
        (_e, manifest) => {
          (manifest['pack'] as { title: string }).title = 'Not the real pack';
        },
        true,
        false,
      ),
      /signature does not match/,
    );
  });

  it('refuses a manifest signed by another secret under the original identity', () => {
    const entries = unzipSync(bytes);
    entries['manifest.sig'] = new Uint8Array(
      sign(null, entries['manifest.json']!, PackSecret.random().signingKey().privateKey),
    );
    rejects(zipSync(entries, { level: 0 }), /signature does not match/);
  });

  it('carries the identity and the build id in the pack info', () => {
    const info = openPack(bytes).info;
    expect(info.identity).toBe(secret.signingKey().identity);
    expect(info.build).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('zip bombs', () => {
  it('refuses compressed entries without inflating them', () => {
    const zero = new Uint8Array(4 * 1024 * 1024);
    const bomb = zipSync({ 'manifest.json': [zero, { level: 9 }] });
    // Turn the deflate stream into one that cannot be inflated: had the entry been inflated, the pack
    // would be reported as damaged instead of refused for being compressed.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    const dataStart = 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const compressedSize = view.getUint32(18, true);
    bomb.fill(0xff, dataStart, dataStart + compressedSize);
    rejects(bomb, /compressed entries/);
  });
});
