import EventIcon from "@mui/icons-material/Event";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./DistributionList"), "DistributionList"),
  show: lazyView(() => import("./SignOffSheet"), "SignOffSheet"),
  icon: EventIcon,
  recordRepresentation: (r: RaRecord) => r.effectiveDate ?? r.date,
};
