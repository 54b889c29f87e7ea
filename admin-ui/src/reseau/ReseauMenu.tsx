import MapIcon from "@mui/icons-material/Map";
import { Menu } from "react-admin";
import { useBackOfficePath } from "../shared/BackOfficeLink";

export const ReseauMenu = () => {
  const path = useBackOfficePath();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="champ.menu.dashboard" />
      <Menu.Item to={path("/carte")} primaryText="champ.map.title" leftIcon={<MapIcon />} />
      <Menu.ResourceItems />
    </Menu>
  );
};
