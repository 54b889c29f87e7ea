/**
 * The person's mail choices (the page every mail's "Choisir vos notifications" link opens, in the
 * person's own space): each kind on or off, and the language of the mails. The kinds are named by
 * the API, with the words the one-click unsubscribe page uses too.
 */
import { useState } from "react";
import {
  Alert,
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Paper,
  Radio,
  RadioGroup,
  Switch,
  Typography,
} from "@mui/material";
import { useQueryClient } from "@tanstack/react-query";
import { Loading, Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { useApi } from "../shared/useApi";

export interface NotificationPreferences {
  lang: "fr" | "en";
  choices: Array<{ kind: string; enabled: boolean; label: string }>;
}

export const Notifications = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const queryClient = useQueryClient();
  // The locale in the key: the kinds' names come in the interface's language.
  const key = { locale };
  const { data, isPending, error } = useApi<NotificationPreferences>("myNotificationPreferences", key);
  const [saving, setSaving] = useState(false);
  if (isPending) return <Loading />;
  if (error || !data)
    return <Alert severity="error">{error?.message ?? translate("ra.notification.http_error")}</Alert>;

  const save = async (input: { lang?: string; disabledKinds?: string[] }) => {
    setSaving(true);
    try {
      const next = await dataProvider.query<NotificationPreferences>("updateMyNotificationPreferences", { input });
      queryClient.setQueryData(["champ", "myNotificationPreferences", key], next);
      notify("living.notifications.saved", { type: "info" });
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setSaving(false);
    }
  };
  const toggle = (kind: string, on: boolean) =>
    save({ disabledKinds: data.choices.filter((c) => (c.kind === kind ? !on : !c.enabled)).map((c) => c.kind) });

  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "40rem" }}>
      <Title title="living.notifications.title" />
      <Typography variant="h5" component="h1">
        {translate("living.notifications.title")}
      </Typography>
      <Typography sx={{ my: 1 }}>{translate("living.notifications.help")}</Typography>
      <Paper variant="outlined" sx={{ p: { xs: 1, sm: 2 }, mb: 2 }} component="section" aria-labelledby="cc-kinds">
        <Typography id="cc-kinds" variant="h6" component="h2" sx={{ fontSize: "1rem", fontWeight: 600 }}>
          {translate("living.notifications.kinds")}
        </Typography>
        <Box sx={{ display: "grid" }}>
          {data.choices.map((c) => (
            <FormControlLabel
              key={c.kind}
              control={
                <Switch checked={c.enabled} disabled={saving} onChange={(e) => toggle(c.kind, e.target.checked)} />
              }
              label={c.label}
              sx={{ alignItems: "center", mr: 0, py: 0.25 }}
            />
          ))}
        </Box>
      </Paper>
      <FormControl component="fieldset">
        <FormLabel component="legend">{translate("living.notifications.language")}</FormLabel>
        <RadioGroup row value={data.lang} onChange={(e) => save({ lang: e.target.value })}>
          <FormControlLabel
            value="fr"
            control={<Radio disabled={saving} />}
            label={translate("living.notifications.fr")}
          />
          <FormControlLabel
            value="en"
            control={<Radio disabled={saving} />}
            label={translate("living.notifications.en")}
          />
        </RadioGroup>
      </FormControl>
      <Typography color="text.secondary" sx={{ mt: 2, fontSize: "0.9rem" }}>
        {translate("living.notifications.always")}
      </Typography>
    </Box>
  );
};
