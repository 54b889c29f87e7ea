/**
 * Errors are data: a code from api.md, a message in French and English, and the fields at fault.
 * Services throw DomainError (no GraphQL import there); the subgraph turns it into a GraphQL error
 * in the caller's language (see graphql-errors.ts).
 */
import { t } from "./i18n";

export type ErrorCode =
  "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "SERVICE_UNAVAILABLE";

export interface Msg {
  fr: string;
  en: string;
}

export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly msg: Msg,
    public readonly fields: Record<string, Msg> = {},
  ) {
    super(msg.en);
    this.name = "DomainError";
  }
}

/** A bad value in one field: the message names what is wrong in words a treasurer understands. */
export function badInput(field: string, msg: Msg): DomainError {
  return new DomainError("BAD_USER_INPUT", msg, { [field]: msg });
}

/** Several bad fields at once, so a form can show every problem in one round trip. */
export function badInputs(fields: Record<string, Msg>): DomainError {
  const entries = Object.values(fields);
  const first = entries[0] ?? t("errors.invalidInput");
  const msg = entries.length > 1 ? t("errors.andMore", { first: (l) => first[l], more: entries.length - 1 }) : first;
  return new DomainError("BAD_USER_INPUT", msg, fields);
}

/** Collects field errors while validating a whole input, then throws them together. */
export class FieldErrors {
  private readonly fields: Record<string, Msg> = {};
  add(field: string, msg: Msg): void {
    if (!this.fields[field]) this.fields[field] = msg;
  }
  get empty(): boolean {
    return Object.keys(this.fields).length === 0;
  }
  throwIfAny(): void {
    if (!this.empty) throw badInputs(this.fields);
  }
}

export function notFound(what: Msg, id: string): DomainError {
  return new DomainError("NOT_FOUND", t("errors.notFound", { what: (l) => what[l], id }), {
    id: t("errors.notFoundField", { what: (l) => what[l] }),
  });
}

export function conflict(msg: Msg, field?: string): DomainError {
  return new DomainError("CONFLICT", msg, field ? { [field]: msg } : {});
}

export function forbidden(msg: Msg = t("errors.youMayNotPerform")): DomainError {
  return new DomainError("FORBIDDEN", msg);
}

export type Lang = "fr" | "en";

/** French by default; English when the caller prefers it (Accept-Language). */
export function langFromHeader(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return "fr";
  for (const part of value.split(",")) {
    const tag = part.trim().toLowerCase().slice(0, 2);
    if (tag === "fr") return "fr";
    if (tag === "en") return "en";
  }
  return "fr";
}

export const INTERNAL_MESSAGE =
  "Erreur interne : l'opération n'a pas abouti, réessayez plus tard. / Internal error: please try again later.";
