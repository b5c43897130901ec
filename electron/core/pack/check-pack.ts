// Checks a pack source for meaning: references, ids, reachability, cycles, ciphertexts, answers, clues, solvability.
import { canonicalFills, canonicalLinks, normaliseAnswer } from '../../shared/answers/normalise';
import type { Puzzle, WalkthroughStep } from '../../shared/pack/source-schema';
import { isUserError } from '../../shared/result';
import { packCipher } from './ciphers';
import { LIMITS } from './limits';
import { assetPathProblem, loadSource, type PackSource, type SourceVaultFile } from './load-source';
import { plainText } from './markdown';
import { sortProblems, type Problem } from './problems';
import { gateCycles, reachableGates, requirements, type Requirements } from './requirements';
import { problemAt, type YamlSource } from './yaml-source';

export interface CheckResult {
  problems: Problem[];
  /** The parsed source, when every file passed its schema. */
  source: PackSource | undefined;
}

/** Loads and checks a pack folder; never throws for problems inside the pack, only for a missing folder. */
export async function checkPack(dir: string): Promise<CheckResult> {
  const { source, problems } = await loadSource(dir);
  if (source) problems.push(...checkSource(source));
  return { problems: sortProblems(problems), source };
}

/** The ciphertext a puzzle shows: given literally, or made from its plaintext. Throws UserError on bad params. */
export function puzzleCiphertext(p: Puzzle): string {
  if (p.ciphertext !== undefined) return p.ciphertext;
  const cipher = packCipher(p.cipher);
  if (!cipher) throw new Error(`unknown cipher ${p.cipher}`);
  return cipher.encrypt(p.plaintext.trimEnd(), p.params);
}

const looseText = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A fill deduction's accepted answers as canonical strings, one per combination of accepted clue ids. */
export function fillCombinations(slots: Record<string, { answer: string | string[] }>): string[] {
  let combos: Record<string, string>[] = [{}];
  for (const [name, slot] of Object.entries(slots)) {
    const accepted = Array.isArray(slot.answer) ? slot.answer : [slot.answer];
    combos = combos.flatMap((c) => accepted.map((a) => ({ ...c, [name]: a })));
    if (combos.length > LIMITS.maxAnswerCombinations) break;
  }
  return combos.map((c) => canonicalFills(c));
}

export function checkSource(source: PackSource): Problem[] {
  const problems: Problem[] = [];
  const req = requirements(source);
  const { meta, metaSrc } = source;
  const push = (
    src: YamlSource | undefined,
    path: PropertyKey[],
    message: string,
    severity: Problem['severity'] = 'error',
  ) => {
    if (src) problems.push(problemAt(src, path, message, severity));
    else problems.push({ severity, file: 'pack.yaml', line: 1, col: 1, path: '', message });
  };

  // One id space for everything, so a reference is never ambiguous.
  const seen = new Map<string, string>();
  const claim = (id: string, what: string, src: YamlSource | undefined, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first)
      push(src, path, `The id "${id}" is already used by ${first}: give this ${what} a different id.`);
    else seen.set(id, `${what} in ${src?.file ?? 'pack.yaml'}`);
  };
  meta.chapters.forEach((c, i) => claim(c.id, 'chapter', metaSrc, ['chapters', i, 'id']));
  meta.linkTypes.forEach((l, i) => claim(l.id, 'link type', metaSrc, ['linkTypes', i, 'id']));
  source.scenes.forEach((s) => claim(s.front.id, 'scene', s.src, ['id']));
  source.files.forEach((f) => claim(f.front.id, 'file', f.src, ['id']));
  source.puzzles.items.forEach((p, i) => claim(p.id, 'puzzle', source.puzzles.src, ['puzzles', i, 'id']));
  source.clues.items.forEach((c, i) => claim(c.id, 'clue', source.clues.src, ['clues', i, 'id']));
  source.deductions.items.forEach((d, i) =>
    claim(d.id, 'deduction', source.deductions.src, ['deductions', i, 'id']),
  );

  const scenes = new Map(source.scenes.map((s) => [s.front.id, s]));
  const files = new Map(source.files.map((f) => [f.front.id, f]));
  const clues = new Map(source.clues.items.map((c) => [c.id, c]));
  const linkTypes = new Map(meta.linkTypes.map((l) => [l.id, l]));
  const puzzles = new Map(source.puzzles.items.map((p) => [p.id, p]));

  const checkChapter = (id: string, src: YamlSource | undefined, path: PropertyKey[]) => {
    if (!req.chapterIndex.has(id))
      push(src, path, `There is no chapter "${id}": use one of ${[...req.chapterIndex.keys()].join(', ')}.`);
  };
  const checkGates = (ids: string[], src: YamlSource | undefined, path: PropertyKey[]) => {
    ids.forEach((g, i) => {
      if (!req.gates.has(g))
        push(
          src,
          [...path, i],
          `There is no puzzle or deduction "${g}": fix the id or add it to puzzles.yaml or deductions.yaml.`,
        );
    });
  };

  // pack.yaml
  meta.chapters.forEach((c, i) => {
    for (const role of ['opening', 'closing'] as const) {
      if (!scenes.has(c[role]))
        push(
          metaSrc,
          ['chapters', i, role],
          `There is no scene "${c[role]}": create scenes/${c[role]}.md with "id: ${c[role]}" in its front matter.`,
        );
    }
    checkGates(c.completedBy, metaSrc, ['chapters', i, 'completedBy']);
  });
  const usedScenes = new Set(meta.chapters.flatMap((c) => [c.opening, c.closing]));
  for (const s of source.scenes) {
    if (!usedScenes.has(s.front.id))
      push(
        s.src,
        ['id'],
        `No chapter plays the scene "${s.front.id}": name it as a chapter's opening or closing in pack.yaml, or delete it.`,
        'warning',
      );
  }

  // Vault files
  for (const f of source.files) {
    const fm = f.front;
    checkChapter(fm.chapter, f.src, ['chapter']);
    if (fm.lockedBy !== undefined && !puzzles.has(fm.lockedBy))
      push(
        f.src,
        ['lockedBy'],
        `There is no puzzle "${fm.lockedBy}": fix the id or add the puzzle to puzzles.yaml.`,
      );
    checkGates(fm.after, f.src, ['after']);
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

  // Puzzles
  const puzzlesSrc = source.puzzles.src;
  source.puzzles.items.forEach((p, i) => {
    const at = (...path: PropertyKey[]) => ['puzzles', i, ...path];
    checkChapter(p.chapter, puzzlesSrc, at('chapter'));
    checkGates(p.after, puzzlesSrc, at('after'));
    const cipher = packCipher(p.cipher);
    if (!cipher) {
      push(
        puzzlesSrc,
        at('cipher'),
        `There is no cipher "${p.cipher}": use a cipher id from docs/pack-format.md, such as caesar or vigenere.`,
      );
    } else {
      let paramsOk = true;
      try {
        cipher.validate(p.params);
      } catch (e) {
        if (!isUserError(e)) throw e;
        paramsOk = false;
        push(puzzlesSrc, at('params'), `The parameters of ${p.cipher} are wrong: ${e.message} Fix "params".`);
      }
      if (paramsOk) {
        try {
          const plain = p.plaintext.trimEnd();
          if (p.ciphertext !== undefined) {
            const decrypted = cipher.decrypt(p.ciphertext, p.params).trimEnd();
            if (decrypted !== plain && looseText(decrypted) !== looseText(plain))
              push(
                puzzlesSrc,
                at('ciphertext'),
                `The ciphertext does not decrypt to the plaintext with ${p.cipher} and these params (it gives "${collapse(decrypted).slice(0, 40)}"): fix the ciphertext, the params or the plaintext, or drop "ciphertext" to let the build encrypt the plaintext.`,
              );
          } else {
            const back = cipher.decrypt(cipher.encrypt(plain, p.params), p.params).trimEnd();
            if (looseText(back) !== looseText(plain))
              push(
                puzzlesSrc,
                at('plaintext'),
                `The plaintext does not survive ${p.cipher} encryption and decryption (it comes back as "${collapse(back).slice(0, 40)}"): use only characters this cipher keeps.`,
              );
          }
        } catch (e) {
          if (!isUserError(e)) throw e;
          push(
            puzzlesSrc,
            at(p.ciphertext !== undefined ? 'ciphertext' : 'plaintext'),
            `${p.cipher} cannot handle this text: ${e.message}`,
          );
        }
      }
    }
    if (p.teach && !packCipher(p.teach.tool))
      push(
        puzzlesSrc,
        at('teach', 'tool'),
        `There is no workbench tool "${p.teach.tool}": use a cipher id such as ${p.cipher}.`,
      );
    const accepted = new Set<string>();
    p.answers.forEach((a, j) => {
      const n = normaliseAnswer(a, { keepSpaces: p.keepSpaces });
      if (n === '')
        push(
          puzzlesSrc,
          at('answers', j),
          `The answer "${a}" has no letters or digits once normalised, so nobody can type it: use letters or digits.`,
        );
      accepted.add(n);
    });
    p.keepGoing.forEach((k, j) => {
      const n = normaliseAnswer(k.answer, { keepSpaces: p.keepSpaces });
      if (n === '')
        push(
          puzzlesSrc,
          at('keepGoing', j, 'answer'),
          `The near miss "${k.answer}" has no letters or digits once normalised: use letters or digits.`,
        );
      else if (accepted.has(n))
        push(
          puzzlesSrc,
          at('keepGoing', j, 'answer'),
          `The near miss "${k.answer}" is also an accepted answer once normalised: remove it from keepGoing or from answers.`,
        );
    });
  });

  // Clues
  const cluesSrc = source.clues.src;
  source.clues.items.forEach((c, i) => {
    const file = files.get(c.source.file);
    if (!file) {
      push(
        cluesSrc,
        ['clues', i, 'source', 'file'],
        `There is no vault file "${c.source.file}": fix the id or add the file under files/.`,
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

  // Cycles first: later checks must not blame their symptoms on something else.
  const cycles = gateCycles(req);
  for (const cycle of cycles) {
    const first = cycle[0]!;
    const at = gateLocation(source, first);
    if (cycle.length === 1) {
      push(
        at.src,
        at.path,
        `"${first}" waits for itself, so it can never open: its chapter opens only after it is solved, or it lists itself in "after". Move it to an earlier chapter's completedBy, or fix its chapter or "after".`,
      );
      continue;
    }
    push(
      at.src,
      at.path,
      `These gates wait for each other, so none can ever open: ${[...cycle, first].join(' -> ')}. Remove one of them from another's "after" (or move a completedBy gate to its own chapter).`,
    );
  }

  // Deductions
  const deductionsSrc = source.deductions.src;
  source.deductions.items.forEach((d, i) => {
    const at = (...path: PropertyKey[]) => ['deductions', i, ...path];
    checkChapter(d.chapter, deductionsSrc, at('chapter'));
    checkGates(d.after, deductionsSrc, at('after'));
    const before = req.closure(req.gateReq(d.id));
    const inCycle = cycles.some((c) => c.includes(d.id));
    // Unknown gates are reported as broken references already; do not repeat them here.
    const notYet = (clueId: string): string[] => {
      const c = clues.get(clueId);
      const f = c && files.get(c.source.file);
      return !f || inCycle ? [] : req.bodyReq(f).filter((g) => req.gates.has(g) && !before.has(g));
    };
    const checkClue = (clueId: string, path: PropertyKey[], kind?: string) => {
      const c = clues.get(clueId);
      if (!c) {
        push(deductionsSrc, path, `There is no clue "${clueId}": fix the id or add the card to clues.yaml.`);
        return;
      }
      if (kind && c.kind !== kind)
        push(
          deductionsSrc,
          path,
          `The clue "${clueId}" is a ${c.kind} card, but this slot takes a ${kind}: change the slot kind or the answer.`,
        );
      const missing = notYet(clueId);
      if (missing.length > 0) {
        push(
          deductionsSrc,
          path,
          `The clue "${clueId}" may not be on the board when "${d.id}" opens, because it needs ${missing.map((g) => `"${g}"`).join(', ')} solved first: add ${missing.length > 1 ? 'them' : 'it'} to the deduction's "after" list.`,
        );
      }
    };
    if (d.kind === 'fill') {
      const names = [...d.sentence.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!);
      for (const n of names)
        if (!(n in d.slots))
          push(
            deductionsSrc,
            at('sentence'),
            `The sentence uses {${n}} but "slots" has no "${n}": add the slot or fix the name.`,
          );
      for (const n of Object.keys(d.slots))
        if (!names.includes(n))
          push(
            deductionsSrc,
            at('slots', n),
            `The slot "${n}" does not appear in the sentence: write {${n}} in the sentence or remove the slot.`,
          );
      if (Object.keys(d.slots).length < 3)
        push(
          deductionsSrc,
          at('slots'),
          'A fill deduction needs at least three slots, so single guesses teach nothing: add slots.',
        );
      for (const [name, slot] of Object.entries(d.slots)) {
        const ids = Array.isArray(slot.answer) ? slot.answer : [slot.answer];
        ids.forEach((id, j) =>
          checkClue(
            id,
            Array.isArray(slot.answer) ? at('slots', name, 'answer', j) : at('slots', name, 'answer'),
            slot.kind,
          ),
        );
      }
      if (fillCombinations(d.slots).length > LIMITS.maxAnswerCombinations)
        push(
          deductionsSrc,
          at('slots'),
          `The accepted clue ids combine into more than ${LIMITS.maxAnswerCombinations} answers: accept fewer alternatives per slot.`,
        );
    } else {
      d.links.forEach((l, j) => {
        checkClue(l.from, at('links', j, 'from'));
        checkClue(l.to, at('links', j, 'to'));
        if (!linkTypes.has(l.type))
          push(
            deductionsSrc,
            at('links', j, 'type'),
            `There is no link type "${l.type}": add it to linkTypes in pack.yaml or use one of ${[...linkTypes.keys()].join(', ') || '(none yet)'}.`,
          );
      });
    }
  });

  if (problems.some((p) => p.severity === 'error')) return problems;

  // Reachability
  const reached = reachableGates(req);
  for (const id of req.gates.keys()) {
    if (reached.has(id) || cycles.some((c) => c.includes(id))) continue;
    const at = gateLocation(source, id);
    const blockers = req.gateReq(id).filter((g) => !reached.has(g));
    push(
      at.src,
      at.path,
      `The player can never reach "${id}": it waits for ${blockers.map((g) => `"${g}"`).join(', ')}, which can never be solved. Fix its chapter or "after" list.`,
    );
  }
  meta.chapters.forEach((c, i) => {
    if (!req.chapterReq[i]!.every((g) => reached.has(g)))
      push(
        metaSrc,
        ['chapters', i, 'id'],
        `The chapter "${c.id}" can never open, because the chapters before it cannot all be completed: fix their completedBy gates.`,
      );
  });
  for (const f of source.files) {
    if (req.chapterIndex.has(f.front.chapter) && !req.bodyReq(f).every((g) => reached.has(g)))
      push(
        f.src,
        ['id'],
        `The file "${f.front.id}" can never be read, because it waits for a gate the player cannot solve: fix its chapter, lockedBy or after.`,
      );
  }
  for (const f of source.files) {
    const p = f.front.lockedBy;
    if (!p || !req.gates.has(p)) continue;
    const shown = req.closure(req.fileReq(f));
    const waits = req.gateReq(p).filter((g) => !shown.has(g));
    if (waits.length > 0)
      push(
        f.src,
        ['lockedBy'],
        `The file "${f.front.id}" appears before its puzzle "${p}" opens (that waits for ${waits.map((g) => `"${g}"`).join(', ')}), so the player sees ciphertext they cannot answer yet: give the file the same chapter and "after" as the puzzle.`,
        'warning',
      );
  }
  const lockedFor = new Map<string, SourceVaultFile[]>();
  for (const f of source.files)
    if (f.front.lockedBy) lockedFor.set(f.front.lockedBy, [...(lockedFor.get(f.front.lockedBy) ?? []), f]);
  source.puzzles.items.forEach((p, i) => {
    if (
      !lockedFor.has(p.id) &&
      !source.meta.chapters.some((c) => c.completedBy.includes(p.id)) &&
      !isAfterOfAnything(source, p.id)
    )
      push(
        puzzlesSrc,
        ['puzzles', i, 'id'],
        `Solving "${p.id}" unlocks nothing: lock a file with it (lockedBy: ${p.id}), list it in a chapter's completedBy or in an "after" list.`,
        'warning',
      );
  });

  // Solvability of keyed puzzles: the key must be readable somewhere before the puzzle.
  source.puzzles.items.forEach((p, i) => {
    const key = p.params['key'] ?? p.params['passphrase'];
    if (typeof key !== 'string' || key.trim() === '') return;
    const before = req.closure(req.gateReq(p.id));
    const readable = [
      ...source.files
        .filter((f) => req.bodyReq(f).every((g) => before.has(g)) && f.front.lockedBy !== p.id)
        .map((f) => f.body + ' ' + f.front.title),
      ...source.scenes
        .filter((s) =>
          meta.chapters.some((c, ci) =>
            (c.opening === s.front.id
              ? req.chapterReq[ci]!
              : c.closing === s.front.id
                ? req.chapterDone[ci]!
                : ['\u0000']
            ).every((g) => before.has(g)),
          ),
        )
        .map((s) => s.body),
      ...source.puzzles.items.filter((q) => before.has(q.id)).map((q) => q.plaintext),
    ];
    const needle = looseText(key);
    if (!readable.some((t) => looseText(t).includes(needle)))
      push(
        puzzlesSrc,
        ['puzzles', i, 'params'],
        `The key "${key}" of "${p.id}" appears nowhere the player can read before this puzzle: plant it in an earlier file or scene so it can be found, not guessed.`,
        'warning',
      );
  });

  // Answers must not be given away by the titles a player reads before solving.
  source.puzzles.items.forEach((p, i) => {
    const before = req.closure(req.gateReq(p.id));
    const titles: [string, string][] = [
      ['the pack title', meta.title],
      ['the pack description', meta.description],
      ...meta.chapters
        .filter((_c, ci) => req.chapterReq[ci]!.every((g) => before.has(g)))
        .flatMap((c): [string, string][] => [
          [`the title of chapter ${c.id}`, c.title],
          [`the summary of chapter ${c.id}`, c.summary],
        ]),
    ];
    const words = (t: string) => ` ${normaliseAnswer(t, { keepSpaces: true })} `;
    for (const a of p.answers) {
      const n = normaliseAnswer(a, { keepSpaces: true });
      if (n.length < 3) continue;
      const hit = titles.find(([, t]) => words(t).includes(` ${n} `));
      if (hit) {
        push(
          puzzlesSrc,
          ['puzzles', i, 'answers'],
          `The answer "${a}" of "${p.id}" is readable in ${hit[0]} before the puzzle is solved: reword that title or choose another answer.`,
          'warning',
        );
        break;
      }
    }
  });

  problems.push(...checkWalkthrough(source, req));
  return problems;
}

function isAfterOfAnything(source: PackSource, id: string): boolean {
  return (
    source.files.some((f) => f.front.after.includes(id)) ||
    source.puzzles.items.some((p) => p.after.includes(id)) ||
    source.deductions.items.some((d) => d.after.includes(id))
  );
}

function gateLocation(source: PackSource, id: string): { src: YamlSource | undefined; path: PropertyKey[] } {
  const pi = source.puzzles.items.findIndex((p) => p.id === id);
  if (pi >= 0) return { src: source.puzzles.src, path: ['puzzles', pi, 'id'] };
  const di = source.deductions.items.findIndex((d) => d.id === id);
  return { src: source.deductions.src, path: ['deductions', di, 'id'] };
}

const stepGate = (step: WalkthroughStep): string => ('solve' in step ? step.solve : step.deduce);

/** Replays the walkthrough on the source, as the checker's view of "the walkthrough reaches the end". */
function checkWalkthrough(source: PackSource, req: Requirements): Problem[] {
  const problems: Problem[] = [];
  const src = source.walkthrough.src;
  if (!src) return problems;
  const solved = new Set<string>();
  const files = new Map(source.files.map((f) => [f.front.id, f]));
  const clues = new Map(source.clues.items.map((c) => [c.id, c]));
  const symmetric = new Set(source.meta.linkTypes.filter((l) => l.symmetric).map((l) => l.id));
  const push = (path: PropertyKey[], message: string) => problems.push(problemAt(src, path, message));
  for (const [i, step] of source.walkthrough.items.entries()) {
    const id = stepGate(step);
    const gate = req.gates.get(id);
    const key = 'solve' in step ? 'solve' : 'deduce';
    if (!gate || (gate.kind === 'puzzle') !== 'solve' in step) {
      push(
        ['steps', i, key],
        `Step ${i + 1} names "${id}", which is not a ${key === 'solve' ? 'puzzle' : 'deduction'}: use "solve" for puzzles and "deduce" for deductions.`,
      );
      return problems;
    }
    const missing = req.gateReq(id).filter((g) => !solved.has(g));
    if (missing.length > 0) {
      push(
        ['steps', i, key],
        `Step ${i + 1} solves "${id}" before it is available (it still needs ${missing.map((g) => `"${g}"`).join(', ')}): move the step after the steps that solve them.`,
      );
      return problems;
    }
    let right: boolean;
    if ('answer' in step) {
      const p = gate.def as Puzzle;
      const n = normaliseAnswer(step.answer, { keepSpaces: p.keepSpaces });
      right = p.answers.some((a) => normaliseAnswer(a, { keepSpaces: p.keepSpaces }) === n);
    } else if (gate.kind === 'deduction' && 'fills' in step) {
      right =
        gate.def.kind === 'fill' && fillCombinations(gate.def.slots).includes(canonicalFills(step.fills));
    } else if (gate.kind === 'deduction' && 'links' in step) {
      right =
        gate.def.kind === 'links' &&
        canonicalLinks(gate.def.links, symmetric) === canonicalLinks(step.links, symmetric);
    } else right = false;
    if (!right) {
      push(
        ['steps', i, 'answer' in step ? 'answer' : 'fills' in step ? 'fills' : 'links'],
        `Step ${i + 1} gives an answer that "${id}" does not accept: copy an accepted answer into the walkthrough, or add this one to the ${'answer' in step ? "puzzle's answers" : 'deduction'}.`,
      );
      return problems;
    }
    solved.add(id);
    const expect = step.expect;
    if (expect) {
      const has = (ids: string[] | undefined, open: (id: string) => boolean | undefined, what: string) => {
        for (const e of ids ?? []) {
          if (!open(e)) {
            push(
              ['steps', i, 'expect'],
              `After step ${i + 1} the ${what} "${e}" is not available yet: fix "expect", or the ${what}'s chapter, lockedBy or after.`,
            );
          }
        }
      };
      const ok = (r: string[]) => r.every((g) => solved.has(g));
      has(expect.files, (f) => files.has(f) && ok(req.bodyReq(files.get(f)!)), 'file');
      has(
        expect.clues,
        (c) => {
          const f = files.get(clues.get(c)?.source.file ?? '');
          return f && ok(req.bodyReq(f));
        },
        'clue',
      );
      has(expect.puzzles, (p) => req.gates.get(p)?.kind === 'puzzle' && ok(req.gateReq(p)), 'puzzle');
      has(
        expect.deductions,
        (d) => req.gates.get(d)?.kind === 'deduction' && ok(req.gateReq(d)),
        'deduction',
      );
      has(
        expect.chapters,
        (c) => req.chapterIndex.has(c) && ok(req.chapterReq[req.chapterIndex.get(c)!]!),
        'chapter',
      );
    }
  }
  const last = req.chapterDone[req.chapterDone.length - 1] ?? [];
  const left = last.filter((g) => !solved.has(g));
  if (left.length > 0)
    push(
      ['steps', Math.max(0, source.walkthrough.items.length - 1)],
      `The walkthrough ends before the last chapter is completed: add steps that solve ${left.map((g) => `"${g}"`).join(', ')}.`,
    );
  return problems;
}
