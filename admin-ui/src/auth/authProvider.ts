/**
 * react-admin's authProvider for one back-office: the session decides who is signed in, the
 * chosen grant decides the role, and `canAccess` (access/canAccess.ts) what the role may do.
 */
import type { AuthProvider } from "ra-core";
import { canAccess } from "../access/canAccess";
import type { Grant } from "./grants";
import type { Session } from "./session";

export const LOGIN_PATH = "/connexion";

export function loginUrl(next?: string): string {
  return next ? `${LOGIN_PATH}?suite=${encodeURIComponent(next)}` : LOGIN_PATH;
}

export function backOfficeAuthProvider(session: Session, grant: Grant, here: () => string): AuthProvider {
  return {
    login: () => Promise.reject(new Error("Sign in at /connexion")),
    async checkAuth() {
      // react-admin reads { redirectTo, message } from the rejection, not an Error.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (!(await session.restore())) throw { redirectTo: loginUrl(here()), message: false };
    },
    async checkError(error: { status?: number }) {
      // The dataProvider already refreshed once: a 401 now means the session is over.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (error?.status === 401) throw { redirectTo: loginUrl(here()), message: "champ.auth.expired" };
      // 403 and the rest: the page shows the API's message, the person stays signed in.
    },
    async logout() {
      await session.logout();
      return LOGIN_PATH;
    },
    async getIdentity() {
      const p = session.person;
      if (!p) throw new Error("signed out");
      return { id: p.id, fullName: [p.firstName, p.lastName].filter(Boolean).join(" ") || p.email };
    },
    async getPermissions() {
      return grant;
    },
    async canAccess(params) {
      return canAccess(grant.role, params);
    },
  };
}
