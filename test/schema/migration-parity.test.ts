/**
 * Entities and migrations agree, on the dialect of this run (SQLite, or MariaDB with DB=mariadb):
 * after the versioned migrations, TypeORM finds nothing to change between the entities and the
 * database. An entity changed without its migration (or a migration that differs from its entity)
 * fails here, before `synchronize`-free production finds out.
 */
import type { DataSource } from "typeorm";
import { freshTestDbUrl, onMariaDb } from "../../services/kit/src/testing";
import { openNetworkDb } from "../../services/network/src/db";
import { openAmapDb } from "../../services/amap/src/db";
import { openMemberDb } from "../../services/member/src/db";

const services: Array<[string, (url: string) => Promise<DataSource>]> = [
  ["network", openNetworkDb],
  ["amap", openAmapDb],
  ["member", openMemberDb],
];

describe(`entities ↔ migrations (${onMariaDb ? "MariaDB" : "SQLite"})`, () => {
  it.each(services)("%s: the migrated schema is exactly the entities' schema", async (service, open) => {
    const ds = await open(await freshTestDbUrl(service as "network" | "amap" | "member", "parity"));
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });
});
