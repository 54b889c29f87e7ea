import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, KeyLike } from "jose";
import { projectRoot } from "../paths";

export const TOKEN_ALG = "EdDSA";

/** Where the embedded default keeps its keys; production passes them in the environment. */
export function keysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KEYS_DIR ?? path.join(projectRoot, "data", "keys");
}

/**
 * The access-token key pair: `JWT_PRIVATE_KEY` / `JWT_PUBLIC_KEY` (PEM) when configured, else
 * generated once under data/keys/ (private key readable by its owner only). Only the member
 * subgraph (the issuer) loads the private key; everyone else verifies with the public one.
 */
export async function loadSigningKey(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike> {
  if (env.JWT_PRIVATE_KEY) return importPKCS8(env.JWT_PRIVATE_KEY, TOKEN_ALG);
  await ensureKeyFiles(env);
  return importPKCS8(fs.readFileSync(path.join(keysDir(env), "access-token.key"), "utf8"), TOKEN_ALG);
}

export async function loadVerifyKey(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike> {
  if (env.JWT_PUBLIC_KEY) return importSPKI(env.JWT_PUBLIC_KEY, TOKEN_ALG);
  await ensureKeyFiles(env);
  return importSPKI(fs.readFileSync(path.join(keysDir(env), "access-token.pub"), "utf8"), TOKEN_ALG);
}

let pending: Promise<void> | null = null;

/** Creates the key files if missing; safe when several processes start at once (exclusive create). */
export function ensureKeyFiles(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  pending ??= (async () => {
    const dir = keysDir(env);
    const priv = path.join(dir, "access-token.key");
    const pub = path.join(dir, "access-token.pub");
    const secret = path.join(dir, "internal.secret");
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!fs.existsSync(priv)) {
      const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALG, { crv: "Ed25519", extractable: true });
      try {
        fs.writeFileSync(priv, await exportPKCS8(privateKey), { flag: "wx", mode: 0o600 });
        fs.writeFileSync(pub, await exportSPKI(publicKey), { flag: "wx", mode: 0o644 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    if (!fs.existsSync(secret)) {
      try {
        fs.writeFileSync(secret, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      }
    }
    // Another process may be between its two writes: wait for the public key to appear.
    for (let i = 0; i < 50 && !fs.existsSync(pub); i++) await new Promise((r) => setTimeout(r, 20));
  })();
  return pending;
}

/**
 * The secret the gateway (and a subgraph calling another) presents in `x-champ-internal`, so that
 * subgraphs refuse requests that did not come through the gateway. `INTERNAL_SECRET` in production.
 */
export async function loadInternalSecret(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.INTERNAL_SECRET) return env.INTERNAL_SECRET;
  await ensureKeyFiles(env);
  return fs.readFileSync(path.join(keysDir(env), "internal.secret"), "utf8").trim();
}
