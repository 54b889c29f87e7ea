/**
 * The member space (/moi): "mon agenda" (every pickup and duty), subscribing with the quantity
 * grid and choosing the payment schedule, my contracts and memberships, absences and baskets
 * handed over, duty sign-up, my account and my data. Made for a phone first.
 */
import { Route } from "react-router";
import { CustomRoutes, Resource } from "react-admin";
import { createBackOffice } from "../shared/backOffice";
import { lazyView } from "../shared/lazyView";
import { MoiMenu } from "./MoiMenu";
import { livingRoutes } from "../living/menu";

const SubscribeForm = lazyView(() => import("./Subscribe"), "SubscribeForm");
const Contracts = lazyView(() => import("./Contracts"), "Contracts");
const DutySignUp = lazyView(() => import("./Duty"), "DutySignUp");
const Account = lazyView(() => import("./Account"), "Account");

export default createBackOffice({
  path: "/moi",
  storeKey: "moi",
  title: "Champ Commun · Mon espace",
  menu: MoiMenu,
  dashboard: lazyView(() => import("./Agenda"), "Agenda"),
  children: [
    <Resource
      key="contractTemplates"
      name="contractTemplates"
      list={lazyView(() => import("./Subscribe"), "OpenTemplates")}
      recordRepresentation="name"
    />,
    <Resource key="dutyShifts" name="dutyShifts" />,
    <CustomRoutes key="routes">
      <Route path="/souscrire/:templateId" element={<SubscribeForm />} />
      <Route path="/contrats" element={<Contracts />} />
      <Route path="/permanences" element={<DutySignUp />} />
      <Route path="/compte" element={<Account />} />
      {livingRoutes("/moi")}
    </CustomRoutes>,
  ],
});
