#!/usr/bin/env node
// Prepares MariaDB for Champ Commun: a dedicated user that may create and drop the project's
// databases (champ_commun_*), so tests and the app never need root over TCP (root may be bound to
// unix_socket auth). Connects as root through the socket, or 127.0.0.1 as a fallback.
const mysql = require("mysql2/promise");

const USER = process.env.MARIADB_APP_USER || "champ";
const PASSWORD = process.env.MARIADB_APP_PASSWORD || "champ";

async function rootConnection() {
  const attempts = [
    { socketPath: process.env.MARIADB_SOCKET || "/run/mysqld/mysqld.sock", user: "root" },
    { host: "127.0.0.1", port: 3306, user: "root", password: process.env.MARIADB_ROOT_PASSWORD || "" },
  ];
  let last;
  for (const opts of attempts) {
    try {
      return await mysql.createConnection(opts);
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

async function main() {
  const conn = await rootConnection();
  for (const host of ["localhost", "127.0.0.1"]) {
    await conn.query(`CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?`, [USER, host, PASSWORD]);
    await conn.query(`GRANT ALL PRIVILEGES ON \`champ\\_commun%\`.* TO ?@?`, [USER, host]);
  }
  await conn.query("FLUSH PRIVILEGES");
  await conn.end();
  console.log(`MariaDB ready: user ${USER} may manage databases champ_commun_*`);
}

main().catch((err) => {
  console.error("MariaDB setup failed:", err.message);
  process.exit(1);
});
