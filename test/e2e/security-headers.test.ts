import type { Stack } from "../../tools/src/stack";
import { startTestStack } from "./stack.helper";

/*
 * Security headers on the back-offices and the API (issue 11, finding 9): a Content-Security-Policy
 * allowing only the gateway's own origin, no framing, nosniff, a referrer policy. That the built
 * back-offices still work under it in Chromium is shown by admin-ui/test/browser-referent.test.ts
 * (a violation is a console error there).
 */

let stack: Stack;
beforeAll(async () => {
  ({ stack } = await startTestStack("headers"));
}, 60_000);
afterAll(() => stack?.stop());

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k, v]),
  );

describe("security headers", () => {
  it.each([
    ["the landing page", "GET", "/"],
    ["a back-office", "GET", "/amap"],
    ["the health report", "GET", "/health"],
    ["the API", "POST", "/graphql"],
  ])("are sent with %s", async (_what, method, path) => {
    const res = await fetch(
      `${stack.gatewayUrl}${path}`,
      method === "POST"
        ? {
            method,
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: "{ charterVersions { total } }" }),
          }
        : {},
    );
    const csp = directives(res.headers.get("content-security-policy") ?? "");
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["script-src"]).toEqual(["'self'"]);
    expect(csp["connect-src"]).toEqual(["'self'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    // Only this origin anywhere: no other host, no scheme-wide source.
    for (const [k, v] of Object.entries(csp))
      for (const source of v)
        expect({ k, source, ok: /^'(self|none|unsafe-inline)'$|^data:$/.test(source) }).toEqual({
          k,
          source,
          ok: true,
        });
    // 'unsafe-inline' for styles only (MUI's emotion), never for scripts.
    expect(
      Object.entries(csp)
        .filter(([, v]) => v.includes("'unsafe-inline'"))
        .map(([k]) => k),
    ).toEqual(["style-src"]);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});
