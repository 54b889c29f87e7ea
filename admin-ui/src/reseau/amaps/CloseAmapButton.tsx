import { useState } from "react";
import CloseIcon from "@mui/icons-material/DoNotDisturbOn";
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";

/** `closeAmap(input: { id })`: an AMAP is closed, never deleted, so its history stays. */
export const CloseAmapButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record || record.status === "closed") return null;

  const close = async () => {
    setPending(true);
    try {
      await dataProvider.action("amaps", "closeAmap", { id: record.id });
      notify("champ.action.closed", { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message || "ra.notification.http_error", { type: "error" });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="champ.action.closeAmap" color="error" onClick={() => setOpen(true)} disabled={pending}>
        <CloseIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="champ.action.closeAmapTitle"
        titleTranslateOptions={{ name: record.name }}
        content="champ.action.closeAmapContent"
        onConfirm={close}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
