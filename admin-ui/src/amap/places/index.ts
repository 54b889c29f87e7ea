import PlaceIcon from "@mui/icons-material/Place";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./Places"), "PlaceList"),
  edit: lazyView(() => import("./Places"), "PlaceEdit"),
  create: lazyView(() => import("./Places"), "PlaceCreate"),
  icon: PlaceIcon,
  recordRepresentation: (r: RaRecord) => r.name,
};
