import { Check } from "@champ-commun/kit";
import { t } from "../i18n";

/**
 * A cheque number as printed on French cheques: digits only (spaces typed between groups are
 * dropped). "-12" or "C1" is a typing mistake the treasurer must see at once, next to the field.
 */
export function checkChequeNumber(check: Check, field: string, value: string | undefined | null): string | undefined {
  const v = check.text(field, value, { max: 40 });
  if (!v) return v;
  const digits = v.replace(/\s+/g, "");
  if (!/^\d{1,20}$/.test(digits)) check.fail(field, t("chequeNumber.chequeNumberHasDigits"));
  return digits;
}
