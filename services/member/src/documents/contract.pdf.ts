import PDFDocument from "pdfkit";
import type { EntityManager } from "typeorm";
import { In } from "typeorm";
import { DEFAULT_TIME_ZONE, type Lang } from "@champ-commun/kit";
import { Subscription } from "../entities/subscription.entity";
import { Household } from "../entities/household.entity";
import { Person } from "../entities/person.entity";
import { DeliveryLine } from "../entities/delivery-line.entity";
import { Installment, InstallmentStatus } from "../entities/installment.entity";
import { CoSubscriber } from "../entities/co-subscriber.entity";
import { count, instant, longDate, money, quantity, shortDate } from "./french";
import type { Parties } from "./parties.client";

/* The signed contract as a PDF: parties, products and prices, the quantity grid, the schedule of
 * deliveries and payments, the payee, the charter's commitments and the signatures with dates. */

const FONT = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");
const BOLD = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf");

const MEANS: Record<string, string> = {
  cheque: "chèque",
  transfer: "virement",
  cash: "espèces",
  direct_debit: "prélèvement",
  local_currency: "monnaie locale",
};
const KIND: Record<string, string> = {
  fixed: "panier fixe",
  per_date: "quantités choisies date par date",
  flexible: "quantités modifiables avant chaque livraison",
};

export interface ContractFacts {
  sub: Subscription;
  household: Household;
  people: Person[];
  partners: string[];
  lines: DeliveryLine[];
  installments: Installment[];
}

/** Everything the document shows that this subgraph holds (the rest comes from `Parties`). */
export async function contractFacts(em: EntityManager, subscriptionId: string): Promise<ContractFacts | null> {
  const sub = await em.getRepository(Subscription).findOne({ where: { id: subscriptionId } });
  if (!sub) return null;
  const [household, people, lines, installments, cos] = await Promise.all([
    em.getRepository(Household).findOneOrFail({ where: { id: sub.householdId } }),
    em
      .getRepository(Person)
      .find({ where: { householdId: sub.householdId }, order: { isPrimary: "DESC", lastName: "ASC" } }),
    em.getRepository(DeliveryLine).find({ where: { subscriptionId }, order: { date: "ASC", productName: "ASC" } }),
    em.getRepository(Installment).find({ where: { subscriptionId }, order: { rank: "ASC", createdAt: "ASC" } }),
    em.getRepository(CoSubscriber).find({ where: { subscriptionId } }),
  ]);
  const partnerIds = [...cos.map((c) => c.householdId), ...(sub.partnerHouseholdId ? [sub.partnerHouseholdId] : [])];
  const partners = partnerIds.length
    ? (await em.getRepository(Household).find({ where: { id: In(partnerIds) } })).map((h) => h.displayName)
    : [];
  return {
    sub,
    household,
    people,
    partners,
    lines,
    installments: installments.filter((i) => i.status !== InstallmentStatus.cancelled),
  };
}

/** Renders the contract; resolves to the PDF bytes. */
export function renderContractPdf(f: ContractFacts, parties: Parties, lang: Lang = "fr"): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: `Contrat ${f.sub.templateName} — ${f.household.displayName}`, Author: "Champ Commun" },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.registerFont("body", FONT);
  doc.registerFont("bold", BOLD);
  const width = doc.page.width - 100;
  const h = (title: string) =>
    doc
      .moveDown(0.8)
      .font("bold")
      .fontSize(12)
      .fillColor("#2e6b30")
      .text(title)
      .fillColor("black")
      .font("body")
      .fontSize(10)
      .moveDown(0.2);
  const p = (s: string) => doc.font("body").fontSize(10).text(s, { width });
  const tz = parties.amap?.timeZone ?? DEFAULT_TIME_ZONE;

  doc.font("bold").fontSize(17).text(`Contrat d'engagement : ${f.sub.templateName}`, { width });
  doc
    .font("body")
    .fontSize(10)
    .fillColor("#555")
    .text(`${parties.amap?.name ?? ""} · ${parties.farm?.name ?? ""} · ${KIND[f.sub.terms.kind] ?? f.sub.terms.kind}`)
    .fillColor("black");

  h("Les parties");
  const amapPlace = parties.amap
    ? [parties.amap.address, [parties.amap.postalCode, parties.amap.city].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", ")
    : "";
  const farmPlace = parties.farm
    ? [parties.farm.address, [parties.farm.postalCode, parties.farm.city].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", ")
    : "";
  p(`L'AMAP : ${parties.amap?.name ?? f.sub.amapId}${amapPlace ? `, ${amapPlace}` : ""}.`);
  p(`Le paysan : ${parties.farm?.name ?? f.sub.farmId}${farmPlace ? `, ${farmPlace}` : ""}.`);
  p(
    `Le foyer adhérent : ${f.household.displayName} (${f.people.map((x) => [x.firstName, x.lastName].filter(Boolean).join(" ") + (x.email ? ` <${x.email}>` : "")).join(", ")}).`,
  );
  if (f.partners.length) p(`Partagé avec : ${f.partners.join(", ")}.`);

  // Products and prices, frozen at signature.
  h("Produits et prix");
  const products = new Map<string, { name: string; unit: string; price: number; total: number }>();
  for (const l of f.lines) {
    const cur = products.get(l.productId) ?? { name: l.productName, unit: l.unit, price: l.unitPriceCents, total: 0 };
    cur.total += l.quantity;
    products.set(l.productId, cur);
  }
  for (const pr of products.values())
    p(`${pr.name} : ${money(pr.price)} par ${pr.unit || "unité"}, ${quantity(pr.total, pr.unit)} sur la saison.`);

  // The grid: one row per delivery date.
  const dates = [...new Set(f.lines.map((l) => l.date))].sort();
  h(`Calendrier des livraisons (${count(dates.length, "livraison", "livraisons")})`);
  for (const date of dates) {
    const cells = f.lines.filter((l) => l.date === date && l.quantity > 0);
    const line = cells.map((l) => `${quantity(l.quantity, l.unit)} (${l.productName})`).join(", ") || "rien";
    const amount = cells.reduce((s, l) => s + l.quantity * l.unitPriceCents, 0);
    if (doc.y > doc.page.height - 90) doc.addPage();
    doc
      .font("body")
      .fontSize(9.5)
      .text(`${longDate(date)} : ${line} — ${money(amount)}`, { width });
  }
  doc
    .moveDown(0.3)
    .font("bold")
    .fontSize(10.5)
    .text(`Total du contrat : ${money(f.sub.totalCents)}`);

  h("Règlements");
  p(`À l'ordre de : ${f.sub.terms.payeeName}. ${count(f.installments.length, "échéance", "échéances")} :`);
  for (const i of f.installments)
    p(`  ${i.rank}. ${shortDate(i.dueOn)} : ${money(i.amountCents)} par ${MEANS[i.means] ?? i.means}`);

  if (parties.charter) {
    h(`Engagements de la ${parties.charter.title}`);
    p("Le paysan et les adhérents s'engagent à faire vivre ensemble les principes de la charte :");
    for (const pr of parties.charter.principles) p(`  • ${pr.title}`);
  }

  if (f.sub.terms.text) {
    h("Clauses du contrat");
    p(f.sub.terms.text);
  }

  h("Signatures");
  if (doc.y > doc.page.height - 120) doc.addPage();
  p(
    f.sub.signedAt
      ? `Signé par le foyer ${f.household.displayName} le ${instant(f.sub.signedAt, tz)}.`
      : "Signature du foyer : en attente.",
  );
  p(
    f.sub.countersignedAt
      ? `Contresigné par ${parties.farm?.name ?? "le paysan"} le ${instant(f.sub.countersignedAt, tz)}.`
      : `Contre-signature de ${parties.farm?.name ?? "la ferme"} : en attente.`,
  );

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // Below the bottom margin pdfkit would start a new page: the footer lifts it for one line.
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8)
      .fillColor("#777")
      .text(`Champ Commun · contrat ${f.sub.id} · page ${i + 1} sur ${range.count}`, 50, doc.page.height - 40, {
        width,
        align: "center",
        lineBreak: false,
      });
  }
  void lang;
  doc.end();
  return done;
}
