/** The page's one session, over the browser's storages; `navigator.locks` keeps refreshes one at a time across tabs. */
import { Session } from "./session";

const lock = <T>(fn: () => Promise<T>): Promise<T> =>
  typeof navigator !== "undefined" && navigator.locks
    ? (navigator.locks.request("cc-refresh", fn) as Promise<T>)
    : fn();

export const GRAPHQL_ENDPOINT = new URL("/graphql", window.location.origin).href;

export const session = new Session({
  endpoint: GRAPHQL_ENDPOINT,
  persistent: window.localStorage,
  tab: window.sessionStorage,
  getLocale: () => (document.documentElement.lang === "en" ? "en" : "fr"),
  lock,
});
