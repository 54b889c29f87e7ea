import AgricultureIcon from "@mui/icons-material/Agriculture";
import SummarizeIcon from "@mui/icons-material/Summarize";
import { Menu } from "react-admin";
import { useBackOfficePath } from "../shared/BackOfficeLink";
import { useFarmId } from "./useFarmId";
import { LivingMenuItems } from "../living/menu";

export const PaysanMenu = () => {
  const path = useBackOfficePath();
  const farmId = useFarmId();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="champ.menu.dashboard" />
      <Menu.ResourceItem name="subscriptions" />
      <Menu.ResourceItem name="contractTemplates" />
      <Menu.ResourceItem name="products" />
      <Menu.Item to={path(`/farms/${farmId}`)} primaryText="champ.menu.farm" leftIcon={<AgricultureIcon />} />
      <Menu.Item to={path("/recapitulatifs")} primaryText="champ.recap.title" leftIcon={<SummarizeIcon />} />
      <LivingMenuItems pages={["agendas", "notifications"]} />
    </Menu>
  );
};
