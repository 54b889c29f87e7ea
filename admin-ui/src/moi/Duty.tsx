/** Duty sign-up: the coming shifts of the AMAP with free seats; sign the household up or withdraw. */
import { Box, Paper, Typography } from "@mui/material";
import { Loading, Title, useDataProvider, useGetList, useLocaleState, useNotify, useRefresh, useTranslate } from "react-admin";
import type { ChampDataProvider } from "../dataProvider";
import { day, today } from "../shared/format";
import { LabeledButton } from "../shared/LabeledButton";
import { useHousehold } from "./useHousehold";

export const DutySignUp = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { householdId, data } = useHousehold();
  const { data: shifts = [], isPending } = useGetList("dutyShifts", { filter: { amapId: data?.amapId, from: today() }, pagination: { page: 1, perPage: 100 } }, { enabled: !!data });
  if (isPending) return <Loading />;
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      notify("champ.action.done", { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "48rem" }}>
      <Title title="champ.duty.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("champ.duty.title")}
      </Typography>
      {shifts.length === 0 && <Typography>{translate("champ.duty.none")}</Typography>}
      {[...shifts]
        .sort((a, b) => String(a.distribution?.date).localeCompare(String(b.distribution?.date)))
        .map((s) => {
          const mine = (s.signups ?? []).find((x: { householdId: string }) => x.householdId === householdId);
          return (
            <Paper key={s.id} variant="outlined" sx={{ p: 1.5, mb: 1, display: "flex", justifyContent: "space-between", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
              <Box>
                <Typography sx={{ fontWeight: 600 }}>
                  {day(s.distribution?.date, locale, true)} · {s.role?.name}
                </Typography>
                <Typography color="text.secondary">{translate("champ.duty.vacancies", { smart_count: s.vacancies })}</Typography>
              </Box>
              {mine ? (
                <LabeledButton label="champ.duty.withdraw" onClick={() => act(() => dataProvider.action("dutyShifts", "withdrawFromDuty", { id: mine.id }))} />
              ) : (
                <LabeledButton label="champ.duty.signUp" variant="contained" disabled={s.vacancies < 1} onClick={() => act(() => dataProvider.action("dutyShifts", "signUpForDuty", { shiftId: s.id, householdId }))} />
              )}
            </Paper>
          );
        })}
    </Box>
  );
};
