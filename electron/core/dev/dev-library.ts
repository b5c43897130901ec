// The pack library in dev mode: the installed and built-in packs, plus the pack folder being authored,
// served from its newest in-memory build.
import type { PackSummary } from '@shared/contract';
import { PackLibrary } from '../library/pack-library';
import type { Logger } from '../logger';
import { openPack, type SealedPack } from '../pack/open-pack';
import type { DevPack } from './dev-pack';

export class DevLibrary extends PackLibrary {
  constructor(
    private readonly dev: DevPack,
    builtinDir: string,
    installDir: string,
    log: Logger,
  ) {
    super(builtinDir, installDir, log);
  }

  /** Id of the pack being authored, once it has checked at least once. */
  get devPackId(): string | undefined {
    return this.dev.current?.source.meta.id;
  }

  override list(progress: (packId: string, pack: SealedPack) => number = () => 0): PackSummary[] {
    const others = super.list(progress).filter((p) => p.id !== this.devPackId);
    const build = this.dev.current;
    if (!build) return others;
    const { meta } = build.source;
    const summary: PackSummary = {
      id: meta.id,
      title: `${meta.title} (dev build)`,
      author: meta.author,
      version: meta.version,
      description: meta.description,
      builtIn: false,
      progress: progress(meta.id, openPack(build.bytes)),
    };
    return [summary, ...others];
  }

  override open(packId: string): SealedPack {
    const build = this.dev.current;
    if (build && packId === build.source.meta.id) return openPack(build.bytes);
    return super.open(packId);
  }
}
