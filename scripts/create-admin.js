#!/usr/bin/env node
// `node scripts/create-admin.js <email>`: creates the first administrator (a super admin, who may
// grant any role anywhere) in the member database: the embedded SQLite file under data/, or
// DATABASE_URL / MEMBER_DATABASE_URL. The password comes from ADMIN_PASSWORD, or is read from
// standard input (typed without echo on a terminal, or piped). There is no default password.
// Build first (`npm run build:services`); the services may be running.
require("reflect-metadata");
const path = require("node:path");
const readline = require("node:readline");

const root = path.resolve(__dirname, "..");

function readPassword() {
  if (process.env.ADMIN_PASSWORD) return Promise.resolve(process.env.ADMIN_PASSWORD);
  const tty = process.stdin.isTTY;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: !!tty });
  if (tty) {
    // Echo nothing while the password is typed.
    rl._writeToOutput = (s) => {
      if (s.includes("Mot de passe")) process.stdout.write(s);
    };
  }
  return new Promise((resolve) => {
    rl.question(tty ? "Mot de passe (12 caractères au moins) : " : "", (answer) => {
      rl.close();
      if (tty) process.stdout.write("\n");
      resolve(answer.replace(/\r?\n$/, ""));
    });
  });
}

async function main() {
  const email = process.argv[2];
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    console.error("usage: node scripts/create-admin.js <email>   (password from ADMIN_PASSWORD or standard input)");
    process.exit(2);
  }
  const password = await readPassword();
  const { openMemberDb } = require(path.join(root, "services", "member", "dist", "db.js"));
  const { AccountService } = require(path.join(root, "services", "member", "dist", "accounts", "account.service.js"));
  const ds = await openMemberDb();
  try {
    const { account, created } = await new AccountService(ds.manager).ensureSuperAdmin(email, password);
    console.log(
      created
        ? `Administrator ${account.email} created: sign in with this e-mail and password.`
        : `${account.email} already had an account: it is now a super administrator (password unchanged).`,
    );
  } catch (err) {
    console.error(`✗ ${err.msg ? err.msg.fr : err.message}`);
    process.exitCode = 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
