/**
 * One back-office = one react-admin app under its own path, store and access rules, built by
 * `createBackOffice`. Before react-admin starts, the gate restores the session (a refresh-token
 * exchange) and picks the grant this back-office works with; a person without one is sent to
 * sign in, or told this space is not theirs.
 */
import { createContext, useContext, useEffect, useState, type ComponentType, type ReactNode } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { Admin, localStorageStore, type LayoutProps } from "react-admin";
import { backOfficeAuthProvider, loginUrl } from "../auth/authProvider";
import { GRAPHQL_ENDPOINT, session } from "../auth/browserSession";
import { chosenGrantKey, pickGrant, type BackOfficePath, type Grant, type Person } from "../auth/grants";
import { graphqlDataProvider, type ChampDataProvider } from "../dataProvider";
import { queries } from "../dataProvider/queries";
import { resources } from "../dataProvider/resources";
import { i18nProvider } from "../i18n/i18nProvider";
import { AccessRefused } from "./AccessRefused";
import { BackOfficeLayout } from "./BackOfficeLayout";
import { darkTheme, lightTheme } from "./theme";

export interface BackOfficeContextValue {
  path: BackOfficePath;
  person: Person;
  grant: Grant;
  dataProvider: ChampDataProvider;
}

const BackOfficeContext = createContext<BackOfficeContextValue | null>(null);

/** The person, the grant (role and scope) and the dataProvider of the back-office in use. */
export function useBackOffice(): BackOfficeContextValue {
  const value = useContext(BackOfficeContext);
  if (!value) throw new Error("useBackOffice outside a back-office");
  return value;
}

export interface BackOfficeConfig {
  path: BackOfficePath;
  /** Also the store key: each back-office keeps its own preferences (columns, filters, language). */
  storeKey: string;
  title: string;
  menu: ComponentType;
  dashboard?: ComponentType;
  /** The <Resource> and <CustomRoutes> of this back-office. */
  children: ReactNode;
}

const here = () => window.location.pathname + window.location.search;

/** A path outside this back-office (the sign-in page, another back-office): load that page. */
const LeaveBackOffice = () => {
  useEffect(() => {
    window.location.reload();
  }, []);
  return null;
};

type GateState =
  { kind: "loading" } | { kind: "refused"; person: Person } | { kind: "ready"; value: BackOfficeContextValue };

export function createBackOffice(config: BackOfficeConfig): ComponentType {
  const store = localStorageStore(undefined, config.storeKey);
  const Layout = ({ children }: LayoutProps) => <BackOfficeLayout menu={config.menu}>{children}</BackOfficeLayout>;

  const App = ({ value }: { value: BackOfficeContextValue }) => (
    <BackOfficeContext.Provider value={value}>
      <Admin
        basename={config.path}
        store={store}
        dataProvider={value.dataProvider}
        authProvider={backOfficeAuthProvider(session, value.grant, here)}
        i18nProvider={i18nProvider}
        theme={lightTheme}
        darkTheme={darkTheme}
        defaultTheme="light"
        layout={Layout}
        dashboard={config.dashboard as never}
        loginPage={false}
        title={config.title}
        disableTelemetry
      >
        {config.children}
      </Admin>
    </BackOfficeContext.Provider>
  );

  // A data router (not <BrowserRouter>) so react-admin can warn about unsaved changes (useBlocker).
  // Created once per page load: leaving the back-office reloads the page.
  let router: ReturnType<typeof createBrowserRouter> | undefined;

  return function BackOffice() {
    const [state, setState] = useState<GateState>({ kind: "loading" });
    useEffect(() => {
      let live = true;
      void session.restore().then((person) => {
        if (!live) return;
        if (!person) return window.location.replace(loginUrl(here()));
        const grant = pickGrant(person, config.path, window.sessionStorage.getItem(chosenGrantKey(config.path)));
        if (!grant) return setState({ kind: "refused", person });
        const dataProvider = graphqlDataProvider({
          endpoint: GRAPHQL_ENDPOINT,
          registry: resources,
          queries,
          getLocale: () => i18nProvider.getLocale(),
          getHeaders: () => session.headers(),
          onUnauthenticated: () => session.refresh(),
        });
        setState({ kind: "ready", value: { path: config.path, person, grant, dataProvider } });
      });
      return () => {
        live = false;
      };
    }, []);

    if (state.kind === "loading") {
      return (
        <div className="cc-loading" role="status" aria-live="polite">
          Chargement…
        </div>
      );
    }
    if (state.kind === "refused") return <AccessRefused person={state.person} />;
    const value = state.value;
    router ??= createBrowserRouter([
      { path: `${config.path}/*`, element: <App value={value} /> },
      { path: "*", element: <LeaveBackOffice /> },
    ]);
    return <RouterProvider router={router} />;
  };
}
