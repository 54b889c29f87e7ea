/**
 * /invitation?token=… (the link every invitation mail carries: a member into their household, a
 * référent, a farmer, an AMAP's or a network's admin): the person chooses a password, is signed in
 * (acceptInvitation) and lands in the space of the role they were invited to. Plain HTML and CSS like the
 * sign-in page; each field says what is wrong with it, in French.
 */
import { useState, type FormEvent } from "react";
import { BACK_OFFICE_OF, allGrants, chosenGrantKey, destinationAfterLogin, type BackOfficePath } from "./grants";
import { session } from "./browserSession";
import { SignInError } from "./session";
import { Field, Page } from "./PasswordReset";

export default function InvitationPage() {
  const token = new URLSearchParams(window.location.search).get("token") ?? "";
  const [problems, setProblems] = useState<{ message?: string; fields: Record<string, string> } | null>(null);
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
    try {
      const person = await session.acceptInvitation(token, password);
      const destination = destinationAfterLogin(person, null);
      if (!destination) return window.location.assign("/connexion");
      // The space of the role invited to is chosen for this tab (a member of a household who is also référent lands once).
      const space = `/${destination.split("/")[1]}` as BackOfficePath;
      const grant = allGrants(person).find((g) => BACK_OFFICE_OF[g.role] === space);
      if (grant) window.sessionStorage.setItem(chosenGrantKey(space), grant.id);
      window.location.assign(destination);
    } catch (err) {
      setPending(false);
      if (!(err instanceof SignInError))
        return setProblems({ message: "Le service ne répond pas. Vérifiez votre connexion et réessayez.", fields: {} });
      // The API names the password `password`; a used or expired link comes back on `token`.
      const { token: tokenProblem, ...rest } = err.fields;
      setProblems({ message: tokenProblem ?? (Object.keys(rest).length ? undefined : err.message), fields: rest });
    }
  };

  if (!token) {
    return (
      <Page title="Bienvenue sur Champ Commun">
        <p className="cc-notice" role="alert">
          Ce lien est incomplet. Ouvrez le lien reçu par e-mail tel quel, ou demandez une nouvelle invitation.
        </p>
      </Page>
    );
  }
  return (
    <Page title="Bienvenue sur Champ Commun">
      <p className="cc-lead">
        Vous êtes invité·e sur Champ Commun. Choisissez votre mot de passe : vous serez ensuite connecté·e à votre
        espace.
      </p>
      <form className="cc-form" onSubmit={submit} noValidate>
        {problems?.message && (
          <p className="cc-notice" role="alert">
            {problems.message} Demandez une nouvelle invitation à qui vous a invité·e.
          </p>
        )}
        <Field
          id="cc-password"
          name="password"
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          hint="12 caractères au moins."
          error={problems?.fields.password}
        />
        <Field
          id="cc-confirmation"
          name="confirmation"
          label="Mot de passe, une seconde fois"
          type="password"
          autoComplete="new-password"
          error={problems?.fields.confirmation}
        />
        <button type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : "Choisir ce mot de passe"}
        </button>
      </form>
    </Page>
  );
}
