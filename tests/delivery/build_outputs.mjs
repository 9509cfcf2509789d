// What the repository's own build commands produce, read from the build files themselves
// (not written down a second time), so the image checks can tell whether a path a
// Dockerfile copies out of a build stage is really made there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Every `add_executable(name ...)` in a CMakeLists.txt under root (build trees and
// node_modules skipped): [{ target, dir }] with dir relative to root ('' at the top).
function cmakeExecutables(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (!entry.isDirectory() || ['build', 'node_modules', '.git', 'dist', 'var'].includes(entry.name)) continue;
      walk(path.join(dir, entry.name));
    }
    const file = path.join(root, dir, 'CMakeLists.txt');
    if (!existsSync(file)) return;
    for (const m of readFileSync(file, 'utf8').matchAll(/^\s*add_executable\(\s*([\w.-]+)\s+(?!IMPORTED)/gm)) {
      found.push({ target: m[1], dir });
    }
  };
  walk('');
  return found;
}

// [{ path, madeBy(runText) }]: path relative to the repository root; madeBy says whether a
// RUN instruction's text is a command that produces it.
export function buildOutputs(root) {
  const outputs = [];
  const presets = JSON.parse(readFileSync(path.join(root, 'CMakePresets.json'), 'utf8'));
  const executables = cmakeExecutables(root);
  for (const preset of presets.configurePresets) {
    if (!preset.binaryDir) continue;
    const binaryDir = preset.binaryDir.replace('${sourceDir}/', '');
    for (const { target, dir } of executables) {
      outputs.push({
        path: path.posix.join(binaryDir, dir, target),
        madeBy: (run) => {
          if (!new RegExp(`cmake --build --preset ${preset.name}(\\s|$)`).test(run)) return false;
          const targets = [...run.matchAll(/--target\s+([\w.-]+)/g)].map((m) => m[1]);
          return targets.length === 0 || targets.includes(target);
        },
      });
    }
  }
  // The npm package's dist/ (wasm/package-dist.mjs's default folder) from `npm run build:wasm`.
  const packageDist = readFileSync(path.join(root, 'wasm/package-dist.mjs'), 'utf8');
  const distDefault = /BRIGHTPATH_DIST \?\? '([^']+)'/.exec(packageDist)?.[1] ?? 'dist';
  outputs.push({ path: distDefault, madeBy: (run) => /npm run build:wasm\b/.test(run) });
  // The web app's build: Vite writes build.outDir, `dist` unless web/vite.config.ts says otherwise.
  const viteConfig = path.join(root, 'web/vite.config.ts');
  if (existsSync(viteConfig)) {
    const outDir = /outDir:\s*['"]([^'"]+)['"]/.exec(readFileSync(viteConfig, 'utf8'))?.[1] ?? 'dist';
    outputs.push({ path: path.posix.join('web', outDir), madeBy: (run) => /npm --prefix web run build\b/.test(run) });
  }
  return outputs;
}
