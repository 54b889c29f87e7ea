/** The AMAP's archive: everything it holds, in one ZIP to keep or to take to another instance. */
import { useState } from "react";
import DownloadIcon from "@mui/icons-material/Download";
import { Box, Typography } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { downloadFile, type DataFile } from "../../shared/downloadFile";
import { LabeledButton } from "../../shared/LabeledButton";

export const ArchiveDownload = ({ amapId }: { amapId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { dataProvider } = useBackOffice();
  const [busy, setBusy] = useState(false);
  const take = async () => {
    setBusy(true);
    try {
      downloadFile(await dataProvider.query<DataFile>("amapArchive", { amapId }));
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box>
      <Typography>{translate("champ.data.archiveHelp")}</Typography>
      <LabeledButton
        label={busy ? "champ.data.archiving" : "champ.data.archive"}
        onClick={take}
        disabled={busy}
        startIcon={<DownloadIcon />}
        variant="outlined"
        sx={{ mt: 1 }}
      />
    </Box>
  );
};
