// Knows which packs are available: the built-in ones shipped with the app and those the player installed.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PackSummary } from '../../shared/contract';
import type { Logger } from '../logger';

interface PackHeader {
  id?: unknown;
  title?: unknown;
  author?: unknown;
  version?: unknown;
  description?: unknown;
}

const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

export class PackLibrary {
  constructor(
    private readonly builtinDir: string,
    private readonly log: Logger,
  ) {}

  list(): PackSummary[] {
    if (!existsSync(this.builtinDir)) return [];
    const packs: PackSummary[] = [];
    for (const entry of readdirSync(this.builtinDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const file = join(this.builtinDir, entry.name, 'pack.yaml');
      if (!existsSync(file)) continue;
      try {
        const header = (parse(readFileSync(file, 'utf8'), { maxAliasCount: 50 }) ?? {}) as PackHeader;
        packs.push({
          id: text(header.id, entry.name),
          title: text(header.title, entry.name),
          author: text(header.author, 'Unknown author'),
          version: text(header.version, '0.0.0'),
          description: text(header.description, ''),
          builtIn: true,
          progress: 0,
        });
      } catch (error) {
        this.log.warn(`Skipped the built-in pack in ${file}: it could not be read.`, error);
      }
    }
    return packs.sort((a, b) => a.title.localeCompare(b.title));
  }
}
