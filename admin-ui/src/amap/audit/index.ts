import HistoryIcon from "@mui/icons-material/History";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./AuditList"), "AuditList"),
  icon: HistoryIcon,
};
