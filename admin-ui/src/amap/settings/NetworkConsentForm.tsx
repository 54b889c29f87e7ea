/** What the network may see of the AMAP beyond anonymous totals: three choices, saved with who and when. */
import { useEffect, useState } from "react";
import { Box, Checkbox, FormControlLabel, FormGroup, Typography } from "@mui/material";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { day } from "../../shared/format";
import { LabeledButton } from "../../shared/LabeledButton";
import { useApi } from "../../shared/useApi";

interface Consent {
  directory: boolean;
  partnerships: boolean;
  statistics: boolean;
  decidedAt: string | null;
}

const KINDS = ["directory", "partnerships", "statistics"] as const;

export const NetworkConsentForm = ({ amapId }: { amapId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const { data, refetch } = useApi<{ networkConsent: Consent }>("amapNetworkConsent", { id: amapId });
  const [choice, setChoice] = useState<Omit<Consent, "decidedAt"> | null>(null);
  useEffect(() => {
    if (data)
      setChoice({
        directory: data.networkConsent.directory,
        partnerships: data.networkConsent.partnerships,
        statistics: data.networkConsent.statistics,
      });
  }, [data]);
  if (!choice || !data) return null;
  const save = async () => {
    try {
      await dataProvider.query("setNetworkConsent", { input: { amapId, ...choice } });
      notify("champ.data.consentSaved", { type: "info" });
      await refetch();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };
  return (
    <Box>
      <Typography>{translate("champ.data.consentHelp")}</Typography>
      <FormGroup sx={{ my: 1 }}>
        {KINDS.map((k) => (
          <FormControlLabel
            key={k}
            control={<Checkbox checked={choice[k]} onChange={(e) => setChoice({ ...choice, [k]: e.target.checked })} />}
            label={translate(`champ.data.${k}`)}
          />
        ))}
      </FormGroup>
      <Typography variant="body2" color="text.secondary">
        {data.networkConsent.decidedAt
          ? translate("champ.data.consentBy", { at: day(data.networkConsent.decidedAt, locale, true) })
          : translate("champ.data.consentNever")}
      </Typography>
      <LabeledButton label="champ.data.save" onClick={save} variant="contained" sx={{ mt: 1 }} />
    </Box>
  );
};
