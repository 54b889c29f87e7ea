/** The AMAP's home: the next distributions (with their sign-off sheets) and the contracts by status. */
import { Box, Card, CardContent, Chip, List as MuiList, ListItem, ListItemText, Typography } from "@mui/material";
import { Loading, Title, useGetList, useLocaleState, useTranslate } from "react-admin";
import { BackOfficeLink } from "../shared/BackOfficeLink";
import { day, today } from "../shared/format";
import { FirstRunGuide } from "./FirstRunGuide";
import { useAmapScope } from "./useAmapScope";

export const AmapDashboard = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { amapId, templateId, isAdmin } = useAmapScope();
  const { data: next = [], isPending } = useGetList("distributions", {
    filter: { amapId, from: today() },
    sort: { field: "date", order: "ASC" },
    pagination: { page: 1, perPage: 4 },
  });
  const { data: templates = [] } = useGetList("contractTemplates", {
    filter: templateId ? { ids: [templateId] } : { amapId },
    sort: { field: "name", order: "ASC" },
    pagination: { page: 1, perPage: 50 },
  });
  if (isPending) return <Loading />;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
      <Title title="champ.dashboard.amap" />
      {isAdmin && <FirstRunGuide amapId={amapId} />}
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate("champ.dashboard.nextDistributions")}
          </Typography>
          {next.length === 0 && <Typography>{translate("champ.empty.distributions")}</Typography>}
          <MuiList dense>
            {next.map((d) => (
              <ListItem
                key={d.id}
                disableGutters
                secondaryAction={
                  <BackOfficeLink to={`/distributions/${d.id}/show`}>
                    {translate("champ.action.signOffSheet")}
                  </BackOfficeLink>
                }
              >
                <ListItemText
                  primary={day(d.effectiveDate ?? d.date, locale, true)}
                  secondary={`${d.startTime} – ${d.endTime} · ${translate(`champ.enums.distributionStatus.${d.status}`)}`}
                  sx={{ pr: 16 }}
                />
              </ListItem>
            ))}
          </MuiList>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate("champ.dashboard.templates")}
          </Typography>
          {templates.length === 0 && <Typography>{translate("champ.empty.templates")}</Typography>}
          <MuiList dense>
            {templates.map((t) => (
              <ListItem
                key={t.id}
                disableGutters
                secondaryAction={<Chip size="small" label={translate(`champ.enums.templateStatus.${t.status}`)} />}
              >
                <ListItemText
                  primary={<BackOfficeLink to={`/contractTemplates/${t.id}/show`}>{t.name}</BackOfficeLink>}
                  secondary={t.season}
                />
              </ListItem>
            ))}
          </MuiList>
        </CardContent>
      </Card>
    </Box>
  );
};
