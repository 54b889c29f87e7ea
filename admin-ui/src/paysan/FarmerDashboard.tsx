/** The farmer's home: subscriptions waiting for a countersignature and the farm's contracts by AMAP. */
import { Box, Card, CardContent, List as MuiList, ListItem, ListItemText, Typography } from "@mui/material";
import { Title, useGetList, useTranslate } from "react-admin";
import { BackOfficeLink } from "../shared/BackOfficeLink";
import { useFarmId } from "./useFarmId";

export const FarmerDashboard = () => {
  const translate = useTranslate();
  const farmId = useFarmId();
  const { total: toSign = 0 } = useGetList("subscriptions", { filter: { status: "signed" }, pagination: { page: 1, perPage: 1 } });
  const { data: templates = [] } = useGetList("contractTemplates", { filter: { farmId }, sort: { field: "season", order: "DESC" }, pagination: { page: 1, perPage: 50 } });
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "1fr 1fr" } }}>
      <Title title="champ.dashboard.farmer" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h1">
            {translate("champ.dashboard.toCountersign")}
          </Typography>
          <Typography sx={{ fontSize: "2rem", fontWeight: 700 }}>{toSign}</Typography>
          <BackOfficeLink to="/subscriptions">{translate("champ.dashboard.seeSubscriptions")}</BackOfficeLink>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate("champ.dashboard.templates")}
          </Typography>
          <MuiList dense>
            {templates.map((t) => (
              <ListItem key={t.id} disableGutters>
                <ListItemText primary={t.name} secondary={`${t.season} · ${translate(`champ.enums.templateStatus.${t.status}`)}`} />
              </ListItem>
            ))}
          </MuiList>
          <BackOfficeLink to="/recapitulatifs">{translate("champ.recap.title")}</BackOfficeLink>
        </CardContent>
      </Card>
    </Box>
  );
};
