/** The farmer's home: subscriptions waiting for a countersignature and the farm's contracts by AMAP. */
import { Box, Card, CardContent, List as MuiList, ListItem, ListItemText, Typography } from "@mui/material";
import { Title, useGetList, useGetMany, useTranslate } from "react-admin";
import { BackOfficeLink } from "../shared/BackOfficeLink";
import { useFarmId } from "./useFarmId";

export const FarmerDashboard = () => {
  const translate = useTranslate();
  const farmId = useFarmId();
  const { total: toSign = 0 } = useGetList("subscriptions", {
    filter: { status: "signed" },
    pagination: { page: 1, perPage: 1 },
  });
  const { data: templates = [] } = useGetList("contractTemplates", {
    filter: { farmId },
    sort: { field: "season", order: "DESC" },
    pagination: { page: 1, perPage: 50 },
  });
  // The same contract name in two AMAPs: each line says which AMAP it is.
  const { data: amaps = [] } = useGetMany(
    "amaps",
    { ids: [...new Set(templates.map((t) => t.amapId))] },
    { enabled: templates.length > 0 },
  );
  const amapName = (id: string) => amaps.find((a) => a.id === id)?.name ?? "";
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
          <MuiList dense aria-label={translate("champ.dashboard.farmTemplates")}>
            {[...new Map(templates.map((t) => [t.id, t])).values()].map((t) => (
              <ListItem key={t.id} disableGutters>
                <ListItemText
                  primary={t.name}
                  secondary={[amapName(t.amapId), t.season, translate(`champ.enums.templateStatus.${t.status}`)]
                    .filter(Boolean)
                    .join(" · ")}
                />
              </ListItem>
            ))}
          </MuiList>
          <BackOfficeLink to="/recapitulatifs">{translate("champ.recap.title")}</BackOfficeLink>
        </CardContent>
      </Card>
    </Box>
  );
};
