// A small Dockerfile reader for the image checks: instructions (continuation lines joined,
// comments dropped) grouped into stages. Enough of the syntax for BrightPath's own
// Dockerfiles; what it does not know (heredocs) is refused rather than misread.

// Splits `text` into instructions: { keyword, args, line } with line 1-based.
export function readInstructions(text) {
  const lines = text.split(/\r?\n/);
  const out = [];
  let current = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    // Comments (and parser directives, which look like comments) end nothing: Docker drops
    // them even inside a continued instruction.
    if (trimmed.startsWith('#')) continue;
    if (current === null) {
      if (trimmed === '') continue;
      const m = /^(\S+)\s*(.*)$/.exec(trimmed);
      current = { keyword: m[1].toUpperCase(), args: '', line: i + 1 };
      if (/<<-?\s*['"]?\w+/.test(m[2]) && ['RUN', 'COPY'].includes(current.keyword)) {
        throw new Error(`line ${i + 1}: heredocs are not supported by this reader`);
      }
      appendPart(current, m[2]);
    } else {
      appendPart(current, trimmed);
    }
    if (!current.continues) {
      delete current.continues;
      current.args = current.args.trim();
      out.push(current);
      current = null;
    }
  }
  if (current !== null) throw new Error(`line ${current.line}: ${current.keyword} continues past the end of the file`);
  return out;
}

function appendPart(instr, part) {
  instr.continues = part.endsWith('\\');
  const body = instr.continues ? part.slice(0, -1) : part;
  instr.args += (instr.args && body ? ' ' : '') + body.trim();
}

// The instructions grouped by FROM: [{ index, name, image, from, instructions }]. `from` is
// the earlier stage `image` names, or null for an image from a registry.
export function readStages(text) {
  const stages = [];
  for (const instr of readInstructions(text)) {
    if (instr.keyword === 'FROM') {
      const words = instr.args.split(/\s+/).filter((w) => !w.startsWith('--'));
      const image = words[0];
      const name = words.length >= 3 && words[1].toLowerCase() === 'as' ? words[2] : null;
      const from = stages.find((s) => s.name !== null && s.name === image) ?? null;
      stages.push({ index: stages.length, name, image, from, line: instr.line, instructions: [] });
    } else if (stages.length === 0) {
      if (instr.keyword !== 'ARG') throw new Error(`line ${instr.line}: ${instr.keyword} before the first FROM`);
    } else {
      stages.at(-1).instructions.push(instr);
    }
  }
  if (stages.length === 0) throw new Error('no FROM instruction');
  return stages;
}

// COPY/ADD arguments: { flags: {from, chown, ...}, sources: [...], dest }.
export function readCopy(instr) {
  let words;
  const flags = {};
  let rest = instr.args;
  while (rest.startsWith('--')) {
    const m = /^--([a-z-]+)(?:=(\S*))?\s*(.*)$/.exec(rest);
    flags[m[1]] = m[2] ?? true;
    rest = m[3];
  }
  if (rest.startsWith('[')) words = JSON.parse(rest);
  else words = rest.split(/\s+/).filter(Boolean);
  if (words.length < 2) throw new Error(`line ${instr.line}: ${instr.keyword} needs a source and a destination`);
  return { flags, sources: words.slice(0, -1), dest: words.at(-1) };
}

// The packages an apt-get/apk install in a RUN names (options and shell words dropped).
export function installedPackages(runArgs) {
  const packages = [];
  for (const command of runArgs.split(/&&|;|\|\|/)) {
    const words = command.trim().split(/\s+/).filter((w) => !/^[A-Z_]+=/.test(w));
    const at = words.findIndex((w, i) => (w === 'install' && /apt(-get)?$/.test(words[i - 1] ?? '')) ||
                                         (w === 'add' && words[i - 1] === 'apk'));
    if (at < 0) continue;
    for (const w of words.slice(at + 1)) if (!w.startsWith('-')) packages.push(w.replace(/[=:].*$/, ''));
  }
  return packages;
}
