import EventIcon from "@mui/icons-material/Event";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

/** The `events` resource of the organisers' back-offices (/reseau, /amap). */
export const eventsResource = {
  list: lazyView(() => import("./EventList"), "EventList"),
  create: lazyView(() => import("./EventCreate"), "EventCreate"),
  edit: lazyView(() => import("./EventEdit"), "EventEdit"),
  show: lazyView(() => import("./EventShow"), "EventShow"),
  icon: EventIcon,
  recordRepresentation: (r: RaRecord) => r.title,
};
