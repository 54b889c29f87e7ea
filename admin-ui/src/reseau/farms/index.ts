import AgricultureIcon from "@mui/icons-material/Agriculture";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./FarmList"), "FarmList"),
  edit: lazyView(() => import("./FarmEdit"), "FarmEdit"),
  create: lazyView(() => import("./FarmCreate"), "FarmCreate"),
  icon: AgricultureIcon,
  recordRepresentation: (r: RaRecord) => (r.city ? `${r.name} (${r.city})` : r.name),
};
