import CardMembershipIcon from "@mui/icons-material/CardMembership";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./NetworkMembershipList"), "NetworkMembershipList"),
  edit: lazyView(() => import("./NetworkMembershipEdit"), "NetworkMembershipEdit"),
  create: lazyView(() => import("./NetworkMembershipEdit"), "NetworkMembershipCreate"),
  icon: CardMembershipIcon,
  recordRepresentation: (r: RaRecord) => `${r.year}`,
};
