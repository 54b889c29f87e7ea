/**
 * An invitation by e-mail to a role (référent of a contract, farmer of a farm, an AMAP's admin):
 * the person gets a link to choose their password, or simply the role when they already have an
 * account. The API's field messages (a bad address, a scope not one's own) show under the inputs.
 */
import { useState, type ReactNode } from "react";
import SendIcon from "@mui/icons-material/Send";
import { Alert, Paper, Typography } from "@mui/material";
import { Form, required, SaveButton, TextInput, useNotify, useTranslate, type HttpError } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { FormRow } from "../shared/FormRow";

type Role = "referent" | "farmer" | "amap_admin" | "network_admin";

export const InviteForm = ({
  role,
  title,
  help,
  scopeInput,
  disabled,
}: {
  role: Role;
  title: string;
  help: string;
  scopeInput: ReactNode;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { dataProvider } = useBackOffice();
  const [sent, setSent] = useState<{ email: string; n: number } | null>(null);
  const submit = async (values: Record<string, unknown>) => {
    try {
      const clean = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
      const r = await dataProvider.query<{ email: string }>("inviteToRole", {
        input: {
          role,
          scopeId: values.scopeId,
          email: clean(values.email) ?? "",
          firstName: clean(values.firstName),
          lastName: clean(values.lastName),
        },
      });
      setSent({ email: r.email, n: (sent?.n ?? 0) + 1 });
      notify("living.invitations.sent", { type: "info", messageArgs: { email: r.email } });
      return undefined;
    } catch (err) {
      notify((err as Error).message || "ra.notification.http_error", { type: "error" });
      return ((err as HttpError)?.body as { errors?: Record<string, unknown> } | undefined)?.errors;
    }
  };
  const id = `cc-invite-${role}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: { xs: 1, sm: 2 }, mb: 2 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ fontSize: "1.05rem" }}>
        {translate(title)}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate(help)}
      </Typography>
      {/* A new form once one is sent: the next invitation starts afresh. */}
      <Form
        key={sent?.n ?? 0}
        onSubmit={submit as never}
        defaultValues={{ scopeId: "", email: "", firstName: "", lastName: "" }}
      >
        {scopeInput}
        <TextInput
          source="email"
          label="living.invitations.email"
          validate={required()}
          type="email"
          slotProps={{ htmlInput: { inputMode: "email", autoComplete: "off" } }}
        />
        <FormRow>
          <TextInput source="firstName" label="living.invitations.firstName" />
          <TextInput source="lastName" label="living.invitations.lastName" />
        </FormRow>
        <SaveButton label="living.invitations.send" icon={<SendIcon />} alwaysEnable disabled={disabled} />
      </Form>
      {sent && (
        <Alert severity="success" sx={{ mt: 1 }} role="status">
          {translate("living.invitations.sent", { email: sent.email })}
        </Alert>
      )}
    </Paper>
  );
};
