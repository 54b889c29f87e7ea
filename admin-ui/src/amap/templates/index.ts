import DescriptionIcon from "@mui/icons-material/Description";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export default {
  list: lazyView(() => import("./TemplateList"), "TemplateList"),
  show: lazyView(() => import("./TemplateShow"), "TemplateShow"),
  edit: lazyView(() => import("./TemplateForm"), "TemplateEdit"),
  create: lazyView(() => import("./TemplateForm"), "TemplateCreate"),
  icon: DescriptionIcon,
  recordRepresentation: (r: RaRecord) => r.name,
};
