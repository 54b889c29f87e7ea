/** A subscription named as people say it: "Foyer Martin — Légumes 2026" (never its id). */
export const subscriptionTitle = (
  r: { household?: { displayName?: string } | null; templateName?: string } | undefined,
) => [r?.household?.displayName, r?.templateName].filter(Boolean).join(" — ");
