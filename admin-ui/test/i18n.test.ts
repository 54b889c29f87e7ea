import { domainFr } from "../src/i18n/fr";
import { domainEn } from "../src/i18n/en";
import { resources } from "../src/dataProvider/resources";
import { amapStatuses, farmStatuses, networkLevels, registrationModes } from "../src/shared/choices";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.entries(tree).reduce<Record<string, string>>(
    (out, [k, v]) =>
      typeof v === "string" ? { ...out, [prefix + k]: v } : { ...out, ...flatten(v, `${prefix}${k}.`) },
    {},
  );

const fr = flatten(domainFr);
const en = flatten(domainEn);

describe("domain messages", () => {
  it("French and English have the same keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    expect(Object.entries({ ...fr, ...en }).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it("label every resource, each field its forms edit and each filter its lists offer", () => {
    for (const [name, r] of Object.entries(resources)) {
      for (const messages of [fr, en]) {
        expect(messages[`resources.${name}.name`]).toBeDefined();
        const missing = [...Object.keys(r.inputFields), ...r.filters]
          .filter((f) => f !== "ids")
          .filter((f) => !messages[`resources.${name}.fields.${f}`]);
        expect({ resource: name, missing }).toEqual({ resource: name, missing: [] });
      }
    }
  });

  it("name every enum value the selects offer", () => {
    for (const choice of [...networkLevels, ...registrationModes, ...amapStatuses, ...farmStatuses]) {
      expect([choice.name, fr[choice.name], en[choice.name]]).toEqual([
        choice.name,
        expect.any(String),
        expect.any(String),
      ]);
    }
  });
});
