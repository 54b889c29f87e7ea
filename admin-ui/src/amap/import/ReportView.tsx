/** What the dry run found (or the import did): households by outcome, records, and the refused lines in the treasurer's words. */
import { Alert, Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ImportJob } from "./useImportJob";

export const ReportView = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const r = job.report;
  if (!r) return null;
  const done = job.status === "done";
  return (
    <Box sx={{ my: 2 }}>
      <Typography variant="h6" component="h2">
        {translate(done ? "champ.import.done" : "champ.import.checked")}
      </Typography>
      <Typography sx={{ mt: 1 }}>{translate("champ.import.households", r.households)}</Typography>
      <Typography>{translate(done ? "champ.import.recorded" : "champ.import.records", r)}</Typography>
      {r.refusedRows > 0 && (
        <>
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate("champ.import.refusedRows", { count: r.refusedRows })}
          </Alert>
          <Typography variant="subtitle1" component="h3">
            {translate("champ.import.errors")}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5, overflowWrap: "anywhere" }} data-testid="import-errors">
            {job.errors.items.map((e, i) => (
              <li key={`${e.line}-${i}`}>{e.text}</li>
            ))}
          </Box>
          {job.errors.total > job.errors.items.length && (
            <Typography>
              {translate("champ.import.moreErrors", { count: job.errors.total - job.errors.items.length })}
            </Typography>
          )}
        </>
      )}
    </Box>
  );
};
