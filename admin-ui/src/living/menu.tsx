/**
 * The "living in it" pages of each back-office: menu entries and routes, added to the menus and
 * back-offices in one line each (the screens stay in their own files).
 */
import CalendarIcon from "@mui/icons-material/CalendarMonth";
import EventIcon from "@mui/icons-material/Event";
import MailIcon from "@mui/icons-material/MarkEmailRead";
import PersonAddIcon from "@mui/icons-material/PersonAdd";
import type { ReactElement } from "react";
import { Route } from "react-router";
import { Menu } from "react-admin";
import { useBackOfficePath } from "../shared/BackOfficeLink";
import { lazyView } from "../shared/lazyView";

type Page = "evenements" | "invitations" | "agendas" | "notifications";

const ICONS: Record<Page, ReactElement> = {
  evenements: <EventIcon />,
  invitations: <PersonAddIcon />,
  agendas: <CalendarIcon />,
  notifications: <MailIcon />,
};
const LABELS: Record<Page, string> = {
  evenements: "living.menu.events",
  invitations: "living.menu.invitations",
  agendas: "living.menu.agendas",
  notifications: "living.menu.notifications",
};

export const LivingMenuItems = ({ pages }: { pages: Page[] }) => {
  const path = useBackOfficePath();
  return (
    <>
      {pages.map((p) => (
        <Menu.Item key={p} to={path(`/${p}`)} primaryText={LABELS[p]} leftIcon={ICONS[p]} />
      ))}
    </>
  );
};

const Notifications = lazyView(() => import("./Notifications"), "Notifications");
const screens = {
  "/moi": {
    evenements: lazyView(() => import("../moi/events/Events"), "MemberEvents"),
    agendas: lazyView(() => import("./Agendas"), "MemberAgenda"),
  },
  "/amap": {
    invitations: lazyView(() => import("../amap/invitations/Invitations"), "AmapInvitations"),
    agendas: lazyView(() => import("./Agendas"), "AmapAgenda"),
  },
  "/paysan": {
    agendas: lazyView(() => import("./Agendas"), "FarmAgenda"),
  },
  "/reseau": {
    invitations: lazyView(() => import("../reseau/invitations/Invitations"), "NetworkInvitations"),
  },
} as const;

/** The routes of a back-office's living pages (inside its <CustomRoutes>); every back-office has the mail choices. */
export function livingRoutes(backOffice: keyof typeof screens): ReactElement[] {
  const pages: Array<[string, React.ComponentType]> = [
    ...Object.entries(screens[backOffice]),
    ["notifications", Notifications],
  ];
  return pages.map(([page, Screen]) => <Route key={page} path={`/${page}`} element={<Screen />} />);
}
