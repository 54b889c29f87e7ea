import AccountIcon from "@mui/icons-material/AccountCircle";
import AssignmentIcon from "@mui/icons-material/Assignment";
import BadgeIcon from "@mui/icons-material/Badge";
import EventIcon from "@mui/icons-material/Event";
import AddIcon from "@mui/icons-material/AddShoppingCart";
import { Menu } from "react-admin";
import { useBackOfficePath } from "../shared/BackOfficeLink";
import { LivingMenuItems } from "../living/menu";

export const MoiMenu = () => {
  const path = useBackOfficePath();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="champ.agenda.title" leftIcon={<EventIcon />} />
      <Menu.Item to={path("/contractTemplates")} primaryText="champ.subscribe.title" leftIcon={<AddIcon />} />
      <Menu.Item to={path("/contrats")} primaryText="champ.contracts.title" leftIcon={<AssignmentIcon />} />
      <Menu.Item to={path("/permanences")} primaryText="champ.duty.title" leftIcon={<BadgeIcon />} />
      <LivingMenuItems pages={["evenements", "agendas", "notifications"]} />
      <Menu.Item to={path("/compte")} primaryText="champ.account.title" leftIcon={<AccountIcon />} />
    </Menu>
  );
};
