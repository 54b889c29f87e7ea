import PeopleIcon from "@mui/icons-material/People";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./Households"), "HouseholdList"),
  edit: lazyView(() => import("./Households"), "HouseholdEdit"),
  create: lazyView(() => import("./Households"), "HouseholdCreate"),
  icon: PeopleIcon,
  recordRepresentation: (r: RaRecord) => r.displayName,
};
