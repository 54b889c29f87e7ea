import type { CharterPrinciple } from "../entities/charter.entity";

/**
 * The movement-wide charter every AMAP and farm refers to, seeded at start. The principles are
 * short reminders written for the tool (codes are stable: visit questions point to them); the
 * authoritative text is the one published by the MIRAMAP.
 */
export const CHARTER_2014 = {
  // A fixed id: several processes may seed at once, and partner tools can rely on it.
  id: "018e4a1c-2014-7000-8000-000000002014",
  title: "Charte des AMAP (2014)",
  adoptedOn: "2014-03-15",
  text:
    "Charte des AMAP adoptée par l'assemblée générale du MIRAMAP en mars 2014, après une réécriture participative " +
    "entre AMAP, paysans et réseaux. Elle fixe les principes communs du partenariat entre un groupe d'amapiens et " +
    "un paysan. Le texte de référence est publié par le MIRAMAP.",
  principles: [
    { code: "agriculture_paysanne", title: "Une agriculture paysanne, locale et à taille humaine" },
    {
      code: "agroecologie",
      title: "Des pratiques agroécologiques, sans chimie de synthèse, respectueuses des sols et des animaux",
    },
    { code: "alimentation", title: "Une alimentation de qualité, de saison, accessible à tous" },
    { code: "vente_directe", title: "La vente directe, sans intermédiaire, du paysan aux amapiens" },
    { code: "prefinancement", title: "Le pré-financement de la production par un engagement sur la saison" },
    { code: "partage_risques", title: "Le partage des risques et des bénéfices de la production" },
    { code: "prix_equitable", title: "Un prix équitable, fixé ensemble, qui fait vivre le paysan" },
    { code: "transparence", title: "La transparence sur les pratiques, les coûts et les décisions" },
    { code: "participation", title: "La participation active des amapiens à la vie de l'AMAP" },
    { code: "solidarite", title: "La solidarité entre amapiens, avec les paysans et au sein des réseaux" },
    { code: "evaluation_participative", title: "L'évaluation participative et le progrès partagé" },
  ] satisfies CharterPrinciple[],
};
