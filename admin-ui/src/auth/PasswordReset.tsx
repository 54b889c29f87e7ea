/**
 * A forgotten password: /mot-de-passe-oublie asks for the link (requestPasswordReset), and
 * /nouveau-mot-de-passe?token=… (the link in the mail) sets the new one (resetPassword). Plain
 * HTML and CSS like the sign-in page; every field says what is wrong with it, in French.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { postGraphQL } from "../api/graphql";
import { GRAPHQL_ENDPOINT } from "./browserSession";

type Problems = { message?: string; fields: Record<string, string> };

/** Sends one mutation; the API's field messages come back by field, its other refusals as a message. */
async function mutate(query: string, variables: Record<string, unknown>): Promise<Problems | null> {
  try {
    const res = await postGraphQL(GRAPHQL_ENDPOINT, { query, variables, headers: { "Accept-Language": "fr" } });
    if (res.data && !res.errors?.length) return null;
    const e = res.errors?.[0];
    const fields = e?.extensions?.fields ?? {};
    return {
      message: Object.keys(fields).length
        ? undefined
        : (e?.message ?? "Le service ne répond pas. Réessayez dans un instant."),
      fields,
    };
  } catch {
    return { message: "Le service ne répond pas. Vérifiez votre connexion et réessayez.", fields: {} };
  }
}

export function Page({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Champ Commun`;
  }, [title]);
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
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}

/** A labelled input with its message underneath (aria-describedby), as on the sign-in page. */
export function Field(props: {
  id: string;
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  error?: string;
  hint?: string;
  inputMode?: "email";
}) {
  const describedBy =
    [props.error ? `${props.id}-error` : null, props.hint ? `${props.id}-hint` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="cc-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={describedBy}
      />
      {props.hint && (
        <p id={`${props.id}-hint`} className="cc-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} className="cc-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function ForgottenPasswordPage() {
  const [problems, setProblems] = useState<Problems | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get("email") ?? "").trim();
    if (!email) return setProblems({ fields: { email: "Indiquez votre adresse e-mail." } });
    if (!EMAIL.test(email))
      return setProblems({
        fields: { email: "Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr)." },
      });
    setPending(true);
    const answer = await mutate(
      "mutation RequestReset($email: String!) { requestPasswordReset(input: { email: $email }) }",
      { email },
    );
    setPending(false);
    setProblems(answer);
    if (!answer) setSentTo(email);
  };

  return (
    <Page title="Mot de passe oublié">
      {sentTo ? (
        <>
          <p className="cc-lead" role="status">
            Si un compte existe pour {sentTo}, un lien pour choisir un nouveau mot de passe vient d'y être envoyé. Il
            est valable une heure ; pensez à regarder dans les indésirables.
          </p>
          <p>
            <a href="/connexion">Revenir à la connexion</a>
          </p>
        </>
      ) : (
        <form className="cc-form" onSubmit={submit} noValidate>
          <p className="cc-lead">
            Indiquez l'adresse e-mail de votre compte : nous vous envoyons un lien pour choisir un nouveau mot de passe.
          </p>
          {problems?.message && (
            <p className="cc-notice" role="alert">
              {problems.message}
            </p>
          )}
          <Field
            id="cc-email"
            name="email"
            label="Adresse e-mail"
            type="email"
            autoComplete="username"
            inputMode="email"
            error={problems?.fields.email}
          />
          <button type="submit" disabled={pending}>
            {pending ? "Envoi…" : "Recevoir le lien"}
          </button>
          <p>
            <a href="/connexion">Revenir à la connexion</a>
          </p>
        </form>
      )}
    </Page>
  );
}

export function NewPasswordPage() {
  const token = new URLSearchParams(window.location.search).get("token") ?? "";
  const [problems, setProblems] = useState<Problems | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get("password") ?? "");
    const confirmation = String(form.get("confirmation") ?? "");
    const fields: Record<string, string> = {};
    if (!password) fields.password = "Choisissez un mot de passe.";
    else if (password.length < 12)
      fields.password = "Au moins 12 caractères : une phrase facile à retenir convient bien.";
    if (!confirmation) fields.confirmation = "Tapez le mot de passe une seconde fois.";
    else if (password && confirmation !== password)
      fields.confirmation = "Les deux mots de passe ne sont pas les mêmes.";
    if (Object.keys(fields).length) return setProblems({ fields });
    setPending(true);
    const answer = await mutate(
      "mutation Reset($token: String!, $p: String!) { resetPassword(input: { token: $token, newPassword: $p }) }",
      { token, p: password },
    );
    setPending(false);
    if (!answer) return setDone(true);
    // The API names the password `newPassword`; a used or expired link comes back on `token`.
    const { newPassword, token: tokenProblem, ...rest } = answer.fields;
    setProblems({
      message: tokenProblem ?? answer.message,
      fields: { ...rest, ...(newPassword ? { password: newPassword } : {}) },
    });
  };

  if (!token) {
    return (
      <Page title="Nouveau mot de passe">
        <p className="cc-notice" role="alert">
          Ce lien est incomplet. Ouvrez le lien reçu par e-mail tel quel, ou demandez-en un nouveau.
        </p>
        <p>
          <a href="/mot-de-passe-oublie">Demander un nouveau lien</a>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Nouveau mot de passe">
      {done ? (
        <>
          <p className="cc-lead" role="status">
            Votre mot de passe est changé. Vos autres sessions sont fermées : connectez-vous avec le nouveau.
          </p>
          <p>
            <a className="cc-button" href="/connexion">
              Se connecter
            </a>
          </p>
        </>
      ) : (
        <form className="cc-form" onSubmit={submit} noValidate>
          {problems?.message && (
            <p className="cc-notice" role="alert">
              {problems.message} <a href="/mot-de-passe-oublie">Demander un nouveau lien</a>
            </p>
          )}
          <Field
            id="cc-password"
            name="password"
            label="Nouveau mot de passe"
            type="password"
            autoComplete="new-password"
            hint="12 caractères au moins."
            error={problems?.fields.password}
          />
          <Field
            id="cc-confirmation"
            name="confirmation"
            label="Confirmez le mot de passe"
            type="password"
            autoComplete="new-password"
            error={problems?.fields.confirmation}
          />
          <button type="submit" disabled={pending}>
            {pending ? "Enregistrement…" : "Enregistrer le mot de passe"}
          </button>
        </form>
      )}
    </Page>
  );
}
