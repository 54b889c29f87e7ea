import {
  DataTable,
  List,
  NumberInput,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleList,
  useLocaleState,
  useTranslate,
} from "react-admin";
import { memberKinds, networkMembershipStatuses } from "../../shared/choices";
import { day, euros } from "../../shared/format";
import { CentsField } from "../../shared/money";
import { useIsSmall } from "../../shared/useIsSmall";
import { useNetworkFilter } from "../useNetworkScope";

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="memberKind" source="memberKind" choices={memberKinds} />,
  <SelectInput key="status" source="status" choices={networkMembershipStatuses} />,
];

/** Yearly memberships of AMAPs and farms to the network: amount, status, charter signed on. */
export const NetworkMembershipList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filter = useNetworkFilter();
  return (
    <List filters={filters} filter={filter} sort={{ field: "year", order: "DESC" }}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => `${r.year} · ${translate(`champ.enums.memberKind.${r.memberKind}`)}`}
          secondaryText={(r) =>
            `${euros(r.amountCents, locale)} · ${translate(`champ.enums.networkMembershipStatus.${r.status}`)}`
          }
          rowClick="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="year" />
          <DataTable.Col source="memberKind" disableSort>
            <SelectField source="memberKind" choices={memberKinds} />
          </DataTable.Col>
          <DataTable.Col source="amapId" disableSort>
            <ReferenceField source="amapId" reference="amaps" link={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="farmId" disableSort>
            <ReferenceField source="farmId" reference="farms" link={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="amountCents" disableSort>
            <CentsField source="amountCents" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={networkMembershipStatuses} />
          </DataTable.Col>
          <DataTable.Col source="charterSignedOn" disableSort render={(r) => day(r.charterSignedOn, locale)} />
        </DataTable>
      )}
    </List>
  );
};
