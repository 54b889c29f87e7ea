import TableIcon from "@mui/icons-material/TableChart";
import { Menu } from "react-admin";
import { useBackOfficePath } from "../shared/BackOfficeLink";

export const AmapMenu = () => {
  const path = useBackOfficePath();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="champ.menu.dashboard" />
      <Menu.ResourceItems />
      <Menu.Item to={path("/cheques")} primaryText="champ.amap.cheques.menu" leftIcon={<TableIcon />} />
    </Menu>
  );
};
