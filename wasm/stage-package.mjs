// Assembles the folder npm packs and publishes (default build/npm-package, or the folder
// given as the argument): the files package.json's `files` names (dist/ from
// `npm run build:wasm`, the schema), the package's own README (wasm/package-readme.md) and
// the manifest without what only builds and tests the repository (`scripts`,
// `devDependencies`). Packed from the repository's root instead, the tarball would carry the
// repository's README, which describes the whole product and grows with it: npm ships a
// README whatever `files` says, and it counts against the package's 250 KB budget.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const stage = path.resolve(process.argv[2] ?? path.join(root, 'build/npm-package'));

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const repositoryOnly = ['scripts', 'devDependencies'];

// A folder this script wrote: its manifest is the package's, without the repository's keys.
function isEarlierStage(folder) {
  try {
    const staged = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
    return staged.name === manifest.name && repositoryOnly.every((key) => !(key in staged));
  } catch {
    return false;
  }
}

for (const key of repositoryOnly) delete manifest[key];

// Nothing stale from an older staging; a folder holding anything else is refused, not
// emptied (the argument could name the repository itself).
if (existsSync(stage) && readdirSync(stage).length > 0 && !isEarlierStage(stage)) {
  console.error(`${stage} is not empty and not an earlier staging of ${manifest.name}: refusing to replace it`);
  process.exit(1);
}
rmSync(stage, { recursive: true, force: true });
for (const file of manifest.files) {
  const from = path.join(root, file);
  if (!existsSync(from)) {
    console.error(`${file} is missing: run \`npm run build:wasm\` first`);
    process.exit(1);
  }
  mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
  copyFileSync(from, path.join(stage, file));
}
copyFileSync(path.join(root, 'wasm/package-readme.md'), path.join(stage, 'README.md'));
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
const shown = path.relative(root, stage);
console.log(`${shown.startsWith('..') ? stage : shown}/: package.json, README.md, ${manifest.files.join(', ')}`);
