/**
 * Duty sign-up: the AMAP's coming shifts, by distribution, on the day it really happens (moved
 * distributions on their new day) with its time window and place; sign the household up or withdraw.
 */
import { Box, Paper, Typography } from "@mui/material";
import { Loading, Title, useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from "react-admin";
import type { ChampDataProvider } from "../dataProvider";
import { addDays, today } from "../shared/format";
import { LabeledButton } from "../shared/LabeledButton";
import { pickupDay, PickupWhen, type PickupInfo } from "../shared/PickupWhen";
import { useHousehold } from "./useHousehold";

interface Shift {
  id: string;
  vacancies: number;
  role?: { name: string };
  distribution?: PickupInfo;
  signups?: Array<{ id: string; householdId: string }>;
}

export const DutySignUp = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { householdId, data } = useHousehold();
  // A fortnight back: a distribution planned before today may have been moved to a later day.
  const { data: shifts = [], isPending } = useGetList<Shift & { id: string }>(
    "dutyShifts",
    { filter: { amapId: data?.amapId, from: addDays(today(), -14) }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!data },
  );
  if (isPending) return <Loading />;
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notify(done, { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };
  const now = today();
  const byDistribution = new Map<string, { distribution: PickupInfo; shifts: Shift[] }>();
  for (const s of shifts) {
    if (!s.distribution || s.distribution.status === "cancelled" || pickupDay(s.distribution) < now) continue;
    const entry = byDistribution.get(s.distribution.id) ?? { distribution: s.distribution, shifts: [] };
    entry.shifts.push(s);
    byDistribution.set(s.distribution.id, entry);
  }
  const days = [...byDistribution.values()].sort((a, b) =>
    pickupDay(a.distribution).localeCompare(pickupDay(b.distribution)),
  );

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "48rem" }}>
      <Title title="champ.duty.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("champ.duty.title")}
      </Typography>
      {days.length === 0 && <Typography>{translate("champ.duty.none")}</Typography>}
      <Box component="ol" sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}>
        {days.map(({ distribution, shifts: list }) => (
          <Paper
            component="li"
            key={distribution.id}
            variant="outlined"
            sx={{ p: 1.5 }}
            data-distribution={distribution.id}
          >
            <PickupWhen pickup={distribution} />
            {list.map((s) => {
              const mine = (s.signups ?? []).find((x) => x.householdId === householdId);
              return (
                <Box
                  key={s.id}
                  sx={{
                    display: "flex",
                    justifyContent: "space-between",
                    gap: 1,
                    flexWrap: "wrap",
                    alignItems: "center",
                    mt: 1,
                  }}
                >
                  <Box>
                    <Typography sx={{ fontWeight: 600 }}>{s.role?.name}</Typography>
                    <Typography color="text.secondary">
                      {mine
                        ? translate("champ.duty.mine")
                        : translate("champ.duty.vacancies", { smart_count: s.vacancies })}
                    </Typography>
                  </Box>
                  {mine ? (
                    <LabeledButton
                      label="champ.duty.withdraw"
                      aria-label={`${translate("champ.duty.withdraw")} : ${s.role?.name}`}
                      onClick={() =>
                        act(
                          () => dataProvider.action("dutyShifts", "withdrawFromDuty", { id: mine.id }),
                          "champ.duty.withdrawn",
                        )
                      }
                    />
                  ) : (
                    <LabeledButton
                      label="champ.duty.signUp"
                      aria-label={`${translate("champ.duty.signUp")} : ${s.role?.name}`}
                      variant="contained"
                      disabled={s.vacancies < 1}
                      onClick={() =>
                        act(
                          () => dataProvider.action("dutyShifts", "signUpForDuty", { shiftId: s.id, householdId }),
                          "champ.duty.signedUp",
                        )
                      }
                    />
                  )}
                </Box>
              );
            })}
          </Paper>
        ))}
      </Box>
    </Box>
  );
};
