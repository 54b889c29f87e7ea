import { Menu } from "react-admin";
import { LivingMenuItems } from "../living/menu";

export const ReseauMenu = () => (
  <Menu>
    <Menu.DashboardItem primaryText="champ.menu.dashboard" />
    <Menu.ResourceItems />
    <LivingMenuItems pages={["invitations", "notifications"]} />
  </Menu>
);
