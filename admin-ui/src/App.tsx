/**
 * A tiny router: `/` is the landing page, `/connexion` the sign-in page, each back-office path loads its own chunk. Moving from
 * one to another is a full page load (plain links), so no router library is needed here.
 */
import { Component, lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { backOfficeFor, type BackOffice } from "./backOffices";
import { Landing } from "./Landing";

const LoginPage = lazy(() => import("./auth/LoginPage"));
const AcceptInvitation = lazy(() => import("./living/AcceptInvitation"));

// One lazy component per back-office, made once: React.lazy must not be called on every render.
const lazyComponents = new Map<string, LazyExoticComponent<ComponentType>>();
function lazyBackOffice(path: string, load: NonNullable<BackOffice["load"]>) {
  let component = lazyComponents.get(path);
  if (!component) {
    component = lazy(load);
    lazyComponents.set(path, component);
  }
  return component;
}

const Loading = () => (
  <div className="cc-loading" role="status" aria-live="polite">
    Chargement…
  </div>
);

/** A chunk that cannot load (offline, or a new version deployed meanwhile): say so, offer a reload. */
class LoadError extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="cc-loading" role="alert">
        <p>Le chargement de cet espace a échoué. Vérifiez votre connexion.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Recharger la page
        </button>
      </div>
    );
  }
}

export function App({ pathname = window.location.pathname }: { pathname?: string }) {
  // Invitation links: /invitation?token=…, and those sent before as /#/accept-invitation?token=….
  if (pathname === "/invitation" || (pathname === "/" && window.location.hash.startsWith("#/accept-invitation"))) {
    return (
      <LoadError>
        <Suspense fallback={<Loading />}>
          <AcceptInvitation />
        </Suspense>
      </LoadError>
    );
  }
  if (pathname === "/connexion") {
    return (
      <LoadError>
        <Suspense fallback={<Loading />}>
          <LoginPage />
        </Suspense>
      </LoadError>
    );
  }
  const backOffice = backOfficeFor(pathname);
  if (backOffice) {
    const BackOfficeApp = lazyBackOffice(backOffice.path, backOffice.load);
    return (
      <LoadError>
        <Suspense fallback={<Loading />}>
          <BackOfficeApp />
        </Suspense>
      </LoadError>
    );
  }
  const notFound = !(pathname === "/" || pathname === "/index.html");
  return <Landing notice={notFound ? "notFound" : undefined} />;
}
