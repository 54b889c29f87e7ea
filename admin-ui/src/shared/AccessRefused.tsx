/** A signed-in person opened a back-office that is not theirs: say so, and offer theirs. Plain HTML (landing.css). */
import { allGrants, BACK_OFFICE_OF, type Person } from "../auth/grants";
import { SPACE_TITLES } from "../backOffices";

export function AccessRefused({ person }: { person: Person }) {
  const paths = [...new Set(allGrants(person).map((g) => BACK_OFFICE_OF[g.role]))];
  return (
    <div className="cc-landing">
      <header className="cc-header">
        <p className="cc-brand">Champ Commun</p>
      </header>
      <main className="cc-main">
        <h1>Accès refusé</h1>
        <p className="cc-notice" role="alert">
          Cet espace n'est pas ouvert à votre compte ({person.email}).
        </p>
        {paths.length > 0 && (
          <>
            <h2>Vos espaces</h2>
            <ul className="cc-spaces">
              {paths.map((p) => (
                <li key={p} className="cc-space">
                  <a className="cc-space-link" href={p}>
                    <span className="cc-space-title">{SPACE_TITLES[p]}</span>
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <a href="/connexion">Se connecter avec un autre compte</a>
        </p>
      </main>
    </div>
  );
}
