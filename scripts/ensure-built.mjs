// One build per change: `npm install` (prepare), `npm start` and `npm test` run this; it builds
// (tsc, then the bundle) only when dist/ is missing or a build input changed since the last build,
// so `npm install && npm start` compiles once. `--stamp` only records the inputs after a build.
// The check hashes the inputs' contents (a few hundred KB), which takes milliseconds; times are
// not trusted, since a git checkout or a tarball sets them arbitrarily.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = path.join(root, 'dist', 'build-inputs.sha256');
const INPUTS = ['src', 'themes/builtin', 'seeds', 'scripts/bundle.mjs', 'tsconfig.json', 'package-lock.json'];

function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

function digestInputs() {
  const hash = createHash('sha256');
  hash.update(process.version);
  for (const file of INPUTS.flatMap(filesUnder)) hash.update(`${file.split(path.sep).join('/')}\n`).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

const built = existsSync(path.join(root, 'dist', 'cli', 'main.js')) && existsSync(STAMP);
if (process.argv.includes('--stamp')) {
  writeFileSync(STAMP, `${digestInputs()}\n`);
} else if (!existsSync(path.join(root, 'src'))) {
  // An installed package has no sources: what it ships is what runs.
} else if (!built || readFileSync(STAMP, 'utf8').trim() !== digestInputs()) {
  process.stderr.write('huibao: 尚未构建或源代码有改动，正在构建（npm run build）…\n');
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}
