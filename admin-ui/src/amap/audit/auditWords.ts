/**
 * One audit entry in words: what happened ("Chèque reçu") and its details (household, amount,
 * cheque number, status before → after, role, date), from the record's values before and after.
 * Pure but for the translate function it is given (jest runs it with a fake one).
 */
import { day, euros } from "../../shared/format";

export interface AuditRecord {
  id: string;
  at: string;
  actorId: string | null;
  actorName?: string | null;
  householdName?: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: string | null;
  after: string | null;
}

export const AUDIT_ENTITIES = [
  "Installment",
  "Handover",
  "Subscription",
  "Membership",
  "Household",
  "RoleGrant",
  "Absence",
  "Amendment",
  "BasketHandover",
  "Postponement",
  "WaitingListEntry",
  "ApiToken",
  "Account",
] as const;

/** The enum of each entity's `status`, as the i18n keys name them (champ.enums.<name>.<value>). */
const STATUS_ENUM: Record<string, string> = {
  Installment: "installmentStatus",
  Subscription: "subscriptionStatus",
  Membership: "membershipStatus",
  Household: "householdStatus",
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

function parse(json: string | null): Record<string, unknown> | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function auditDetails(
  r: AuditRecord,
  translate: Translate,
  locale = "fr",
): { title: string; details: string[] } {
  const before = parse(r.before);
  const after = parse(r.after);
  const now = after ?? before ?? {};
  const known = (AUDIT_ENTITIES as readonly string[]).includes(r.entity);
  const entity = known ? translate(`champ.amap.audit.entity.${r.entity}`) : translate("champ.amap.audit.entity.other");
  const verb = translate(`champ.amap.audit.verb.${r.action}`, { _: translate("champ.amap.audit.verb.update") });
  const title = translate(`champ.amap.audit.action.${r.entity}.${r.action}`, { _: `${entity} : ${verb}` });

  const details: string[] = [];
  if (r.householdName) details.push(r.householdName);
  const amount = num(now.amountCents) ?? num(now.totalCents);
  if (amount !== null) details.push(euros(amount, locale));
  if (r.entity === "Handover" && num(now.installmentCount) !== null)
    details.push(translate("champ.amap.audit.cheques", { smart_count: num(now.installmentCount) }));
  const cheque = str(now.chequeNumber);
  if (cheque) details.push(translate("champ.amap.audit.chequeNumber", { number: cheque }));
  const templateName = str(now.templateName);
  if (templateName) details.push(templateName);
  const statusEnum = STATUS_ENUM[r.entity];
  const from = str(before?.status);
  const to = str(after?.status);
  if (statusEnum && to && from !== to) {
    const label = (s: string) =>
      translate(`champ.enums.${statusEnum}.${s}`, { _: translate("champ.amap.audit.otherStatus") });
    details.push(from ? `${label(from)} → ${label(to)}` : label(to));
  }
  const role = str(now.role);
  if (r.entity === "RoleGrant" && role)
    details.push(translate(`champ.roles.${role}`, { _: translate("champ.amap.audit.otherRole") }));
  const date =
    str(now.handedOverOn) ??
    (r.action === "receive" ? str(now.receivedOn) : null) ??
    (r.action === "pay" ? str(now.paidOn) : null) ??
    str(now.date);
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) details.push(day(date, locale));
  const reason = str(now.correctionReason) ?? str(now.terminationReason) ?? str(now.reason);
  if (reason) details.push(translate("champ.amap.audit.reason", { reason }));
  return { title, details };
}
