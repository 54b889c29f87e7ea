/**
 * An event's times in its own time zone (an AMAP in La Réunion meets at 18:30 Réunion time,
 * whatever the browser's zone): shown the French way, typed as local date and time.
 */

/** The zones of French AMAPs, named for their people (IANA ids are what the API keeps). */
export const TIME_ZONES = [
  { id: "Europe/Paris", name: "living.zones.paris" },
  { id: "Indian/Reunion", name: "living.zones.reunion" },
  { id: "America/Guadeloupe", name: "living.zones.guadeloupe" },
  { id: "America/Martinique", name: "living.zones.martinique" },
  { id: "America/Cayenne", name: "living.zones.guyane" },
  { id: "Indian/Mayotte", name: "living.zones.mayotte" },
  { id: "Pacific/Noumea", name: "living.zones.noumea" },
  { id: "Pacific/Tahiti", name: "living.zones.tahiti" },
];

const tag = (locale: string) => (locale === "en" ? "en-GB" : "fr-FR");

/** The wall-clock parts of an instant in a zone. */
function parts(at: Date, timeZone: string): Record<string, number> {
  const p = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  return Object.fromEntries(p.filter((x) => x.type !== "literal").map((x) => [x.type, Number(x.value)]));
}

/** `2027-03-12T19:00` typed for a zone → the instant (ISO, UTC); null when empty or not a date. */
export function fromLocalInput(local: string | null | undefined, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local ?? "");
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  // The zone's offset at that moment, twice: the second pass settles a change of summer time.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    guess += wall - seen;
  }
  return new Date(guess).toISOString();
}

/** An instant → `2027-03-12T19:00` in a zone, for a date-and-time input. */
export function toLocalInput(instant: string | Date | null | undefined, timeZone: string): string {
  if (!instant) return "";
  const at = instant instanceof Date ? instant : new Date(instant);
  if (isNaN(at.getTime())) return typeof instant === "string" ? instant : "";
  const p = parts(at, timeZone);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** "19 h", "18 h 30" (French), "7:00 pm" style in English. */
function clock(at: Date, timeZone: string, locale: string): string {
  if (locale === "en") return at.toLocaleTimeString("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" });
  const p = parts(at, timeZone);
  return p.minute ? `${p.hour} h ${String(p.minute).padStart(2, "0")}` : `${p.hour} h`;
}

/** "jeudi 12 mars 2027, de 19 h à 21 h" in the event's zone. */
export function eventWhen(
  startsAt: string,
  endsAt: string | null | undefined,
  timeZone: string,
  locale = "fr",
): string {
  const start = new Date(startsAt);
  const date = start.toLocaleDateString(tag(locale), {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const end = endsAt ? new Date(endsAt) : null;
  const sameDay =
    end && end.toLocaleDateString("sv-SE", { timeZone }) === start.toLocaleDateString("sv-SE", { timeZone });
  if (locale === "en")
    return end && sameDay
      ? `${date}, ${clock(start, timeZone, locale)}–${clock(end, timeZone, locale)}`
      : `${date}, ${clock(start, timeZone, locale)}`;
  return end && sameDay
    ? `${date}, de ${clock(start, timeZone, locale)} à ${clock(end, timeZone, locale)}`
    : `${date} à ${clock(start, timeZone, locale)}`;
}

/** "12 mars 2027" (a date shown beside a registration). */
export function shortDate(instant: string | null | undefined, locale = "fr"): string {
  if (!instant) return "—";
  return new Date(instant).toLocaleDateString(tag(locale), {
    timeZone: "Europe/Paris",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}
