// The pack engine: check and seal pack sources, open and play sealed .rpack files, verify and measure packs.
export { checkPack, type CheckOptions, type CheckResult } from './check-pack';
export { loadSource, type PackSource } from './load-source';
export { LIMITS } from './limits';
export { renderMarkdown, sanitiseHtml } from './markdown';
export { openPack, SealedPack } from './open-pack';
export { formatProblem, hasErrors, type Problem, type Severity } from './problems';
export { KDF_COSTS, RPACK_VERSION } from './rpack-format';
export { PackSecret, SECRET_FILE } from './pack-secret';
export { scaffold } from './scaffold';
export { buildPack, PackProblemsError, type BuildOptions, type BuildResult } from './seal-pack';
export { stats, type PackStats } from './pack-stats';
export { verify, replay, type VerifyOptions, type VerifyResult } from './verify-pack';
