/**
 * /amap/invitations: the AMAP's admins invite a référent for one of its contracts, the farmer of a
 * partner farm (one that has a contract with the AMAP), and every member of an imported list at once.
 */
import { Box, Typography } from "@mui/material";
import { required, SelectInput, Title, useGetList, useGetMany, useTranslate } from "react-admin";
import { InviteForm } from "../../living/InviteForm";
import { InviteMembers } from "../../living/InviteMembers";
import { useAmapScope } from "../useAmapScope";

export const AmapInvitations = () => {
  const translate = useTranslate();
  const { amapId, isAdmin } = useAmapScope();
  const { data: templates = [] } = useGetList("contractTemplates", {
    filter: { amapId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "name", order: "ASC" },
  });
  const farmIds = [...new Set(templates.map((t) => t.farmId as string))];
  const { data: farms = [] } = useGetMany("farms", { ids: farmIds }, { enabled: farmIds.length > 0 });
  if (!isAdmin) return <Typography sx={{ p: 2 }}>{translate("living.invitations.adminsOnly")}</Typography>;
  const templateChoices = templates.map((t) => ({ id: t.id, name: `${t.name} (${t.season})` }));
  const farmChoices = farms.map((f) => ({ id: f.id, name: f.name }));
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "44rem" }}>
      <Title title="living.invitations.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("living.invitations.title")}
      </Typography>
      <InviteForm
        role="referent"
        title="living.invitations.referent"
        help="living.invitations.referentHelp"
        scopeInput={
          <SelectInput
            source="scopeId"
            label="living.invitations.template"
            choices={templateChoices}
            validate={required()}
            translateChoice={false}
          />
        }
      />
      <InviteForm
        role="farmer"
        title="living.invitations.farmer"
        help="living.invitations.farmerHelp"
        scopeInput={
          <SelectInput
            source="scopeId"
            label="living.invitations.farm"
            choices={farmChoices}
            validate={required()}
            translateChoice={false}
          />
        }
      />
      <InviteMembers amapId={amapId} />
    </Box>
  );
};
