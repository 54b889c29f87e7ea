#!/usr/bin/env node
/*
 * The kit's calendar against the code it replaced, as ratios within one run (the machine is shared:
 * absolute times mean little). `todayIn` built an Intl.DateTimeFormat per call (1.7 s of an
 * 800-row import profile); dates in words built one per call too. Needs the built kit (npm run build:services).
 */
const { todayIn, spokenDate, zonedInstant } = require("../services/kit/dist/calendar");

const N = Number(process.env.BENCH_N ?? 50_000);
const now = new Date();

const before = {
  todayIn: () =>
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "Europe/Paris",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).format(now),
  spokenDate: () =>
    new Date(Date.UTC(2026, 3, 7)).toLocaleDateString("fr-FR", {
      timeZone: "UTC",
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    }),
  zonedInstant: () => {
    // The two-pass offset guess both subgraphs' time.ts carried.
    const offset = (ms) => {
      const parts = new Intl.DateTimeFormat("en-US", {
        timeZone: "Europe/Paris",
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      }).formatToParts(new Date(ms));
      const n = (t) => Number(parts.find((p) => p.type === t).value);
      return (
        Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) -
        Math.floor(ms / 1000) * 1000
      );
    };
    const wall = Date.UTC(2026, 3, 7, 18, 30);
    let utc = wall - offset(wall);
    utc = wall - offset(utc);
    return new Date(utc);
  },
};
const after = {
  todayIn: () => todayIn("Europe/Paris", now),
  spokenDate: () => spokenDate("2026-04-07", "fr"),
  zonedInstant: () => zonedInstant("2026-04-07", "18:30", "Europe/Paris"),
};

function time(fn) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

for (const name of Object.keys(before)) {
  if (String(before[name]()) !== String(after[name]()))
    throw new Error(`${name}: ${before[name]()} ≠ ${after[name]()}`);
  // Interleaved, twice each, so that the shared machine's bursts hit both alike.
  const b = time(before[name]) + time(before[name]);
  const a = time(after[name]) + time(after[name]);
  console.log(
    `${name.padEnd(13)} before ${(b / 2).toFixed(0).padStart(6)} ms  after ${(a / 2).toFixed(0).padStart(6)} ms  for ${N} calls: ${(b / a).toFixed(1)}× faster`,
  );
}
