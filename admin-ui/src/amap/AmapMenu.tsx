import TableIcon from "@mui/icons-material/TableChart";
import { Menu } from "react-admin";

export const AmapMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="champ.menu.dashboard" />
    <Menu.ResourceItems />
    <Menu.Item to="/cheques" primaryText="champ.amap.cheques.menu" leftIcon={<TableIcon />} />
  </Menu>
);
