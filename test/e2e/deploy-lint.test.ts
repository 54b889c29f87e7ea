import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/* The deployment files (deploy/): valid for Kubernetes and Compose by scripts/deploy-lint.mjs, offline; and the linter does catch mistakes. */

const root = path.resolve(__dirname, "..", "..");
const lint = (dir?: string) =>
  spawnSync(process.execPath, [path.join(root, "scripts", "deploy-lint.mjs"), ...(dir ? [dir] : [])], {
    cwd: root,
    encoding: "utf8",
  });

describe("deployment files", () => {
  it("pass the schemas, the API types and the project's rules", () => {
    const r = lint();
    expect(r.stderr.split("\n").filter((l) => l.startsWith("✗"))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Kubernetes objects and compose.yaml valid/);
  });

  it("are refused with a misspelt field, a missing probe, an unknown secret, a stale supergraph or a bad duration", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-deploy-"));
    try {
      fs.cpSync(path.join(root, "deploy"), dir, { recursive: true });
      const edit = (file: string, from: string | RegExp, to: string) =>
        fs.writeFileSync(path.join(dir, file), fs.readFileSync(path.join(dir, file), "utf8").replace(from, to));
      edit("kubernetes/amap.yaml", "readinessProbe:", "readinesProbe:");
      edit("kubernetes/network.yaml", "path: /live", "path: /healthz");
      edit("kubernetes/member.yaml", "key: SMTP_URL", "key: SMTP");
      edit("kubernetes/supergraph.configmap.yaml", "type Query", "type Querry");
      edit("compose.yaml", "stop_grace_period: 20s", "stop_grace_period: 20 seconds");
      const r = lint(dir);
      expect(r.status).toBe(1);
      for (const expected of [
        /amap.*'"readinesProbe"' does not exist in type 'Container'/,
        /network.*livenessProbe should ask \/live/,
        /member.*secret key SMTP is not in secret.example.yaml/,
        /supergraph.configmap.yaml: differs/,
        /stop_grace_period must match format "duration"/,
      ]) {
        expect(r.stderr).toMatch(expected);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
