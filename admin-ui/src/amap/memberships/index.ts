import CardMembershipIcon from "@mui/icons-material/CardMembership";
import EventRepeatIcon from "@mui/icons-material/EventRepeat";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export const memberships = {
  list: lazyView(() => import("./Memberships"), "MembershipList"),
  edit: lazyView(() => import("./Memberships"), "MembershipEdit"),
  create: lazyView(() => import("./Memberships"), "MembershipCreate"),
  icon: CardMembershipIcon,
};

export const membershipPeriods = {
  list: lazyView(() => import("./Periods"), "PeriodList"),
  edit: lazyView(() => import("./Periods"), "PeriodEdit"),
  create: lazyView(() => import("./Periods"), "PeriodCreate"),
  icon: EventRepeatIcon,
  recordRepresentation: (r: RaRecord) => r.name,
};
