#!/usr/bin/env node
// Brings the three subgraphs' databases up to date and exits: the migration job of a deployment
// (deploy/kubernetes/migrate-job.yaml, deploy/compose.yaml), run before the new version's pods.
// The services would migrate at start too, under the same MariaDB lock (kit data-source.ts):
// the job only keeps a long migration out of the pods' start-up probes.
require("reflect-metadata");
const path = require("node:path");
const root = path.resolve(__dirname, "..");

async function main() {
  for (const service of ["network", "amap", "member"]) {
    const t0 = Date.now();
    const { [`open${service[0].toUpperCase()}${service.slice(1)}Db`]: open } = require(
      path.join(root, "services", service, "dist", "db.js"),
    );
    const ds = await open();
    const done = await ds.query("SELECT COUNT(*) AS n FROM migrations");
    await ds.destroy();
    console.log(`${service}: schema up to date (${done[0].n} migrations applied) in ${Date.now() - t0} ms`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
