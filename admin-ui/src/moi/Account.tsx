/** My account and my data: who I am, my household's people, and the export of everything held about us. */
import DownloadIcon from "@mui/icons-material/Download";
import { Alert, Box, Typography } from "@mui/material";
import { Loading, Logout, Title, useTranslate } from "react-admin";
import { useBackOffice } from "../shared/backOffice";
import { download } from "../shared/format";
import { LabeledButton } from "../shared/LabeledButton";
import { useHousehold } from "./useHousehold";

export const Account = () => {
  const translate = useTranslate();
  const { person, dataProvider } = useBackOffice();
  const { householdId, data } = useHousehold();
  if (!data) return <Loading />;
  const exportData = async () => {
    const household = await dataProvider.query("householdExport", { id: householdId });
    const me = await dataProvider.query("me");
    download(`mes-donnees-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify({ exportedAt: new Date().toISOString(), account: me, household }, null, 2), "application/json");
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "40rem" }}>
      <Title title="champ.account.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.account.title")}
      </Typography>
      <Typography sx={{ mt: 1 }}>
        {[person.firstName, person.lastName].filter(Boolean).join(" ")} · {person.email}
      </Typography>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {data.displayName}
      </Typography>
      <Box component="ul" sx={{ pl: 2.5 }}>
        {data.people.map((p) => (
          <li key={p.id}>
            {p.firstName} {p.lastName} {p.email ? `· ${p.email}` : ""}
          </li>
        ))}
      </Box>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate("champ.account.myData")}
      </Typography>
      <Typography>{translate("champ.account.exportHelp")}</Typography>
      <LabeledButton label="champ.account.export" onClick={exportData} startIcon={<DownloadIcon />} variant="outlined" sx={{ my: 1 }} />
      <Alert severity="info">{translate("champ.account.erasure")}</Alert>
      <Box sx={{ mt: 2 }}>
        <Logout />
      </Box>
    </Box>
  );
};
