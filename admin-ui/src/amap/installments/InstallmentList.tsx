/**
 * Cheque tracking: the AMAP's installments (a référent's: their contract's), by status and contract;
 * select some and mark them received (one request for all, each cheque's amount shown next to its
 * number), or hand the received ones over to a farm on a date (remise au paysan).
 */
import CheckIcon from "@mui/icons-material/Check";
import TableIcon from "@mui/icons-material/TableChart";
import HandoverIcon from "@mui/icons-material/Handshake";
import { Box, Typography } from "@mui/material";
import { useWatch } from "react-hook-form";
import {
  AutocompleteInput,
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
  useRedirect,
  useTranslate,
  useUnselectAll,
  Button,
} from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { installmentStatuses, paymentMeans } from "../../shared/choices";
import { day, euros, today } from "../../shared/format";
import { FormRow } from "../../shared/FormRow";
import { useApi } from "../../shared/useApi";
import { useIsSmall } from "../../shared/useIsSmall";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { useMay } from "../useMay";
import { chequeNumber } from "../validation";

/** markInstallmentsReceived: the selected installments, each cheque with its amount, number, bank and issuer. */
const MarkReceived = () => {
  const { selectedIds, data = [] } = useListContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const unselect = useUnselectAll("installments");
  const may = useMay("markInstallmentsReceived", "installments");
  const selected = data.filter((i) => selectedIds.includes(i.id));
  const waiting = selected.filter((i) => i.status === "to_provide");
  const cheques = waiting.filter((i) => i.means === "cheque");
  const others = waiting.filter((i) => i.means !== "cheque");
  if (!may) return null;
  const total = waiting.reduce((s, i) => s + i.amountCents, 0);
  return (
    <ActionDialog
      label="champ.action.markReceived"
      title="champ.amap.cheques.receiveTitle"
      icon={<CheckIcon />}
      success="champ.action.receivedDone"
      disabled={waiting.length === 0}
      defaultValues={{
        receivedOn: today(),
        details: cheques.map((i) => ({
          installmentId: i.id,
          chequeNumber: i.chequeNumber,
          bank: i.bank,
          issuer: i.issuer || i.household?.displayName,
        })),
      }}
      onSubmit={async (v) => {
        const details = ((v.details as Array<Record<string, string>>) ?? []).map((d) => ({
          ...d,
          chequeNumber: String(d.chequeNumber ?? "").replace(/\s+/g, ""),
        }));
        await dataProvider.action("installments", "markInstallmentsReceived", {
          ids: waiting.map((i) => i.id),
          receivedOn: v.receivedOn,
          details,
        });
        unselect();
      }}
    >
      <Typography sx={{ mb: 1 }}>
        {translate("champ.amap.cheques.receiveSummary", { smart_count: waiting.length, total: euros(total, locale) })}
      </Typography>
      <DateInput source="receivedOn" label="champ.fields.receivedOn" validate={required()} />
      {cheques.map((i, n) => (
        <Box
          key={i.id}
          component="fieldset"
          sx={{ border: 0, borderTop: 1, borderColor: "divider", p: 0, pt: 1, m: 0 }}
        >
          <Box component="legend" sx={{ fontWeight: 600 }}>
            {translate("champ.amap.cheques.chequeOf", {
              household: i.household?.displayName ?? "—",
              amount: euros(i.amountCents, locale),
              date: day(i.dueOn, locale),
            })}
            <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
              {i.subscription?.templateName ?? translate("champ.fields.membershipFee")}
            </Typography>
          </Box>
          <FormRow>
            <TextInput
              source={`details.${n}.chequeNumber`}
              label="resources.installments.fields.chequeNumber"
              validate={[required(), chequeNumber]}
              slotProps={{ htmlInput: { inputMode: "numeric" } }}
            />
            <TextInput source={`details.${n}.bank`} label="champ.fields.bank" validate={required()} />
            <TextInput source={`details.${n}.issuer`} label="champ.fields.issuer" validate={required()} />
          </FormRow>
        </Box>
      ))}
      {others.length > 0 && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {translate("champ.amap.cheques.othersPaid", { smart_count: others.length })}
        </Typography>
      )}
    </ActionDialog>
  );
};

/** What the chosen farm is owed in received cheques, before handing them over. */
const HeldForFarm = () => {
  const farmId = useWatch({ name: "farmId" }) as string | undefined;
  const { amapId } = useAmapScope();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useApi<{ heldCents: number }>("farmBalance", { amapId, farmId });
  if (!farmId || !data) return null;
  return (
    <Typography sx={{ mt: 1 }}>
      {translate("champ.amap.cheques.held", { amount: euros(data.heldCents, locale) })}
    </Typography>
  );
};

/** handOverInstallments: to one farm on one date, the selected cheques (or, from the toolbar, every received one of that farm). */
const HandOver = ({ selected }: { selected?: boolean }) => {
  const { selectedIds, data = [] } = useListContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { amapId } = useAmapScope();
  const unselect = useUnselectAll("installments");
  const may = useMay("handOverInstallments", "installments");
  const chosen = data.filter((i) => selectedIds.includes(i.id) && i.status === "received");
  const farms = new Set(chosen.map((i) => i.subscription?.farmId).filter(Boolean));
  if (!may) return null;
  return (
    <ActionDialog
      label={selected ? "champ.action.handOverSelected" : "champ.action.handOver"}
      title="champ.amap.cheques.handOverTitle"
      icon={<HandoverIcon />}
      success="champ.amap.cheques.handedOver"
      disabled={selected && chosen.length === 0}
      defaultValues={{ date: today(), farmId: farms.size === 1 ? [...farms][0] : undefined }}
      onSubmit={async (v) => {
        await dataProvider.action("installments", "handOverInstallments", {
          amapId,
          farmId: v.farmId,
          date: v.date,
          ids: selected ? chosen.map((i) => i.id) : undefined,
        });
        unselect();
      }}
    >
      {selected && (
        <Typography sx={{ mb: 1 }}>
          {translate("champ.amap.cheques.handOverSummary", {
            smart_count: chosen.length,
            total: euros(
              chosen.reduce((s, i) => s + i.amountCents, 0),
              locale,
            ),
          })}
        </Typography>
      )}
      <FormRow>
        <ReferenceInput source="farmId" reference="farms" sort={{ field: "name", order: "ASC" }}>
          <AutocompleteInput validate={required()} label="champ.fields.farm" />
        </ReferenceInput>
        <DateInput source="date" validate={required()} label="champ.fields.handOverDate" />
      </FormRow>
      {!selected && <HeldForFarm />}
    </ActionDialog>
  );
};

const BulkActions = () => (
  <>
    <MarkReceived />
    <HandOver selected />
  </>
);

const Actions = () => {
  const redirect = useRedirect();
  return (
    <TopToolbar sx={{ flexWrap: "wrap" }}>
      <Button label="champ.amap.cheques.byContract" onClick={() => redirect("/cheques")}>
        <TableIcon />
      </Button>
      <HandOver />
    </TopToolbar>
  );
};

export const InstallmentList = () => {
  const { amapId, templateId } = useAmapScope();
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filters = [
    <SelectInput key="status" source="status" choices={installmentStatuses} alwaysOn />,
    ...(templateId
      ? []
      : [
          <ReferenceInput
            key="templateId"
            source="templateId"
            reference="contractTemplates"
            filter={{ amapId }}
            sort={{ field: "name", order: "ASC" }}
            alwaysOn
          >
            <SelectInput optionText="name" label="champ.amap.cheques.contract" />
          </ReferenceInput>,
        ]),
  ];
  const status = (r: { status: string }) => translate(`champ.enums.installmentStatus.${r.status}`);
  return (
    <List
      filters={filters}
      // A référent's list is their contract's: its total counts the rows it shows.
      filter={templateId ? { templateId } : { amapId }}
      filterDefaultValues={{ status: "to_provide" }}
      sort={{ field: "dueOn", order: "ASC" }}
      actions={<Actions />}
      perPage={50}
      exporter={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => `${r.household?.displayName ?? "—"} · ${euros(r.amountCents, locale)}`}
          secondaryText={(r) =>
            `${day(r.dueOn, locale)} · ${r.subscription?.templateName ?? translate("champ.fields.membershipFee")} · ${status(r)}${r.chequeNumber ? ` · n° ${r.chequeNumber}` : ""}`
          }
          rowClick={false}
        />
      ) : (
        <DataTable bulkActionButtons={<BulkActions />} rowClick={false}>
          <DataTable.Col source="dueOn" label="champ.amap.cheques.dueOn" render={(r) => day(r.dueOn, locale)} />
          <DataTable.Col source="householdId" disableSort render={(r) => r.household?.displayName ?? "—"} />
          <DataTable.Col
            source="subscriptionId"
            disableSort
            render={(r) => r.subscription?.templateName ?? translate("champ.fields.membershipFee")}
          />
          <DataTable.Col source="amountCents" render={(r) => euros(r.amountCents, locale)} />
          <DataTable.Col source="means" disableSort>
            <SelectField source="means" choices={paymentMeans} />
          </DataTable.Col>
          <DataTable.Col source="chequeNumber" disableSort render={(r) => r.chequeNumber || "—"} />
          <DataTable.Col source="status" render={status} />
        </DataTable>
      )}
    </List>
  );
};
