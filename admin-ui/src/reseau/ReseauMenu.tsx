import { Menu } from "react-admin";

export const ReseauMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="champ.menu.dashboard" />
    <Menu.ResourceItems />
  </Menu>
);
