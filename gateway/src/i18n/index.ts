import { catalog } from "@champ-commun/kit/dist/edge";
import { fr } from "./fr";
import { en } from "./en";

/** The gateway's messages in French and English: `t("key")[lang]`. */
export const t = catalog({ fr, en });
export const messages = { fr, en };
