/**
 * A tiny router: `/` is the landing page, `/connexion` the sign-in page, each back-office path loads its own chunk. Moving from
 * one to another is a full page load (plain links), so no router library is needed here.
 */
import { Component, lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from "react";
import { backOfficeFor, type BackOffice } from "./backOffices";
import { Landing } from "./Landing";

const LoginPage = lazy(() => import("./auth/LoginPage"));
const ForgottenPasswordPage = lazy(() =>
  import("./auth/PasswordReset").then((m) => ({ default: m.ForgottenPasswordPage })),
);
const NewPasswordPage = lazy(() => import("./auth/PasswordReset").then((m) => ({ default: m.NewPasswordPage })));
const InvitationPage = lazy(() => import("./auth/InvitationPage"));

/** Pages outside the back-offices, before signing in. */
const PUBLIC_PAGES: Record<string, LazyExoticComponent<ComponentType>> = {
  "/connexion": LoginPage,
  "/mot-de-passe-oublie": ForgottenPasswordPage,
  "/nouveau-mot-de-passe": NewPasswordPage,
  "/invitation": InvitationPage,
};

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
  // Links mailed before these pages had their own address (`/#/reset-password?token=…`).
  for (const [hash, page] of [
    ["#/reset-password", "/nouveau-mot-de-passe"],
    ["#/accept-invitation", "/invitation"],
  ]) {
    if (typeof window !== "undefined" && window.location.hash.startsWith(hash)) {
      window.location.replace(`${page}${window.location.hash.slice(hash.length)}`);
      return <Loading />;
    }
  }
  const PublicPage = PUBLIC_PAGES[pathname];
  if (PublicPage) {
    return (
      <LoadError>
        <Suspense fallback={<Loading />}>
          <PublicPage />
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
