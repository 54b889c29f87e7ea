/**
 * My account and my data: who I am, my household's people, the export of everything held about us
 * (built by the server from every record that names the household) and the erasure of our
 * identity, which the AMAP's board confirms (or which runs by itself after its delay).
 */
import { useState } from "react";
import DownloadIcon from "@mui/icons-material/Download";
import DeleteForeverIcon from "@mui/icons-material/DeleteForever";
import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Typography,
} from "@mui/material";
import { Loading, Logout, Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { day } from "../shared/format";
import { downloadFile, type DataFile } from "../shared/downloadFile";
import { LabeledButton } from "../shared/LabeledButton";
import { useApi } from "../shared/useApi";
import { useHousehold } from "./useHousehold";

interface Erasure {
  id: string;
  pendingErasure: { id: string; requestedAt: string; dueAt: string } | null;
}

export const Account = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { person, dataProvider } = useBackOffice();
  const { householdId, data } = useHousehold();
  const erasure = useApi<Erasure>("householdErasure", { id: householdId });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!data) return <Loading />;
  const pending = erasure.data?.pendingErasure ?? null;

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      if (done) notify(done, { type: "info" });
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  const exportData = () =>
    run(async () => downloadFile(await dataProvider.query<DataFile>("householdDataExport", { householdId })));
  const requestErasure = () =>
    run(async () => {
      await dataProvider.query("requestDataErasure", { input: { householdId } });
      setConfirming(false);
      await erasure.refetch();
    }, "champ.account.erasureRequested");
  const cancelErasure = () =>
    run(async () => {
      await dataProvider.query("cancelDataErasure", { input: { id: pending!.id } });
      await erasure.refetch();
    }, "champ.account.erasureCancelled");

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "40rem" }}>
      <Title title="champ.account.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.account.title")}
      </Typography>
      <Typography sx={{ mt: 1 }}>
        {[person.firstName, person.lastName].filter(Boolean).join(" ")} · {person.email}
      </Typography>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {data.displayName}
      </Typography>
      <Box component="ul" sx={{ pl: 2.5 }}>
        {data.people.map((p) => (
          <li key={p.id}>
            {p.firstName} {p.lastName} {p.email ? `· ${p.email}` : ""}
          </li>
        ))}
      </Box>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate("champ.account.myData")}
      </Typography>
      <Typography>{translate("champ.account.exportHelp")}</Typography>
      <LabeledButton
        label="champ.account.export"
        onClick={exportData}
        disabled={busy}
        startIcon={<DownloadIcon />}
        variant="outlined"
        sx={{ my: 1 }}
      />

      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate("champ.account.erasureTitle")}
      </Typography>
      {pending ? (
        <Alert severity="warning" sx={{ my: 1 }}>
          {translate("champ.account.erasurePending", {
            requestedAt: day(pending.requestedAt, locale, true),
            dueAt: day(pending.dueAt, locale, true),
          })}
          <Box sx={{ mt: 1 }}>
            <LabeledButton
              label="champ.account.erasureCancel"
              onClick={cancelErasure}
              disabled={busy}
              variant="outlined"
              size="small"
            />
          </Box>
        </Alert>
      ) : (
        <>
          <Typography>{translate("champ.account.erasureHelp")}</Typography>
          <LabeledButton
            label="champ.account.erase"
            onClick={() => setConfirming(true)}
            disabled={busy}
            startIcon={<DeleteForeverIcon />}
            color="error"
            variant="outlined"
            sx={{ my: 1 }}
          />
        </>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="erasure-title">
        <DialogTitle id="erasure-title">{translate("champ.account.eraseConfirmTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate("champ.account.eraseConfirmText")}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <LabeledButton label="champ.account.eraseKeep" onClick={() => setConfirming(false)} />
          <LabeledButton
            label="champ.account.eraseConfirm"
            onClick={requestErasure}
            disabled={busy}
            color="error"
            variant="contained"
          />
        </DialogActions>
      </Dialog>
      <Box sx={{ mt: 2 }}>
        <Logout />
      </Box>
    </Box>
  );
};
