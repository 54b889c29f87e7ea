import HubIcon from "@mui/icons-material/Hub";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./NetworkList"), "NetworkList"),
  edit: lazyView(() => import("./NetworkEdit"), "NetworkEdit"),
  create: lazyView(() => import("./NetworkCreate"), "NetworkCreate"),
  show: lazyView(() => import("./NetworkShow"), "NetworkShow"),
  icon: HubIcon,
  recordRepresentation: (r: RaRecord) => (r.shortName ? `${r.name} (${r.shortName})` : r.name),
};
