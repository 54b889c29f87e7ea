/** The households waiting for their erasure: the AMAP's admins confirm it (or it runs by itself on its date). */
import { Box, List, ListItem, ListItemText, Typography } from "@mui/material";
import { useLocaleState, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../../shared/backOffice";
import { day } from "../../shared/format";
import { LabeledButton } from "../../shared/LabeledButton";
import { useApi } from "../../shared/useApi";

interface Pending {
  erasureRequests: {
    total: number;
    items: Array<{
      id: string;
      householdId: string;
      requestedAt: string;
      dueAt: string;
      household: { displayName: string } | null;
    }>;
  };
}

export const ErasureRequests = ({ amapId }: { amapId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { dataProvider } = useBackOffice();
  const { data, refetch } = useApi<Pending["erasureRequests"]>("erasureRequests", {
    filter: { amapId, status: "requested" },
  });
  const confirm = async (id: string) => {
    try {
      await dataProvider.query("confirmDataErasure", { input: { id } });
      notify("champ.data.erasureDone", { type: "info" });
      await refetch();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };
  return (
    <Box>
      <Typography>{translate("champ.data.erasuresHelp")}</Typography>
      {!data?.items.length ? (
        <Typography sx={{ mt: 1 }}>{translate("champ.data.erasuresNone")}</Typography>
      ) : (
        <List dense>
          {data.items.map((r) => (
            <ListItem
              key={r.id}
              disableGutters
              secondaryAction={
                <LabeledButton
                  label="champ.data.erasureConfirm"
                  color="error"
                  size="small"
                  onClick={() => confirm(r.id)}
                />
              }
            >
              <ListItemText
                primary={r.household?.displayName ?? ""}
                secondary={translate("champ.data.erasureLine", {
                  requestedAt: day(r.requestedAt, locale),
                  dueAt: day(r.dueAt, locale),
                })}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};
