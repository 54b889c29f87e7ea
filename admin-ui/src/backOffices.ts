/**
 * The back-offices, one per role (domain.md). Each is its own lazily loaded chunk; the landing
 * page lists them and the sign-in page sends each person to theirs.
 */
import type { ComponentType } from "react";
import type { BackOfficePath } from "./auth/grants";

export interface BackOffice {
  path: BackOfficePath;
  title: string;
  description: string;
  load: () => Promise<{ default: ComponentType }>;
}

export const SPACE_TITLES: Record<BackOfficePath, string> = {
  "/reseau": "Réseau",
  "/amap": "AMAP",
  "/paysan": "Paysan",
  "/moi": "Mon espace",
};

export const backOffices: BackOffice[] = [
  {
    path: "/reseau",
    title: SPACE_TITLES["/reseau"],
    description: "L'annuaire du réseau (AMAP, fermes), les adhésions, les chiffres de la saison.",
    load: () => import("./reseau/ReseauAdmin"),
  },
  {
    path: "/amap",
    title: SPACE_TITLES["/amap"],
    description: "La vie de l'AMAP : adhérents, contrats, distributions, règlements, permanences.",
    load: () => import("./amap/AmapAdmin"),
  },
  {
    path: "/paysan",
    title: SPACE_TITLES["/paysan"],
    description: "Votre ferme, vos contrats dans toutes les AMAP que vous livrez, vos récapitulatifs.",
    load: () => import("./paysan/PaysanAdmin"),
  },
  {
    path: "/moi",
    title: SPACE_TITLES["/moi"],
    description: "Vos contrats, votre agenda, vos échéances, vos absences et vos permanences.",
    load: () => import("./moi/MoiAdmin"),
  },
];

/** The back-office serving this path (`/reseau`, `/reseau/amaps/…`), if any. */
export function backOfficeFor(pathname: string): BackOffice | undefined {
  return backOffices.find((b) => pathname === b.path || pathname.startsWith(`${b.path}/`));
}
