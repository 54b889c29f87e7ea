import {
  DataTable,
  EmailField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleList,
  TabbedShowLayout,
  TabbedShowLayoutTabs,
  TextField,
  UrlField,
  useTranslate,
} from "react-admin";
import { amapStatuses, farmStatuses, networkLevels, registrationModes } from "../../shared/choices";
import { useIsSmall } from "../../shared/useIsSmall";

/** A network with what hangs from it: sub-networks, AMAPs and farms (getManyReference on the foreign key). */
export const NetworkShow = () => {
  const isSmall = useIsSmall();
  const translate = useTranslate();
  return (
    <Show sx={{ minWidth: 0, "& .RaShow-main, & .RaShow-card": { minWidth: 0, maxWidth: "100%" } }}>
      {/* Scrollable tabs: on a phone the third tab would widen the page. */}
      <TabbedShowLayout
        tabs={
          <TabbedShowLayoutTabs
            variant="scrollable"
            scrollButtons="auto"
            allowScrollButtonsMobile
            sx={{ maxWidth: "100%" }}
          />
        }
      >
        <TabbedShowLayout.Tab label="champ.section.identity">
          <TextField source="name" />
          <TextField source="shortName" emptyText="—" />
          <SelectField source="level" choices={networkLevels} />
          <ReferenceField source="parentId" reference="networks" link="show" emptyText="—" />
          <EmailField source="email" emptyText="—" />
          <UrlField source="website" target="_blank" rel="noopener noreferrer" emptyText="—" />
        </TabbedShowLayout.Tab>

        <TabbedShowLayout.Tab label="champ.section.amaps" path="amaps">
          <ReferenceManyField
            reference="amaps"
            target="networkId"
            sort={{ field: "name", order: "ASC" }}
            pagination={<Pagination />}
            empty="champ.empty.amaps"
          >
            {isSmall ? (
              <SimpleList primaryText={(r) => r.name} secondaryText={(r) => r.city} rowClick="edit" />
            ) : (
              <DataTable rowClick="edit" bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="city" />
                <DataTable.Col source="registrationMode" disableSort>
                  <SelectField source="registrationMode" choices={registrationModes} />
                </DataTable.Col>
                <DataTable.Col source="status">
                  <SelectField source="status" choices={amapStatuses} />
                </DataTable.Col>
              </DataTable>
            )}
          </ReferenceManyField>
        </TabbedShowLayout.Tab>

        <TabbedShowLayout.Tab label="champ.section.farms" path="farms">
          <ReferenceManyField
            reference="farms"
            target="networkId"
            sort={{ field: "name", order: "ASC" }}
            pagination={<Pagination />}
            empty="champ.empty.farms"
          >
            {isSmall ? (
              <SimpleList primaryText={(r) => r.name} secondaryText={(r) => r.city} rowClick="edit" />
            ) : (
              <DataTable rowClick="edit" bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="city" />
                <DataTable.Col source="status">
                  <SelectField source="status" choices={farmStatuses} />
                </DataTable.Col>
              </DataTable>
            )}
          </ReferenceManyField>
        </TabbedShowLayout.Tab>

        <TabbedShowLayout.Tab label="champ.section.children" path="children">
          <ReferenceManyField
            reference="networks"
            target="parentId"
            sort={{ field: "name", order: "ASC" }}
            pagination={<Pagination />}
            empty="champ.empty.children"
          >
            <SimpleList
              primaryText={(r) => r.name}
              secondaryText={(r) => translate(`champ.enums.networkLevel.${r.level}`)}
              rowClick="show"
            />
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
