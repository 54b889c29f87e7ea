/**
 * The AMAP back-office (/amap), for its administrators (everything inside the AMAP) and référents
 * (their contract template, its subscriptions and cheques): households and memberships, places,
 * calendar and sign-off sheets, contract templates, subscriptions, cheques, duty roster, audit trail.
 */
import { Route } from "react-router";
import { CustomRoutes, Resource } from "react-admin";
import { createBackOffice } from "../shared/backOffice";
import { lazyView } from "../shared/lazyView";
import { AmapMenu } from "./AmapMenu";
import households from "./households";
import { membershipPeriods, memberships } from "./memberships";
import places from "./places";
import distributions from "./distributions";
import templates from "./templates";
import subscriptions from "./subscriptions";
import installments from "./installments";
import { dutyRoles, dutyShifts } from "./duty";
import audit from "./audit";
import { eventsResource } from "../living/events";
import { livingRoutes } from "../living/menu";

const ChequeTable = lazyView(() => import("./installments/ChequeTable"), "ChequeTable");
const ImportPage = lazyView(() => import("./import/ImportPage"), "ImportPage");
const DataPage = lazyView(() => import("./settings/DataPage"), "DataPage");

export default createBackOffice({
  path: "/amap",
  storeKey: "amap",
  title: "Champ Commun · AMAP",
  menu: AmapMenu,
  dashboard: lazyView(() => import("./AmapDashboard"), "AmapDashboard"),
  children: [
    <Resource key="contractTemplates" name="contractTemplates" {...templates} />,
    <Resource key="distributions" name="distributions" {...distributions} />,
    <Resource key="installments" name="installments" {...installments} />,
    <Resource key="subscriptions" name="subscriptions" {...subscriptions} />,
    <Resource key="households" name="households" {...households} />,
    <Resource key="memberships" name="memberships" {...memberships} />,
    <Resource key="membershipPeriods" name="membershipPeriods" {...membershipPeriods} />,
    <Resource key="places" name="places" {...places} />,
    <Resource key="events" name="events" {...eventsResource} />,
    <Resource key="dutyShifts" name="dutyShifts" {...dutyShifts} />,
    <Resource key="dutyRoles" name="dutyRoles" {...dutyRoles} />,
    <Resource key="auditEntries" name="auditEntries" {...audit} />,
    <Resource key="farms" name="farms" recordRepresentation="name" />,
    <Resource key="products" name="products" recordRepresentation="name" />,
    <CustomRoutes key="routes">
      <Route path="/cheques" element={<ChequeTable />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/donnees" element={<DataPage />} />
      {livingRoutes("/amap")}
    </CustomRoutes>,
  ],
});
