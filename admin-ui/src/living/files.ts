/**
 * Files the gateway serves at stable URLs (the signed contract's PDF, an event's participants):
 * fetched with the session's token (a plain link would carry none), then offered as a download.
 */
import { session } from "../auth/browserSession";

export class FileError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Fetches `path` (e.g. `/files/subscriptions/<id>/contract.pdf`) and saves it as `filename`. */
export async function downloadFromApi(path: string, filename: string, locale = "fr"): Promise<void> {
  const res = await fetch(path, { headers: { ...(await session.headers()), "Accept-Language": locale } });
  // The gateway answers refusals in plain text, in the caller's language.
  if (!res.ok) throw new FileError((await res.text().catch(() => "")) || String(res.status), res.status);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a title: "Formation : être référent·e" → "formation-etre-referent-e". */
export const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "fichier";
