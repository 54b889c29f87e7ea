/**
 * The AMAP's data (/amap/donnees): what it may take away (its archive), what its network may see
 * (consent), and the households waiting for the erasure of their data.
 */
import { Box, Card, CardContent, Typography } from "@mui/material";
import { Title, useTranslate } from "react-admin";
import { useAmapScope } from "../useAmapScope";
import { ErasureRequests } from "./ErasureRequests";
import { NetworkConsentForm } from "./NetworkConsentForm";
import { ArchiveDownload } from "./ArchiveDownload";

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

export const DataPage = () => {
  const translate = useTranslate();
  const { amapId } = useAmapScope();
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: "grid", gap: 2, maxWidth: "60rem" }}>
      <Title title="champ.data.title" />
      <Typography variant="h5" component="h1">
        {translate("champ.data.title")}
      </Typography>
      <Section title="champ.data.archiveTitle">
        <ArchiveDownload amapId={amapId} />
      </Section>
      <Section title="champ.data.consentTitle">
        <NetworkConsentForm amapId={amapId} />
      </Section>
      <Section title="champ.data.erasuresTitle">
        <ErasureRequests amapId={amapId} />
      </Section>
    </Box>
  );
};
