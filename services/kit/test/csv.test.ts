import { csvFile, formatEuros } from "../src";

describe("csvFile: the server's one CSV writer (csv-stringify)", () => {
  const text = csvFile([
    ["Nom", "Montant (€)", "Présent"],
    ['=HYPERLINK("http://x")', formatEuros(-123456, "fr", "plain"), true],
    ["+33 6 12 34 56 78", -3.5, false],
    ["@SUM(A1)", "-3,5", null],
    ["Dupont; Durand", " espace ", "ligne\nsuivante"],
  ]);

  it("writes `;`, CRLF and exactly one byte-order mark", () => {
    expect(text.startsWith("\uFEFFNom;Montant (€);Présent\r\n")).toBe(true);
    expect(text.split("\uFEFF")).toHaveLength(2);
    expect(text.endsWith("\r\n")).toBe(true);
  });

  it("neutralises what a spreadsheet would run as a formula, and keeps numbers numbers", () => {
    const lines = text.split("\r\n");
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://x"")";-1234,56;oui`);
    expect(lines[2]).toBe("'+33 6 12 34 56 78;-3.5;non");
    expect(lines[3]).toBe("'@SUM(A1);-3,5;");
    expect(text).not.toMatch(/(^|;|\r\n)[=+@]/);
  });

  it("quotes separators, line breaks and surrounding spaces", () => {
    expect(text).toContain(`"Dupont; Durand";" espace ";"ligne\nsuivante"`);
  });
});

describe("formatEuros: the server's one euro formatter", () => {
  it("writes amounts for people and for spreadsheets, in French and English", () => {
    expect(formatEuros(123456).replace(/\s/g, " ")).toBe("1 234,56 €");
    expect(formatEuros(123456, "en")).toBe("€1,234.56");
    expect(formatEuros(123456, "fr", "plain")).toBe("1234,56");
    expect(formatEuros(5, "en", "plain")).toBe("0.05");
  });
});
