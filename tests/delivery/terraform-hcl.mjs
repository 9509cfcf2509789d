// Reads a Terraform tree the way the policy checks need it: every .tf and .tfvars file parsed
// to JSON by @cdktf/hcl2json (offline, no providers), grouped by directory, with helpers to
// walk the values and to follow a `var.x` from a module's resource up to the environment's
// terraform.tfvars.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from '@cdktf/hcl2json';

const META_ARGUMENTS = new Set(['source', 'version', 'providers', 'count', 'for_each', 'depends_on']);

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.terraform') out.push(...(await listFiles(full)));
    } else if (entry.name.endsWith('.tf') || entry.name.endsWith('.tfvars')) {
      out.push(full);
    }
  }
  return out.sort();
}

// Blocks of one kind from every file of a directory, flattened to
// { file, type?, name, body } entries (hcl2json keeps each block as a one-element array).
function blocksOf(files, kind) {
  const out = [];
  for (const f of files) {
    const section = f.json[kind];
    if (!section) continue;
    if (kind === 'resource' || kind === 'data') {
      for (const [type, byName] of Object.entries(section)) {
        for (const [name, bodies] of Object.entries(byName)) {
          for (const body of bodies) out.push({ file: f.file, type, name, body });
        }
      }
    } else if (kind === 'locals' || kind === 'terraform') {
      for (const body of section) out.push({ file: f.file, name: kind, body });
    } else if (kind === 'provider') {
      for (const [name, bodies] of Object.entries(section)) {
        for (const body of bodies) out.push({ file: f.file, name, body });
      }
    } else {
      for (const [name, bodies] of Object.entries(section)) {
        for (const body of bodies) out.push({ file: f.file, name, body });
      }
    }
  }
  return out;
}

export class TerraformDir {
  constructor(dir, files, tvars) {
    this.dir = dir;
    this.files = files; // [{ file, text, json }] of the .tf files
    this.tfvarsFiles = tvars; // [{ file, text, json }]
    this.resources = blocksOf(files, 'resource');
    this.data = blocksOf(files, 'data');
    this.variables = new Map(blocksOf(files, 'variable').map((v) => [v.name, v]));
    this.outputs = new Map(blocksOf(files, 'output').map((o) => [o.name, o]));
    this.modules = blocksOf(files, 'module');
    this.providers = blocksOf(files, 'provider');
    this.locals = Object.assign({}, ...blocksOf(files, 'locals').map((l) => l.body));
    this.tfvars = Object.assign({}, ...tvars.map((t) => t.json));
  }
}

// Every directory under root that holds .tf or .tfvars files, by path relative to root.
export async function loadTree(root) {
  const byDir = new Map();
  for (const file of await listFiles(root)) {
    const text = await readFile(file, 'utf8');
    let json;
    try {
      json = await parse(path.basename(file), text);
    } catch (e) {
      throw new Error(`${path.relative(root, file)}: does not parse: ${e.message}`);
    }
    const dir = path.dirname(file);
    if (!byDir.has(dir)) byDir.set(dir, { tf: [], tfvars: [] });
    const rel = path.relative(root, file);
    byDir.get(dir)[file.endsWith('.tfvars') ? 'tfvars' : 'tf'].push({ file: rel, text, json });
  }
  const dirs = new Map();
  for (const [dir, { tf, tfvars }] of byDir) dirs.set(dir, new TerraformDir(dir, tf, tfvars));
  return { root, dirs };
}

// Calls fn(keyPath, value) for every leaf under value; keyPath is an array of keys.
export function walk(value, fn, keyPath = []) {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, fn, [...keyPath, i]));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, fn, [...keyPath, k]);
  else fn(keyPath, value);
}

export function isExpression(value) {
  return typeof value === 'string' && value.includes('${');
}

// "${var.x}" alone: the name x; anything else: null.
export function soleVariable(value) {
  const m = typeof value === 'string' && /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/.exec(value);
  return m ? m[1] : null;
}

export function variableReferences(text) {
  return [...text.matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)].map((m) => m[1]);
}

export function moduleArguments(call) {
  return Object.keys(call.body).filter((k) => !META_ARGUMENTS.has(k));
}

export function moduleDirOf(tree, callerDir, call) {
  const source = call.body.source;
  if (typeof source !== 'string' || !source.startsWith('.')) return null;
  return tree.dirs.get(path.resolve(callerDir.dir, source)) ?? null;
}

// A root's value of its variable: terraform.tfvars first, then the declared default.
export function rootValue(rootDir, name) {
  if (Object.hasOwn(rootDir.tfvars, name)) return { value: rootDir.tfvars[name], from: `terraform.tfvars ${name}` };
  const declared = rootDir.variables.get(name);
  if (declared && Object.hasOwn(declared.body, 'default')) return { value: declared.body.default, from: `default of ${name}` };
  return { value: undefined, from: `${name} (unset)` };
}

// A value written in a module called from rootDir, followed through `var.x` to the call's
// argument and from there to the root's variables. Anything else stays an expression.
export function resolveThroughCall(rootDir, call, moduleDir, value) {
  const inModule = soleVariable(value);
  if (inModule === null) return { value, from: 'the module' };
  let argument;
  if (Object.hasOwn(call.body, inModule)) argument = call.body[inModule];
  else if (moduleDir.variables.get(inModule)?.body && Object.hasOwn(moduleDir.variables.get(inModule).body, 'default')) {
    return { value: moduleDir.variables.get(inModule).body.default, from: `default of ${inModule}` };
  } else return { value: undefined, from: `${inModule} (not passed)` };
  const inRoot = soleVariable(argument);
  if (inRoot === null) return { value: argument, from: `module argument ${inModule}` };
  return rootValue(rootDir, inRoot);
}
