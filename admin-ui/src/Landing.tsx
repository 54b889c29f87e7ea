/** The landing page, in French: what Champ Commun is and a link to each back-office. Plain HTML and CSS (landing.css): no UI library in the first download. */
import { backOffices } from "./backOffices";

export function Landing({ notice }: { notice?: "notFound" }) {
  return (
    <div className="cc-landing">
      <header className="cc-header">
        <p className="cc-brand">Champ Commun</p>
      </header>
      <main className="cc-main">
        <h1>Le logiciel libre des AMAP</h1>
        <p className="cc-lead">
          Pour les réseaux, les AMAP, les paysans et les amapiens : l'annuaire, les contrats, les distributions et les
          règlements, sans jamais toucher à l'argent.
        </p>
        {notice === "notFound" && (
          <p className="cc-notice" role="alert">
            Cette page n'existe pas. Choisissez un espace ci-dessous.
          </p>
        )}
        <p>
          <a className="cc-button" href="/connexion">
            Se connecter
          </a>
        </p>
        <h2>Choisissez votre espace</h2>
        <ul className="cc-spaces">
          {backOffices.map((b) => (
            <li key={b.path} className="cc-space">
              <a href={b.path} className="cc-space-link">
                <span className="cc-space-title">{b.title}</span>
                <span className="cc-space-desc">{b.description}</span>
              </a>
            </li>
          ))}
        </ul>
      </main>
      <footer className="cc-footer">
        <p>Logiciel libre (AGPL-3.0), fait pour et avec le mouvement des AMAP. Vos données restent les vôtres.</p>
      </footer>
    </div>
  );
}
