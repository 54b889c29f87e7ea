/**
 * "Mon agenda": every pickup of every contract and every duty of the household, pickup by pickup,
 * on the day it really happens (a moved distribution on its new day), with its time window and
 * place. From here a member declares an absence or offers a basket they cannot collect (each
 * confirmed first, each undone from the same line).
 */
import { useState } from "react";
import { Box, Chip, Paper, Typography } from "@mui/material";
import {
  Confirm,
  Loading,
  Title,
  useDataProvider,
  useGetList,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from "react-admin";
import type { ChampDataProvider } from "../dataProvider";
import { BackOfficeLink } from "../shared/BackOfficeLink";
import { LabeledButton } from "../shared/LabeledButton";
import { addDays, day, today } from "../shared/format";
import { pickupDay, PickupWhen, type PickupInfo } from "../shared/PickupWhen";
import { useHousehold, type MySubscription } from "./useHousehold";

interface Item {
  sub: MySubscription;
  text: string;
  absenceId: string | null;
  offer: { id: string; status: string } | null;
}
interface Pickup {
  distribution: PickupInfo;
  items: Item[];
  duties: string[];
}
type Asked = { kind: "absence" | "offer"; pickup: Pickup; item: Item } | null;

/** The pickups of the household's running contracts (and its duties), by distribution, in date order. */
// Duty shifts as the API answers them (JSON rows, read field by field).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function pickups(subs: MySubscription[], shifts: Array<Record<string, any>>, householdId: string): Pickup[] {
  const byDistribution = new Map<string, Pickup>();
  const at = (d: PickupInfo) => {
    let p = byDistribution.get(d.id);
    if (!p) byDistribution.set(d.id, (p = { distribution: d, items: [], duties: [] }));
    return p;
  };
  for (const sub of subs.filter(
    (s) => s.status !== "terminated" && s.status !== "draft" && s.status !== "awaiting_member_signature",
  )) {
    const perDistribution = new Map<string, typeof sub.lines>();
    for (const l of sub.lines.filter((l) => l.quantity > 0))
      perDistribution.set(l.distributionId, [...(perDistribution.get(l.distributionId) ?? []), l]);
    for (const [distributionId, lines] of perDistribution) {
      // Without its distribution (the AMAP's service did not answer), the grid's own date.
      const d: PickupInfo = lines[0].distribution ?? { id: distributionId, date: lines[0].date };
      const offer =
        sub.basketOffers.find((o) => o.distributionId === distributionId && o.status !== "withdrawn") ?? null;
      at(d).items.push({
        sub,
        text: lines.map((l) => `${l.quantity} × ${l.productName}`).join(", "),
        absenceId: sub.absences.find((a) => a.distributionId === distributionId)?.id ?? null,
        offer,
      });
    }
  }
  for (const s of shifts) {
    if (s.distribution && (s.signups ?? []).some((x: { householdId: string }) => x.householdId === householdId))
      at(s.distribution).duties.push(s.role?.name ?? "");
  }
  return [...byDistribution.values()].sort((a, b) =>
    pickupDay(a.distribution).localeCompare(pickupDay(b.distribution)),
  );
}

export const Agenda = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { householdId, data, isPending, error } = useHousehold();
  const [showPast, setShowPast] = useState(false);
  const [asked, setAsked] = useState<Asked>(null);
  const [busy, setBusy] = useState(false);
  // A fortnight back: a distribution planned before today may have been moved to a later day.
  const { data: shifts = [] } = useGetList(
    "dutyShifts",
    { filter: { amapId: data?.amapId, from: addDays(today(), -14) }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!data },
  );
  if (isPending) return <Loading />;
  if (error || !data) return <Typography role="alert">{translate("ra.notification.http_error")}</Typography>;

  const now = today();
  const list = pickups(data.subscriptions, shifts, householdId).filter(
    (p) => showPast || pickupDay(p.distribution) >= now,
  );

  const act = async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await fn();
      notify(done, { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setBusy(false);
      setAsked(null);
    }
  };
  const confirmAsked = () => {
    if (!asked) return;
    const vars = { subscriptionId: asked.item.sub.id, distributionId: asked.pickup.distribution.id };
    return asked.kind === "absence"
      ? act(() => dataProvider.action("subscriptions", "declareAbsence", vars), "champ.agenda.absenceDone")
      : act(() => dataProvider.action("subscriptions", "offerBasket", vars), "champ.agenda.offerDone");
  };
  const askedArgs = asked && {
    date: day(pickupDay(asked.pickup.distribution), locale, true),
    contract: asked.item.sub.templateName,
    items: asked.item.text,
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
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2, alignItems: "center" }}>
        <BackOfficeLink to="/contractTemplates">{translate("champ.agenda.subscribe")}</BackOfficeLink>
        <LabeledButton
          label={showPast ? "champ.agenda.hidePast" : "champ.agenda.showPast"}
          onClick={() => setShowPast(!showPast)}
        />
      </Box>
      {list.length === 0 && <Typography>{translate("champ.agenda.empty")}</Typography>}
      <Box
        component="ol"
        sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}
        aria-label={translate("champ.agenda.title")}
      >
        {list.map((p) => {
          const cancelled = p.distribution.status === "cancelled";
          const upcoming = pickupDay(p.distribution) > now && !cancelled;
          return (
            <Paper
              component="li"
              key={p.distribution.id}
              variant="outlined"
              sx={{ p: 1.5 }}
              data-distribution={p.distribution.id}
            >
              <PickupWhen pickup={p.distribution} />
              {p.duties.map((d) => (
                <Chip
                  key={d}
                  size="small"
                  color="secondary"
                  label={translate("champ.agenda.duty", { role: d })}
                  sx={{ mr: 1, my: 0.5 }}
                />
              ))}
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {p.items.map((item) => {
                  const away = !!item.absenceId;
                  return (
                    <Box component="li" key={item.sub.id} sx={{ py: 0.5 }}>
                      <strong>{item.sub.templateName}</strong> : {away || item.offer ? <s>{item.text}</s> : item.text}
                      {away && <Chip size="small" label={translate("champ.agenda.absent")} sx={{ ml: 1 }} />}
                      {item.offer && (
                        <Chip
                          size="small"
                          color="info"
                          label={translate(
                            item.offer.status === "taken" ? "champ.agenda.taken" : "champ.agenda.offered",
                          )}
                          sx={{ ml: 1 }}
                        />
                      )}
                      {upcoming && (
                        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
                          {away ? (
                            <LabeledButton
                              label="champ.agenda.undoAbsence"
                              disabled={busy}
                              onClick={() =>
                                act(
                                  () => dataProvider.action("subscriptions", "withdrawAbsence", { id: item.absenceId }),
                                  "champ.agenda.absenceUndone",
                                )
                              }
                            />
                          ) : item.offer ? (
                            item.offer.status === "offered" && (
                              <LabeledButton
                                label="champ.agenda.withdrawOffer"
                                disabled={busy}
                                onClick={() =>
                                  act(
                                    () =>
                                      dataProvider.action("subscriptions", "withdrawBasketOffer", {
                                        offerId: item.offer!.id,
                                      }),
                                    "champ.agenda.offerWithdrawn",
                                  )
                                }
                              />
                            )
                          ) : (
                            <>
                              <LabeledButton
                                label="champ.agenda.declareAbsence"
                                disabled={busy}
                                onClick={() => setAsked({ kind: "absence", pickup: p, item })}
                              />
                              <LabeledButton
                                label="champ.agenda.offerBasket"
                                disabled={busy}
                                onClick={() => setAsked({ kind: "offer", pickup: p, item })}
                              />
                            </>
                          )}
                        </Box>
                      )}
                    </Box>
                  );
                })}
              </Box>
            </Paper>
          );
        })}
      </Box>
      <Confirm
        isOpen={!!asked}
        loading={busy}
        title={asked?.kind === "offer" ? "champ.agenda.offerTitle" : "champ.agenda.absenceTitle"}
        titleTranslateOptions={askedArgs ?? {}}
        content={asked?.kind === "offer" ? "champ.agenda.offerContent" : "champ.agenda.absenceContent"}
        contentTranslateOptions={askedArgs ?? {}}
        confirm={asked?.kind === "offer" ? "champ.agenda.offerConfirm" : "champ.agenda.absenceConfirm"}
        onConfirm={confirmAsked}
        onClose={() => setAsked(null)}
      />
    </Box>
  );
};
