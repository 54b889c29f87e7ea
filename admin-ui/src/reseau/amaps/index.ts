import StorefrontIcon from "@mui/icons-material/Storefront";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./AmapList"), "AmapList"),
  edit: lazyView(() => import("./AmapEdit"), "AmapEdit"),
  create: lazyView(() => import("./AmapCreate"), "AmapCreate"),
  icon: StorefrontIcon,
  recordRepresentation: (r: RaRecord) => (r.city ? `${r.name} (${r.city})` : r.name),
};
