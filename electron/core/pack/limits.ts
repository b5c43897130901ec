// Limits that keep hostile or runaway pack sources and sealed packs from exhausting memory or time.

export const LIMITS = {
  /** Largest YAML or Markdown file read from a pack source. */
  maxTextFileBytes: 1024 * 1024,
  /** Largest image under assets/. */
  maxAssetBytes: 8 * 1024 * 1024,
  /** Largest total size of a pack source folder, and of a sealed .rpack file. */
  maxPackBytes: 64 * 1024 * 1024,
  /** Most files and folders walked in a pack source, and most entries in a .rpack. */
  maxEntries: 5000,
  /** Deepest folder nesting under files/. */
  maxFolderDepth: 8,
  /** Deepest nesting of YAML maps and lists. */
  maxYamlDepth: 32,
  /** Most alias expansions allowed while reading one YAML document. */
  maxAliasCount: 50,
  /** Most combinations of accepted answers a fill deduction may have. */
  maxAnswerCombinations: 64,
} as const;
