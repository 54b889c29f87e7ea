import { allGrants, destinationAfterLogin, grantsFor, pickGrant, type Grant, type Person } from "../src/auth/grants";
import { scopeNamesQuery } from "../src/auth/scopeNames";

const g = (id: string, role: Grant["role"], scopeId = `s-${id}`): Grant => ({ id, role, scopeId, amapId: null });
const person = (grants: Grant[], superAdmin = false): Person => ({
  id: "p",
  email: "p@x.org",
  firstName: "",
  lastName: "",
  superAdmin,
  grants,
});

describe("who goes where", () => {
  it("sends each role to its back-office, the widest first", () => {
    const p = person([g("m", "member"), g("a", "amap_admin"), g("f", "farmer")]);
    expect(allGrants(p).map((x) => x.role)).toEqual(["amap_admin", "farmer", "member"]);
    expect(destinationAfterLogin(p, null)).toBe("/amap");
    expect(destinationAfterLogin(person([g("m", "member")]), null)).toBe("/moi");
    expect(destinationAfterLogin(person([]), null)).toBeNull();
  });

  it("honours the asked page only when the person may open it", () => {
    const member = person([g("m", "member")]);
    expect(destinationAfterLogin(member, "/moi/compte")).toBe("/moi/compte");
    expect(destinationAfterLogin(member, "/reseau/amaps")).toBe("/moi");
    expect(destinationAfterLogin(member, "//evil.example/moi")).toBe("/moi");
    expect(destinationAfterLogin(member, "https://evil.example")).toBe("/moi");
  });

  it("opens /amap to AMAP admins and référents, keeps the chosen grant while it is held", () => {
    const p = person([g("r", "referent"), g("a1", "amap_admin"), g("a2", "amap_admin")]);
    expect(grantsFor(p, "/amap").map((x) => x.id)).toEqual(["a1", "a2", "r"]);
    expect(pickGrant(p, "/amap", "r")?.id).toBe("r");
    expect(pickGrant(p, "/amap", "gone")?.id).toBe("a1");
    expect(pickGrant(p, "/paysan", null)).toBeNull();
  });

  it("lets a super admin without a network role into /reseau over every network", () => {
    expect(pickGrant(person([], true), "/reseau", null)?.scopeId).toBe("*");
    expect(pickGrant(person([g("n", "network_admin")], true), "/reseau", null)?.id).toBe("n");
    expect(pickGrant(person([], true), "/moi", null)).toBeNull();
  });

  it("asks the names of every scope in one request", () => {
    const q = scopeNamesQuery([
      g("a", "amap_admin", "A"),
      g("m", "member", "H"),
      { ...g("s", "network_admin"), scopeId: "*" },
    ]);
    expect(q).toEqual({
      query:
        "query ScopeNames($g0: ID!, $g1: ID!) { g0: amap(id: $g0) { name } g1: household(id: $g1) { displayName } }",
      variables: { g0: "A", g1: "H" },
    });
    expect(scopeNamesQuery([])).toBeNull();
  });
});
