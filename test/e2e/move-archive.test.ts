import { strFromU8, unzipSync } from "fflate";
import { addDays } from "@champ-commun/kit";
import type { Gql } from "../../tools/src/demo/client";
import { buildWorld, type World } from "../../tools/src/demo/world";
import { startTestStack } from "./stack.helper";
import { bearer, personWith, post } from "./auth.helper";

/*
 * The AMAP's archive, round trip (SQLite, and MariaDB with DB=mariadb): an AMAP with a season
 * under way (absences, cheques received and handed over, a basket handed to another household)
 * downloads its archive; a new, empty instance restores it; the sign-off sheets, the households'
 * balances, the farms' balances and the farmers' recaps are the same before and after.
 */

jest.setTimeout(300_000);

function nextThursday(): string {
  const d = new Date(Date.now() + 10 * 86_400_000);
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const SHEET = `query($d: ID!) { distribution(id: $d) { date status signOffSheet { name household { id displayName } items { templateName productName unit quantity status givenTo takenFrom coSubscribers } } } }`;

/** What must survive the move: sheets, balances (households and farms), farmers' recaps, the audit trail's length. */
async function picture(gql: Gql, world: World, seasonStart: string): Promise<Record<string, unknown>> {
  const amapId = world.amapIds[0];
  const sheets = [];
  for (const d of world.distributionIds) sheets.push((await gql(SHEET, { d })).distribution);
  const households = await gql(
    `query($a: ID!) { households(filter: { amapId: $a }, perPage: 100) { total items { id displayName balanceCents people { firstName lastName email } } } }`,
    { a: amapId },
  );
  const farms = [];
  for (const farmId of world.farmIds) {
    farms.push({
      balance: (
        await gql(
          `query($a: ID!, $f: ID!) { farmBalance(amapId: $a, farmId: $f) { dueCents receivedCents handedOverCents heldCents outstandingCents subscriptionCount } }`,
          { a: amapId, f: farmId },
        )
      ).farmBalance,
      recap: (
        await gql(
          `query($f: ID!, $from: Date, $to: Date) { farmerRecap(farmId: $f, from: $from, to: $to) { products { productName unit quantity amountCents } amaps { amapId products { productName quantity amountCents } households { name products { productName quantity } } } } }`,
          { f: farmId, from: seasonStart, to: addDays(seasonStart, 60) },
        )
      ).farmerRecap,
    });
  }
  const audit = await gql(`query($a: ID!) { auditEntries(filter: { amapId: $a }) { total } }`, { a: amapId });
  return { sheets, households: households.households, farms, audit: audit.auditEntries.total };
}

describe("the AMAP's archive, round trip", () => {
  let before: Record<string, unknown>;
  let archive: { fileName: string; content: string; byteSize: number };
  let world: World;
  const seasonStart = nextThursday();

  it("downloads everything the AMAP holds as one ZIP (CSV for people, JSON for machines, a manifest)", async () => {
    const { stack, gql: admin } = await startTestStack("archiveA");
    try {
      world = await buildWorld(admin, {
        amaps: 1,
        farms: 3,
        templatesPerAmap: 3,
        householdsPerAmap: 6,
        weeks: 5,
        seasonStart,
      });
      const amapId = world.amapIds[0];
      // A season under way: an absence, a basket handed to another household, cheques received and handed over.
      const subs = await admin(
        `query($a: ID!) { subscriptions(filter: { amapId: $a }, perPage: 100) { items { id householdId templateId lines { distributionId } installments { id means } } } }`,
        { a: amapId },
      );
      const first = subs.subscriptions.items[0];
      const second = subs.subscriptions.items.find((x: { householdId: string }) => x.householdId !== first.householdId);
      await admin(
        `mutation($s: ID!, $d: ID!) { declareAbsence(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
        { s: first.id, d: first.lines[2].distributionId },
      );
      const offer = await admin(
        `mutation($s: ID!, $d: ID!) { offerBasket(input: { subscriptionId: $s, distributionId: $d }) { id } }`,
        { s: second.id, d: second.lines[1].distributionId },
      );
      await admin(`mutation($o: ID!, $h: ID!) { takeBasket(input: { offerId: $o, householdId: $h }) { id } }`, {
        o: offer.offerBasket.id,
        h: first.householdId,
      });
      const cheques = subs.subscriptions.items
        .flatMap((s: { installments: Array<{ id: string; means: string }> }) => s.installments)
        .filter((i: { means: string }) => i.means === "cheque")
        .slice(0, 6);
      await admin(
        `mutation($ids: [ID!]!, $d: [InstallmentReceiptInput!]) { markInstallmentsReceived(input: { ids: $ids, details: $d }) { id } }`,
        {
          ids: cheques.map((c: { id: string }) => c.id),
          d: cheques.map((c: { id: string }, k: number) => ({
            installmentId: c.id,
            chequeNumber: `90${k}`,
            bank: "Crédit Coopératif",
            issuer: "Titulaire",
          })),
        },
      );
      const templateFarm = await admin(`query($id: ID!) { contractTemplate(id: $id) { farmId } }`, {
        id: first.templateId,
      });
      await admin(
        `mutation($a: ID!, $f: ID!, $d: Date!) { handOverInstallments(input: { amapId: $a, farmId: $f, date: $d }) { id } }`,
        { a: amapId, f: templateFarm.contractTemplate.farmId, d: seasonStart },
      );
      // The AMAP's admins take the archive; a member may not.
      const bureau = await personWith(stack.graphqlUrl, admin, "bureau@amap-qui-demenage.example", [
        { role: "amap_admin", scopeId: amapId },
      ]);
      const member = await personWith(stack.graphqlUrl, admin, "amapien@amap-qui-demenage.example", [
        { role: "member", scopeId: world.householdIds[0] },
      ]);
      before = await picture(admin, world, seasonStart);
      const r = await bureau.gql(
        `query($a: ID!) { amapArchive(amapId: $a) { fileName mediaType encoding content byteSize } }`,
        { a: amapId },
      );
      archive = r.amapArchive;
      expect(r.amapArchive).toMatchObject({ mediaType: "application/zip", encoding: "base64" });
      expect(archive.fileName).toMatch(/^archive-amap-des-lilas-\d{4}-\d{2}-\d{2}\.zip$/);
      const refused = await post(
        stack.graphqlUrl,
        `query($a: ID!) { amapArchive(amapId: $a) { byteSize } }`,
        { a: amapId },
        bearer(member.accessToken),
      );
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    } finally {
      await stack.stop();
    }

    const files = unzipSync(Buffer.from(archive.content, "base64"));
    expect(Buffer.from(archive.content, "base64").byteLength).toBe(archive.byteSize);
    const manifest = JSON.parse(strFromU8(files["manifest.json"]));
    expect(manifest).toMatchObject({
      format: "champ-commun/amap-archive",
      version: 1,
      amap: { id: world.amapIds[0], name: "AMAP des Lilas" },
    });
    expect(manifest.counts.member.Household).toBe(6);
    expect(manifest.counts.member).toMatchObject({ Absence: 1, BasketHandover: 1, Handover: 1 });
    for (const entity of ["Place", "Distribution", "ContractTemplate", "TemplateLine", "MembershipPeriod"])
      expect(manifest.counts.amap[entity]).toBeGreaterThan(0);
    for (const entity of ["Membership", "Subscription", "DeliveryLine", "Installment", "AuditEntry"])
      expect(manifest.counts.member[entity]).toBeGreaterThan(0);
    expect(manifest.counts.network).toMatchObject({ Amap: 1, Farm: 3 });
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        "csv/foyers.csv",
        "csv/personnes.csv",
        "csv/souscriptions.csv",
        "csv/echeances.csv",
        "csv/distributions.csv",
        "json/member.json",
        "LISEZMOI.txt",
      ]),
    );
    // A BOM, so that spreadsheets read the accents; French headers.
    expect([...files["csv/personnes.csv"].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(
      strFromU8(files["csv/personnes.csv"])
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0],
    ).toMatch(/^Identifiant;AMAP;Foyer;Prénom;Nom;E-mail/);
    // No secret leaves with it.
    const all = Object.values(files)
      .map((f) => strFromU8(f))
      .join("\n");
    expect(all).not.toMatch(/argon2|passwordHash|tokenHash/);
  });

  it("restored into an empty instance, gives the same sheets, balances and recaps; restoring again changes nothing", async () => {
    const { stack, gql: admin } = await startTestStack("archiveB");
    try {
      const restore = `mutation($i: RestoreAmapArchiveInput!) { restoreAmapArchive(input: $i) { amapId amapName counts { subgraph entity inserted skipped } } }`;
      const r = await admin(restore, { i: { contentBase64: archive.content } });
      expect(r.restoreAmapArchive).toMatchObject({ amapId: world.amapIds[0], amapName: "AMAP des Lilas" });
      expect(r.restoreAmapArchive.counts.every((c: { skipped: number }) => c.skipped === 0)).toBe(true);
      const after = await picture(admin, world, seasonStart);
      expect(after).toEqual(before);
      const again = await admin(restore, { i: { contentBase64: archive.content } });
      expect(again.restoreAmapArchive.counts.every((c: { inserted: number }) => c.inserted === 0)).toBe(true);
      expect(await picture(admin, world, seasonStart)).toEqual(before);
      // Restoring is for super administrators: an AMAP admin of the restored AMAP may not.
      const bureau = await personWith(stack.graphqlUrl, admin, "bureau@nouvelle-instance.example", [
        { role: "amap_admin", scopeId: world.amapIds[0] },
      ]);
      const refused = await post(
        stack.graphqlUrl,
        restore,
        { i: { contentBase64: archive.content } },
        bearer(bureau.accessToken),
      );
      expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    } finally {
      await stack.stop();
    }
  });
});
