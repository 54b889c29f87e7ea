import {
  DataTable,
  List,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleList,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { subscriptionStatuses } from "../shared/choices";
import { euros } from "../shared/format";
import { SubscriptionShow } from "../shared/subscriptions/SubscriptionShow";
import { useIsSmall } from "../shared/useIsSmall";
import { BulkCountersign, CountersignButton } from "./Countersign";
import { useFarmId } from "./useFarmId";

/** The subscriptions of the farm's templates in every AMAP it supplies; the signed ones wait for the farmer's countersignature. */
export const FarmSubscriptionList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const farmId = useFarmId();
  const filters = [
    <SelectInput key="status" source="status" choices={subscriptionStatuses} alwaysOn />,
    <ReferenceInput key="templateId" source="templateId" reference="contractTemplates" filter={{ farmId }} alwaysOn>
      <SelectInput optionText="name" />
    </ReferenceInput>,
  ];
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: "signed" }}
      sort={{ field: "createdAt", order: "ASC" }}
      perPage={50}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.household?.displayName}
          secondaryText={(r) =>
            `${r.templateName} · ${euros(r.totalCents, locale)} · ${translate(`champ.enums.subscriptionStatus.${r.status}`)}`
          }
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={<BulkCountersign />}>
          <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
          <DataTable.Col source="templateName" />
          <DataTable.Col source="totalCents" render={(r) => euros(r.totalCents, locale)} />
          <DataTable.Col source="status">
            <SelectField source="status" choices={subscriptionStatuses} />
          </DataTable.Col>
          <DataTable.Col label="champ.fields.countersignature" disableSort>
            <CountersignButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

export const FarmSubscriptionShow = () => <SubscriptionShow actions={<CountersignButton />} />;
