// The `resonance cipher` command group: encrypt, decrypt, list and analyse with the game's ciphers.
import { isUserError } from '@shared/result';
import { CIPHER_IDS, findCipher, listCiphers, type Cipher, type ParamSpec } from '@shared/ciphers/index';
import { analyze, ENGLISH_IC, RANDOM_IC, type Analysis } from '@shared/analysis/index';
import { EXIT, line, readAll, type CliIo } from './io';

const USAGE = `Usage: resonance cipher <command> [options]

Commands:
  encrypt <id> [--<param> <value>]...  encrypt standard input and print the result
  decrypt <id> [--<param> <value>]...  decrypt standard input and print the result
  list [--json]                        describe every cipher and its parameters
  analyze [--json]                     analyse standard input: letter frequencies, index of
                                       coincidence, Caesar shifts, key lengths, likely encodings
  <command> --help                     show help for one command (encrypt <id> --help for a cipher)

One trailing line break is removed from standard input; the result is printed with one line break.

Examples:
  echo "ATTACK AT DAWN" | npx resonance cipher encrypt vigenere --key LEMON
  echo "LXFOPV EF RNHR" | npx resonance cipher decrypt vigenere --key LEMON
  echo "U2FsdGVkX1..." | npx resonance cipher decrypt aes --passphrase "open sesame"`;

const idList = (): string => `Ciphers: ${CIPHER_IDS.join(', ')}.`;

function usage(io: CliIo, problem: string): number {
  line(io.stderr, `${problem}\n\n${USAGE}\n\n${idList()}`);
  return EXIT.usage;
}

/** Standard input without exactly one trailing line break, so `echo` and here-strings behave. */
async function readInput(io: CliIo): Promise<string> {
  const text = await readAll(io.stdin);
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

function describeParam(spec: ParamSpec): string {
  const kinds: Record<ParamSpec['type'], string> = {
    integer:
      spec.min !== undefined && spec.max !== undefined
        ? `a whole number from ${spec.min} to ${spec.max}`
        : spec.min !== undefined
          ? `a whole number, at least ${spec.min}`
          : 'a whole number',
    text: 'text',
    letters: 'letters',
    alphabet: '26 letters',
    select: `one of ${(spec.options ?? []).join(', ')}`,
  };
  const fallback = spec.default === '' ? 'required' : `default ${spec.default}`;
  const flag = `--${spec.key} <${spec.type}>`;
  return `${flag}  ${wrap(`${spec.label}: ${kinds[spec.type]} (${fallback}).${spec.help ? ` ${spec.help}` : ''}`, '        ', 100, 4 + flag.length + 2).trimStart()}`;
}

/** Wraps words to `width` columns; the first line starts `firstColumn` characters in. */
function wrap(text: string, indent: string, width = 100, firstColumn = indent.length): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const column = lines.length === 0 ? firstColumn : indent.length;
    if (current && column + current.length + 1 + word.length > width) {
      lines.push(indent + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(indent + current);
  return lines.join('\n');
}

function describeCipher(cipher: Cipher): string {
  const params =
    cipher.params.length === 0
      ? ['    (no parameters)']
      : cipher.params.map((spec) => `    ${describeParam(spec)}`);
  return [`${cipher.id}: ${cipher.name}`, wrap(cipher.description, '  '), ...params].join('\n');
}

function listCommand(args: string[], io: CliIo): number {
  if (args.includes('--help') || args.includes('-h')) {
    line(io.stdout, USAGE);
    return EXIT.ok;
  }
  const extra = args.filter((a) => a !== '--json');
  if (extra.length > 0) return usage(io, `"cipher list" takes only --json, not "${extra[0]}".`);
  if (args.includes('--json')) {
    const data = listCiphers().map(({ id, name, description, params }) => ({
      id,
      name,
      description,
      params,
    }));
    line(io.stdout, JSON.stringify(data, null, 2));
  } else {
    line(io.stdout, listCiphers().map(describeCipher).join('\n\n'));
  }
  return EXIT.ok;
}

const pct = (n: number): string => `${n.toFixed(1)}%`;

function analysisTable(result: Analysis): string {
  const out: string[] = [];
  const { frequencies: f } = result;
  out.push(`Characters: ${result.characters}   Letters: ${f.total}`);
  out.push(
    `Index of coincidence: ${result.indexOfCoincidence.toFixed(4)} (English ${ENGLISH_IC}, random ${RANDOM_IC.toFixed(4)})`,
  );
  out.push('', 'Likely encodings:');
  if (result.encodings.length === 0) out.push('  none found');
  for (const guess of result.encodings)
    out.push(`  ${guess.id.padEnd(8)} ${pct(guess.confidence * 100).padStart(6)}  ${guess.reason}`);
  out.push('', 'Letter  Count   Text  English');
  for (const row of f.letters)
    out.push(
      `  ${row.letter}    ${String(row.count).padStart(6)}  ${pct(row.percent).padStart(6)}  ${pct(row.english).padStart(6)}  ${'#'.repeat(Math.round(row.percent))}`,
    );
  out.push(`Chi-squared against English: ${f.chiSquared.toFixed(1)} (lower is more English-like)`);
  out.push('', 'Best Caesar shifts (shift, chi-squared, start of the text shifted back):');
  for (const c of result.caesar)
    out.push(
      `  ${String(c.shift).padStart(2)}  ${c.chiSquared.toFixed(1).padStart(9)}  ${c.preview.replace(/\s+/g, ' ')}`,
    );
  out.push('', 'Likely key lengths (length, score, spacings it divides, column IC):');
  for (const k of result.keyLengths)
    out.push(
      `  ${String(k.length).padStart(2)}  ${k.score.toFixed(3)}  ${pct(k.spacingShare * 100).padStart(6)}  ${k.columnIc.toFixed(4)}`,
    );
  out.push('', 'Repeated sequences (sequence, occurrences, spacings):');
  if (result.repeats.length === 0) out.push('  none');
  for (const r of result.repeats) out.push(`  ${r.sequence}  ${r.occurrences}  ${r.spacings.join(', ')}`);
  return out.join('\n');
}

async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const extra = args.filter((a) => a !== '--json');
  if (extra.length > 0) return usage(io, `"cipher analyze" takes only --json, not "${extra[0]}".`);
  const result = analyze(await readInput(io));
  line(io.stdout, args.includes('--json') ? JSON.stringify(result, null, 2) : analysisTable(result));
  return EXIT.ok;
}

type Parsed = { ok: true; params: Record<string, string>; help: boolean } | { ok: false; problem: string };

function parseOptions(cipher: Cipher, args: string[]): Parsed {
  const params: Record<string, string> = {};
  let help = false;
  const known = cipher.params.map((spec) => `--${spec.key}`).join(', ');
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--'))
      return { ok: false, problem: `Unexpected argument "${arg}"; give parameters as --name value.` };
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!cipher.params.some((spec) => spec.key === name))
      return {
        ok: false,
        problem: known
          ? `${cipher.name} has no parameter --${name}; its parameters are ${known}.`
          : `${cipher.name} takes no parameters, but --${name} was given.`,
      };
    if (name in params) return { ok: false, problem: `The option --${name} is given twice; give it once.` };
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      // The next word is always the value, so negative numbers and text starting with "-" work.
      value = args[i + 1];
      i++;
    }
    if (value === undefined) return { ok: false, problem: `The option --${name} needs a value.` };
    params[name] = value;
  }
  return { ok: true, params, help };
}

async function runCommand(direction: 'encrypt' | 'decrypt', args: string[], io: CliIo): Promise<number> {
  const [id, ...rest] = args;
  if (id === undefined || id === '--help' || id === '-h') {
    if (id === undefined) return usage(io, `"cipher ${direction}" needs a cipher id.`);
    line(io.stdout, `${USAGE}\n\n${idList()}`);
    return EXIT.ok;
  }
  const cipher = findCipher(id);
  if (!cipher) return usage(io, `Unknown cipher "${id}".`);
  const parsed = parseOptions(cipher, rest);
  if (!parsed.ok) return usage(io, parsed.problem);
  if (parsed.help) {
    line(io.stdout, describeCipher(cipher));
    return EXIT.ok;
  }
  const missing = cipher.params.find((spec) => spec.default === '' && parsed.params[spec.key] === undefined);
  if (missing) {
    line(io.stderr, `${cipher.name} needs a ${missing.label.toLowerCase()}: add --${missing.key} <value>.`);
    return EXIT.problem;
  }
  const input = await readInput(io);
  try {
    const output =
      direction === 'encrypt' ? cipher.encrypt(input, parsed.params) : cipher.decrypt(input, parsed.params);
    io.stdout.write(`${output}\n`);
    return EXIT.ok;
  } catch (error) {
    if (!isUserError(error)) throw error;
    line(io.stderr, error.message);
    return EXIT.problem;
  }
}

export async function cipherCommand(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'encrypt':
    case 'decrypt':
      return runCommand(command, rest, io);
    case 'list':
      return listCommand(rest, io);
    case 'analyze':
    case 'analyse':
      if (rest.includes('--help') || rest.includes('-h')) {
        line(io.stdout, USAGE);
        return EXIT.ok;
      }
      return analyzeCommand(rest, io);
    case '--help':
    case '-h':
    case 'help':
      line(io.stdout, `${USAGE}\n\n${idList()}`);
      return EXIT.ok;
    case undefined:
      return usage(io, 'The "cipher" command needs a command: encrypt, decrypt, list or analyze.');
    default:
      return usage(io, `Unknown cipher command "${command}".`);
  }
}
