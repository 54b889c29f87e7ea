/**
 * Agendas on secret URLs (iCal): a household's pickups and duties (/moi), an AMAP's distributions
 * (/amap), a farm's deliveries in every AMAP (/paysan). The URL is shown once, when made; it can be
 * replaced by a new one (the old one stops) or switched off.
 */
import { useState } from "react";
import CalendarIcon from "@mui/icons-material/CalendarMonth";
import CopyIcon from "@mui/icons-material/ContentCopy";
import { Alert, Box, Paper, TextField, Typography } from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { Confirm, Loading, Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { LabeledButton } from "../shared/LabeledButton";
import { useApi } from "../shared/useApi";
import { shortDate } from "./time";

type Kind = "member" | "amap" | "farm";
interface Feed {
  id: string;
  kind: Kind;
  scopeId: string;
  createdAt: string;
  revokedAt: string | null;
}

/** The secret address, shown this once, with a copy button and how to use it. */
const NewAddress = ({ url }: { url: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify("living.agendas.copied", { type: "info" });
    } catch {
      // No clipboard (an insecure page, an old browser): the address is selected for a manual copy.
      (document.getElementById("cc-feed-url") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <Alert
      severity="success"
      icon={<CalendarIcon />}
      sx={{ my: 1, "& .MuiAlert-message": { width: "100%", minWidth: 0 } }}
    >
      <Typography sx={{ fontWeight: 600 }}>{translate("living.agendas.shownOnce")}</Typography>
      <TextField
        id="cc-feed-url"
        value={url}
        fullWidth
        size="small"
        label={translate("living.agendas.address")}
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false }, inputLabel: { shrink: true } }}
        onFocus={(e) => e.target.select()}
        sx={{ my: 1 }}
      />
      <LabeledButton
        label="living.agendas.copy"
        onClick={copy}
        startIcon={<CopyIcon />}
        variant="contained"
        size="small"
      />
    </Alert>
  );
};

export const AgendaFeeds = ({ kind, scopeId, title }: { kind: Kind; scopeId: string | undefined; title: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const queryClient = useQueryClient();
  const { data: feeds, isPending } = useApi<Feed[]>("myCalendarFeeds", {});
  const [shown, setShown] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<Feed | null>(null);
  if (isPending || !scopeId) return <Loading />;
  const mine = (feeds ?? []).filter((f) => f.kind === kind && f.scopeId === scopeId && !f.revokedAt);

  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      const r = (await fn()) as { url?: string };
      setShown(r?.url ?? null);
      await queryClient.invalidateQueries({ queryKey: ["champ", "myCalendarFeeds"] });
      notify(done, { type: "info" });
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };
  const create = () =>
    run(() => dataProvider.query("createCalendarFeed", { input: { kind, scopeId } }), "living.agendas.created");
  const regenerate = (f: Feed) =>
    run(() => dataProvider.query("regenerateCalendarFeed", { id: f.id }), "living.agendas.regenerated");
  const revoke = (f: Feed) =>
    run(() => dataProvider.query("revokeCalendarFeed", { id: f.id }), "living.agendas.revoked");

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "42rem" }}>
      <Title title="living.agendas.title" />
      <Typography variant="h5" component="h1">
        {translate("living.agendas.title")}
      </Typography>
      <Typography sx={{ mt: 1 }}>{translate(title)}</Typography>
      <Typography sx={{ my: 1 }}>{translate("living.agendas.howTo")}</Typography>
      {shown && <NewAddress url={shown} />}
      <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 } }} component="section" aria-label={translate(title)}>
        {mine.length === 0 ? (
          <>
            <Typography sx={{ mb: 1 }}>{translate("living.agendas.none")}</Typography>
            <LabeledButton
              label="living.agendas.create"
              onClick={create}
              startIcon={<CalendarIcon />}
              variant="contained"
            />
          </>
        ) : (
          mine.map((f) => (
            <Box key={f.id} sx={{ display: "grid", gap: 1 }}>
              <Typography>{translate("living.agendas.active", { date: shortDate(f.createdAt, locale) })}</Typography>
              <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
                <LabeledButton
                  label="living.agendas.regenerate"
                  onClick={() => regenerate(f)}
                  variant="outlined"
                  size="small"
                />
                <LabeledButton
                  label="living.agendas.revoke"
                  onClick={() => setRevoking(f)}
                  variant="outlined"
                  color="error"
                  size="small"
                />
              </Box>
            </Box>
          ))
        )}
      </Paper>
      <Typography color="text.secondary" sx={{ mt: 1, fontSize: "0.9rem" }}>
        {translate("living.agendas.secret")}
      </Typography>
      <Confirm
        isOpen={!!revoking}
        title="living.agendas.revokeTitle"
        content="living.agendas.revokeContent"
        confirm="living.agendas.revoke"
        onConfirm={() => {
          const f = revoking!;
          setRevoking(null);
          void revoke(f);
        }}
        onClose={() => setRevoking(null)}
      />
    </Box>
  );
};

/** /moi/agendas: the household's pickups and duties (the member's grant is on the household). */
export const MemberAgenda = () => (
  <AgendaFeeds kind="member" scopeId={useBackOffice().grant.scopeId} title="living.agendas.member" />
);

/** /amap/agendas: the AMAP's distributions (a référent's grant is on a template of the AMAP). */
export const AmapAgenda = () => {
  const { grant } = useBackOffice();
  return (
    <AgendaFeeds
      kind="amap"
      scopeId={grant.role === "referent" ? (grant.amapId ?? undefined) : grant.scopeId}
      title="living.agendas.amap"
    />
  );
};

/** /paysan/agendas: the farm's deliveries in every AMAP. */
export const FarmAgenda = () => (
  <AgendaFeeds kind="farm" scopeId={useBackOffice().grant.scopeId} title="living.agendas.farm" />
);
