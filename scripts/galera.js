// A MariaDB Galera cluster on loopback for tests and the fault bench: N nodes (Debian's galera-4
// provider), each with its own datadir, client port, group-communication, IST and SST ports,
// run as the mysql user. The first node bootstraps the cluster (--wsrep-new-cluster); the others
// join it and receive its state by rsync (SST). `node scripts/galera.js` alone starts 3 nodes,
// prints their ports and waits for Ctrl-C.
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const net = require("node:net");

const PROVIDER = ["/usr/lib/galera/libgalera_smm.so", "/usr/lib/libgalera_smm.so"].find((p) => fs.existsSync(p));
const MARIADBD = ["/usr/sbin/mariadbd", "/usr/sbin/mysqld"].find((p) => fs.existsSync(p));

/** Why a Galera cluster cannot run here, or null when it can. */
function galeraUnavailable() {
  if (!PROVIDER) return "no Galera provider (apt-get install galera-4)";
  if (!MARIADBD) return "no mariadbd (apt-get install mariadb-server)";
  if (spawnSync("which", ["rsync"]).status !== 0) return "no rsync (state transfer)";
  if (spawnSync("id", ["mysql"]).status !== 0) return "no mysql user";
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function sql(node, query, params = []) {
  const mysql = require("mysql2/promise");
  const conn = await mysql.createConnection({ socketPath: node.socket, user: "root" });
  try {
    const [rows] = await conn.query(query, params);
    return rows;
  } finally {
    await conn.end();
  }
}

/** Waits until the node is Synced and part of a primary component of `size` nodes. */
async function waitSynced(node, size, timeoutMs = 90_000) {
  const t0 = Date.now();
  for (;;) {
    try {
      const rows = await sql(
        node,
        "SHOW STATUS WHERE Variable_name IN ('wsrep_local_state_comment', 'wsrep_cluster_size', 'wsrep_cluster_status')",
      );
      const s = Object.fromEntries(rows.map((r) => [r.Variable_name, r.Value]));
      if (
        s.wsrep_local_state_comment === "Synced" &&
        s.wsrep_cluster_status === "Primary" &&
        Number(s.wsrep_cluster_size) >= size
      )
        return;
    } catch {
      /* not up yet */
    }
    if (node.exited) throw new Error(`galera node ${node.name} exited:\n${readTail(node.errorLog)}`);
    if (Date.now() - t0 > timeoutMs)
      throw new Error(`galera node ${node.name} not synced after ${timeoutMs / 1000} s:\n${readTail(node.errorLog)}`);
    await sleep(250);
  }
}

function readTail(file) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-25).join("\n");
  } catch {
    return "(no log)";
  }
}

/**
 * Starts an N-node cluster. Returns the nodes (port, kill(), start()) and `url(db)`, a
 * DATABASE_URL naming every node, for the services' failover pool.
 */
async function startGalera({ nodes = 3, user = "champ", password = "champ", log = () => {} } = {}) {
  const why = galeraUnavailable();
  if (why) throw new Error(`Galera unavailable: ${why}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cc-galera-"));
  fs.chmodSync(dir, 0o755);
  const list = [];
  for (let i = 0; i < nodes; i++)
    list.push({
      name: `node${i + 1}`,
      port: await freePort(),
      gcomm: await freePort(),
      ist: await freePort(),
      sst: await freePort(),
    });
  const address = `gcomm://${list.map((n) => `127.0.0.1:${n.gcomm}`).join(",")}`;
  for (const n of list) {
    n.dir = path.join(dir, n.name);
    n.datadir = path.join(n.dir, "data");
    n.socket = path.join(n.dir, "mysqld.sock");
    n.errorLog = path.join(n.dir, "error.log");
    n.cnf = path.join(n.dir, "my.cnf");
    fs.mkdirSync(n.datadir, { recursive: true });
    fs.writeFileSync(
      n.cnf,
      `[mysqld]
datadir=${n.datadir}
socket=${n.socket}
pid-file=${path.join(n.dir, "mysqld.pid")}
log-error=${n.errorLog}
port=${n.port}
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_flush_log_at_trx_commit=2
performance_schema=OFF
max_connections=300
wsrep_on=ON
wsrep_provider=${PROVIDER}
wsrep_cluster_name=champ_commun_test
wsrep_cluster_address=${address}
wsrep_node_name=${n.name}
wsrep_node_address=127.0.0.1:${n.gcomm}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${n.gcomm};ist.recv_addr=127.0.0.1:${n.ist};gcache.size=64M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.install_timeout=PT6S;gcs.fc_limit=128;gcs.fc_factor=0.9"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${n.sst}
wsrep_slave_threads=4
`,
    );
    spawnSync("chown", ["-R", "mysql:mysql", n.dir]);
    const r = spawnSync(
      "mariadb-install-db",
      [`--defaults-file=${n.cnf}`, "--user=mysql", "--skip-test-db", "--auth-root-authentication-method=socket"],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`mariadb-install-db failed: ${r.stderr}`);
  }

  const startNode = (n, bootstrap = false, position = null) => {
    n.exited = false;
    n.proc = spawn(
      MARIADBD,
      [
        `--defaults-file=${n.cnf}`,
        "--user=mysql",
        ...(bootstrap ? ["--wsrep-new-cluster"] : []),
        ...(position ? [`--wsrep-start-position=${position}`] : []),
      ],
      { stdio: "ignore" },
    );
    n.proc.on("exit", () => (n.exited = true));
  };

  /**
   * After a crash the node's saved position is unknown (seqno -1) and it would ask for a full
   * state transfer (rsync, which blocks its donor): recover the position from InnoDB first, as
   * mysqld_safe does, so that it only receives the writes it missed (IST, from the gcache).
   */
  const recoveredPosition = (n) => {
    const before = fs.existsSync(n.errorLog) ? fs.statSync(n.errorLog).size : 0;
    spawnSync(MARIADBD, [`--defaults-file=${n.cnf}`, "--user=mysql", "--wsrep-recover"], { stdio: "ignore" });
    const tail = fs.readFileSync(n.errorLog, "utf8").slice(before);
    return /WSREP: Recovered position:\s*(\S+:-?\d+)/.exec(tail)?.[1] ?? null;
  };

  for (const n of list) {
    n.kill = async () => {
      if (!n.proc || n.exited) return;
      n.proc.kill("SIGKILL");
      while (!n.exited) await sleep(20);
      log(`galera ${n.name} killed`);
    };
    n.start = async () => {
      const position = recoveredPosition(n);
      log(`galera ${n.name} restarting from ${position ?? "an unknown position (full state transfer)"}`);
      startNode(n, false, position);
      await waitSynced(n, 1);
      log(`galera ${n.name} rejoined and synced`);
    };
  }

  // A node sometimes dies at once on this kind of machine ("Failed to read thread schedparams",
  // a race in the provider's start): tried up to three times.
  const startSynced = async (n, bootstrap, size) => {
    for (let attempt = 1; ; attempt++) {
      startNode(n, bootstrap);
      try {
        return await waitSynced(n, size);
      } catch (err) {
        if (!n.exited || attempt >= 3) throw err;
        log(`galera ${n.name} exited while starting; again (${attempt + 1}/3)`);
        await sleep(500);
      }
    }
  };

  log(`galera: bootstrapping ${list[0].name} on :${list[0].port}`);
  await startSynced(list[0], true, 1);
  for (const host of ["localhost", "127.0.0.1"]) {
    await sql(list[0], "CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?", [user, host, password]);
    await sql(list[0], "GRANT ALL PRIVILEGES ON *.* TO ?@?", [user, host]);
  }
  for (const n of list.slice(1)) {
    log(`galera: ${n.name} joining on :${n.port}`);
    await startSynced(n, false, list.indexOf(n) + 1);
  }

  return {
    dir,
    nodes: list,
    url: (db) => `mysql://${user}:${password}@${list.map((n) => `127.0.0.1:${n.port}`).join(",")}/${db}`,
    sql,
    waitSynced,
    stop: async () => {
      for (const n of [...list].reverse()) {
        if (n.proc && !n.exited) {
          n.proc.kill("SIGTERM");
          const t0 = Date.now();
          while (!n.exited && Date.now() - t0 < 15_000) await sleep(50);
          if (!n.exited) n.proc.kill("SIGKILL");
        }
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

module.exports = { startGalera, galeraUnavailable };

if (require.main === module) {
  startGalera({ log: console.log })
    .then((c) => {
      console.log(`Galera cluster up: ${c.url("champ_commun")}`);
      const stop = () => c.stop().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    })
    .catch((err) => {
      console.error(err.message);
      process.exit(1);
    });
}
