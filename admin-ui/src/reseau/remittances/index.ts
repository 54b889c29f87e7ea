import PaymentsIcon from "@mui/icons-material/Payments";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./RemittanceList"), "RemittanceList"),
  create: lazyView(() => import("./RemittanceList"), "RemittanceCreate"),
  icon: PaymentsIcon,
};
