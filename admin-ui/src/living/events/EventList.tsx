import {
  CreateButton,
  DataTable,
  FunctionField,
  List,
  SimpleList,
  TopToolbar,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { Typography } from "@mui/material";
import { useIsSmall } from "../../shared/useIsSmall";
import { eventWhen } from "../time";
import { useEventScope } from "./scope";

/** "5 / 8", "12" (no limit), with the waiting list when there is one. */
export function useSeatsText() {
  const translate = useTranslate();
  return (r: RaRecord) => {
    const taken = r.seats == null ? String(r.registeredCount) : `${r.registeredCount} / ${r.seats}`;
    return r.waitingCount
      ? `${taken} · ${translate("living.events.waitingCount", { smart_count: r.waitingCount })}`
      : taken;
  };
}

export const EventList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filter, organises } = useEventScope();
  const seats = useSeatsText();
  const when = (r: RaRecord) => eventWhen(r.startsAt, r.endsAt, r.timeZone, locale);
  const status = (r: RaRecord) => (r.status === "cancelled" ? ` · ${translate("living.events.status.cancelled")}` : "");
  if (!filter) return <Typography sx={{ p: 2 }}>{translate("living.events.noScope")}</Typography>;
  return (
    <List
      filter={filter}
      sort={{ field: "startsAt", order: "DESC" }}
      actions={<TopToolbar>{organises && <CreateButton />}</TopToolbar>}
      empty={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => `${r.title}${status(r)}`}
          secondaryText={when}
          tertiaryText={seats}
          linkType="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="kind" render={(r) => translate(`living.events.kinds.${r.kind}`)} />
          <DataTable.Col source="startsAt" render={when} />
          <DataTable.Col source="seats" disableSort>
            <FunctionField render={seats} />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort render={(r) => translate(`living.events.status.${r.status}`)} />
        </DataTable>
      )}
    </List>
  );
};
