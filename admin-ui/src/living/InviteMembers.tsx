/** After an import of the member list: one click invites everyone of the AMAP's households who has an address and no account yet. */
import { useState } from "react";
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import { Alert, Paper, Typography } from "@mui/material";
import { Confirm, useNotify, useTranslate } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { LabeledButton } from "../shared/LabeledButton";

export const InviteMembers = ({ amapId }: { amapId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { dataProvider } = useBackOffice();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [invited, setInvited] = useState<string[] | null>(null);
  const invite = async () => {
    setOpen(false);
    setBusy(true);
    try {
      const r = await dataProvider.query<Array<{ email: string }>>("inviteAmapMembers", { amapId });
      setInvited(r.map((i) => i.email));
      notify(r.length ? "living.invitations.membersDone" : "living.invitations.membersNone", {
        type: "info",
        messageArgs: { smart_count: r.length },
      });
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="cc-invite-members"
      sx={{ p: { xs: 1, sm: 2 }, mb: 2 }}
    >
      <Typography id="cc-invite-members" variant="h6" component="h2" sx={{ fontSize: "1.05rem" }}>
        {translate("living.invitations.members")}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate("living.invitations.membersHelp")}
      </Typography>
      <LabeledButton
        label="living.invitations.membersButton"
        onClick={() => setOpen(true)}
        disabled={busy}
        startIcon={<GroupAddIcon />}
        variant="contained"
      />
      {invited && (
        <Alert severity={invited.length ? "success" : "info"} sx={{ mt: 1 }} role="status">
          {invited.length
            ? translate("living.invitations.membersDone", { smart_count: invited.length })
            : translate("living.invitations.membersNone")}
          {invited.length > 0 && invited.length <= 50 && (
            <Typography component="span" sx={{ display: "block", fontSize: "0.9rem", overflowWrap: "anywhere" }}>
              {invited.join(", ")}
            </Typography>
          )}
        </Alert>
      )}
      <Confirm
        isOpen={open}
        title="living.invitations.membersButton"
        content="living.invitations.membersConfirm"
        confirm="living.invitations.membersGo"
        onConfirm={invite}
        onClose={() => setOpen(false)}
      />
    </Paper>
  );
};
