// The unlock map of a pack source: chapters, gates, files and clues, what opens what, and the checker's
// problems pinned to the node whose definition they point at.
import type { GraphEdge, GraphNode, GraphNodeKind, UnlockGraph } from '@shared/dev-types';
import type { PackSource } from '../pack/load-source';
import type { Problem } from '../pack/problems';
import { locate, type YamlSource } from '../pack/yaml-source';

const keyOf = (kind: GraphNodeKind, id: string): string => `${kind}:${id}`;
const looseText = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

export function unlockGraph(source: PackSource, problems: readonly Problem[] = []): UnlockGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const gateKind = new Map<string, GraphNodeKind>();
  const at = (src: YamlSource | undefined, path: PropertyKey[]): { file: string; line: number } => ({
    file: src?.file ?? 'pack.yaml',
    line: src ? locate(src, path).line : 1,
  });
  const add = (
    kind: GraphNodeKind,
    id: string,
    label: string,
    chapter: string,
    where: { file: string; line: number },
  ) => nodes.push({ key: keyOf(kind, id), id, kind, label, chapter, ...where, problems: [] });

  source.meta.chapters.forEach((c, i) =>
    add('chapter', c.id, c.title, c.id, at(source.metaSrc, ['chapters', i, 'id'])),
  );
  source.puzzles.items.forEach((p, i) => {
    gateKind.set(p.id, 'puzzle');
    add('puzzle', p.id, p.title, p.chapter, at(source.puzzles.src, ['puzzles', i, 'id']));
  });
  source.deductions.items.forEach((d, i) => {
    gateKind.set(d.id, 'deduction');
    add('deduction', d.id, d.title, d.chapter, at(source.deductions.src, ['deductions', i, 'id']));
  });
  for (const f of source.files) add('file', f.front.id, f.front.title, f.front.chapter, at(f.src, ['id']));
  source.clues.items.forEach((c, i) => {
    const file = source.files.find((f) => f.front.id === c.source.file);
    add('clue', c.id, c.title, file?.front.chapter ?? '', at(source.clues.src, ['clues', i, 'id']));
  });

  const known = new Set(nodes.map((n) => n.key));
  const link = (from: string, to: string, kind: GraphEdge['kind']) => {
    if (known.has(from) && known.has(to)) edges.push({ from, to, kind });
  };
  const gateKey = (id: string): string => keyOf(gateKind.get(id) ?? 'puzzle', id);

  // Completing chapter i opens chapter i + 1, so the map reads left to right without loops.
  const chapters = source.meta.chapters;
  const last = chapters.at(-1);
  if (last) {
    nodes.push({
      key: keyOf('end', 'pack'),
      id: 'pack',
      kind: 'end',
      label: 'The end of the pack',
      chapter: last.id,
      ...at(source.metaSrc, ['chapters', chapters.length - 1, 'completedBy']),
      problems: [],
    });
    known.add(keyOf('end', 'pack'));
  }
  chapters.forEach((c, i) => {
    const next = chapters[i + 1];
    for (const g of c.completedBy)
      if (next) link(gateKey(g), keyOf('chapter', next.id), 'opens');
      else link(gateKey(g), keyOf('end', 'pack'), 'completes');
  });
  for (const p of source.puzzles.items) {
    link(keyOf('chapter', p.chapter), keyOf('puzzle', p.id), 'opens');
    for (const a of p.after) link(gateKey(a), keyOf('puzzle', p.id), 'after');
  }
  for (const d of source.deductions.items) {
    link(keyOf('chapter', d.chapter), keyOf('deduction', d.id), 'opens');
    for (const a of d.after) link(gateKey(a), keyOf('deduction', d.id), 'after');
  }
  for (const f of source.files) {
    const file = keyOf('file', f.front.id);
    link(keyOf('chapter', f.front.chapter), file, 'opens');
    for (const a of f.front.after) link(gateKey(a), file, 'after');
    if (f.front.lockedBy) link(keyOf('puzzle', f.front.lockedBy), file, 'unlocks');
  }
  for (const c of source.clues.items) link(keyOf('file', c.source.file), keyOf('clue', c.id), 'plants');
  // A keyed puzzle's key is planted wherever the player can read it: the files whose text holds it.
  for (const p of source.puzzles.items) {
    const key = p.params['key'] ?? p.params['passphrase'];
    if (typeof key !== 'string' || looseText(key) === '') continue;
    for (const f of source.files)
      if (f.front.lockedBy !== p.id && looseText(`${f.front.title} ${f.body}`).includes(looseText(key)))
        link(keyOf('file', f.front.id), keyOf('puzzle', p.id), 'key');
  }

  pinProblems(nodes, problems);
  return { packId: source.meta.id, title: source.meta.title, nodes, edges };
}

/** Gives each problem to the node defined last at or above its line in the same file. */
function pinProblems(nodes: GraphNode[], problems: readonly Problem[]): void {
  const byFile = new Map<string, GraphNode[]>();
  // The end node only points at the last chapter's completedBy; its problems belong to that chapter.
  for (const n of nodes) if (n.kind !== 'end') byFile.set(n.file, [...(byFile.get(n.file) ?? []), n]);
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line);
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    const owner =
      list.filter((n) => n.line <= Math.max(p.line, 1)).at(-1) ?? (list.length === 1 ? list[0] : undefined);
    owner?.problems.push({ severity: p.severity, message: p.message });
  }
}
