import AssignmentIcon from "@mui/icons-material/Assignment";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./SubscriptionList"), "SubscriptionList"),
  show: lazyView(() => import("./SubscriptionList"), "AmapSubscriptionShow"),
  icon: AssignmentIcon,
};
