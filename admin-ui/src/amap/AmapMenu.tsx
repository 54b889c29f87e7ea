import { Menu } from "react-admin";
import { LivingMenuItems } from "../living/menu";

export const AmapMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="champ.menu.dashboard" />
    <Menu.ResourceItems />
    <LivingMenuItems pages={["invitations", "agendas", "notifications"]} />
  </Menu>
);
