/**
 * The network admin back-office (/reseau): the network's figures, its AMAP and farm directory,
 * memberships and remittances. Never a household's personal data. Loaded on demand by App.tsx.
 */
import { Route } from "react-router";
import { CustomRoutes, Resource } from "react-admin";
import { createBackOffice } from "../shared/backOffice";
import { lazyView } from "../shared/lazyView";
import { ReseauMenu } from "./ReseauMenu";
import networks from "./networks";
import amaps from "./amaps";
import farms from "./farms";
import memberships from "./memberships";
import remittances from "./remittances";
import { eventsResource } from "../living/events";
import { livingRoutes } from "../living/menu";

const NetworkMap = lazyView(() => import("./map/NetworkMap"), "NetworkMap");

export default createBackOffice({
  path: "/reseau",
  storeKey: "reseau",
  title: "Champ Commun · Réseau",
  menu: ReseauMenu,
  dashboard: lazyView(() => import("./NetworkDashboard"), "NetworkDashboard"),
  children: [
    <Resource key="amaps" name="amaps" {...amaps} />,
    <Resource key="farms" name="farms" {...farms} />,
    <Resource key="networkMemberships" name="networkMemberships" {...memberships} />,
    <Resource key="networkShareRemittances" name="networkShareRemittances" {...remittances} />,
    <Resource key="networks" name="networks" {...networks} />,
    <Resource key="events" name="events" {...eventsResource} />,
    <CustomRoutes key="routes">
      <Route path="/carte" element={<NetworkMap />} />
      {livingRoutes("/reseau")}
    </CustomRoutes>,
  ],
});
