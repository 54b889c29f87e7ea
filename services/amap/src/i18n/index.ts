import { catalog } from "@champ-commun/kit";
import { fr } from "./fr";
import { en } from "./en";

/** This package's messages in French and English: `t("key", { values })` gives both. */
export const t = catalog({ fr, en });
export const messages = { fr, en };
