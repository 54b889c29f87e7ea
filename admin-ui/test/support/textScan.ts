/**
 * What a volunteer must never read in the French back-offices: technical text. Pure functions, so
 * the rules themselves are unit-tested (textScan.test.ts) and every browser test applies the same.
 *
 * - an id (UUID), an enum value (`hand_over`, `amap_admin`, `BAD_USER_INPUT`) or a translation key
 *   (`resources.households.fields.x`, `ra.action.save`);
 * - a date written the machine's way (2025-04-03) instead of the French way;
 * - a raw GraphQL or JavaScript error ("Cannot query field", "Variable \"$id\"", "undefined", "NaN",
 *   "[object Object]") or react-admin's crash page ("Un problème est survenu");
 * - an English word of the interface (Save, Status, Subscription, Shift days…).
 */

export interface TextFinding {
  rule: "uuid" | "enum" | "i18n-key" | "iso-date" | "raw-error" | "english";
  match: string;
  context: string;
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const SNAKE_ENUM = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;
const SCREAMING_ENUM = /\b(?:[A-Z]{2,}_[A-Z_]+|FORBIDDEN|UNAUTHENTICATED|NOT_FOUND|CONFLICT)\b/g;
const I18N_KEY = /\b(?:ra|resources|app|champ|living|pos)\.[a-zA-Z_]+\.[a-zA-Z_.]+\b/g;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/g;
const RAW_ERRORS = [
  "Cannot query field",
  "Cannot return null",
  'Variable "$',
  "Expected type",
  "Syntax Error",
  "Unexpected token",
  "Failed to fetch",
  "GraphQL",
  "Internal server error",
  "INTERNAL_SERVER_ERROR",
  "Un problème est survenu",
  "Something went wrong",
  "[object Object]",
  "undefined",
  "NaN",
];

/**
 * English words that are not French words too. Checked as whole words, case-sensitive on the first
 * letter both ways (`Save`, `save`). Words French shares with English (Date, Total, Actions,
 * Distribution, Place, Type, Contact, Note, Report…) are not listed.
 */
export const ENGLISH_WORDS = [
  "Add",
  "Address",
  "Amount",
  "Bank",
  "Basket",
  "Baskets",
  "Cancel",
  "Charter",
  "Check",
  "Cheque",
  "Cheques",
  "Close",
  "Closed",
  "Confirm",
  "Create",
  "Dashboard",
  "Day",
  "Days",
  "Delete",
  "Deliveries",
  "Delivery",
  "Download",
  "Draft",
  "Duty",
  "Edit",
  "Email",
  "Empty",
  "Error",
  "Farm",
  "Farmer",
  "Farms",
  "Filter",
  "Filters",
  "Household",
  "Households",
  "Increase",
  "Installment",
  "Installments",
  "Invalid",
  "Loading",
  "Login",
  "Logout",
  "Member",
  "Members",
  "Membership",
  "Memberships",
  "Month",
  "Name",
  "Network",
  "Next",
  "None",
  "Number",
  "Open",
  "Paid",
  "Password",
  "Pending",
  "Percent",
  "Period",
  "Phone",
  "Previous",
  "Price",
  "Print",
  "Product",
  "Products",
  "Quantity",
  "Quantities",
  "Received",
  "Recap",
  "Refresh",
  "Remove",
  "Renew",
  "Required",
  "Role",
  "Save",
  "Search",
  "Settings",
  "Sheet",
  "Shift",
  "Shifts",
  "Show",
  "Signed",
  "Status",
  "Submit",
  "Subscription",
  "Subscriptions",
  "Template",
  "Templates",
  "Today",
  "Tomorrow",
  "Unit",
  "Units",
  "Upload",
  "Visit",
  "Visits",
  "Welcome",
  "Year",
  "Yesterday",
  "and",
  "are",
  "each",
  "items",
  "not",
  "of",
  "per",
  "rows",
  "the",
  "with",
  "you",
  "your",
];
const ENGLISH = new RegExp(
  `(?<![\\p{L}\\d@._/-])(?:${ENGLISH_WORDS.map((w) => `${w[0].toUpperCase()}${w.slice(1)}|${w[0].toLowerCase()}${w.slice(1)}`).join("|")})(?![\\p{L}\\d@_/-])`,
  "gu",
);

function context(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 30), index + length + 30)
    .replace(/\s+/g, " ")
    .trim();
}

/** Strips what is not interface text: e-mail addresses and URLs (their parts may look like words or ids). */
function interfaceText(text: string): string {
  return text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, " ").replace(/https?:\/\/\S+/g, " ");
}

/** Every technical fragment of a French screen's visible text; `allow` lists exact strings accepted here. */
export function scanFrenchText(raw: string, allow: Array<string | RegExp> = []): TextFinding[] {
  const text = interfaceText(raw);
  const found: TextFinding[] = [];
  const allowed = (m: string) => allow.some((a) => (typeof a === "string" ? a === m : a.test(m)));
  const add = (rule: TextFinding["rule"], re: RegExp) => {
    for (const m of text.matchAll(re))
      if (!allowed(m[0])) found.push({ rule, match: m[0], context: context(text, m.index ?? 0, m[0].length) });
  };
  add("uuid", UUID);
  add("i18n-key", I18N_KEY);
  add("enum", SNAKE_ENUM);
  add("enum", SCREAMING_ENUM);
  add("iso-date", ISO_DATE);
  add("english", ENGLISH);
  for (const phrase of RAW_ERRORS) {
    let at = text.indexOf(phrase);
    while (at >= 0) {
      if (!allowed(phrase)) found.push({ rule: "raw-error", match: phrase, context: context(text, at, phrase.length) });
      at = text.indexOf(phrase, at + phrase.length);
    }
  }
  return found;
}
