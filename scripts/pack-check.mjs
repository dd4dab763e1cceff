// `npm run test:pack`: the packed package installs and runs in an empty folder, as the README tells users.
// npm pack → npm install <tarball> in a temporary folder → `kehoach --version` and a check of a bundled seed plan.
// Opt-in (not in `npm test`): it installs the dependencies from the registry (or npm's cache) and takes a minute.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const dir = mkdtempSync(join(tmpdir(), 'kehoach-pack-'));
let failed = false;
try {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const [{ filename }] = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', dir], root));
  const tarball = join(dir, filename);
  const app = join(dir, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), '{"name":"pack-check","private":true}\n');
  run(npm, ['install', '--no-audit', '--no-fund', tarball], app);
  const bin = join(app, 'node_modules', '.bin', 'kehoach');
  const shown = run(bin, ['--version'], app).trim();
  if (shown !== version) throw new Error(`kehoach --version printed "${shown}", expected ${version}`);
  writeFileSync(join(app, 'plan.txt'), readFileSync(join(root, 'fixtures', 'plans', 'seed002.txt')));
  let out;
  try {
    out = run(bin, ['check', 'plan.txt', '--format', 'json'], app);
  } catch (err) {
    // Exit 1 means findings at error level: still a successful run.
    if (err.status !== 1) throw err;
    out = err.stdout;
  }
  const report = JSON.parse(out);
  const files = report.files ?? report.results ?? [];
  if (!Array.isArray(files) || files.length !== 1 || files[0].error) throw new Error(`unexpected report: ${out.slice(0, 300)}`);
  console.log(`ok: ${filename} installs; kehoach ${shown}; checked plan.txt (${files[0].findings.length} findings)`);
} catch (err) {
  failed = true;
  console.error(`pack check failed: ${err.message}\n${err.stderr ?? ''}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
