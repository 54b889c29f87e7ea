import jsonExport, { toCsv } from "../src/shims/jsonexport";

/* react-admin's list exporter writes households' names and addresses: the file must open in a French spreadsheet and run nothing. */
describe("the list exporter's CSV (csv-stringify, as on the server)", () => {
  const households = [
    {
      id: "h1",
      displayName: '=HYPERLINK("http://evil")',
      balanceCents: -1250,
      people: [{ firstName: "Ana" }, { firstName: "Léo" }],
      address: { city: "Lyon; 7e" },
    },
    { id: "h2", displayName: "Famille Dupont", balanceCents: 0, people: [], address: { city: "Paris" } },
  ];

  it("writes `;`, CRLF, one byte-order mark, nested fields flattened", async () => {
    const csv = await toCsv(households);
    expect(csv.split("\uFEFF")).toHaveLength(2);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("id;displayName;balanceCents;people;address.city");
    expect(lines[2]).toBe("h2;Famille Dupont;0;;Paris");
  });

  it("neutralises a formula and keeps a negative amount a number", async () => {
    const line = (await toCsv(households)).split("\r\n")[1];
    expect(line).toBe(
      `h1;"'=HYPERLINK(""http://evil"")";-1250;"{""firstName"":""Ana""}, {""firstName"":""Léo""}";"Lyon; 7e"`,
    );
  });

  it("answers react-admin's callback", async () => {
    const csv = await new Promise<string>((resolve, reject) =>
      jsonExport(households, { headers: ["id", "displayName"] }, (err, text) => (err ? reject(err) : resolve(text))),
    );
    expect(csv).toBe(`\uFEFFid;displayName\r\nh1;"'=HYPERLINK(""http://evil"")"\r\nh2;Famille Dupont\r\n`);
  });
});
