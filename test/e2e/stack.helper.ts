import { freshTestDbUrl, onMariaDb } from "../../services/kit/src/testing";
import { startStack, Stack } from "../../tools/src/stack";
import { apiClient, Gql } from "../../tools/src/demo/client";
import { systemAuthorization } from "../../tools/src/demo/system-token";

export { onMariaDb };

/**
 * The real product on ephemeral ports, over fresh databases (SQLite in memory, or MariaDB).
 * `gql` acts as a super admin (a token signed with the stack's key), as the seed does.
 */
export async function startTestStack(tag: string): Promise<{ stack: Stack; gql: Gql }> {
  const stack = await startStack({
    dbUrls: {
      network: await freshTestDbUrl("network", tag),
      amap: await freshTestDbUrl("amap", tag),
      member: await freshTestDbUrl("member", tag),
    },
  });
  return { stack, gql: apiClient(stack.graphqlUrl, await systemAuthorization("test")) };
}
