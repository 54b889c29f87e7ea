import MapIcon from "@mui/icons-material/Map";
import { Menu } from "react-admin";
import { LivingMenuItems } from "../living/menu";
import { useBackOfficePath } from "../shared/BackOfficeLink";

export const ReseauMenu = () => {
  const path = useBackOfficePath();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="champ.menu.dashboard" />
      <Menu.Item to={path("/carte")} primaryText="champ.map.title" leftIcon={<MapIcon />} />
      <Menu.ResourceItems />
      <LivingMenuItems pages={["invitations", "notifications"]} />
    </Menu>
  );
};
