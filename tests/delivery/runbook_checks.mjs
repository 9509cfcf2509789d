// What the runbooks (docs/operations/*.md) name, read out of their text: repository paths,
// Terraform variables (written `var.NAME`, or `NAME = value` in an ```hcl block) and
// Terraform outputs (read with `tfout NAME`, `$(out NAME)` or `output -raw NAME`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const REPO_PATH = /(?<![\w/.<-])((?:scripts|tests|deploy|server|docs|\.github|\.ci)\/[\w./-]*\w)/g;
const TERRAFORM_PATH = /(?<![\w/.<-])(terraform\/[\w./-]*\w)(?![\w/]*<)/g;
const VARIABLE = /\bvar\.([a-z][a-z0-9_]*)/g;
const OUTPUT = /(?:\btfout|\$\(out|\boutput -raw)\s+"?([a-z][a-z0-9_]*)/g;

export function readRunbooks(root) {
  const dir = path.join(root, 'docs/operations');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
    .map((f) => ({ file: `docs/operations/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

export function namedIn(text) {
  const hclNames = [...text.matchAll(/```hcl\n([\s\S]*?)```/g)]
    .flatMap((m) => [...m[1].matchAll(/^\s*([a-z][a-z0-9_]*)\s*=/gm)].map((n) => n[1]));
  const all = (re) => [...new Set([...text.matchAll(re)].map((m) => m[1]))];
  return {
    paths: all(REPO_PATH),
    terraformPaths: all(TERRAFORM_PATH).filter((p) => !text.includes(`${p}/<`)),
    variables: [...new Set([...all(VARIABLE), ...hclNames])],
    outputs: all(OUTPUT),
  };
}

// The root modules' declared variables and outputs (terraform/environments/*/), or null
// while the repository has none.
export function terraformDeclarations(root) {
  const envs = path.join(root, 'terraform/environments');
  if (!existsSync(envs)) return null;
  const variables = new Set();
  const outputs = new Set();
  let files = 0;
  for (const env of readdirSync(envs)) {
    for (const [name, into, re] of [['variables.tf', variables, /^variable\s+"([^"]+)"/gm], ['outputs.tf', outputs, /^output\s+"([^"]+)"/gm]]) {
      const file = path.join(envs, env, name);
      if (!existsSync(file)) continue;
      files += 1;
      for (const m of readFileSync(file, 'utf8').matchAll(re)) into.add(m[1]);
    }
  }
  return files === 0 ? null : { variables, outputs };
}
