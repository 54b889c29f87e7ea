/** /reseau/invitations: the network's admins invite an AMAP's first administrator and a farm's farmer. */
import { Box, Typography } from "@mui/material";
import { AutocompleteInput, ReferenceInput, required, Title, useTranslate } from "react-admin";
import { InviteForm } from "../../living/InviteForm";
import { useNetworkFilter } from "../useNetworkScope";

export const NetworkInvitations = () => {
  const translate = useTranslate();
  const filter = useNetworkFilter();
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, maxWidth: "44rem" }}>
      <Title title="living.invitations.title" />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {translate("living.invitations.title")}
      </Typography>
      <InviteForm
        role="amap_admin"
        title="living.invitations.amapAdmin"
        help="living.invitations.amapAdminHelp"
        scopeInput={
          <ReferenceInput source="scopeId" reference="amaps" filter={filter} sort={{ field: "name", order: "ASC" }}>
            <AutocompleteInput label="living.invitations.amap" validate={required()} />
          </ReferenceInput>
        }
      />
      <InviteForm
        role="farmer"
        title="living.invitations.networkFarmer"
        help="living.invitations.networkFarmerHelp"
        scopeInput={
          <ReferenceInput source="scopeId" reference="farms" filter={filter} sort={{ field: "name", order: "ASC" }}>
            <AutocompleteInput label="living.invitations.farm" validate={required()} />
          </ReferenceInput>
        }
      />
    </Box>
  );
};
