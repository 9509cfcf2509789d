// The rules every BrightPath Dockerfile must keep (docs/images-and-pipelines.md). Each
// returns problems as { check, line, message }; the fixtures under fixtures/ break one each.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildOutputs } from './build_outputs.mjs';
import { installedPackages, readCopy, readStages } from './dockerfile.mjs';

// A registry image with both a tag (what a person reads) and a digest (what is pulled).
const PINNED = /^[a-z0-9][a-z0-9._/-]*:[\w][\w.-]*@sha256:[0-9a-f]{64}$/;
// What a runtime stage must not install: compilers and build systems.
const COMPILER = /^(gcc|g\+\+|cpp|clang|clang\+\+|cmake|make|build-essential|emscripten|emsdk|binutils|libc6-dev)(-[\d.]+)?$/;
const ROOT_USERS = new Set(['root', '0', 'root:root', '0:0', 'root:0', '0:root']);

// .dockerignore patterns as a predicate on a path relative to the context (the repository).
export function dockerignore(root) {
  const file = path.join(root, '.dockerignore');
  const rules = (existsSync(file) ? readFileSync(file, 'utf8') : '').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = (negate ? l.slice(1) : l).replace(/^\/+|\/+$/g, '');
      const re = pattern.split('/').map((part) => part === '**' ? '.*'
        : part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('/');
      return { negate, re: new RegExp(`^${re.replace(/\.\*\//g, '(?:.*/)?')}$`) };
    });
  return (rel) => {
    // A path is excluded when it or one of its parent folders matches (the last rule wins).
    const parts = rel.split('/');
    let excluded = false;
    for (let n = 1; n <= parts.length; n++) {
      const prefix = parts.slice(0, n).join('/');
      for (const r of rules) if (r.re.test(prefix)) excluded = !r.negate;
    }
    return excluded;
  };
}

export function checkDockerfile(text, { root }) {
  const problems = [];
  const problem = (check, line, message) => problems.push({ check, line, message });
  const stages = readStages(text);
  const ignored = dockerignore(root);
  const outputs = buildOutputs(root);

  for (const stage of stages) {
    if (stage.from === null && !PINNED.test(stage.image)) {
      problem('pinned', stage.line, `FROM ${stage.image}: not pinned by tag and digest (image:tag@sha256:<64 hex>)`);
    }
    let workdir = '/';
    for (const instr of stage.instructions) {
      if (instr.keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, instr.args);
      if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') continue;
      const copy = readCopy(instr);
      if (copy.flags.from === undefined) {
        for (const source of copy.sources) {
          const rel = path.posix.normalize(source).replace(/^\.\/?|\/$/g, '');
          if (/^[a-z]+:\/\//.test(source)) {
            problem('copy-source', instr.line, `${instr.keyword} ${source}: downloads at build time; copy a file of the repository instead`);
          } else if (rel === '' || rel === '.') {
            continue;  // the whole context
          } else if (!existsSync(path.join(root, rel))) {
            problem('copy-source', instr.line, `${instr.keyword} ${source}: no such file or folder in the repository`);
          } else if (ignored(rel)) {
            problem('copy-source', instr.line, `${instr.keyword} ${source}: excluded from the build context by .dockerignore`);
          }
        }
        continue;
      }
      const from = stages.find((s) => s.index < stage.index && (s.name === copy.flags.from || String(s.index) === copy.flags.from));
      if (!from) {
        problem('copy-from-stage', instr.line, `COPY --from=${copy.flags.from}: not an earlier stage of this file`);
        continue;
      }
      for (const source of copy.sources) checkMadeInStage(from, source, instr, outputs, problem);
    }
  }

  // The last stage is what runs.
  const final = stages.at(-1);
  const users = final.instructions.filter((i) => i.keyword === 'USER');
  if (users.length === 0) problem('user', final.line, 'the final stage sets no USER: it would run as root');
  else if (ROOT_USERS.has(users.at(-1).args)) problem('user', users.at(-1).line, `USER ${users.at(-1).args}: the final stage runs as root`);
  const health = final.instructions.filter((i) => i.keyword === 'HEALTHCHECK').at(-1);
  if (!health || /^NONE\b/i.test(health.args)) problem('healthcheck', health?.line ?? final.line, 'the final stage has no HEALTHCHECK');
  for (let stage = final; stage; stage = stage.from) {
    for (const instr of stage.instructions.filter((i) => i.keyword === 'RUN')) {
      for (const pkg of installedPackages(instr.args).filter((p) => COMPILER.test(p))) {
        problem('no-compiler', instr.line, `the runtime stage installs ${pkg}: compilers and build tools belong in a build stage`);
      }
    }
  }
  return problems;
}

// A path copied out of an earlier stage must be something that stage made: a build output
// of the repository's own commands, run in that stage from its source folder.
function checkMadeInStage(stage, source, instr, outputs, problem) {
  let workdir = '/';
  const runs = [];
  for (const i of stage.instructions) {
    if (i.keyword === 'WORKDIR') workdir = path.posix.resolve(workdir, i.args);
    if (i.keyword === 'RUN') runs.push({ workdir, text: i.args });
  }
  const made = runs.some((run) => {
    if (!source.startsWith(`${run.workdir}/`)) return false;
    const rel = source.slice(run.workdir.length + 1).replace(/\/$/, '');
    return outputs.some((o) => (rel === o.path || rel.startsWith(`${o.path}/`)) && o.madeBy(run.text));
  });
  if (!made) {
    problem('copy-from-stage', instr.line,
      `COPY --from=${stage.name ?? stage.index} ${source}: no RUN of that stage builds it (known outputs: ${outputs.map((o) => o.path).join(', ')})`);
  }
}
