import { Menu } from "react-admin";

export const AmapMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="champ.menu.dashboard" />
    <Menu.ResourceItems />
  </Menu>
);
