import AssignmentIcon from "@mui/icons-material/Assignment";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./SubscriptionList"), "SubscriptionList"),
  show: lazyView(() => import("./SubscriptionList"), "AmapSubscriptionShow"),
  // A paper member's contract, entered by the référent (issue 11: it awaits the paper's evidence).
  create: lazyView(() => import("./PaperSubscription"), "PaperSubscriptionCreate"),
  icon: AssignmentIcon,
  // The page title of a subscription: whose and which contract (never its id).
  recordRepresentation: (r: RaRecord) => [r.household?.displayName, r.templateName].filter(Boolean).join(" · "),
};
