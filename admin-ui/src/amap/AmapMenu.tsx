import TableIcon from "@mui/icons-material/TableChart";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import StorageIcon from "@mui/icons-material/Storage";
import { Menu } from "react-admin";
import { LivingMenuItems } from "../living/menu";
import { useBackOfficePath } from "../shared/BackOfficeLink";
import { useAmapScope } from "./useAmapScope";

export const AmapMenu = () => {
  const path = useBackOfficePath();
  const { isAdmin } = useAmapScope();
  return (
    <Menu>
      <Menu.DashboardItem primaryText="champ.menu.dashboard" />
      <Menu.ResourceItems />
      <Menu.Item to={path("/cheques")} primaryText="champ.amap.cheques.menu" leftIcon={<TableIcon />} />
      {/* Moving in and out: the AMAP's admins import files, take their archive, decide what the network sees. */}
      {isAdmin && <Menu.Item to={path("/import")} primaryText="champ.import.menu" leftIcon={<UploadFileIcon />} />}
      {isAdmin && <Menu.Item to={path("/donnees")} primaryText="champ.data.menu" leftIcon={<StorageIcon />} />}
      <LivingMenuItems pages={["invitations", "agendas", "notifications"]} />
    </Menu>
  );
};
