// Runs Electronegativity over the Electron glue, offline (the Electron version is passed in), and fails on
// any HIGH or MEDIUM finding that is not explained in tests/security/electronegativity-allowlist.json.
// It reads the TypeScript sources of the main process and preload, the built preload and the built page:
// its JavaScript parser misreads the bundled main process (which carries the whole engine), and then its
// whole-app checks report navigation and permission handlers as missing when they are there.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const allowlist = JSON.parse(
  readFileSync(join(root, 'tests/security/electronegativity-allowlist.json'), 'utf8'),
);

for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
  if (!existsSync(join(root, built))) {
    console.error(`security audit: ${built} is missing; run "npm run build" first.`);
    process.exit(1);
  }
}

/** Splits one CSV line, honouring double-quoted fields. */
function csvFields(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(work, 'report.csv');
const input = join(work, 'app');
let rows;
try {
  for (const [from, to] of [
    ['electron/main', 'electron/main'],
    ['electron/preload', 'electron/preload'],
    ['out/preload/index.cjs', 'out/preload/index.cjs'],
    ['out/renderer/index.html', 'out/renderer/index.html'],
  ]) {
    mkdirSync(join(input, to, '..'), { recursive: true });
    cpSync(join(root, from), join(input, to), { recursive: true });
  }
  execFileSync(
    join(root, 'node_modules/.bin/electronegativity'),
    ['-i', input, '-o', report, '-e', electronVersion, '-r'],
    { stdio: 'ignore', cwd: root },
  );
  rows = readFileSync(report, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map(csvFields);
} finally {
  rmSync(work, { recursive: true, force: true });
}

let failures = 0;
let serious = 0;
for (const [check, severity, , file, location, sample] of rows) {
  if (severity !== 'HIGH' && severity !== 'MEDIUM') continue;
  serious += 1;
  const where = `${file}:${location}`;
  const allowed = allowlist.find(
    (entry) => entry.check === check && (!entry.sample || sample.includes(entry.sample)),
  );
  if (allowed) console.log(`allowed: ${severity} ${check} at ${where} (${allowed.why})`);
  else {
    failures += 1;
    console.error(`${severity} ${check} at ${where}: ${sample}`);
  }
}

if (failures > 0) {
  console.error(`security audit: ${failures} HIGH or MEDIUM finding(s) are not explained in the allowlist.`);
  process.exit(1);
}
console.log(
  `security audit: ${rows.length} finding(s), ${serious} HIGH/MEDIUM, all explained (Electron ${electronVersion}).`,
);
