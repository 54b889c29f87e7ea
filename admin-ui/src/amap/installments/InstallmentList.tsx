/**
 * Cheque tracking: every installment of the AMAP, filtered by status; select some and mark them
 * received (one request for all), or hand the received ones over to a farm on a date.
 */
import CheckIcon from "@mui/icons-material/Check";
import { Box } from "@mui/material";
import HandoverIcon from "@mui/icons-material/Handshake";
import {
  AutocompleteInput,
  CanAccess,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  required,
  SelectField,
  SelectInput,
  SimpleList,
  TextInput,
  TopToolbar,
  useDataProvider,
  useListContext,
  useLocaleState,
  useTranslate,
  useUnselectAll,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { installmentStatuses, paymentMeans } from "../../shared/choices";
import { day, euros, today } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { useIsSmall } from "../../shared/useIsSmall";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";

/** markInstallmentsReceived: the selected installments, with each cheque's number, bank and issuer (the API requires them). */
const MarkReceived = () => {
  const { selectedIds, data = [] } = useListContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const translate = useTranslate();
  const unselect = useUnselectAll("installments");
  const selected = data.filter((i) => selectedIds.includes(i.id));
  const cheques = selected.filter((i) => i.means === "cheque");
  return (
    <CanAccess action="markInstallmentsReceived" resource="installments">
      <ActionDialog
        label="champ.action.markReceived"
        icon={<CheckIcon />}
        success="champ.action.receivedDone"
        defaultValues={{ receivedOn: today(), details: cheques.map((i) => ({ installmentId: i.id, chequeNumber: i.chequeNumber, bank: i.bank, issuer: i.issuer || i.household?.displayName })) }}
        onSubmit={async (v) => {
          await dataProvider.action("installments", "markInstallmentsReceived", { ids: selectedIds, receivedOn: v.receivedOn, details: v.details });
          unselect();
        }}
      >
        <DateInput source="receivedOn" label="champ.fields.receivedOn" validate={required()} />
        {cheques.map((i, n) => (
          <Box key={i.id} component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <legend>
              {i.household?.displayName} · {i.subscription?.templateName ?? translate("champ.fields.membershipFee")}
            </legend>
            <FormRow>
              <TextInput source={`details.${n}.chequeNumber`} label="resources.installments.fields.chequeNumber" validate={required()} />
              <TextInput source={`details.${n}.bank`} label="champ.fields.bank" validate={required()} />
              <TextInput source={`details.${n}.issuer`} label="champ.fields.issuer" validate={required()} />
            </FormRow>
          </Box>
        ))}
      </ActionDialog>
    </CanAccess>
  );
};

/** handOverInstallments: to one farm on one date, the selected cheques (or, from the toolbar, all received ones of that farm). */
const HandOver = ({ selected }: { selected?: boolean }) => {
  const { selectedIds, data = [] } = useListContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { amapId } = useAmapScope();
  const unselect = useUnselectAll("installments");
  const farms = new Set(data.filter((i) => selectedIds.includes(i.id)).map((i) => i.subscription?.farmId).filter(Boolean));
  return (
    <CanAccess action="handOverInstallments" resource="installments">
      <ActionDialog
        label={selected ? "champ.action.handOverSelected" : "champ.action.handOver"}
        icon={<HandoverIcon />}
        defaultValues={{ date: today(), farmId: farms.size === 1 ? [...farms][0] : undefined }}
        onSubmit={async (v) => {
          await dataProvider.action("installments", "handOverInstallments", { amapId, farmId: v.farmId, date: v.date, ids: selected ? selectedIds : undefined });
          unselect();
        }}
      >
        <FormRow>
          <ReferenceInput source="farmId" reference="farms">
            <AutocompleteInput validate={required()} label="champ.fields.farm" />
          </ReferenceInput>
          <DateInput source="date" validate={required()} label="champ.fields.handOverDate" />
        </FormRow>
      </ActionDialog>
    </CanAccess>
  );
};

const BulkActions = () => (
  <>
    <MarkReceived />
    <HandOver selected />
  </>
);

const Actions = () => (
  <TopToolbar>
    <HandOver />
  </TopToolbar>
);

export const InstallmentList = () => {
  const { amapId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [<SelectInput key="status" source="status" choices={installmentStatuses} alwaysOn />];
  return (
    <List filters={filters} filter={{ amapId }} filterDefaultValues={{ status: "to_provide" }} sort={{ field: "dueOn", order: "ASC" }} actions={<Actions />} perPage={50}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => `${r.household?.displayName ?? "—"} · ${euros(r.amountCents, locale)}`}
          secondaryText={(r) => `${day(r.dueOn, locale)} · ${r.subscription?.templateName ?? ""} · ${translate(`champ.enums.installmentStatus.${r.status}`)}`}
        />
      ) : (
        <DataTable bulkActionButtons={<BulkActions />} rowClick={false}>
          <DataTable.Col source="dueOn" render={(r) => day(r.dueOn, locale)} />
          <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
          <DataTable.Col source="subscriptionId" disableSort render={(r) => r.subscription?.templateName ?? translate("champ.fields.membershipFee")} />
          <DataTable.Col source="amountCents" render={(r) => euros(r.amountCents, locale)} />
          <DataTable.Col source="means" disableSort>
            <SelectField source="means" choices={paymentMeans} />
          </DataTable.Col>
          <DataTable.Col source="chequeNumber" disableSort />
          <DataTable.Col source="status">
            <SelectField source="status" choices={installmentStatuses} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
