import {
  ArrayField,
  BooleanInput,
  Create,
  CreateButton,
  DataTable,
  Edit,
  EmailField,
  List,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleList,
  TextInput,
  TopToolbar,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from "react-admin";
import PersonAddIcon from "@mui/icons-material/PersonAdd";
import MailIcon from "@mui/icons-material/ForwardToInbox";
import { Typography } from "@mui/material";
import type { ChampDataProvider } from "../../dataProvider";
import { householdStatuses } from "../../shared/choices";
import { FormRow } from "../../shared/FormRow";
import { NoDeleteToolbar } from "../../shared/NoDeleteToolbar";
import { SectionTitle } from "../../shared/SectionTitle";
import { useIsSmall } from "../../shared/useIsSmall";
import { ActionDialog } from "../ActionDialog";
import { useAmapScope } from "../useAmapScope";
import { emailAddress } from "../validation";
import { useMay } from "../useMay";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={householdStatuses} />,
];

/** inviteHousehold: a new household gets an e-mail with a link to choose its password, then subscribes by itself. */
const InviteButton = () => {
  const dataProvider = useDataProvider<ChampDataProvider>();
  const translate = useTranslate();
  const { amapId } = useAmapScope();
  // Whoever may create a household may invite one (the API checks the AMAP's admins again).
  if (!useMay("create", "households")) return null;
  return (
    <ActionDialog
      label="champ.amap.invite.action"
      title="champ.amap.invite.title"
      icon={<MailIcon />}
      success="champ.amap.invite.done"
      onSubmit={(v) =>
        dataProvider.action("households", "inviteHousehold", {
          input: {
            amapId,
            firstName: v.firstName || undefined,
            lastName: v.lastName,
            email: v.email,
            displayName: v.displayName || undefined,
          },
        })
      }
    >
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate("champ.amap.invite.help")}
      </Typography>
      <PersonInputs email />
      <TextInput source="displayName" label="resources.households.fields.displayName" />
    </ActionDialog>
  );
};

const ListActions = () => (
  <TopToolbar>
    <InviteButton />
    <CreateButton />
  </TopToolbar>
);

export const HouseholdList = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  const { amapId } = useAmapScope();
  return (
    // Empty, the list still shows its actions: inviting is how an AMAP gets its first households.
    <List
      filters={filters}
      filter={{ amapId }}
      sort={{ field: "displayName", order: "ASC" }}
      actions={<ListActions />}
      empty={false}
    >
      {isSmall ? (
        <SimpleList
          primaryText={(r) => r.displayName}
          secondaryText={(r) => translate(`champ.enums.householdStatus.${r.status}`)}
          rowClick="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="displayName" />
          <DataTable.Col
            source="people"
            disableSort
            render={(r) =>
              (r.people ?? [])
                .map((p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`)
                .join(", ")
            }
          />
          <DataTable.Col source="status">
            <SelectField source="status" choices={householdStatuses} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const PersonInputs = ({ prefix = "", email = false }: { prefix?: string; email?: boolean }) => (
  <>
    <FormRow>
      <TextInput source={`${prefix}firstName`} label="resources.households.fields.firstName" />
      <TextInput source={`${prefix}lastName`} label="resources.households.fields.lastName" validate={required()} />
    </FormRow>
    <FormRow>
      <TextInput
        source={`${prefix}email`}
        label="resources.households.fields.email"
        validate={email ? [required(), emailAddress] : emailAddress}
        slotProps={{ htmlInput: { inputMode: "email" } }}
      />
      <TextInput
        source={`${prefix}phone`}
        label="resources.households.fields.phone"
        slotProps={{ htmlInput: { inputMode: "tel" } }}
      />
    </FormRow>
  </>
);

export const HouseholdCreate = () => {
  const { amapId } = useAmapScope();
  return (
    // The person's inputs are named as the API names them (people.0.lastName), so its field messages land under them.
    <Create
      redirect="edit"
      transform={(d: Record<string, unknown>) => ({
        ...d,
        amapId,
        people: [{ ...((d.people as object[] | undefined)?.[0] ?? {}), isPrimary: true }],
      })}
    >
      <SimpleForm defaultValues={{ status: "active" }}>
        <FormRow>
          <TextInput source="displayName" />
          <SelectInput source="status" choices={householdStatuses} validate={required()} />
        </FormRow>
        <SectionTitle label="champ.section.primaryPerson" />
        <PersonInputs prefix="people.0." />
      </SimpleForm>
    </Create>
  );
};

const AddPerson = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ChampDataProvider>();
  if (!record) return null;
  return (
    <ActionDialog
      label="champ.action.addPerson"
      icon={<PersonAddIcon />}
      onSubmit={(input) => dataProvider.action("households", "addPerson", { householdId: record.id, ...input })}
    >
      <PersonInputs />
      <BooleanInput source="isPrimary" label="resources.households.fields.isPrimary" />
    </ActionDialog>
  );
};

export const HouseholdEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<NoDeleteToolbar />}>
      <FormRow>
        <TextInput source="displayName" validate={required()} />
        <SelectInput source="status" choices={householdStatuses} validate={required()} />
      </FormRow>
      <TextInput source="address" />
      <TextInput source="notes" multiline />
      <SectionTitle label="champ.section.people" />
      <ArrayField source="people">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="firstName" label="resources.households.fields.firstName" />
          <DataTable.Col source="lastName" label="resources.households.fields.lastName" />
          <DataTable.Col source="email" label="resources.households.fields.email">
            <EmailField source="email" />
          </DataTable.Col>
          <DataTable.Col source="phone" label="resources.households.fields.phone" />
        </DataTable>
      </ArrayField>
      <AddPerson />
    </SimpleForm>
  </Edit>
);
