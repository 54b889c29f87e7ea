/** Which product is offered on which date (eggs every fortnight, chicken once a month…): the template's grid. */
import { useEffect, useMemo, useState } from "react";
import { Box } from "@mui/material";
import { Button, useCanAccess, useDataProvider, useNotify, useRefresh, useTranslate } from "react-admin";
import type { ChampDataProvider } from "../../dataProvider";
import { GridEditor } from "../../shared/grid/GridEditor";
import { cellKey, offeredCells, type GridDate, type GridLine } from "../../shared/grid/model";
import { useGridLabels } from "../../shared/grid/useGridLabels";
import { useApi } from "../../shared/useApi";

interface TemplateGrid {
  id: string;
  status: string;
  lines: GridLine[];
  deliveries: GridDate[];
  availability: Array<{ templateLineId: string; distributionId: string }>;
}

export const AvailabilityEditor = ({ templateId }: { templateId: string }) => {
  const translate = useTranslate();
  const labels = useGridLabels();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ChampDataProvider>();
  const { data } = useApi<TemplateGrid>("templateGrid", { id: templateId });
  const initial = useMemo(() => offeredCells(data?.availability ?? []), [data]);
  const [offered, setOffered] = useState<Set<string>>(initial);
  useEffect(() => setOffered(initial), [initial]);
  const { canAccess } = useCanAccess({ action: "setTemplateAvailability", resource: "contractTemplates" });
  if (!data || data.lines.length === 0 || data.deliveries.length === 0) return null;

  const save = async () => {
    const cells = data.lines.flatMap((l) =>
      data.deliveries.map((d) => ({
        templateLineId: l.id,
        distributionId: d.distributionId,
        available: offered.has(cellKey(l.id, d.distributionId)),
      })),
    );
    try {
      await dataProvider.action("contractTemplates", "setTemplateAvailability", { templateId, cells });
      notify("champ.action.done", { type: "info" });
      refresh();
    } catch (err) {
      notify((err as Error).message, { type: "error" });
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <GridEditor
        caption={translate("champ.grid.availability")}
        mode="availability"
        lines={data.lines}
        dates={data.deliveries}
        offered={offered}
        onOfferedChange={setOffered}
        labels={labels}
        disabled={!canAccess}
      />
      {canAccess && <Button label="champ.action.saveGrid" onClick={save} variant="outlined" sx={{ mt: 1 }} />}
    </Box>
  );
};
