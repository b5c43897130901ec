// Reads one YAML text defensively and maps field paths back to line and column for problem reports.
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import type { z } from 'zod';
import { closestName } from './checks/suggest';
import { LIMITS } from './limits';
import { formatPath, type Position, type Problem } from './problems';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface YamlSource {
  file: string;
  /** Added to every line number (front matter starts below the opening `---`). */
  lineOffset: number;
  doc: Document;
  counter: LineCounter;
  /** The text's lines, to explain indentation mistakes the parser only half sees. */
  lines?: string[];
}

/** Where a field path points in the source: the value, or for a missing field the nearest enclosing node. */
export function locate(src: YamlSource, path: readonly PropertyKey[], key?: string): Position {
  let node: unknown = src.doc.contents;
  let offset = rangeStart(node) ?? 0;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const seg = steps[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      // For a named key we point at the key itself; otherwise at the value.
      const isLastKey = key !== undefined && i === steps.length - 1;
      node = isLastKey ? pair.key : (pair.value ?? pair.key);
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
    } else break;
    offset = rangeStart(node) ?? offset;
  }
  const pos = src.counter.linePos(offset);
  return { line: pos.line + src.lineOffset, col: pos.col };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}

export function problemAt(
  src: YamlSource,
  path: readonly PropertyKey[],
  message: string,
  severity: Problem['severity'] = 'error',
  key?: string,
): Problem {
  const { line, col } = locate(src, path, key);
  return {
    severity,
    file: src.file,
    line,
    col,
    path: formatPath(key === undefined ? path : [...path, key]),
    message,
  };
}

/**
 * Parses YAML text into plain data, refusing alias bombs, deep nesting, duplicate keys and keys that
 * could reach object prototypes. Returns undefined data when the text cannot be used.
 */
export function readYaml(
  file: string,
  text: string,
  lineOffset = 0,
): { src: YamlSource; data: unknown; problems: Problem[] } {
  try {
    return readYamlUnguarded(file, text, lineOffset);
  } catch (e) {
    // Extreme nesting can exhaust the parser's stack before our own depth check runs.
    if (!(e instanceof RangeError)) throw e;
    const counter = new LineCounter();
    const doc = parseDocument('', { lineCounter: counter });
    const message = `This file is nested too deeply to read: keep lists and maps under ${LIMITS.maxYamlDepth} levels.`;
    return {
      src: { file, lineOffset, doc, counter },
      data: undefined,
      problems: [{ severity: 'error', file, line: 1 + lineOffset, col: 1, path: '', message }],
    };
  }
}

function readYamlUnguarded(
  file: string,
  text: string,
  lineOffset: number,
): { src: YamlSource; data: unknown; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
    version: '1.2',
  });
  const lines = text.split('\n');
  const src: YamlSource = { file, lineOffset, doc, counter, lines };
  const problems: Problem[] = [];
  const at = (offset: number, message: string): Problem => {
    const pos = counter.linePos(offset);
    return { severity: 'error', file, line: pos.line + lineOffset, col: pos.col, path: '', message };
  };
  // Only the first syntax error is reported: after one bad line the parser's view of the rest is off, so
  // later errors are usually echoes of the first.
  const err = doc.errors[0];
  if (err) {
    const detail = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const indentation =
      err.code === 'BAD_INDENT' ? badIndent(lines, counter.linePos(err.pos[0]).line) : undefined;
    if (indentation) {
      problems.push({
        severity: 'error',
        file,
        line: indentation.line + lineOffset,
        col: indentation.col,
        path: '',
        message: indentation.message,
      });
    } else {
      const message =
        err.code === 'DUPLICATE_KEY'
          ? 'You used the same key twice in one map: keep only one of them.'
          : /call stack/i.test(detail)
            ? `This is nested too deeply to read: keep lists and maps under ${LIMITS.maxYamlDepth} levels.`
            : `This is not valid YAML (${detail}): fix the syntax here, checking indentation, colons and quotes.`;
      problems.push(at(err.pos[0], message));
    }
  }
  if (problems.length > 0) return { src, data: undefined, problems };

  let aliases = 0;
  visit(doc, {
    Pair(_key, pair, path) {
      if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push(
          at(
            rangeStart(pair.key) ?? 0,
            `The key "${String(pair.key.value)}" is not allowed in a pack: rename or remove it.`,
          ),
        );
      }
      if (isScalar(pair.key) === false && pair.key !== null) {
        problems.push(
          at(rangeStart(pair.key) ?? 0, 'Use plain text keys only: replace this complex key by a word.'),
        );
      }
      if (path.filter((n) => isCollection(n)).length > LIMITS.maxYamlDepth) {
        problems.push(
          at(
            rangeStart(pair.key) ?? 0,
            `This is nested more than ${LIMITS.maxYamlDepth} levels deep: flatten the structure.`,
          ),
        );
        return visit.BREAK;
      }
      return undefined;
    },
    Seq(_key, _node, path) {
      if (path.filter((n) => isCollection(n)).length >= LIMITS.maxYamlDepth) {
        problems.push(
          at(
            rangeStart(_node) ?? 0,
            `This is nested more than ${LIMITS.maxYamlDepth} levels deep: flatten the structure.`,
          ),
        );
        return visit.BREAK;
      }
      return undefined;
    },
    Alias(_key, node: Node) {
      aliases++;
      if (isAlias(node) && aliases === LIMITS.maxAliasCount + 1) {
        problems.push(
          at(
            rangeStart(node) ?? 0,
            `This file uses more than ${LIMITS.maxAliasCount} YAML aliases (*name): write the values out instead.`,
          ),
        );
      }
    },
  });
  if (problems.length > 0) return { src, data: undefined, problems };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
    return { src, data, problems };
  } catch {
    // yaml throws when alias expansion grows beyond maxAliasCount (the "billion laughs" pattern).
    problems.push({
      severity: 'error',
      file,
      line: 1 + lineOffset,
      col: 1,
      path: '',
      message:
        'This file expands YAML aliases too many times: write the values out instead of using *aliases.',
    });
    return { src, data: undefined, problems };
  }
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean => line.trim() !== '' && !line.trim().startsWith('#');

/**
 * Explains a key that does not line up with its neighbours. The parser reports it at the start of the line
 * (and again on the lines after it); the author needs the key, and the key it should line up with.
 */
function badIndent(
  lines: readonly string[],
  reported: number,
): { line: number; col: number; message: string } | undefined {
  // The parser may report the line after the culprit; the culprit is the first line out of step with the one above.
  for (const n of [reported, reported - 1, reported + 1]) {
    const line = lines[n - 1];
    // A new list item may start left of the keys above it; that is the normal shape of a list.
    if (line === undefined || n < 2 || !isContent(line) || /^\s*-\s/.test(line)) continue;
    let m = n - 1;
    while (m >= 1 && !isContent(lines[m - 1]!)) m--;
    if (m < 1) continue;
    const above = lines[m - 1]!;
    const indent = indentOf(line);
    // A key after "- " starts two columns further in than the dash.
    const aboveIndent =
      indentOf(above) +
      (/^\s*-\s/.test(above) ? above.trimStart().indexOf(above.trimStart().replace(/^-\s+/, '')) : 0);
    const key = /^\s*(?:-\s+)?([^\s:#][^:#]*):/.exec(line)?.[1]?.trim();
    const aboveKey = /^\s*(?:-\s+)?([^\s:#][^:#]*):/.exec(above)?.[1]?.trim();
    if (key === undefined || aboveKey === undefined || indent === aboveIndent) continue;
    const direction = indent < aboveIndent ? 'less' : 'more';
    return {
      line: n,
      col: indent + 1,
      message: `The key "${key}" is indented ${direction} than "${aboveKey}" on the line above (column ${indent + 1} instead of ${aboveIndent + 1}), so YAML cannot tell which map it belongs to: line it up with the other keys of its map.`,
    };
  }
  return undefined;
}

/** Validates data against a schema and turns every issue into a located, second-person problem. */
export function validate<S extends z.ZodType>(
  src: YamlSource,
  data: unknown,
  schema: S,
): { value: z.output<S> | undefined; problems: Problem[] } {
  const result = schema.safeParse(data ?? {});
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  // A misspelt field is both unknown and missing: say it once, as the misspelling.
  const misspelt = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldsAt(schema, issue.path as PropertyKey[]);
    for (const k of issue.keys) {
      const fix = closestName(k, known);
      if (fix !== undefined) misspelt.add(formatPath([...(issue.path as PropertyKey[]), fix]));
    }
  }
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'invalid_type' && getAt(data, path) === undefined && misspelt.has(formatPath(path)))
      continue;
    problems.push(issueToProblem(src, issue, data, schema));
  }
  return { value: undefined, problems };
}

/** What a zod schema node is made of, for the few kinds pack schemas use. */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The field names a schema allows for the object at `path` (every option's fields, for a union). */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let nodes: z.ZodType[] = [schema];
  const unwrap = (list: z.ZodType[]): z.ZodType[] =>
    list.flatMap((n) => {
      const def = defOf(n);
      if (def.innerType) return unwrap([def.innerType]);
      if (def.type === 'pipe' && def.in) return unwrap([def.in]);
      if (def.type === 'union' && def.options) return unwrap(def.options);
      return [n];
    });
  for (const seg of path) {
    nodes = unwrap(nodes).flatMap((n) => {
      const def = defOf(n);
      if (def.type === 'object' && typeof seg === 'string' && def.shape?.[seg]) return [def.shape[seg]];
      if (def.type === 'array' && typeof seg === 'number' && def.element) return [def.element];
      if (def.type === 'record' && def.valueType) return [def.valueType];
      return [];
    });
  }
  return [...new Set(unwrap(nodes).flatMap((n) => Object.keys(defOf(n).shape ?? {})))];
}

/**
 * A field swallowed by a block scalar above it: `prompt:` indented as far as the text of `plaintext: |` becomes
 * part of that text. Returns the line where the field was written, if that is what happened.
 */
function swallowedField(
  src: YamlSource,
  parent: readonly PropertyKey[],
  field: string,
): { line: number; col: number; holder: string } | undefined {
  const map = parent.length === 0 ? src.doc.contents : src.doc.getIn(parent, true);
  if (!src.lines || !isMap(map)) return undefined;
  for (const pair of map.items) {
    const value = pair.value;
    if (!isScalar(value) || (value.type !== 'BLOCK_LITERAL' && value.type !== 'BLOCK_FOLDED')) continue;
    const range = value.range;
    if (!range) continue;
    const first = src.counter.linePos(range[0]).line;
    const last = src.counter.linePos(Math.max(range[0], range[1] - 1)).line;
    for (let n = first + 1; n <= last; n++) {
      const line = src.lines[n - 1] ?? '';
      if (new RegExp(`^\\s*${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(line))
        return {
          line: n + src.lineOffset,
          col: line.length - line.trimStart().length + 1,
          holder: isScalar(pair.key) ? String(pair.key.value) : 'the text above',
        };
    }
  }
  return undefined;
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

/** Names the object holding a field: its path, and its id when it has one. */
function owner(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  for (let n = path.length; n > 0; n--) {
    const id = (getAt(data, path.slice(0, n)) as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') return `${formatPath(path)} (in ${id})`;
  }
  return formatPath(path);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

function issueToProblem(src: YamlSource, issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): Problem {
  const path = issue.path as PropertyKey[];
  const field = path.length ? `"${formatPath(path)}"` : 'This file';
  const last = path[path.length - 1];
  const name = typeof last === 'string' ? `"${last}"` : field;
  const value = getAt(data, path);
  let message: string;
  let key: string | undefined;
  switch (issue.code) {
    case 'invalid_type': {
      const swallowed =
        value === undefined && typeof last === 'string'
          ? swallowedField(src, path.slice(0, -1), last)
          : undefined;
      if (swallowed)
        return {
          severity: 'error',
          file: src.file,
          line: swallowed.line,
          col: swallowed.col,
          path: formatPath(path),
          message: `"${last as string}" is indented as far as the text of "${swallowed.holder}" above it, so YAML reads it as part of that text: move "${last as string}" left to line up with "${swallowed.holder}".`,
        };
      message =
        value === undefined
          ? `You must add the required field ${name} to ${owner(data, path.slice(0, -1))}.`
          : `${field} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, but you wrote ${describe(value)}: change it.`;
      break;
    }
    case 'unrecognized_keys': {
      key = issue.keys[0];
      const fix = issue.keys.length === 1 ? closestName(issue.keys[0]!, fieldsAt(schema, path)) : undefined;
      message =
        fix !== undefined
          ? `"${key}" is not a field here (did you mean "${fix}"?): fix the spelling.`
          : `${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length > 1 ? 'are not fields' : 'is not a field'} here: remove ${issue.keys.length > 1 ? 'them' : 'it'} or fix the spelling.`;
      break;
    }
    case 'invalid_value':
      message = `${field} must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map(String).join(', ')}`}, but you wrote ${describe(value)}: pick one of those.`;
      break;
    case 'too_small':
      message =
        issue.origin === 'string'
          ? `${field} must not be empty: write some text.`
          : issue.origin === 'array'
            ? `${field} needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}: add ${issue.minimum === 1 ? 'one' : 'more'}.`
            : `${field} must be at least ${String(issue.minimum)}: raise it.`;
      break;
    case 'too_big':
      message =
        issue.origin === 'string'
          ? `${field} is longer than ${String(issue.maximum)} characters: shorten it.`
          : `${field} must be at most ${String(issue.maximum)}: lower it.`;
      break;
    case 'invalid_format':
      message = `${field} ${issue.message.startsWith('must') ? issue.message : 'has the wrong format'}; you wrote ${describe(value)}: change it.`;
      break;
    case 'invalid_union':
      message =
        path[0] === 'steps'
          ? `${field} must be either "solve" with "answer", or "deduce" with "fills" or "links": rewrite this step.`
          : `${field} does not match any allowed form: check it against docs/pack-format.md.`;
      break;
    case 'invalid_key':
      message = `${field} has a key that is not allowed: use lowercase letters, digits and hyphens.`;
      break;
    default:
      message = `${field}: ${issue.message}. Check it against docs/pack-format.md.`;
  }
  return problemAt(src, path, message, 'error', key);
}
