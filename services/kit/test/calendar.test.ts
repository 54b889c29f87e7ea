import {
  addDays,
  addMonths,
  daysBetween,
  DEFAULT_TIME_ZONE,
  hoursBefore,
  isTimeZone,
  spokenDate,
  spokenInstant,
  spokenTime,
  todayIn,
  wallClock,
  zonedInstant,
} from "../src/calendar";

// European summer time 2026: from Sunday 29 March (02:00 → 03:00) to Sunday 25 October (03:00 → 02:00).
describe("instants in a time zone", () => {
  it("turns a date and a time in Paris into UTC, on both sides of daylight saving", () => {
    expect(zonedInstant("2027-01-05", "18:30", "Europe/Paris").toISOString()).toBe("2027-01-05T17:30:00.000Z");
    expect(zonedInstant("2027-07-06", "18:30", "Europe/Paris").toISOString()).toBe("2027-07-06T16:30:00.000Z");
    expect(zonedInstant("2027-03-28", "10:00", "Europe/Paris").toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(zonedInstant("2027-03-27", "10:00", "Europe/Paris").toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect(zonedInstant("2027-10-31", "10:00", "Europe/Paris").toISOString()).toBe("2027-10-31T09:00:00.000Z");
  });

  it("keeps La Réunion at UTC+4 the whole year, whatever Europe does", () => {
    for (const date of ["2026-03-28", "2026-03-29", "2026-03-30", "2026-10-24", "2026-10-25", "2026-10-26"]) {
      expect(zonedInstant(date, "18:30", "Indian/Reunion").toISOString()).toBe(`${date}T14:30:00.000Z`);
    }
  });

  it("counts notice hours in real hours across a DST change, and times skipped or lived twice once", () => {
    // 48 h before Tuesday 31 March 2026 18:00 Paris (16:00Z) is Sunday 29 March 18:00 Paris (16:00Z): summer on both sides.
    expect(hoursBefore(zonedInstant("2026-03-31", "18:00", "Europe/Paris"), 48).toISOString()).toBe(
      "2026-03-29T16:00:00.000Z",
    );
    // 48 h before Monday 30 March 2026 10:00 Paris (08:00Z): Saturday 28 March 08:00Z, which is 09:00 in Paris (winter).
    expect(wallClock(hoursBefore(zonedInstant("2026-03-30", "10:00", "Europe/Paris"), 48), "Europe/Paris")).toEqual({
      date: "2026-03-28",
      time: "09:00",
    });
    // 02:30 does not exist in Paris on 29 March 2026: the hour after (03:30 summer time, 01:30Z).
    expect(zonedInstant("2026-03-29", "02:30", "Europe/Paris").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 happens twice on 25 October 2026: the first time (summer time, 00:30Z).
    expect(zonedInstant("2026-10-25", "02:30", "Europe/Paris").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("calendar dates", () => {
  it("tells today in a zone: 21:30Z on 28 March is still the 28th in Paris, already the 29th in La Réunion", () => {
    const now = new Date("2026-03-28T21:30:00Z");
    expect(todayIn("Europe/Paris", now)).toBe("2026-03-28");
    expect(todayIn("Indian/Reunion", now)).toBe("2026-03-29");
    expect(todayIn(undefined, now)).toBe(todayIn(DEFAULT_TIME_ZONE, now));
    expect(wallClock(now, "Indian/Reunion")).toEqual({ date: "2026-03-29", time: "01:30" });
  });

  it("adds days over months, leap days and the DST weekends, and counts days between dates", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
    expect(daysBetween("2026-04-01", "2026-03-01")).toBe(-31);
  });

  it("knows the zones of the IANA database only", () => {
    expect(isTimeZone("Indian/Reunion")).toBe(true);
    expect(isTimeZone("America/Cayenne")).toBe(true);
    expect(isTimeZone("Europe/Pariss")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(null)).toBe(false);
  });
});

describe("dates in words", () => {
  it("writes a date as French and English readers expect it, the first of the month '1er' in French", () => {
    expect(spokenDate("2026-04-01")).toBe("mercredi 1er avril 2026");
    expect(spokenDate("2026-04-01", "fr", "medium")).toBe("1er avril 2026");
    expect(spokenDate("2026-04-11", "fr", "medium")).toBe("11 avril 2026");
    expect(spokenDate("2026-04-01", "fr", "short")).toBe("mer. 1 avr.");
    expect(spokenDate("2026-04-01", "en")).toBe("Wednesday, 1 April 2026");
    expect(spokenDate("2026-04-01", "en", "medium")).toBe("1 April 2026");
    expect(spokenDate("2026-04-07", "en", "short")).toBe("Tue 7 Apr");
    expect(spokenDate("not a date")).toBe("not a date");
  });

  it("writes times and instants in the zone of the people reading them", () => {
    expect(spokenTime("18:30")).toBe("18 h 30");
    expect(spokenTime("09:00")).toBe("9 h");
    expect(spokenTime("9:05", "en")).toBe("09:05");
    const deadline = new Date("2026-03-29T14:00:00Z");
    expect(spokenInstant(deadline, "Indian/Reunion")).toBe("29 mars 2026 à 18 h");
    expect(spokenInstant(deadline, "Europe/Paris")).toBe("29 mars 2026 à 16 h");
    expect(spokenInstant(deadline, "Europe/Paris", "en")).toBe("29 March 2026 at 16:00");
  });
});
