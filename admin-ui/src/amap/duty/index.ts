import BadgeIcon from "@mui/icons-material/Badge";
import ScheduleIcon from "@mui/icons-material/Schedule";
import type { RaRecord } from "react-admin";
import { lazyView } from "../../shared/lazyView";

export const dutyRoles = {
  list: lazyView(() => import("./Duty"), "DutyRoleList"),
  edit: lazyView(() => import("./Duty"), "DutyRoleEdit"),
  create: lazyView(() => import("./Duty"), "DutyRoleCreate"),
  icon: BadgeIcon,
  recordRepresentation: (r: RaRecord) => r.name,
};

export const dutyShifts = {
  list: lazyView(() => import("./Duty"), "DutyShiftList"),
  icon: ScheduleIcon,
};
