import { scanFrenchText } from "./support/textScan";

const rules = (text: string) => scanFrenchText(text).map((f) => `${f.rule}:${f.match}`);

describe("the text scan of French screens", () => {
  it("accepts a French screen with names, amounts, French dates and e-mail addresses", () => {
    expect(
      rules(
        "Feuille d'émargement — jeudi 17 avril 2025, 18 h 30 – 20 h, Salle des fêtes\nFoyer Martin · 2 × Panier de légumes · 36,00 € · claire_martin@exemple.fr\nActions Date Total Statut Distribution Place",
      ),
    ).toEqual([]);
  });

  it("finds ids, enum values, translation keys and machine dates", () => {
    expect(
      rules(
        "Foyer 0190a3c2-7d1e-7b3a-9c4f-1234567890ab · hand_over · amap_admin · BAD_USER_INPUT · resources.households.fields.name · 2025-04-03",
      ),
    ).toEqual([
      "uuid:0190a3c2-7d1e-7b3a-9c4f-1234567890ab",
      "i18n-key:resources.households.fields.name",
      "enum:hand_over",
      "enum:amap_admin",
      "enum:BAD_USER_INPUT",
      "iso-date:2025-04-03",
    ]);
  });

  it("finds raw errors and English words, but not inside French words", () => {
    expect(rules('Variable "$id" of required type · Shift days · Price increase percent · 1-4 of 4')).toEqual(
      expect.arrayContaining([
        'raw-error:Variable "$',
        "english:Shift",
        "english:days",
        "english:Price",
        "english:increase",
        "english:percent",
        "english:of",
      ]),
    );
    expect(
      rules(
        "Paysanne, Statut, Adresse, Nom, Période, Rôle, Unité, Chèques, Visite, Ouvrir, Enregistrer, back-office, E-mail",
      ),
    ).toEqual([]);
  });

  it("accepts what a test allows on one screen", () => {
    expect(scanFrenchText("Ferme Open Field", ["Open"])).toEqual([]);
  });
});
