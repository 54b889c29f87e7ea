/**
 * A new AMAP's first steps, in the order a board takes them: distribution places, the calendar,
 * the membership campaign, a first contract, then inviting the members. Each step is ticked from
 * what the AMAP holds (never a stored flag); the guide goes once every step is done.
 */
import CheckIcon from "@mui/icons-material/CheckCircle";
import TodoIcon from "@mui/icons-material/RadioButtonUnchecked";
import {
  Box,
  Card,
  CardContent,
  LinearProgress,
  List as MuiList,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from "@mui/material";
import { useGetList, useTranslate } from "react-admin";
import { BackOfficeLink } from "../shared/BackOfficeLink";
import { today } from "../shared/format";
import { firstRunSteps, type StepCounts } from "./firstRun";

const one = { page: 1, perPage: 1 };

/** How many of each thing the AMAP holds (one small read each, totals only). */
function useCounts(amapId: string): { counts: StepCounts; ready: boolean } {
  const places = useGetList("places", { filter: { amapId }, pagination: one });
  const distributions = useGetList("distributions", { filter: { amapId, from: today() }, pagination: one });
  const periods = useGetList("membershipPeriods", { filter: { amapId }, pagination: one });
  const templates = useGetList("contractTemplates", { filter: { amapId }, pagination: one });
  const households = useGetList("households", { filter: { amapId }, pagination: one });
  const all = [places, distributions, periods, templates, households];
  return {
    ready: all.every((q) => !q.isPending),
    counts: {
      places: places.total ?? 0,
      distributions: distributions.total ?? 0,
      periods: periods.total ?? 0,
      templates: templates.total ?? 0,
      households: households.total ?? 0,
    },
  };
}

export const FirstRunGuide = ({ amapId }: { amapId: string }) => {
  const translate = useTranslate();
  const { counts, ready } = useCounts(amapId);
  if (!ready) return null;
  const steps = firstRunSteps(counts);
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;
  const next = steps.find((s) => !s.done)!;
  return (
    <Card
      variant="outlined"
      sx={{ gridColumn: "1 / -1", borderColor: "primary.main" }}
      component="section"
      aria-labelledby="cc-first-run"
    >
      <CardContent>
        <Typography id="cc-first-run" variant="h6" component="h2">
          {translate("champ.amap.guide.title")}
        </Typography>
        <Typography color="text.secondary">
          {translate("champ.amap.guide.progress", { done, total: steps.length })}
        </Typography>
        <LinearProgress variant="determinate" value={(100 * done) / steps.length} sx={{ my: 1 }} aria-hidden />
        <MuiList dense component="ol" sx={{ listStyle: "none", p: 0 }}>
          {steps.map((s, n) => (
            <ListItem key={s.key} component="li" disableGutters sx={{ alignItems: "flex-start" }}>
              <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>
                {s.done ? (
                  <CheckIcon color="success" titleAccess={translate("champ.amap.guide.done")} />
                ) : (
                  <TodoIcon
                    color={s === next ? "primary" : "disabled"}
                    titleAccess={translate("champ.amap.guide.todo")}
                  />
                )}
              </ListItemIcon>
              <ListItemText
                primary={
                  <Box
                    component="span"
                    sx={{ fontWeight: s === next ? 700 : 400, textDecoration: s.done ? "line-through" : "none" }}
                  >
                    {n + 1}. {translate(`champ.amap.guide.${s.key}.title`)}
                  </Box>
                }
                secondary={
                  <>
                    {translate(`champ.amap.guide.${s.key}.help`)}{" "}
                    {!s.done && (
                      <BackOfficeLink to={s.to}>{translate(`champ.amap.guide.${s.key}.action`)}</BackOfficeLink>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </MuiList>
      </CardContent>
    </Card>
  );
};
