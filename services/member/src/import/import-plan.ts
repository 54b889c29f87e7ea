import type { Msg } from "@champ-commun/kit";
import { HouseholdStatus } from "../entities/household.entity";
import { PaymentMeans } from "../entities/installment.entity";
import type { MembershipPeriodInfo } from "../services/amap-source";
import type { TemplateTerms, TemplateTermsLine } from "../services/template-terms";
import { ImportField, normalizeHeader } from "./import-fields";
import type { ColumnMapping } from "./import-presets";
import { parseCount, parseDate, parseEuros, parseMeans, parseStatus, parseYesNo, Parsed } from "./import-values";
import { t } from "../i18n";

/*
 * From rows to households: the rows of one household (same key) are read into the inputs the
 * API's services take (CreateHouseholdInput, CreateMembershipInput, CreateSubscriptionInput),
 * each input field remembering the row and column it came from, so that a rule's message on
 * `people.1.email` or `lines.3.quantity` is told as "ligne 14, colonne « E-mail »". Only reading
 * is done here (numbers, dates, names of contracts and products); the rules are the services'.
 */

/** Where a value came from: the file's line and column header. */
export interface Origin {
  line: number;
  column: string | null;
}

export interface RowError extends Origin {
  message: Msg;
}

/** What the import needs of the AMAP, read from the amap subgraph before it starts. */
export interface ImportCatalog {
  amapId: string;
  /** The AMAP's time zone (its "today" for dates a row leaves out); the default zone when not given. */
  timeZone?: string;
  periods: MembershipPeriodInfo[];
  templates: Array<{ id: string; name: string; status: string }>;
  /** Terms of the templates the file names (and of the default one). */
  terms: Map<string, TemplateTerms>;
}

export interface ImportOptions {
  /** Membership period of rows that name none (by default the latest period of the AMAP). */
  periodId?: string | null;
  /** Contract of rows that name none. */
  templateId?: string | null;
}

export interface PersonPlan {
  firstName?: string;
  lastName: string;
  email?: string;
  phone?: string;
}

export interface SubscriptionPlan {
  terms: TemplateTerms;
  installmentCount: number;
  means: PaymentMeans;
  startsOn: string | null;
  lines: Array<{ templateLineId: string; distributionId: string; quantity: number }>;
}

export interface HouseholdPlan {
  key: string;
  /** The file's lines of this household. */
  lines: number[];
  displayName?: string;
  address?: string;
  notes?: string;
  status?: HouseholdStatus;
  people: PersonPlan[];
  membership: {
    periodId: string;
    amountCents: number;
    paid: boolean;
    paidOn: string | null;
    means: PaymentMeans;
  } | null;
  subscriptions: SubscriptionPlan[];
  /** Input field path (`people.1.email`, `membership.amountCents`, `subscriptions.0.lines.3.quantity`) → where it came from. */
  origins: Map<string, Origin>;
  /** Cells that could not be read: the household is refused with them. */
  errors: RowError[];
}

const err = (m: Msg): Msg => m;

/** The one template or line whose name is the given one, or contains it when no name is equal. */
function byName<T>(items: T[], name: (t: T) => string, wanted: string): { one: T } | { none: true } | { many: T[] } {
  const w = normalizeHeader(wanted);
  const equal = items.filter((t) => normalizeHeader(name(t)) === w);
  if (equal.length === 1) return { one: equal[0] };
  if (equal.length > 1) return { many: equal };
  const containing = items.filter((t) => normalizeHeader(name(t)).includes(w));
  if (containing.length === 1) return { one: containing[0] };
  return containing.length ? { many: containing } : { none: true };
}

/** The names of the contracts a file refers to, to fetch their terms before planning. */
export function contractsNamed(
  rows: Array<{ cells: string[] }>,
  mapping: ColumnMapping[],
  templates: ImportCatalog["templates"],
): string[] {
  const at = mapping.findIndex((m) => m.field === ImportField.subscription_contract);
  if (at < 0) return [];
  const names = new Set(rows.map((r) => r.cells[at]).filter(Boolean));
  const ids = new Set<string>();
  for (const n of names) {
    const found = byName(templates, (t) => t.name, n);
    if ("one" in found) ids.add(found.one.id);
  }
  return [...ids];
}

/** The latest period of the AMAP (by its first day): the default of rows naming none. */
export function defaultPeriod(periods: MembershipPeriodInfo[]): MembershipPeriodInfo | null {
  return [...periods].sort((a, b) => b.startsOn.localeCompare(a.startsOn))[0] ?? null;
}

interface Row {
  line: number;
  cells: string[];
  get: (f: ImportField) => string;
  origin: (f: ImportField) => Origin;
}

/** Groups the rows into households and reads each household's inputs. */
export function planHouseholds(
  rows: Array<{ line: number; cells: string[] }>,
  mapping: ColumnMapping[],
  catalog: ImportCatalog,
  options: ImportOptions,
): HouseholdPlan[] {
  const column = new Map<ImportField, number>();
  mapping.forEach((m, i) => {
    if (m.field !== ImportField.ignore && m.field !== ImportField.subscription_quantity_on && !column.has(m.field))
      column.set(m.field, i);
  });
  const dated = mapping
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.field === ImportField.subscription_quantity_on && m.date);
  const toRow = (r: { line: number; cells: string[] }): Row => ({
    line: r.line,
    cells: r.cells,
    get: (f) => (column.has(f) ? (r.cells[column.get(f)!] ?? "").trim() : ""),
    origin: (f) => ({ line: r.line, column: column.has(f) ? mapping[column.get(f)!].column : null }),
  });

  const groups = new Map<string, Row[]>();
  for (const r of rows.map(toRow)) {
    const key =
      r.get(ImportField.household_key) ||
      r.get(ImportField.household_name) ||
      r.get(ImportField.person_email).toLowerCase() ||
      [r.get(ImportField.person_last_name), r.get(ImportField.person_first_name)].filter(Boolean).join(" ") ||
      `ligne ${r.line}`;
    const k = normalizeHeader(key) || key;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }

  const period = options.periodId
    ? (catalog.periods.find((p) => p.id === options.periodId) ?? null)
    : defaultPeriod(catalog.periods);
  return [...groups.entries()].map(([key, group]) => planOne(key, group, dated, catalog, options, period));
}

function planOne(
  key: string,
  group: Row[],
  dated: Array<{ m: ColumnMapping; i: number }>,
  catalog: ImportCatalog,
  options: ImportOptions,
  defaultPeriodInfo: MembershipPeriodInfo | null,
): HouseholdPlan {
  const plan: HouseholdPlan = {
    key,
    lines: group.map((r) => r.line),
    people: [],
    membership: null,
    subscriptions: [],
    origins: new Map(),
    errors: [],
  };
  const first = <T>(f: ImportField, read: (t: string) => Parsed<T>): { value: T; origin: Origin } | undefined => {
    for (const r of group) {
      const text = r.get(f);
      if (!text) continue;
      const p = read(text);
      if (!p) continue;
      if ("error" in p) {
        plan.errors.push({ ...r.origin(f), message: p.error });
        return undefined;
      }
      return { value: p.value, origin: r.origin(f) };
    }
    return undefined;
  };
  const text = (t: string): Parsed<string> => (t ? { value: t } : undefined);

  // The household.
  const name = first(ImportField.household_name, text);
  if (name) [plan.displayName, plan.origins] = [name.value, plan.origins.set("displayName", name.origin)];
  const address = [
    first(ImportField.household_address, text),
    first(ImportField.household_postal_code, text),
    first(ImportField.household_city, text),
  ].filter(Boolean);
  if (address.length) {
    plan.address = address
      .map((a) => a!.value)
      .join(" ")
      .replace(/\s+/g, " ");
    plan.origins.set("address", address[0]!.origin);
  }
  const notes = first(ImportField.household_notes, text);
  if (notes) [plan.notes, plan.origins] = [notes.value, plan.origins.set("notes", notes.origin)];
  const status = first(ImportField.household_status, parseStatus);
  if (status) [plan.status, plan.origins] = [status.value, plan.origins.set("status", status.origin)];

  // Its people: the first and second person of each row, each once (by e-mail, else by name).
  const seen = new Set<string>();
  for (const r of group) {
    for (const [last, firstName, email, phone] of [
      [ImportField.person_last_name, ImportField.person_first_name, ImportField.person_email, ImportField.person_phone],
      [
        ImportField.person2_last_name,
        ImportField.person2_first_name,
        ImportField.person2_email,
        ImportField.person2_phone,
      ],
    ] as const) {
      const person: PersonPlan = {
        lastName: r.get(last),
        firstName: r.get(firstName) || undefined,
        email: r.get(email) || undefined,
        phone: r.get(phone) || undefined,
      };
      if (!person.lastName && !person.firstName && !person.email) continue;
      const id = person.email
        ? person.email.toLowerCase()
        : normalizeHeader(`${person.lastName} ${person.firstName ?? ""}`);
      if (seen.has(id)) continue;
      seen.add(id);
      const at = `people.${plan.people.length}.`;
      plan.origins
        .set(`${at}lastName`, r.origin(last))
        .set(`${at}firstName`, r.origin(firstName))
        .set(`${at}email`, r.origin(email))
        .set(`${at}phone`, r.origin(phone));
      plan.people.push(person);
    }
  }
  if (!plan.people.length)
    plan.errors.push({ line: group[0].line, column: null, message: err(t("importPlan.noPersonGiveAt")) });

  // Its membership, when the file says anything about one.
  const amount = first(ImportField.membership_amount, parseEuros);
  const paid = first(ImportField.membership_paid, parseYesNo);
  const paidOn = first(ImportField.membership_paid_on, parseDate);
  const means = first(ImportField.membership_means, parseMeans);
  const periodName = first(ImportField.membership_period, text);
  if (amount || paid || paidOn || means || periodName) {
    let period = defaultPeriodInfo;
    if (periodName) {
      const found = byName(catalog.periods, (p) => p.name, periodName.value);
      period = "one" in found ? found.one : null;
      if (!period)
        plan.errors.push({
          ...periodName.origin,
          message: err(t("importPlan.noMembershipPeriodAmap", { value: periodName.value })),
        });
    } else if (!period) {
      plan.errors.push({
        ...(amount ?? paid ?? paidOn ?? means)!.origin,
        message: err(t("importPlan.amapHasNoMembership")),
      });
    }
    if (period) {
      plan.membership = {
        periodId: period.id,
        amountCents: amount?.value ?? (period.feeMode === "fixed" ? period.feeCents : period.suggestedFeeCents),
        paid: paid?.value ?? !!paidOn,
        paidOn: paidOn?.value ?? null,
        means: means?.value ?? PaymentMeans.cheque,
      };
      plan.origins.set("membership.amountCents", amount?.origin ?? (paid ?? paidOn ?? means ?? periodName)!.origin);
      plan.origins.set("membership.periodId", (periodName ?? amount ?? paid ?? paidOn ?? means)!.origin);
      if (paidOn) plan.origins.set("membership.paidOn", paidOn.origin);
      if (means) plan.origins.set("membership.means", means.origin);
    }
  }

  planSubscriptions(plan, group, dated, catalog, options);
  return plan;
}

/** The subscription lines of the rows, contract by contract. */
function planSubscriptions(
  plan: HouseholdPlan,
  group: Row[],
  dated: Array<{ m: ColumnMapping; i: number }>,
  catalog: ImportCatalog,
  options: ImportOptions,
): void {
  const byTemplate = new Map<
    string,
    {
      terms: TemplateTerms;
      rows: Array<{
        row: Row;
        line: TemplateTermsLine;
        perDelivery: number | null;
        onDates: Map<string, { q: number; origin: Origin }>;
      }>;
    }
  >();
  for (const r of group) {
    const contract = r.get(ImportField.subscription_contract);
    const product = r.get(ImportField.subscription_product);
    const quantityText = r.get(ImportField.subscription_quantity);
    const cells = dated.filter(({ i }) => r.cells[i]);
    if (!contract && !product && !quantityText && !cells.length) continue;
    let terms: TemplateTerms | undefined;
    if (contract) {
      const found = byName(
        catalog.templates.filter((t) => t.status !== "archived"),
        (t) => t.name,
        contract,
      );
      if ("one" in found) terms = catalog.terms.get(found.one.id);
      else {
        plan.errors.push({
          ...r.origin(ImportField.subscription_contract),
          message:
            "many" in found
              ? err(t("importPlan.severalContractsMatchWrite", { contract }))
              : err(t("importPlan.noContractAmap", { contract })),
        });
        continue;
      }
    } else if (options.templateId) terms = catalog.terms.get(options.templateId);
    if (!terms) {
      plan.errors.push({
        ...r.origin(ImportField.subscription_contract),
        message: err(t("importPlan.contractMissingAddContrat")),
      });
      continue;
    }
    let line: TemplateTermsLine | undefined;
    if (product) {
      const found = byName(terms.lines, (l) => l.productName, product);
      if ("one" in found) line = found.one;
      else {
        plan.errors.push({
          ...r.origin(ImportField.subscription_product),
          message: err(t("importPlan.contractHasNoProduct", { name: terms.name, product })),
        });
        continue;
      }
    } else if (terms.lines.length === 1) line = terms.lines[0];
    else {
      plan.errors.push({
        ...r.origin(ImportField.subscription_product),
        message: err(t("importPlan.productMissingContractOffers", { name: terms.name })),
      });
      continue;
    }
    let perDelivery: number | null = null;
    if (quantityText) {
      const q = parseCount(quantityText);
      if (q && "error" in q) {
        plan.errors.push({ ...r.origin(ImportField.subscription_quantity), message: q.error });
        continue;
      }
      perDelivery = q ? q.value : null;
    }
    const onDates = new Map<string, { q: number; origin: Origin }>();
    for (const { m, i } of cells) {
      const q = parseCount(r.cells[i]);
      if (!q) continue;
      if ("error" in q) plan.errors.push({ line: r.line, column: m.column, message: q.error });
      else onDates.set(m.date!, { q: q.value, origin: { line: r.line, column: m.column } });
    }
    if (perDelivery === null && !onDates.size) {
      plan.errors.push({
        ...r.origin(ImportField.subscription_quantity),
        message: err(t("importPlan.quantityMissing")),
      });
      continue;
    }
    const entry = byTemplate.get(terms.templateId) ?? { terms, rows: [] };
    entry.rows.push({ row: r, line, perDelivery, onDates });
    byTemplate.set(terms.templateId, entry);
  }

  for (const { terms, rows } of byTemplate.values()) {
    const s = plan.subscriptions.length;
    const at = `subscriptions.${s}.`;
    const firstOf = <T>(f: ImportField, read: (t: string) => Parsed<T>) => {
      for (const { row } of rows) {
        const p = row.get(f) ? read(row.get(f)) : undefined;
        if (p && "error" in p) plan.errors.push({ ...row.origin(f), message: p.error });
        else if (p) return { value: p.value, origin: row.origin(f) };
      }
      return undefined;
    };
    const count = firstOf(ImportField.subscription_installments, parseCount);
    const means = firstOf(ImportField.subscription_means, parseMeans);
    const startsOn = firstOf(ImportField.subscription_starts_on, parseDate);
    const anyRow = rows[0].row;
    plan.origins.set(`${at}installmentCount`, count?.origin ?? anyRow.origin(ImportField.subscription_installments));
    plan.origins.set(`${at}means`, means?.origin ?? anyRow.origin(ImportField.subscription_means));
    plan.origins.set(`${at}startsOn`, startsOn?.origin ?? anyRow.origin(ImportField.subscription_starts_on));
    plan.origins.set(`${at}templateId`, anyRow.origin(ImportField.subscription_contract));
    plan.origins.set(`${at}lines`, anyRow.origin(ImportField.subscription_quantity));
    plan.origins.set(
      `${at}householdId`,
      anyRow.origin(ImportField.membership_amount).column
        ? anyRow.origin(ImportField.membership_amount)
        : anyRow.origin(ImportField.subscription_contract),
    );

    const lines: SubscriptionPlan["lines"] = [];
    const offered = new Set(terms.availability.map((a) => `${a.templateLineId}|${a.distributionId}`));
    const byDate = new Map(terms.deliveries.map((d) => [d.date, d]));
    for (const { row, line, perDelivery, onDates } of rows) {
      for (const [date, { origin }] of onDates) {
        if (!byDate.has(date))
          plan.errors.push({
            ...origin,
            message: err(t("importPlan.contractHasNoDelivery", { name: terms.name, date })),
          });
      }
      for (const d of terms.deliveries) {
        if (d.status === "cancelled" || !offered.has(`${line.id}|${d.distributionId}`)) continue;
        if (startsOn && d.date < startsOn.value) continue;
        const given = onDates.get(d.date);
        const quantity = given ? given.q : onDates.size ? 0 : (perDelivery ?? 0);
        if (!quantity && terms.kind !== "fixed") continue;
        plan.origins.set(
          `${at}lines.${lines.length}.quantity`,
          given?.origin ?? row.origin(ImportField.subscription_quantity),
        );
        plan.origins.set(
          `${at}lines.${lines.length}.distributionId`,
          given?.origin ?? row.origin(ImportField.subscription_quantity),
        );
        lines.push({ templateLineId: line.id, distributionId: d.distributionId, quantity });
      }
    }
    plan.subscriptions.push({
      terms,
      installmentCount:
        count?.value ?? (terms.allowedInstallmentCounts.length ? Math.min(...terms.allowedInstallmentCounts) : 1),
      means: means?.value ?? (terms.acceptedMeans[0] as PaymentMeans | undefined) ?? PaymentMeans.cheque,
      startsOn: startsOn?.value ?? null,
      lines,
    });
  }
}
