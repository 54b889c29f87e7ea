import { GraphQLError, Kind } from "graphql";
import { DateScalar, isCalendarDate } from "../src";

/* The API's `Date` is graphql-scalars' LocalDate under its old name: same strings in and out, refusals typed as bad input. */
describe("the Date scalar", () => {
  it("keeps its name and passes calendar dates through as strings", () => {
    expect(DateScalar.name).toBe("Date");
    expect(DateScalar.parseValue("2028-02-29")).toBe("2028-02-29");
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: "2026-04-07" })).toBe("2026-04-07");
    expect(DateScalar.serialize(new Date("2026-04-07T22:30:00Z"))).toBe("2026-04-07");
  });

  it("refuses what is not a day of the calendar with BAD_USER_INPUT, in French and English", () => {
    for (const bad of ["2026-02-30", "2027-02-29", "2026-13-01", "07/04/2026", "demain", 20260407]) {
      expect(isCalendarDate(bad)).toBe(false);
      let err: unknown;
      try {
        DateScalar.parseValue(bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GraphQLError);
      expect((err as GraphQLError).extensions.code).toBe("BAD_USER_INPUT");
      expect((err as GraphQLError).message).toMatch(/AAAA-MM-JJ.*YYYY-MM-DD/);
    }
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: "20260407" })).toThrow(/AAAA-MM-JJ/);
  });
});
