import { useCallback, useEffect, useState } from "react";
import { useBackOffice } from "../../shared/backOffice";

export type ImportField = string;
export interface ColumnMapping {
  column: string;
  field: ImportField;
  date?: string | null;
}
export interface ImportReport {
  rows: number;
  refusedRows: number;
  households: { created: number; updated: number; unchanged: number; refused: number };
  people: number;
  memberships: number;
  subscriptions: number;
}
export interface ImportJob {
  id: string;
  fileName: string;
  format: string;
  status: "uploaded" | "checking" | "checked" | "importing" | "done" | "failed";
  columns: string[];
  totalRows: number;
  processedRows: number;
  failure: string;
  periodId: string | null;
  templateId: string | null;
  preview: string[][];
  mapping: ColumnMapping[];
  report: ImportReport | null;
  errors: { total: number; items: Array<{ line: number; column: string | null; text: string }> };
}

const RUNNING = new Set(["checking", "importing"]);

/** An import followed as it runs: read again every half second while its dry run or its import goes on. */
export function useImportJob(jobId: string | null) {
  const { dataProvider } = useBackOffice();
  const [job, setJob] = useState<ImportJob | null>(null);
  const reload = useCallback(async () => {
    if (!jobId) return setJob(null);
    setJob(await dataProvider.query<ImportJob>("importJob", { id: jobId }));
  }, [dataProvider, jobId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (!job || !RUNNING.has(job.status)) return;
    const timer = setTimeout(() => void reload(), 500);
    return () => clearTimeout(timer);
  }, [job, reload]);
  return { job, reload };
}
