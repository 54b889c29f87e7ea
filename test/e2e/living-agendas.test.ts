import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as ical from "node-ical";
import { addDays, todayIn } from "../../services/kit/src/calendar";
import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, personWith, SignedIn } from "./auth.helper";
import { startMailbox } from "./smtp.helper";

/*
 * Living in it, the files and the seats: an 8-seat remote training (the 9th lands on the waiting
 * list and gets the seat someone cancels), agendas as iCal parsed back with a library (an AMAP in
 * La Réunion gets its times right), the contract PDF rendered to an image and read back, the
 * directory's GeoJSON at a stable URL.
 */

let stack: Stack;
let admin: Gql;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const saved = process.env.SMTP_URL;
const ids = {} as Record<string, string>;
const first = addDays(todayIn(), 15);
const season = first.slice(0, 4);
let member: SignedIn;

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  ({ stack, gql: admin } = await startTestStack("agendas"));
  ids.network = (
    await admin(`mutation { createNetwork(input: { name: "Réseau AMAP Réunion" }) { id } }`)
  ).createNetwork.id;
  ids.amap = (
    await admin(
      `mutation($n: ID) { createAmap(input: { name: "AMAP de Saint-Pierre", networkId: $n, city: "Saint-Pierre", postalCode: "97410", timeZone: "Indian/Reunion", latitude: -21.34, longitude: 55.48 }) { id } }`,
      { n: ids.network },
    )
  ).createAmap.id;
  ids.farm = (
    await admin(`mutation { createFarm(input: { name: "Ferme des Hauts", payeeName: "Ferme des Hauts" }) { id } }`)
  ).createFarm.id;
  ids.product = (
    await admin(`mutation($in: CreateProductInput!) { createProduct(input: $in) { id } }`, {
      in: { farmId: ids.farm, name: "Panier de légumes", unit: "panier", productionType: "vegetables" },
    })
  ).createProduct.id;
  ids.place = (
    await admin(
      `mutation($a: ID!) { createPlace(input: { amapId: $a, name: "Case des associations", address: "3 rue du Port" }) { id } }`,
      { a: ids.amap },
    )
  ).createPlace.id;
  const d = await admin(
    `mutation($in: GenerateDistributionsInput!) { generateDistributions(input: $in) { id date } }`,
    {
      in: {
        amapId: ids.amap,
        placeId: ids.place,
        from: first,
        to: addDays(first, 14),
        cycle: "weekly",
        startTime: "18:30",
        endTime: "20:00",
      },
    },
  );
  ids.d0 = d.generateDistributions[0].id;
  ids.d0date = d.generateDistributions[0].date;
  ids.distributions = JSON.stringify(d.generateDistributions.map((x: { id: string }) => x.id));
  ids.period = (
    await admin(`mutation($in: CreateMembershipPeriodInput!) { createMembershipPeriod(input: $in) { id } }`, {
      in: {
        amapId: ids.amap,
        name: `Adhésion ${season}`,
        startsOn: `${season}-01-01`,
        endsOn: `${Number(season) + 1}-12-31`,
        feeMode: "fixed",
        feeCents: 1000,
        networkShareCents: 0,
      },
    })
  ).createMembershipPeriod.id;
  const t = await admin(
    `mutation($in: CreateContractTemplateInput!) { createContractTemplate(input: $in) { id lines { id } } }`,
    {
      in: {
        amapId: ids.amap,
        farmId: ids.farm,
        name: "Légumes lontan",
        season,
        kind: "fixed",
        payeeName: "Ferme des Hauts",
        membershipPeriodId: ids.period,
        text: "Le paysan livre chaque semaine un panier de saison.",
        allowedInstallmentCounts: [1, 3],
        acceptedMeans: ["cheque"],
        lines: [{ productId: ids.product, unitPriceCents: 1500, maxQuantity: 2 }],
        distributionIds: JSON.parse(ids.distributions),
        maxAbsences: 1,
        absenceNoticeHours: 48,
      },
    },
  );
  ids.template = t.createContractTemplate.id;
  await admin(`mutation($id: ID!) { openContractTemplate(input: { id: $id }) { status } }`, { id: ids.template });
  const h = await admin(`mutation($in: CreateHouseholdInput!) { createHousehold(input: $in) { id people { id } } }`, {
    in: {
      amapId: ids.amap,
      displayName: "Hoarau",
      people: [{ firstName: "Marie", lastName: "Hoarau", email: "marie@hoarau.example", isPrimary: true }],
    },
  });
  ids.household = h.createHousehold.id;
  await admin(`mutation($in: CreateMembershipInput!) { createMembership(input: $in) { id } }`, {
    in: { householdId: ids.household, periodId: ids.period, amountCents: 1000, status: "paid", means: "cash" },
  });
  member = await personWith(
    stack.graphqlUrl,
    admin,
    "marie@hoarau.example",
    [{ role: "member", scopeId: ids.household }],
    { personId: h.createHousehold.people[0].id },
  );
  const sub = await member.gql(`mutation($in: CreateSubscriptionInput!) { createSubscription(input: $in) { id } }`, {
    in: {
      templateId: ids.template,
      householdId: ids.household,
      installmentCount: 3,
      means: "cheque",
      lines: JSON.parse(ids.distributions).map((x: string) => ({
        templateLineId: t.createContractTemplate.lines[0].id,
        distributionId: x,
        quantity: 2,
      })),
    },
  });
  ids.subscription = sub.createSubscription.id;
}, 180_000);
afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

describe("a remote training limited to 8 seats", () => {
  it("puts the 9th registration on the waiting list and promotes it, by mail, when someone cancels", async () => {
    const staff = await personWith(stack.graphqlUrl, admin, "formation@reseau.example", [
      { role: "network_admin", scopeId: ids.network },
    ]);
    const e = await staff.gql(`mutation($in: CreateEventInput!) { createEvent(input: $in) { id seats } }`, {
      in: {
        networkId: ids.network,
        kind: "training",
        title: "Formation : être référent·e",
        startsAt: `${addDays(first, 3)}T15:00:00Z`,
        timeZone: "Indian/Reunion",
        videoUrl: "https://visio.example.org/referents",
        seats: 8,
      },
    });
    const eventId = e.createEvent.id;
    const people: SignedIn[] = [];
    for (let i = 1; i <= 9; i++)
      people.push(await personWith(stack.graphqlUrl, admin, `stagiaire${i}@example.org`, []));
    const REGISTER = `mutation($e: ID!) { registerForEvent(input: { eventId: $e }) { id status waitingPosition } }`;
    const regs = [];
    for (const p of people) regs.push((await p.gql(REGISTER, { e: eventId })).registerForEvent);
    expect(regs.slice(0, 8).every((r) => r.status === "registered")).toBe(true);
    expect(regs[8]).toMatchObject({ status: "waiting", waitingPosition: 1 });
    const waitingMail = await mailbox.next("stagiaire9@example.org", 8_000);
    expect(waitingMail.subject).toBe("« Formation : être référent·e » est complet : vous êtes en liste d'attente");
    const seatMail = await mailbox.next("stagiaire1@example.org", 8_000);
    expect(seatMail.subject).toBe("Votre inscription à « Formation : être référent·e » est confirmée");
    expect(seatMail.text).toContain("Lien de la visio : https://visio.example.org/referents");
    expect(seatMail.text).toContain("à 19 h"); // 15:00Z is 19:00 in La Réunion

    // Someone else may not cancel the 3rd person's seat; the 3rd person may.
    const stolen = await fetch(stack.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...bearer(people[0].accessToken) },
      body: JSON.stringify({
        query: `mutation($id: ID!) { cancelEventRegistration(input: { id: $id }) { id } }`,
        variables: { id: regs[2].id },
      }),
    });
    expect(
      ((await stolen.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code,
    ).toBe("FORBIDDEN");
    await people[2].gql(`mutation($id: ID!) { cancelEventRegistration(input: { id: $id }) { status } }`, {
      id: regs[2].id,
    });
    const promoted = await people[8].gql(
      `query($e: ID!) { event(id: $e) { registeredCount waitingCount myRegistration { status waitingPosition promotedAt } } }`,
      { e: eventId },
    );
    expect(promoted.event).toMatchObject({
      registeredCount: 8,
      waitingCount: 0,
      myRegistration: { status: "registered", waitingPosition: null },
    });
    const promotedMail = await mailbox.next("stagiaire9@example.org", 8_000);
    expect(promotedMail.subject).toBe(
      "Une place s'est libérée : vous êtes inscrit·e à « Formation : être référent·e »",
    );

    // The organisers' CSV of participants: seats, in order, and nobody cancelled.
    const csv = await fetch(`${stack.gatewayUrl}/files/events/${eventId}/participants.csv`, {
      headers: bearer(staff.accessToken),
    });
    expect(csv.status).toBe(200);
    const rows = (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(rows[0]).toBe("n°;nom;statut;inscrit·e le;présent·e");
    expect(rows).toHaveLength(9);
    // What the organisers see on the event, no more: no e-mail address of anyone.
    expect(rows.join("\n")).not.toContain("@");
    expect(rows.filter((r) => r.includes("inscrit·e;"))).toHaveLength(8);
    const refused = await fetch(`${stack.gatewayUrl}/files/events/${eventId}/participants.csv`, {
      headers: bearer(people[0].accessToken),
    });
    expect(refused.status).toBe(403);
    const attendance = await staff.gql(
      `mutation($in: RecordEventAttendanceInput!) { recordEventAttendance(input: $in) { attended } }`,
      { in: { eventId, presentIds: [regs[0].id], absentIds: [regs[1].id] } },
    );
    expect(attendance.recordEventAttendance.map((r: { attended: boolean }) => r.attended).sort()).toEqual([
      false,
      true,
    ]);
  });
});

describe("agendas (iCal) on secret URLs", () => {
  it("serves a member's pickups in the AMAP's own time zone, parsed back by a library, and stops when revoked", async () => {
    const created = await member.gql(
      `mutation($s: ID!) { createCalendarFeed(input: { kind: member, scopeId: $s }) { url feed { id } } }`,
      { s: ids.household },
    );
    const url = created.createCalendarFeed.url.replace(/^http:\/\/[^/]+/, stack.gatewayUrl);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    const events = Object.values(ical.sync.parseICS(text)).filter((x): x is ical.VEvent => x?.type === "VEVENT");
    expect(events).toHaveLength(3);
    const firstPickup = events.find((ev) => new Date(ev.start).toISOString().startsWith(ids.d0date))!;
    // 18:30 in La Réunion (UTC+4, no daylight saving) is 14:30Z.
    expect(new Date(firstPickup.start).toISOString()).toBe(`${ids.d0date}T14:30:00.000Z`);
    expect(new Date(firstPickup.end!).toISOString()).toBe(`${ids.d0date}T16:00:00.000Z`);
    expect(firstPickup.summary).toBe("Distribution AMAP de Saint-Pierre");
    expect(firstPickup.location).toBe("Case des associations, 3 rue du Port");
    expect(firstPickup.description).toContain("2 paniers — Panier de légumes");

    // The AMAP's own agenda and the farm's, the same instants.
    const amapFeed = await member.gql(
      `mutation($s: ID!) { createCalendarFeed(input: { kind: amap, scopeId: $s }) { url } }`,
      { s: ids.amap },
    );
    const amapEvents = Object.values(
      ical.sync.parseICS(
        await (await fetch(amapFeed.createCalendarFeed.url.replace(/^http:\/\/[^/]+/, stack.gatewayUrl))).text(),
      ),
    ).filter((x): x is ical.VEvent => x?.type === "VEVENT");
    expect(amapEvents.map((ev) => new Date(ev.start).toISOString().slice(11, 16))).toEqual(["14:30", "14:30", "14:30"]);
    const refused = await member
      .gql(`mutation($s: ID!) { createCalendarFeed(input: { kind: farm, scopeId: $s }) { url } }`, { s: ids.farm })
      .catch((e) => e.errors[0].extensions.code);
    expect(refused).toBe("FORBIDDEN");

    const regenerated = await member.gql(`mutation($id: ID!) { regenerateCalendarFeed(input: { id: $id }) { url } }`, {
      id: created.createCalendarFeed.feed.id,
    });
    expect((await fetch(url)).status).toBe(404);
    expect(
      (await fetch(regenerated.regenerateCalendarFeed.url.replace(/^http:\/\/[^/]+/, stack.gatewayUrl))).status,
    ).toBe(200);
  });

  it("gives the amap subgraph's computed instants in the AMAP's zone (absence deadline, start)", async () => {
    const r = await member.gql(
      `query($id: ID!) { distribution(id: $id) { startsAt timeZone } contractTemplate(id: $t) { deliveries { startsAt absenceDeadline } } }`.replace(
        "query($id: ID!)",
        "query($id: ID!, $t: ID!)",
      ),
      { id: ids.d0, t: ids.template },
    );
    expect(r.distribution).toEqual({ startsAt: `${ids.d0date}T14:30:00.000Z`, timeZone: "Indian/Reunion" });
    expect(r.contractTemplate.deliveries[0]).toEqual({
      startsAt: `${ids.d0date}T14:30:00.000Z`,
      absenceDeadline: `${addDays(ids.d0date, -2)}T14:30:00.000Z`,
    });
  });
});

describe("documents", () => {
  it("renders the contract as a PDF: turned into an image, and its text read back", async () => {
    const res = await fetch(`${stack.gatewayUrl}/files/subscriptions/${ids.subscription}/contract.pdf`, {
      headers: bearer(member.accessToken),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "contrat-"));
    const pdf = path.join(dir, "contrat.pdf");
    fs.writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, path.join(dir, "page")]);
    const png = fs.readdirSync(dir).find((f) => f.endsWith(".png"))!;
    const image = fs.readFileSync(path.join(dir, png));
    expect(image.subarray(1, 4).toString()).toBe("PNG");
    expect(image.length).toBeGreaterThan(5_000); // a page with text on it, not a blank one
    fs.mkdirSync(path.resolve("test-output"), { recursive: true });
    fs.copyFileSync(path.join(dir, png), path.resolve("test-output", "contract-page-1.png"));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"])
      .toString("utf8")
      .replace(/[\u00a0\u202f]/g, " ");
    fs.writeFileSync(path.resolve("test-output", "contract.txt"), text);
    for (const expected of [
      "Contrat d'engagement : Légumes lontan",
      "L'AMAP : AMAP de Saint-Pierre",
      "Le paysan : Ferme des Hauts",
      "Le foyer adhérent : Hoarau (Marie Hoarau <marie@hoarau.example>)",
      "Panier de légumes : 15,00 € par panier, 6 paniers sur la saison.",
      "Calendrier des livraisons (3 livraisons)",
      "2 paniers (Panier de légumes) — 30,00 €",
      "Total du contrat : 90,00 €",
      "À l'ordre de : Ferme des Hauts. 3 échéances :",
      "Engagements de la Charte des AMAP (2014)",
      "Le pré-financement de la production",
      "Le paysan livre chaque semaine un panier de saison.",
      "Signé par le foyer Hoarau le",
      "Contre-signature de Ferme des Hauts : en attente.",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? \S+ \d{4} : 2 paniers/);
    // Another household may not read it.
    const other = await personWith(stack.graphqlUrl, admin, "voisin@example.org", []);
    expect(
      (
        await fetch(`${stack.gatewayUrl}/files/subscriptions/${ids.subscription}/contract.pdf`, {
          headers: bearer(other.accessToken),
        })
      ).status,
    ).toBe(403);
    expect((await fetch(`${stack.gatewayUrl}/files/subscriptions/${ids.subscription}/contract.pdf`)).status).toBe(401);
  });

  it("serves the network's directory as GeoJSON at a stable URL, public fields only", async () => {
    const res = await fetch(`${stack.gatewayUrl}/files/networks/${ids.network}/directory.geojson`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const geo = (await res.json()) as {
      type: string;
      features: Array<{ properties: Record<string, unknown>; geometry: { coordinates: number[] } }>;
    };
    expect(geo.type).toBe("FeatureCollection");
    const amap = geo.features.find((f) => f.properties.name === "AMAP de Saint-Pierre")!;
    expect(amap.geometry.coordinates).toEqual([55.48, -21.34]);
    const body = JSON.stringify(geo);
    for (const secret of ["marie@hoarau.example", "Hoarau", "siret", "rna"]) expect(body).not.toContain(secret);
  });
});
