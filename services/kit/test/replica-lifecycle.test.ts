import { DataSource } from "typeorm";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { databaseUrl, openDataSource, parseMysqlUrl, serveSubgraph } from "../src";
import { freshTestDbUrl, onMariaDb } from "../src/testing";
import { dbConfig } from "../../member/src/db";

/* What a replica needs to start beside others and stop without cutting anyone: the migration lock, /live and /ready, graceful stop. */

describe("database URLs for a cluster", () => {
  it("read several hosts (the nodes of a Galera cluster) and append the service to the database", () => {
    expect(databaseUrl("member", { DATABASE_URL: "mysql://u:p%40ss@10.0.0.1:3306,10.0.0.2:3307/cc" })).toBe(
      "mysql://u:p%40ss@10.0.0.1:3306,10.0.0.2:3307/cc_member",
    );
    expect(parseMysqlUrl("mysql://u:p%40ss@db1,db2:3307/cc_member")).toEqual({
      username: "u",
      password: "p@ss",
      database: "cc_member",
      hosts: [
        { host: "db1", port: 3306 },
        { host: "db2", port: 3307 },
      ],
    });
  });
});

(onMariaDb ? describe : describe.skip)("migrations under a lock (MariaDB)", () => {
  it("let three replicas open a fresh database at once: each migration runs exactly once", async () => {
    const url = await freshTestDbUrl("member", "miglock");
    const started = await Promise.all([0, 1, 2].map(() => openDataSource(dbConfig(url))));
    try {
      const rows: Array<{ name: string; n: number }> = await started[0].query(
        "SELECT name, COUNT(*) AS n FROM migrations GROUP BY name",
      );
      expect(rows.length).toBe(started[0].migrations.length);
      expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
      for (const ds of started) expect(await ds.showMigrations()).toBe(false);
    } finally {
      await Promise.all(started.map((ds: DataSource) => ds.destroy()));
    }
  });
});

function slowSchema(): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: "Query",
      fields: {
        slow: { type: GraphQLString, resolve: () => new Promise((r) => setTimeout(() => r("done"), 600)) },
      },
    }),
  });
}

describe("a subgraph process's life", () => {
  it("answers /live and /ready, finishes the request under way when stopped, then refuses new ones", async () => {
    let dbUp = true;
    const ds = {
      isInitialized: true,
      query: async () => {
        if (!dbUp) throw new Error("down");
        return [{}];
      },
      showMigrations: async () => false,
    } as unknown as DataSource;
    const server = await serveSubgraph({ schema: slowSchema(), port: 0, ds, context: async () => ({}) });
    const base = server.url.replace(/\/$/, "");
    expect((await fetch(`${base}/live`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    dbUp = false;
    expect([(await fetch(`${base}/ready`)).status, (await fetch(`${base}/live`)).status]).toEqual([503, 200]);
    dbUp = true;

    const inFlight = fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ slow }" }),
    }).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 150));
    const t0 = Date.now();
    const stopped = server.stop();
    expect(await inFlight).toEqual({ data: { slow: "done" } });
    await stopped;
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    await expect(fetch(`${base}/live`)).rejects.toThrow();
  });
});
