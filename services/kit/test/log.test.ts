import { log, loggedPath, requestIdOf, setLogDestination, withRequest } from "../src/log";

/* What a log line may hold: the request's id wherever it is written, and nothing secret or personal. */
const lines: Array<Record<string, any>> = [];
beforeAll(() => setLogDestination({ write: (s: string) => void lines.push(JSON.parse(s)) }, "debug"));
afterAll(() => setLogDestination());
beforeEach(() => void lines.splice(0));

it("puts the request's id on every line written while it is served, across awaits", async () => {
  await withRequest("req-1", "amap", async () => {
    log().info("before");
    await new Promise((r) => setTimeout(r, 5));
    log().warn({ step: 2 }, "after a timer");
  });
  log().info("outside");
  expect(lines.map((l) => [l.msg, l.reqId, l.service, l.level])).toEqual([
    ["before", "req-1", "amap", "info"],
    ["after a timer", "req-1", "amap", "warn"],
    ["outside", undefined, undefined, "info"],
  ]);
});

it("hides passwords, tokens and personal fields, and scrubs addresses and tokens out of messages and errors", () => {
  const err = Object.assign(new Error("Duplicate entry 'marie@example.org' for key 'email'"), {
    parameters: ["Marie", "Curie"],
    sql: "INSERT … 'Curie'",
  });
  log().error(
    {
      err,
      input: { email: "marie@example.org", password: "secret-pass", firstName: "Marie", lastName: "Curie" },
      authorization: "Bearer eyJa.eyJb.sig",
    },
    "failed for marie@example.org with Bearer abc.def",
  );
  const text = JSON.stringify(lines);
  for (const secret of ["marie@example.org", "secret-pass", "Marie", "Curie", "eyJa.eyJb.sig", "abc.def"])
    expect(text).not.toContain(secret);
  expect(lines[0].err).toMatchObject({ type: "Error", message: "Duplicate entry '[value]' for key 'email'" });
  expect(lines[0].msg).toBe("failed for [e-mail] with Bearer [token]");
});

it("keeps a client's sane request id and replaces any other; hides secret path segments", () => {
  expect(requestIdOf("abc-123_x.y:z")).toBe("abc-123_x.y:z");
  expect(requestIdOf('a" b')).toMatch(/^[0-9a-f-]{36}$/);
  expect(requestIdOf("x".repeat(200))).toMatch(/^[0-9a-f-]{36}$/);
  expect(loggedPath("/calendar/Zk3m9Qx7LpT2vWb8Yc4dRf6.ics?x=1")).toBe("/calendar/[hidden].ics");
  expect(loggedPath("/files/events/0195f6a4-7b1c-7d2e-8f3a-4b5c6d7e8f90/participants.csv")).toBe(
    "/files/events/0195f6a4-7b1c-7d2e-8f3a-4b5c6d7e8f90/participants.csv",
  );
  expect(loggedPath("/unsubscribe?token=secret")).toBe("/unsubscribe");
});
