import { loadSigningKey, signAccessToken } from "@champ-commun/kit";

/**
 * A short super-admin token for scripts that run beside the services and hold the signing key
 * (seed, demo accounts): its subject starts with `system:`, so no account stands behind it.
 */
export async function systemToken(name = "seed", ttlSeconds = 15 * 60): Promise<string> {
  return signAccessToken(
    { subject: `system:${name}`, kind: "person", grants: [], superAdmin: true },
    await loadSigningKey(),
    ttlSeconds,
  );
}

export async function systemAuthorization(name = "seed"): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await systemToken(name)}` };
}
