import type { Stack } from "../../tools/src/stack";
import type { Gql } from "../../tools/src/demo/client";
import { startTestStack } from "./stack.helper";
import { bearer, codeOf, login, PASSWORD, personWith, post } from "./auth.helper";
import { startMailbox, tokenIn } from "./smtp.helper";

/* Password reset and invitations end to end: the product sends real SMTP to a server the test runs. */

let stack: Stack;
let admin: Gql;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
const saved = process.env.SMTP_URL;

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  ({ stack, gql: admin } = await startTestStack("mail"));
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await mailbox?.stop();
  if (saved === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = saved;
});

const RESET_REQUEST = `mutation($e: String!) { requestPasswordReset(input: { email: $e }) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) }`;

describe("password reset by e-mail", () => {
  it("sends a single-use link; the new password works, the old one no longer does", async () => {
    await personWith(stack.graphqlUrl, admin, "oubli@example.org", []);
    expect((await post(stack.graphqlUrl, RESET_REQUEST, { e: "Oubli@Example.org" })).data.requestPasswordReset).toBe(
      true,
    );
    const mail = await mailbox.next("oubli@example.org");
    expect(mail.subject).toMatch(/mot de passe/i);
    const token = tokenIn(mail);
    const weak = await post(stack.graphqlUrl, RESET, { t: token, p: "court" });
    expect([codeOf(weak), weak.errors![0].extensions!.fields]).toEqual([
      "BAD_USER_INPUT",
      { newPassword: expect.stringMatching(/12 caractères/) },
    ]);
    const same = await post(stack.graphqlUrl, RESET, { t: token, p: "oubli@example.org" });
    expect(codeOf(same)).toBe("BAD_USER_INPUT");
    expect((await post(stack.graphqlUrl, RESET, { t: token, p: "un nouveau mot de passe" })).data.resetPassword).toBe(
      true,
    );
    expect(codeOf(await post(stack.graphqlUrl, RESET, { t: token, p: "encore un autre mot de passe" }))).toBe(
      "BAD_USER_INPUT",
    );
    await expect(login(stack.graphqlUrl, "oubli@example.org")).rejects.toThrow(/UNAUTHENTICATED/);
    expect((await login(stack.graphqlUrl, "oubli@example.org", "un nouveau mot de passe")).accessToken).toBeTruthy();
  });

  it("answers true for an unknown address, and sends nothing", async () => {
    expect((await post(stack.graphqlUrl, RESET_REQUEST, { e: "personne@example.org" })).data.requestPasswordReset).toBe(
      true,
    );
    await expect(mailbox.next("personne@example.org", 500)).rejects.toThrow(/no mail/);
  });

  it("refuses an expired link", async () => {
    await personWith(stack.graphqlUrl, admin, "tard@example.org", []);
    await post(stack.graphqlUrl, RESET_REQUEST, { e: "tard@example.org" });
    const token = tokenIn(await mailbox.next("tard@example.org"));
    await stack.dataSources.member
      .getRepository("OneTimeToken")
      .createQueryBuilder()
      .update()
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where("usedAt IS NULL")
      .execute();
    expect(codeOf(await post(stack.graphqlUrl, RESET, { t: token, p: "un nouveau mot de passe" }))).toBe(
      "BAD_USER_INPUT",
    );
  });
});

describe("invitations by e-mail", () => {
  it("lets an AMAP admin invite a household; the link sets a password and signs the member in", async () => {
    const network = (await admin(`mutation { createNetwork(input: { name: "Réseau" }) { id } }`)).createNetwork.id;
    const amap = (
      await admin(`mutation($n: ID!) { createAmap(input: { name: "AMAP des Lilas", networkId: $n }) { id } }`, {
        n: network,
      })
    ).createAmap.id;
    const bureau = await personWith(stack.graphqlUrl, admin, "bureau@lilas.example", [
      { role: "amap_admin", scopeId: amap },
    ]);
    const sent = await bureau.gql(
      `mutation($i: InviteHouseholdInput!) { inviteHousehold(input: $i) { personId householdId email expiresAt } }`,
      {
        i: { amapId: amap, email: "Nouvelle@Foyer.example", firstName: "Aïcha", lastName: "Benali" },
      },
    );
    expect(sent.inviteHousehold.email).toBe("nouvelle@foyer.example");
    const mail = await mailbox.next("nouvelle@foyer.example");
    expect(mail.subject).toContain("AMAP des Lilas");
    const token = tokenIn(mail);
    const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { accessToken refreshToken person { id email } } }`;
    expect(codeOf(await post(stack.graphqlUrl, ACCEPT, { t: token, p: "trop court" }))).toBe("BAD_USER_INPUT");
    const accepted = await post(stack.graphqlUrl, ACCEPT, { t: token, p: PASSWORD });
    expect(codeOf(accepted)).toBe("OK");
    expect(accepted.data.acceptInvitation.person).toEqual({
      id: sent.inviteHousehold.personId,
      email: "nouvelle@foyer.example",
    });
    expect(codeOf(await post(stack.graphqlUrl, ACCEPT, { t: token, p: PASSWORD }))).toBe("BAD_USER_INPUT");
    // The new member sees their household (and its person is the account), nothing else of the AMAP.
    const member = await login(stack.graphqlUrl, "nouvelle@foyer.example");
    const mine = await member.gql(
      `query($id: ID!) { household(id: $id) { displayName people { id firstName } } me { grants { role scopeId } } }`,
      { id: sent.inviteHousehold.householdId },
    );
    expect(mine.household.people).toEqual([{ id: sent.inviteHousehold.personId, firstName: "Aïcha" }]);
    expect(mine.me.grants).toEqual([{ role: "member", scopeId: sent.inviteHousehold.householdId }]);
    const others = await post(
      stack.graphqlUrl,
      `query($a: ID!) { households(filter: { amapId: $a }) { total items { id } } }`,
      { a: amap },
      bearer(member.accessToken),
    );
    expect(others.data.households.items.map((h: { id: string }) => h.id)).toEqual([sent.inviteHousehold.householdId]);
  });

  it("is refused to anyone but an admin of that AMAP", async () => {
    const amap = (await admin(`mutation { createAmap(input: { name: "AMAP voisine" }) { id } }`)).createAmap.id;
    const outsider = await personWith(stack.graphqlUrl, admin, "voisin@example.org", []);
    const a = await post(
      stack.graphqlUrl,
      `mutation($i: InviteHouseholdInput!) { inviteHousehold(input: $i) { personId } }`,
      { i: { amapId: amap, email: "x@example.org", lastName: "X" } },
      bearer(outsider.accessToken),
    );
    expect(codeOf(a)).toBe("FORBIDDEN");
    await expect(mailbox.next("x@example.org", 300)).rejects.toThrow(/no mail/);
  });
});
