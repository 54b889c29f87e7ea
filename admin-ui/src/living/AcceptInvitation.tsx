/**
 * /invitation?token=…: where an invitation mail leads (a member into their household, a référent,
 * a farmer, an AMAP's or a network's admin). The person chooses their password, is signed in and
 * lands in the space of their role. Plain HTML and CSS, like the sign-in page.
 */
import { useEffect, useState, type FormEvent } from "react";
import { postGraphQL } from "../api/graphql";
import { GRAPHQL_ENDPOINT, session } from "../auth/browserSession";
import { allGrants, BACK_OFFICE_OF, chosenGrantKey, destinationAfterLogin, type BackOfficePath } from "../auth/grants";
import { operationDocument } from "../dataProvider/build";
import { livingQueries } from "./registry";

const ACCEPT = livingQueries.acceptInvitation;
const ACCEPT_DOCUMENT = operationDocument("mutation", "AcceptInvitation", "acceptInvitation", ACCEPT.args, ACCEPT.selection);

/** The token of the link: `/invitation?token=…`, or the older `/#/accept-invitation?token=…`. */
export function invitationToken(location: { search: string; hash: string }): string {
  const fromSearch = new URLSearchParams(location.search).get("token");
  if (fromSearch) return fromSearch;
  const q = location.hash.indexOf("?");
  return q >= 0 ? (new URLSearchParams(location.hash.slice(q + 1)).get("token") ?? "") : "";
}

export default function AcceptInvitation() {
  const token = invitationToken(window.location);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [noRole, setNoRole] = useState(false);

  useEffect(() => {
    document.title = "Invitation · Champ Commun";
  }, []);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirmation") ?? "")) {
      setError({ message: "Les deux mots de passe ne sont pas identiques.", fields: { confirmation: "Retapez le même mot de passe." } });
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await postGraphQL(GRAPHQL_ENDPOINT, { query: ACCEPT_DOCUMENT, variables: { token, password }, headers: { "Accept-Language": "fr" } });
      const accepted = res.data?.acceptInvitation as { person: { email: string } } | undefined;
      if (!accepted) {
        const first = res.errors?.[0];
        setError({ message: first?.message ?? "Le service ne répond pas. Réessayez.", fields: (first?.extensions?.fields as Record<string, string>) ?? {} });
        return;
      }
      // Signed in as anyone else would, so the session (refresh token, roles) is the usual one.
      const person = await session.login(accepted.person.email, password, false);
      const destination = destinationAfterLogin(person, null);
      if (!destination) return setNoRole(true);
      const space = `/${destination.split("/")[1]}` as BackOfficePath;
      const grant = allGrants(person).find((g) => BACK_OFFICE_OF[g.role] === space);
      if (grant) window.sessionStorage.setItem(chosenGrantKey(space), grant.id);
      window.location.assign(destination);
    } catch {
      setError({ message: "Le service ne répond pas. Vérifiez votre connexion et réessayez.", fields: {} });
    } finally {
      setPending(false);
    }
  };

  const passwordError = error?.fields.password;
  const confirmationError = error?.fields.confirmation;
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
        <h1>Bienvenue sur Champ Commun</h1>
        {!token ? (
          <p className="cc-notice" role="alert">
            Ce lien d'invitation est incomplet. Ouvrez le lien reçu par e-mail en entier, ou demandez une nouvelle invitation.
          </p>
        ) : noRole ? (
          <p className="cc-notice" role="alert">
            Votre mot de passe est enregistré, mais votre compte n'a pas encore de rôle. Demandez à votre AMAP ou à votre réseau de vous en donner un.
          </p>
        ) : (
          <>
            <p className="cc-lead">Vous êtes invité·e. Choisissez votre mot de passe : vous serez ensuite connecté·e à votre espace.</p>
            <form className="cc-form" onSubmit={submit} noValidate>
              {error && (
                <p className="cc-notice" role="alert">
                  {error.message}
                </p>
              )}
              <div className="cc-field">
                <label htmlFor="cc-password">Mot de passe</label>
                <input
                  id="cc-password"
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  required
                  minLength={12}
                  aria-invalid={passwordError ? "true" : undefined}
                  aria-describedby={passwordError ? "cc-password-error" : "cc-password-help"}
                />
                <p id="cc-password-help" style={{ margin: 0, color: "#4a5548", fontSize: "0.9rem" }}>
                  Au moins 12 caractères ; une phrase facile à retenir convient très bien.
                </p>
                {passwordError && (
                  <p id="cc-password-error" className="cc-error">
                    {passwordError}
                  </p>
                )}
              </div>
              <div className="cc-field">
                <label htmlFor="cc-confirmation">Mot de passe, une seconde fois</label>
                <input
                  id="cc-confirmation"
                  name="confirmation"
                  type="password"
                  autoComplete="new-password"
                  required
                  aria-invalid={confirmationError ? "true" : undefined}
                  aria-describedby={confirmationError ? "cc-confirmation-error" : undefined}
                />
                {confirmationError && (
                  <p id="cc-confirmation-error" className="cc-error">
                    {confirmationError}
                  </p>
                )}
              </div>
              <button type="submit" disabled={pending}>
                {pending ? "Enregistrement…" : "Enregistrer et me connecter"}
              </button>
            </form>
          </>
        )}
      </main>
    </div>
  );
}
