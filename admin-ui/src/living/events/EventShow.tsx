/**
 * One event for its organisers: when, where, seats; the people registered (seats first, then the
 * waiting list in order), attendance to record after the event, the participants' CSV, and the
 * cancellation of the event.
 */
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import CancelIcon from "@mui/icons-material/EventBusy";
import DownloadIcon from "@mui/icons-material/Download";
import EditIcon from "@mui/icons-material/Edit";
import {
  Alert,
  Box,
  Checkbox,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { Confirm, Loading, Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { BackOfficeLink } from "../../shared/BackOfficeLink";
import { LabeledButton } from "../../shared/LabeledButton";
import { useApi } from "../../shared/useApi";
import { downloadFromApi, slug } from "../files";
import { eventWhen, shortDate } from "../time";
import { useEventScope } from "./scope";

interface Registration {
  id: string;
  name: string;
  status: "registered" | "waiting" | "cancelled";
  registeredAt: string;
  promotedAt: string | null;
  attended: boolean | null;
}
export interface EventWithRegistrations {
  id: string;
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
  registrations: Registration[];
}

export const EventShow = () => {
  const { id = "" } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const { organises } = useEventScope();
  const queryClient = useQueryClient();
  const { data: event, isPending, error } = useApi<EventWithRegistrations>("eventRegistrations", { id });
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (event) setPresent(new Set(event.registrations.filter((r) => r.attended).map((r) => r.id)));
  }, [event]);
  if (isPending) return <Loading />;
  if (error || !event)
    return <Alert severity="error">{error?.message ?? translate("ra.notification.item_doesnt_exist")}</Alert>;

  const seated = event.registrations.filter((r) => r.status === "registered");
  const waiting = event.registrations.filter((r) => r.status === "waiting");
  const reload = () => queryClient.invalidateQueries({ queryKey: ["champ", "eventRegistrations"] });
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      notify(done, { type: "info" });
      await reload();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };
  const saveAttendance = () =>
    act(
      () =>
        dataProvider.query("recordEventAttendance", {
          input: {
            eventId: event.id,
            presentIds: seated.filter((r) => present.has(r.id)).map((r) => r.id),
            absentIds: seated.filter((r) => !present.has(r.id)).map((r) => r.id),
          },
        }),
      "living.events.attendanceSaved",
    );
  const csv = () =>
    downloadFromApi(
      `/files/events/${event.id}/participants.csv`,
      `participants-${slug(event.title)}.csv`,
      locale,
    ).catch((err: Error) => notify(err.message || "living.files.failed", { type: "error" }));
  const cancelled = event.status === "cancelled";

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "56rem" }}>
      <Title title={event.title} />
      <Typography variant="h5" component="h1">
        {event.title}{" "}
        {cancelled && <Chip color="error" size="small" label={translate("living.events.status.cancelled")} />}
      </Typography>
      <Typography color="text.secondary">{translate(`living.events.kinds.${event.kind}`)}</Typography>
      <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 }, my: 1.5, display: "grid", gap: 0.5 }}>
        <Typography>{eventWhen(event.startsAt, event.endsAt, event.timeZone, locale)}</Typography>
        <Typography>{event.location || translate("living.events.remote")}</Typography>
        {event.videoUrl && (
          <Typography sx={{ overflowWrap: "anywhere" }}>
            {translate("living.events.video")} : <a href={event.videoUrl}>{event.videoUrl}</a>
          </Typography>
        )}
        <Typography sx={{ fontWeight: 600 }}>
          {event.seats == null
            ? translate("living.events.takenUnlimited", { smart_count: event.registeredCount })
            : translate("living.events.taken", { taken: event.registeredCount, seats: event.seats })}
          {event.waitingCount
            ? ` · ${translate("living.events.waitingCount", { smart_count: event.waitingCount })}`
            : ""}
        </Typography>
        {event.description && <Typography sx={{ whiteSpace: "pre-line" }}>{event.description}</Typography>}
      </Paper>
      {organises && (
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}>
          {!cancelled && (
            <BackOfficeLink to={`/events/${event.id}`} sx={{ display: "inline-flex", alignItems: "center", gap: 0.5 }}>
              <EditIcon fontSize="small" /> {translate("ra.action.edit")}
            </BackOfficeLink>
          )}
          <LabeledButton
            label="living.events.participantsCsv"
            onClick={csv}
            startIcon={<DownloadIcon />}
            variant="outlined"
            size="small"
          />
          {!cancelled && (
            <LabeledButton
              label="living.events.cancelEvent"
              onClick={() => setConfirming(true)}
              startIcon={<CancelIcon />}
              variant="outlined"
              color="error"
              size="small"
            />
          )}
        </Box>
      )}

      <Typography variant="h6" component="h2">
        {translate("living.events.registrations")}
      </Typography>
      {seated.length === 0 ? (
        <Typography sx={{ my: 1 }}>{translate("living.events.nobody")}</Typography>
      ) : (
        <Box sx={{ overflowX: "auto" }}>
          <Table size="small" aria-label={translate("living.events.registrations")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("living.events.rank")}</TableCell>
                <TableCell>{translate("living.events.name")}</TableCell>
                <TableCell>{translate("living.events.registeredOn")}</TableCell>
                {organises && <TableCell>{translate("living.events.present")}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {seated.map((r, i) => (
                <TableRow key={r.id}>
                  <TableCell>{i + 1}</TableCell>
                  <TableCell>
                    {r.name}
                    {r.promotedAt && <Chip size="small" sx={{ ml: 1 }} label={translate("living.events.promoted")} />}
                  </TableCell>
                  <TableCell>{shortDate(r.registeredAt, locale)}</TableCell>
                  {organises && (
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={present.has(r.id)}
                        slotProps={{ input: { "aria-label": translate("living.events.presentOf", { name: r.name }) } }}
                        onChange={(e) => {
                          const next = new Set(present);
                          if (e.target.checked) next.add(r.id);
                          else next.delete(r.id);
                          setPresent(next);
                        }}
                      />
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {organises && (
            <LabeledButton
              label="living.events.saveAttendance"
              onClick={saveAttendance}
              variant="contained"
              size="small"
              sx={{ mt: 1 }}
            />
          )}
        </Box>
      )}

      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate("living.events.waitingList")}
      </Typography>
      {waiting.length === 0 ? (
        <Typography>{translate("living.events.nobodyWaiting")}</Typography>
      ) : (
        <Box component="ol" sx={{ pl: 3 }} aria-label={translate("living.events.waitingList")}>
          {waiting.map((r) => (
            <li key={r.id}>
              {r.name} · {translate("living.events.since", { date: shortDate(r.registeredAt, locale) })}
            </li>
          ))}
        </Box>
      )}
      <Confirm
        isOpen={confirming}
        title="living.events.cancelTitle"
        titleTranslateOptions={{ title: event.title }}
        content="living.events.cancelContent"
        confirm="living.events.cancelEvent"
        onConfirm={() => {
          setConfirming(false);
          void act(() => dataProvider.action("events", "cancelEvent", { id: event.id }), "living.events.cancelled");
        }}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
};
