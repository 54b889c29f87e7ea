import type { DataSource } from "typeorm";
import { inBackground, log, queuedWrite } from "@champ-commun/kit";
import { ErasureService } from "./erasure.service";

const HOUR_MS = 3_600_000;

/**
 * Runs the erasure requests whose delay has passed, at start and then every hour. Idempotent (an
 * erased request is no longer pending), so every process of a deployment may run its own clock.
 * Logs counts only: never who was erased.
 */
export function startErasureClock(ds: DataSource, everyMs = HOUR_MS): () => void {
  const tick = () =>
    inBackground(() => queuedWrite(ds, () => new ErasureService(ds.manager, "system").eraseDue()))
      .then((n) => n && log().info({ erased: n }, "erasure clock: households erased after their delay"))
      .catch((err) => log().error({ err }, "erasure clock: erasures not run"));
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
