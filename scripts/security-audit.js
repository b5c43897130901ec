// Runs Electronegativity over the Electron glue, offline (the Electron version is passed in), and fails on
// any finding that is not explained in tests/security/electronegativity-allowlist.json. It reads the SARIF
// report, which carries no severity, so every finding, of any severity, must be explained.
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

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(work, 'report.sarif');
const input = join(work, 'app');
let findings;
let notRun;
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
  try {
    execFileSync(
      join(root, 'node_modules/.bin/electronegativity'),
      ['-i', input, '-o', report, '-e', electronVersion, '-r'],
      { stdio: 'ignore', cwd: root },
    );
  } catch (error) {
    notRun = error.message;
  }
  const sarif = notRun ? { runs: [] } : JSON.parse(readFileSync(report, 'utf8'));
  findings = sarif.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const file = location?.artifactLocation?.uri ?? '(no file)';
      const line = location?.region?.startLine ?? 0;
      // The finding's own source line, for allowlist entries that name the code they explain.
      const source = line > 0 ? (readFileSync(join(input, file), 'utf8').split(/\r?\n/)[line - 1] ?? '') : '';
      return { check: result.ruleId, message: result.message?.text ?? '', file, line, source: source.trim() };
    }),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (notRun) {
  console.error(`security audit: Electronegativity did not finish (${notRun}); run "npm ci" and try again.`);
  process.exit(1);
}

let failures = 0;
for (const finding of findings) {
  const where = `${finding.file}:${finding.line}`;
  const allowed = allowlist.find(
    (entry) =>
      entry.check === finding.check &&
      (!entry.file || entry.file === finding.file) &&
      (!entry.sample || finding.source.includes(entry.sample)),
  );
  if (allowed) console.log(`allowed: ${finding.check} at ${where} (${allowed.why})`);
  else {
    failures += 1;
    console.error(
      `${finding.check} at ${where}: ${finding.message}${finding.source ? ` (${finding.source})` : ''}`,
    );
  }
}

if (failures > 0) {
  console.error(
    `security audit: ${failures} finding(s) are not explained in tests/security/electronegativity-allowlist.json: fix them, or add an entry saying why each is safe.`,
  );
  process.exit(1);
}
console.log(`security audit: ${findings.length} finding(s), all explained (Electron ${electronVersion}).`);
