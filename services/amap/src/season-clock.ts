import type { DataSource } from "typeorm";
import { inBackground, log, remoteAmapZones, type AmapZones } from "@champ-commun/kit";
import { TemplateStatusService } from "./services/template-status.service";

const HOUR_MS = 3_600_000;

/**
 * Moves contract templates on with the calendar (subscription window over → closed; first
 * delivery come → running), each by its AMAP's own day (time zone asked of the network subgraph),
 * at start and then every hour. The steps are idempotent, so every process of a scaled-out
 * deployment may run its own clock. Returns a function that stops it.
 */
export function startSeasonClock(
  ds: DataSource,
  everyMs = HOUR_MS,
  zones: () => AmapZones = remoteAmapZones,
): () => void {
  const tick = () =>
    inBackground(() => new TemplateStatusService(ds.manager, new Date(), zones()).advanceByCalendar()).catch((err) => {
      log().error({ err }, "season clock: templates not advanced");
    });
  void tick();
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
