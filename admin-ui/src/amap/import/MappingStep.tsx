/** What each column of the file holds: one card per column (it fits a phone), with examples from the file. */
import { Box, MenuItem, TextField, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ColumnMapping, ImportJob } from "./useImportJob";

export const FIELDS = [
  "ignore",
  "household_key",
  "household_name",
  "household_address",
  "household_postal_code",
  "household_city",
  "household_notes",
  "household_status",
  "person_last_name",
  "person_first_name",
  "person_email",
  "person_phone",
  "person2_last_name",
  "person2_first_name",
  "person2_email",
  "person2_phone",
  "membership_period",
  "membership_amount",
  "membership_paid",
  "membership_paid_on",
  "membership_means",
  "subscription_contract",
  "subscription_product",
  "subscription_quantity",
  "subscription_quantity_on",
  "subscription_installments",
  "subscription_means",
  "subscription_starts_on",
] as const;

export const MappingStep = ({
  job,
  mapping,
  onChange,
}: {
  job: ImportJob;
  mapping: ColumnMapping[];
  onChange: (m: ColumnMapping[]) => void;
}) => {
  const translate = useTranslate();
  const set = (i: number, change: Partial<ColumnMapping>) =>
    onChange(mapping.map((m, k) => (k === i ? { ...m, ...change } : m)));
  return (
    <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" }, my: 2 }}>
      {mapping.map((m, i) => {
        const examples = job.preview
          .map((row) => row[i])
          .filter(Boolean)
          .slice(0, 3);
        return (
          <Box key={m.column} sx={{ border: 1, borderColor: "divider", borderRadius: 1, p: 1.5, minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>{m.column}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere", mb: 1 }}>
              {translate("champ.import.examples", {
                values: examples.length ? examples.join(" · ") : translate("champ.import.empty"),
              })}
            </Typography>
            <TextField
              select
              fullWidth
              size="small"
              label={translate("champ.import.columnOf", { column: m.column })}
              value={m.field}
              onChange={(e) =>
                set(i, {
                  field: e.target.value,
                  date: e.target.value === "subscription_quantity_on" ? (m.date ?? null) : null,
                })
              }
            >
              {FIELDS.map((f) => (
                <MenuItem key={f} value={f}>
                  {translate(`champ.import.fields.${f}`)}
                </MenuItem>
              ))}
            </TextField>
            {m.field === "subscription_quantity_on" && (
              <TextField
                type="date"
                fullWidth
                size="small"
                sx={{ mt: 1 }}
                label={translate("champ.import.dateOf")}
                value={m.date ?? ""}
                onChange={(e) => set(i, { date: e.target.value || null })}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            )}
          </Box>
        );
      })}
    </Box>
  );
};
