import type { DataSource } from "typeorm";
import { DEFAULT_PORTS } from "./remote";
import { log, setLogService } from "./log";

type Service = Exclude<keyof typeof DEFAULT_PORTS, "gateway">;

/**
 * A subgraph's process, the same for the three: open its database (migrations under their lock),
 * serve on its port (`<NAME>_PORT`), start its background clocks, and on SIGTERM/SIGINT stop them,
 * finish in-flight requests and close the database before exiting (graceful shutdown, issue 15).
 */
export function runSubgraph(
  name: Service,
  open: () => Promise<DataSource>,
  start: (ds: DataSource, port: number) => Promise<{ url: string; stop: () => Promise<void> }>,
  clocks: ((ds: DataSource) => () => void)[] = [],
): void {
  setLogService(name);
  const main = async () => {
    const ds = await open();
    const server = await start(ds, Number(process.env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_PORTS[name]));
    log().info({ url: server.url }, `${name} subgraph ready`);
    const stops = clocks.map((clock) => clock(ds));
    const stop = async () => {
      for (const s of stops) s();
      await server.stop();
      await ds.destroy();
      process.exit(0);
    };
    process.on("SIGTERM", () => void stop());
    process.on("SIGINT", () => void stop());
  };
  main().catch((err: unknown) => {
    log().fatal({ err }, `${name} subgraph stopped`);
    process.exit(1);
  });
}
