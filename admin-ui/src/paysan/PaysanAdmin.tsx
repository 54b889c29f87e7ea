/**
 * The farmer back-office (/paysan): the farm's profile and products, its contract templates in
 * every AMAP it supplies, countersigning subscriptions, recaps per distribution and season.
 */
import AssignmentIcon from "@mui/icons-material/Assignment";
import DescriptionIcon from "@mui/icons-material/Description";
import InventoryIcon from "@mui/icons-material/Inventory2";
import { Route } from "react-router";
import { CustomRoutes, Resource } from "react-admin";
import { createBackOffice } from "../shared/backOffice";
import { lazyView } from "../shared/lazyView";
import { PaysanMenu } from "./PaysanMenu";
import { subscriptionTitle } from "../shared/subscriptions/title";
import { livingRoutes } from "../living/menu";

const Recaps = lazyView(() => import("./Recaps"), "Recaps");

export default createBackOffice({
  path: "/paysan",
  storeKey: "paysan",
  title: "Champ Commun · Paysan",
  menu: PaysanMenu,
  dashboard: lazyView(() => import("./FarmerDashboard"), "FarmerDashboard"),
  children: [
    <Resource
      key="subscriptions"
      name="subscriptions"
      icon={AssignmentIcon}
      list={lazyView(() => import("./Subscriptions"), "FarmSubscriptionList")}
      show={lazyView(() => import("./Subscriptions"), "FarmSubscriptionShow")}
      recordRepresentation={subscriptionTitle}
    />,
    <Resource
      key="contractTemplates"
      name="contractTemplates"
      icon={DescriptionIcon}
      list={lazyView(() => import("./Templates"), "FarmTemplateList")}
      recordRepresentation="name"
    />,
    <Resource
      key="products"
      name="products"
      icon={InventoryIcon}
      list={lazyView(() => import("./Products"), "ProductList")}
      create={lazyView(() => import("./Products"), "ProductCreate")}
      edit={lazyView(() => import("./Products"), "ProductEdit")}
      recordRepresentation="name"
    />,
    <Resource
      key="farms"
      name="farms"
      edit={lazyView(() => import("./FarmProfile"), "FarmProfile")}
      recordRepresentation="name"
    />,
    <Resource key="amaps" name="amaps" recordRepresentation="name" />,
    <CustomRoutes key="routes">
      <Route path="/recapitulatifs" element={<Recaps />} />
      {livingRoutes("/paysan")}
    </CustomRoutes>,
  ],
});
