/** The farmer countersigns signed subscriptions (once the template's subscriptions are closed), one or many at once. */
import SignIcon from "@mui/icons-material/Draw";
import {
  Button,
  useCanAccess,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useUnselectAll,
} from "react-admin";
import type { ChampDataProvider } from "../dataProvider";

function useCountersign() {
  const dataProvider = useDataProvider<ChampDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return async (ids: Array<string | number>) => {
    let done = 0;
    try {
      for (const id of ids) {
        await dataProvider.action("subscriptions", "countersignSubscription", { id });
        done++;
      }
      notify("champ.action.countersigned", { type: "info", messageArgs: { smart_count: done } });
    } catch (err) {
      notify((err as Error).message || "ra.notification.http_error", { type: "error" });
    }
    refresh();
  };
}

export const CountersignButton = () => {
  const record = useRecordContext();
  const countersign = useCountersign();
  const { canAccess } = useCanAccess({ action: "countersignSubscription", resource: "subscriptions", record });
  if (!record || !canAccess) return null;
  return (
    <Button
      label="champ.action.countersign"
      onClick={(e) => (e.stopPropagation(), countersign([record.id]))}
      startIcon={<SignIcon />}
      variant="contained"
    />
  );
};

export const BulkCountersign = () => {
  const { selectedIds } = useListContext();
  const unselect = useUnselectAll("subscriptions");
  const countersign = useCountersign();
  return (
    <Button
      label="champ.action.countersignSelected"
      onClick={() => countersign(selectedIds).then(() => unselect())}
      startIcon={<SignIcon />}
    />
  );
};
