/**
 * "Mon agenda": every pickup of every contract and every duty of the household, date by date.
 * From here a member declares an absence or offers a basket they cannot collect.
 */
import { useState } from "react";
import { Box, Chip, Paper, Typography } from "@mui/material";
import { Loading, Title, useDataProvider, useGetList, useLocaleState, useNotify, useRefresh, useTranslate } from "react-admin";
import type { ChampDataProvider } from "../dataProvider";
import { BackOfficeLink } from "../shared/BackOfficeLink";
import { LabeledButton } from "../shared/LabeledButton";
import { day, today } from "../shared/format";
import { useHousehold, type MySubscription } from "./useHousehold";

interface Pickup {
  date: string;
  distributionId: string;
  items: Array<{ sub: MySubscription; text: string; absent: boolean }>;
  duties: string[];
}

export const Agenda = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { householdId, data, isPending, error } = useHousehold();
  const [showPast, setShowPast] = useState(false);
  const { data: shifts = [] } = useGetList("dutyShifts", { filter: { amapId: data?.amapId, from: today() }, pagination: { page: 1, perPage: 100 } }, { enabled: !!data });
  if (isPending) return <Loading />;
  if (error || !data) return <Typography role="alert">{(error as Error)?.message}</Typography>;

  const byDate = new Map<string, Pickup>();
  const at = (date: string, distributionId: string) => {
    let p = byDate.get(date);
    if (!p) byDate.set(date, (p = { date, distributionId, items: [], duties: [] }));
    return p;
  };
  for (const sub of data.subscriptions.filter((s) => s.status !== "terminated" && s.status !== "draft")) {
    const absent = new Set(sub.absences.map((a) => a.distributionId));
    const perDate = new Map<string, typeof sub.lines>();
    for (const l of sub.lines.filter((l) => l.quantity > 0)) perDate.set(l.distributionId, [...(perDate.get(l.distributionId) ?? []), l]);
    for (const [distributionId, lines] of perDate) {
      at(lines[0].date, distributionId).items.push({ sub, absent: absent.has(distributionId), text: lines.map((l) => `${l.quantity} × ${l.productName}`).join(", ") });
    }
  }
  for (const s of shifts) {
    if ((s.signups ?? []).some((x: { householdId: string }) => x.householdId === householdId) && s.distribution?.date) at(s.distribution.date, s.distributionId).duties.push(s.role?.name ?? "");
  }
  const now = today();
  const pickups = [...byDate.values()].filter((p) => showPast || p.date >= now).sort((a, b) => a.date.localeCompare(b.date));

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notify(done, { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "48rem" }}>
      <Title title="champ.agenda.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.agenda.title")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {data.displayName}
      </Typography>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}>
        <BackOfficeLink to="/contractTemplates">{translate("champ.agenda.subscribe")}</BackOfficeLink>
        <LabeledButton label={showPast ? "champ.agenda.hidePast" : "champ.agenda.showPast"} onClick={() => setShowPast(!showPast)} />
      </Box>
      {pickups.length === 0 && <Typography>{translate("champ.agenda.empty")}</Typography>}
      <Box component="ol" sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }} aria-label={translate("champ.agenda.title")}>
        {pickups.map((p) => (
          <Paper component="li" key={p.date} variant="outlined" sx={{ p: 1.5 }}>
            <Typography component="h2" sx={{ fontWeight: 700, fontSize: "1.05rem" }}>
              {day(p.date, locale, true)}
            </Typography>
            {p.duties.map((d) => (
              <Chip key={d} size="small" color="secondary" label={translate("champ.agenda.duty", { role: d })} sx={{ mr: 1, my: 0.5 }} />
            ))}
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {p.items.map(({ sub, text, absent }) => (
                <Box component="li" key={sub.id} sx={{ py: 0.5 }}>
                  <strong>{sub.templateName}</strong> : {absent ? <s>{text}</s> : text}
                  {absent && <Chip size="small" label={translate("champ.agenda.absent")} sx={{ ml: 1 }} />}
                  {!absent && p.date > now && (
                    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
                      <LabeledButton
                        label="champ.agenda.declareAbsence"
                        onClick={() => act(() => dataProvider.action("subscriptions", "declareAbsence", { subscriptionId: sub.id, distributionId: p.distributionId }), "champ.agenda.absenceDone")}
                      />
                      <LabeledButton
                        label="champ.agenda.offerBasket"
                        onClick={() => act(() => dataProvider.action("subscriptions", "offerBasket", { subscriptionId: sub.id, distributionId: p.distributionId }), "champ.agenda.offerDone")}
                      />
                    </Box>
                  )}
                </Box>
              ))}
            </Box>
          </Paper>
        ))}
      </Box>
    </Box>
  );
};
