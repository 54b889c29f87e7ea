/**
 * A button opening a small form for a domain action (cancel a distribution with a reason, hand
 * cheques over to a farm on a date…). The API's field errors (BAD_USER_INPUT) come back under the
 * inputs: the form's names are the action's argument names.
 */
import { useState, type ReactElement, type ReactNode } from "react";
import { Dialog, DialogActions, DialogContent, DialogTitle } from "@mui/material";
import { Button, Form, SaveButton, useNotify, useRefresh, useTranslate, type HttpError } from "react-admin";

export interface ActionDialogProps {
  label: string;
  /** The dialog's submit button, when it must say more than the opening button ("Annuler la distribution"). */
  submitLabel?: string;
  /** The button that closes without doing anything ("Annuler" by default; "Fermer" where "Annuler" is the action). */
  closeLabel?: string;
  title?: string;
  icon?: ReactElement;
  defaultValues?: Record<string, unknown>;
  children: ReactNode;
  /** Sends the action; resolves when done. */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  success?: string;
  disabled?: boolean;
  color?: "primary" | "error" | "inherit";
}

/**
 * The dialog's form starts from its own default values only. React-admin's <Form> would otherwise
 * start from the page's record (a template, a household), and the action would send the whole
 * record: GraphQL refused it with a raw English message full of ids. A constant, since a new
 * object at each render would reset the form.
 */
const NO_RECORD = {};

export function fieldErrors(err: unknown): Record<string, unknown> | undefined {
  const body = (err as HttpError)?.body as { errors?: Record<string, unknown> } | undefined;
  return body?.errors;
}

export const ActionDialog = ({
  label,
  submitLabel,
  closeLabel,
  title,
  icon,
  defaultValues,
  children,
  onSubmit,
  success,
  disabled,
  color,
}: ActionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const id = `cc-dialog-${label.replace(/\W+/g, "-")}`;

  const submit = async (values: Record<string, unknown>) => {
    try {
      await onSubmit(values);
      notify(success ?? "champ.action.done", { type: "info" });
      setOpen(false);
      refresh();
      return undefined;
    } catch (err) {
      const errors = fieldErrors(err);
      notify((err as Error).message || "ra.notification.http_error", { type: "error" });
      // Returned errors land under the inputs named after the API's fields.
      return errors;
    }
  };

  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} disabled={disabled} color={color}>
        {icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={id} fullWidth maxWidth="sm">
        <Form onSubmit={submit as never} defaultValues={defaultValues} record={NO_RECORD}>
          <DialogTitle id={id}>{translate(title ?? label)}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button label={closeLabel ?? "ra.action.cancel"} onClick={() => setOpen(false)} />
            <SaveButton label={submitLabel ?? label} icon={icon ?? <span />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
