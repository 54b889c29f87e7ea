/** My contracts and their payment schedules, and my memberships. */
import { Box, Chip, Paper, Typography } from "@mui/material";
import { Loading, Title, useLocaleState, useTranslate } from "react-admin";
import { day, euros } from "../shared/format";
import { useHousehold } from "./useHousehold";
import { ContractPdfButton } from "../living/ContractPdfButton";

export const Contracts = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending } = useHousehold();
  if (isPending || !data) return <Loading />;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "48rem" }}>
      <Title title="champ.contracts.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("champ.contracts.title")}
      </Typography>
      {data.subscriptions.length === 0 && <Typography>{translate("champ.empty.subscriptions")}</Typography>}
      {data.subscriptions.map((s) => (
        <Paper key={s.id} variant="outlined" sx={{ p: 1.5, mb: 1 }} component="section" aria-label={s.templateName}>
          <Typography component="h2" sx={{ fontWeight: 700 }}>
            {s.templateName} <Chip size="small" label={translate(`champ.enums.subscriptionStatus.${s.status}`)} />
          </Typography>
          <Typography>
            {translate("champ.subscribe.total")} : {euros(s.totalCents, locale)}
          </Typography>
          {s.status !== "draft" && <ContractPdfButton subscriptionId={s.id} name={s.templateName} />}
          <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label={translate("champ.section.installments")}>
            {s.installments.map((i) => (
              <li key={i.id}>
                {day(i.dueOn, locale)} · {euros(i.amountCents, locale)} ·{" "}
                {translate(`champ.enums.paymentMeans.${i.means}`)} ·{" "}
                {translate(`champ.enums.installmentStatus.${i.status}`)}
              </li>
            ))}
          </Box>
        </Paper>
      ))}
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate("champ.contracts.memberships")}
      </Typography>
      {data.memberships.map((m) => (
        <Typography key={m.id}>
          {euros(m.amountCents, locale)} · {translate(`champ.enums.membershipStatus.${m.status}`)}{" "}
          {m.paidOn ? `· ${day(m.paidOn, locale)}` : ""}
        </Typography>
      ))}
    </Box>
  );
};
