/**
 * /connexion: signs a person in and sends them to the back-office of their role (or to the page
 * they asked for, when they may open it). Someone with several spaces picks one here and can
 * switch later from the app bar. Plain HTML and CSS, like the landing page: no UI library to
 * download before signing in.
 */
import { useEffect, useState, type FormEvent } from "react";
import { SPACE_TITLES } from "../backOffices";
import { GRAPHQL_ENDPOINT, session } from "./browserSession";
import {
  allGrants,
  BACK_OFFICE_OF,
  chosenGrantKey,
  destinationAfterLogin,
  type Grant,
  type Person,
  type RoleName,
} from "./grants";
import { fetchScopeNames } from "./scopeNames";
import { SignInError } from "./session";

const ROLE_LABELS: Record<RoleName, string> = {
  network_admin: "Administration du réseau",
  amap_admin: "Administration de l'AMAP",
  referent: "Référent de contrat",
  farmer: "Paysan",
  member: "Amapien",
};

function go(grant: Grant, wanted: string | null, person: Person) {
  const path = BACK_OFFICE_OF[grant.role];
  window.sessionStorage.setItem(chosenGrantKey(path), grant.id);
  const destination = destinationAfterLogin(person, wanted);
  window.location.assign(destination && destination.startsWith(path) ? destination : path);
}

/** The spaces of a person with several roles, to choose from. */
function SpaceChooser({ person, wanted }: { person: Person; wanted: string | null }) {
  const grants = allGrants(person);
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    void session.headers().then((h) => fetchScopeNames(GRAPHQL_ENDPOINT, grants, h).then(setNames));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [person.id]);
  return (
    <>
      <h2>Choisissez votre espace</h2>
      <ul className="cc-spaces">
        {grants.map((g) => (
          <li key={g.id} className="cc-space">
            <a
              className="cc-space-link"
              href={BACK_OFFICE_OF[g.role]}
              onClick={(e) => {
                e.preventDefault();
                go(g, wanted, person);
              }}
            >
              <span className="cc-space-title">{SPACE_TITLES[BACK_OFFICE_OF[g.role]]}</span>
              <span className="cc-space-desc">
                {ROLE_LABELS[g.role]}
                {names[g.id] ? ` · ${names[g.id]}` : ""}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          className="cc-linkbutton"
          onClick={() => session.logout().then(() => window.location.reload())}
        >
          Se déconnecter
        </button>
      </p>
    </>
  );
}

export default function LoginPage() {
  const params = new URLSearchParams(window.location.search);
  const wanted = params.get("suite");
  const [person, setPerson] = useState<Person | null>(null);
  const [checking, setChecking] = useState(true);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  useEffect(() => {
    document.title = "Connexion · Champ Commun";
    void session.restore().then((p) => {
      setPerson(p);
      setChecking(false);
    });
  }, []);

  // Straight to the asked page when allowed, else to the widest role's back-office; the app bar switches.
  const land = (p: Person) => {
    const destination = destinationAfterLogin(p, wanted);
    const path = destination ? `/${destination.split("/")[1]}` : null;
    const grant = allGrants(p).find((g) => BACK_OFFICE_OF[g.role] === path);
    if (grant) return go(grant, wanted, p);
    setPerson(p);
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    // Which field is missing, before asking the API (which would spend a sign-in attempt on it).
    const missing: Record<string, string> = {};
    if (!email) missing.email = "Indiquez votre adresse e-mail.";
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      missing.email = "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).";
    if (!password) missing.password = "Indiquez votre mot de passe.";
    if (Object.keys(missing).length) {
      setError({ message: "", fields: missing });
      (e.currentTarget.elements.namedItem(missing.email ? "email" : "password") as HTMLInputElement | null)?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const p = await session.login(email, password, form.get("remember") === "on");
      land(p);
    } catch (err) {
      setError(
        err instanceof SignInError
          ? { message: err.message, fields: err.fields }
          : { message: "Le service de connexion ne répond pas. Vérifiez votre connexion et réessayez.", fields: {} },
      );
    } finally {
      setPending(false);
    }
  };

  const emailError = error?.fields.email;
  const passwordError = error?.fields.password;
  return (
    <div className="cc-landing">
      <header className="cc-header">
        <p className="cc-brand">
          <a href="/" style={{ color: "inherit", textDecoration: "none" }}>
            Champ Commun
          </a>
        </p>
      </header>
      <main className="cc-main">
        <h1>Connexion</h1>
        {checking ? (
          <p role="status">Chargement…</p>
        ) : person ? (
          <>
            <p className="cc-lead">
              Connecté·e : {[person.firstName, person.lastName].filter(Boolean).join(" ") || person.email}.
            </p>
            {allGrants(person).length === 0 ? (
              <p className="cc-notice" role="alert">
                Votre compte n'a encore aucun rôle. Demandez à votre AMAP ou à votre réseau de vous en donner un.
              </p>
            ) : (
              <SpaceChooser person={person} wanted={wanted} />
            )}
          </>
        ) : (
          <form className="cc-form" onSubmit={submit} noValidate>
            {error?.message && (
              <p className="cc-notice" role="alert">
                {error.message}
              </p>
            )}
            <div className="cc-field">
              <label htmlFor="cc-email">Adresse e-mail</label>
              <input
                id="cc-email"
                name="email"
                type="email"
                autoComplete="username"
                inputMode="email"
                required
                aria-invalid={emailError ? "true" : undefined}
                aria-describedby={emailError ? "cc-email-error" : undefined}
              />
              {emailError && (
                <p id="cc-email-error" className="cc-error">
                  {emailError}
                </p>
              )}
            </div>
            <div className="cc-field">
              <label htmlFor="cc-password">Mot de passe</label>
              <input
                id="cc-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                aria-invalid={passwordError ? "true" : undefined}
                aria-describedby={passwordError ? "cc-password-error" : undefined}
              />
              {passwordError && (
                <p id="cc-password-error" className="cc-error">
                  {passwordError}
                </p>
              )}
            </div>
            <label className="cc-check">
              <input type="checkbox" name="remember" /> Rester connecté·e sur cet appareil
            </label>
            <button type="submit" disabled={pending}>
              {pending ? "Connexion…" : "Se connecter"}
            </button>
            <p>
              <a href="/mot-de-passe-oublie">Mot de passe oublié ?</a>
            </p>
          </form>
        )}
      </main>
    </div>
  );
}
