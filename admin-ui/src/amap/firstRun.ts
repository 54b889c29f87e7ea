/** The first-run guide's steps, ticked from what the AMAP holds. Pure (jest runs it). */
export interface StepCounts {
  places: number;
  /** Distributions to come. */
  distributions: number;
  periods: number;
  templates: number;
  households: number;
}

export interface Step {
  key: "places" | "calendar" | "membership" | "contract" | "members";
  done: boolean;
  /** Where the board does it, inside the back-office. */
  to: string;
}

export function firstRunSteps(c: StepCounts): Step[] {
  return [
    { key: "places", done: c.places > 0, to: "/places/create" },
    { key: "calendar", done: c.distributions > 0, to: "/distributions" },
    { key: "membership", done: c.periods > 0, to: "/membershipPeriods/create" },
    { key: "contract", done: c.templates > 0, to: "/contractTemplates/create" },
    { key: "members", done: c.households > 0, to: "/households" },
  ];
}
