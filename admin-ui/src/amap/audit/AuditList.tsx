/**
 * The history of money-related records and roles: who changed what, when, in words a treasurer
 * reads ("Chèque reçu · Foyer Martin · 54,00 € · n° 1234500"), never ids, enum values or JSON.
 */
import { Box, Typography } from "@mui/material";
import { DataTable, FunctionField, List, SelectInput, SimpleList, useLocaleState, useTranslate } from "react-admin";
import { useIsSmall } from "../../shared/useIsSmall";
import { useAmapScope } from "../useAmapScope";
import { auditDetails, AUDIT_ENTITIES, type AuditRecord } from "./auditWords";

const entities = AUDIT_ENTITIES.map((id) => ({ id, name: `champ.amap.audit.entity.${id}` }));

/** "mar. 7 avr. 2026 à 18:42" in the AMAP's time zone. */
function when(at: string, locale: string): string {
  const d = new Date(at);
  const opts: Intl.DateTimeFormatOptions = { timeZone: "Europe/Paris" };
  const tag = locale === "en" ? "en-GB" : "fr-FR";
  const date = d.toLocaleDateString(tag, {
    ...opts,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
  });
  const time = d.toLocaleTimeString(tag, { ...opts, hour: "2-digit", minute: "2-digit" });
  return locale === "en" ? `${date} at ${time}` : `${date} à ${time}`;
}

const What = ({ record }: { record: AuditRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { title, details } = auditDetails(record, translate, locale);
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {details.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {details.join(" · ")}
        </Typography>
      )}
    </Box>
  );
};

export const AuditList = () => {
  const { amapId } = useAmapScope();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isSmall = useIsSmall();
  const who = (r: AuditRecord) => r.actorName ?? translate("champ.amap.audit.someone");
  const filters = [
    <SelectInput
      key="entity"
      source="entity"
      label="champ.amap.audit.kind"
      choices={entities}
      alwaysOn
      sx={{ minWidth: "16rem" }}
    />,
  ];
  return (
    <List filters={filters} filter={{ amapId }} exporter={false} perPage={25}>
      {isSmall ? (
        <SimpleList
          primaryText={(r) => <What record={r as AuditRecord} />}
          secondaryText={(r) => `${when(r.at, locale)} · ${who(r as AuditRecord)}`}
          rowClick={false}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="at" label="champ.amap.audit.when" disableSort render={(r) => when(r.at, locale)} />
          <DataTable.Col
            source="actorId"
            label="champ.amap.audit.who"
            disableSort
            render={(r) => who(r as AuditRecord)}
          />
          <DataTable.Col source="entity" label="champ.amap.audit.what" disableSort>
            <FunctionField render={(r) => <What record={r as AuditRecord} />} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
