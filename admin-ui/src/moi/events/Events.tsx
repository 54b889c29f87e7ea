/**
 * The member's events (/moi/evenements, where the event mails lead): the coming events of their
 * AMAP and of its network, with seats left; registering takes a seat, or a place on the waiting
 * list when it is full (the page says which place); cancelling frees the seat for the next one.
 */
import { useState } from "react";
import { Alert, Box, Chip, Paper, Typography } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { Loading, Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { LabeledButton } from "../../shared/LabeledButton";
import { useApi } from "../../shared/useApi";
import { eventWhen } from "../../living/time";

interface MyRegistration {
  id: string;
  status: "registered" | "waiting" | "cancelled";
  waitingPosition: number | null;
}
interface ComingEvent {
  id: string;
  networkId: string | null;
  amapId: string | null;
  kind: string;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string | null;
  timeZone: string;
  location: string;
  videoUrl: string;
  seats: number | null;
  status: "scheduled" | "cancelled";
  registeredCount: number;
  waitingCount: number;
  myRegistration: MyRegistration | null;
}
type Page = { items: ComingEvent[]; total: number };

const EventCard = ({
  event,
  onChanged,
  organiser,
}: {
  event: ComingEvent;
  onChanged: () => Promise<unknown>;
  organiser: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const [busy, setBusy] = useState(false);
  const mine = event.myRegistration && event.myRegistration.status !== "cancelled" ? event.myRegistration : null;
  const full = event.seats != null && event.registeredCount >= event.seats;
  const cancelled = event.status === "cancelled";

  const run = async (
    fn: () => Promise<MyRegistration>,
    done: (r: MyRegistration) => [string, Record<string, unknown>?],
  ) => {
    setBusy(true);
    try {
      const r = await fn();
      const [message, options] = done(r);
      notify(message, { type: "info", messageArgs: options });
      await onChanged();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  const register = () =>
    run(
      () => dataProvider.query<MyRegistration>("registerForEvent", { input: { eventId: event.id } }),
      (r) =>
        r.status === "waiting"
          ? ["living.events.waitingDone", { position: r.waitingPosition ?? "" }]
          : ["living.events.registeredDone"],
    );
  const cancel = () =>
    run(
      () => dataProvider.query<MyRegistration>("cancelEventRegistration", { id: mine!.id }),
      () => ["living.events.unregisteredDone"],
    );

  const left = event.seats == null ? null : Math.max(0, event.seats - event.registeredCount);
  return (
    <Paper component="li" variant="outlined" sx={{ p: 1.5, display: "grid", gap: 0.5 }} aria-label={event.title}>
      <Typography component="h2" sx={{ fontWeight: 700, fontSize: "1.05rem" }}>
        {event.title}
      </Typography>
      <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap" }}>
        <Chip size="small" label={translate(`living.events.kinds.${event.kind}`)} />
        <Chip size="small" variant="outlined" label={organiser} />
        {cancelled && <Chip size="small" color="error" label={translate("living.events.status.cancelled")} />}
      </Box>
      <Typography>{eventWhen(event.startsAt, event.endsAt, event.timeZone, locale)}</Typography>
      <Typography color="text.secondary">{event.location || translate("living.events.remote")}</Typography>
      {event.description && <Typography sx={{ whiteSpace: "pre-line" }}>{event.description}</Typography>}
      {!cancelled && (
        <Typography>
          {left == null
            ? translate("living.events.openSeats")
            : left > 0
              ? translate("living.events.seatsLeft", { smart_count: left, seats: event.seats })
              : translate("living.events.fullWaiting", { smart_count: event.waitingCount })}
        </Typography>
      )}
      {mine?.status === "registered" && (
        <Alert severity="success" sx={{ py: 0 }}>
          {translate("living.events.youAreRegistered")}
          {event.videoUrl && (
            <Box component="span" sx={{ display: "block", overflowWrap: "anywhere" }}>
              {translate("living.events.video")} : <a href={event.videoUrl}>{event.videoUrl}</a>
            </Box>
          )}
        </Alert>
      )}
      {mine?.status === "waiting" && (
        <Alert severity="info" sx={{ py: 0 }}>
          {translate("living.events.youAreWaiting", { position: mine.waitingPosition ?? "" })}
        </Alert>
      )}
      {!cancelled && (
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mt: 0.5 }}>
          {mine ? (
            <LabeledButton
              label={mine.status === "waiting" ? "living.events.leaveWaiting" : "living.events.unregister"}
              onClick={cancel}
              disabled={busy}
              variant="outlined"
              size="small"
            />
          ) : (
            <LabeledButton
              label={full ? "living.events.registerWaiting" : "living.events.register"}
              onClick={register}
              disabled={busy}
              variant="contained"
              size="small"
            />
          )}
        </Box>
      )}
    </Paper>
  );
};

export const MemberEvents = () => {
  const translate = useTranslate();
  const { grant } = useBackOffice();
  const queryClient = useQueryClient();
  // From the start of today: an event of this evening still shows.
  const [from] = useState(() => new Date(new Date().setHours(0, 0, 0, 0)).toISOString());
  const amapId = grant.amapId ?? undefined;
  const { data: amap } = useApi<{ id: string; name: string; networkId: string | null }>("amapBasics", { id: amapId });
  const ofAmap = useApi<Page>("upcomingEvents", { filter: { amapId, from }, perPage: 100 }, !!amapId);
  const ofNetwork = useApi<Page>(
    "upcomingEvents",
    { filter: { networkId: amap?.networkId, from }, perPage: 100 },
    !!amap?.networkId,
  );
  if (ofAmap.isPending) return <Loading />;
  const error = ofAmap.error ?? ofNetwork.error;
  const events = [
    ...(ofAmap.data?.items ?? []).map((e) => ({ e, organiser: amap?.name ?? translate("living.events.myAmap") })),
    ...(ofNetwork.data?.items ?? []).map((e) => ({ e, organiser: translate("living.events.network") })),
  ].sort((a, b) => a.e.startsAt.localeCompare(b.e.startsAt));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["champ", "upcomingEvents"] });

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "48rem" }}>
      <Title title="living.events.myTitle" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("living.events.myTitle")}
      </Typography>
      {error && <Alert severity="error">{error.message}</Alert>}
      {events.length === 0 && <Typography>{translate("living.events.none")}</Typography>}
      <Box
        component="ol"
        sx={{ listStyle: "none", p: 0, m: 0, display: "grid", gap: 1 }}
        aria-label={translate("living.events.myTitle")}
      >
        {events.map(({ e, organiser }) => (
          <EventCard key={e.id} event={e} organiser={organiser} onChanged={refresh} />
        ))}
      </Box>
    </Box>
  );
};
