// Lint: typescript-eslint's type-aware recommended rules over the services, the gateway, the admin UI
// and the tests (`npm run lint`, part of `npm test`). Formatting is Prettier's business, not ESLint's.
// Type-aware rules read the services' declarations from dist/: `npm run lint` builds them first (tsc -b).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

/** The rules that flag every use of an `any` value. */
const anyRules = {
  "@typescript-eslint/no-unsafe-member-access": "off",
  "@typescript-eslint/no-unsafe-assignment": "off",
  "@typescript-eslint/no-unsafe-call": "off",
  "@typescript-eslint/no-unsafe-return": "off",
  "@typescript-eslint/no-unsafe-argument": "off",
};

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "data/**",
      "test-output/**",
      "coverage/**",
      "**/*.js",
      "**/*.cjs",
      "**/*.mjs",
      "admin-ui/src/shims/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // A disable comment that no longer silences anything is an error: it would hide the next real finding.
    linterOptions: { reportUnusedDisableDirectives: "error" },
    languageOptions: {
      parserOptions: {
        // The tests live in tsconfig.tests.json (no tsconfig.json of their own): list the projects.
        project: [
          "./services/*/tsconfig.json",
          "./gateway/tsconfig.json",
          "./tools/tsconfig.json",
          "./admin-ui/tsconfig.json",
          "./tsconfig.tests.json",
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Unused names are errors, except a leading underscore (destructuring to drop a field).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      // Off: an implementation of a Promise-returning interface (Apollo plugin hooks, react-admin's
      // authProvider, loaders and their test fakes) is `async` so that a throw becomes a rejection, as
      // its callers expect, whether or not it awaits anything (14 in sources, 26 in tests when turned off).
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests read GraphQL answers as parsed JSON (`any`: the shape is what the test asserts) and build
    // partial fakes of services and contexts; typing each answer would restate the schema in every test.
    // They compare answers with the literal strings the API sends (an enum's value by construction) and
    // build keys and messages from answer values.
    files: ["test/**/*.ts", "**/test/**/*.ts", "**/test/**/*.tsx", "jest.config.ts"],
    rules: {
      ...anyRules,
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-enum-comparison": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    // Visibility rules are keyed by GraphQL type name and receive the record untyped (kit guard.ts:
    // `Obj = Record<string, any>`): the type is known by the key, not by the compiler. Operation rules
    // read the arguments (`Record<string, unknown>`) that the schema has already checked as IDs or strings.
    files: ["services/*/src/**/policy*.ts", "services/*/src/**/*.policy.ts", "services/kit/src/guard.ts"],
    rules: { ...anyRules, "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-base-to-string": "off" },
  },
  {
    // The kit's type-graphql plumbing: middlewares pass the resolver's answer through (`next()` is
    // `Promise<any>` in type-graphql), resolver maps and `__resolveReference` are untyped in
    // type-graphql and @apollo/subgraph, and mysql2 is loaded by `require` only when MariaDB is used.
    files: ["services/kit/src/{subgraph,idempotency,graphql-errors,db-failover,testing,data-source}.ts"],
    rules: { ...anyRules, "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The demo world is built through the public GraphQL API and reads its answers as parsed JSON.
    files: ["tools/src/demo/**/*.ts"],
    rules: { ...anyRules, "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // react-admin hands records as `RaRecord` (`[key: string]: any`) and graphql-request answers are JSON:
    // the admin UI reads fields of `any` values by design. Event handlers may be async (React ignores the promise).
    files: ["admin-ui/src/**/*.tsx", "admin-ui/src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...anyRules,
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // Form values and record fields are `unknown`/`any`: validators and the data provider turn them
      // into text on purpose (String(v)), inputs holding strings or numbers.
      "@typescript-eslint/no-base-to-string": "off",
      // React Compiler rules: the UI is not compiled by it. The flagged patterns are deliberate: an
      // editable copy seeded when the fetched record arrives (4 effects), a default chosen once the
      // list is known, and a back office lazily imported by URL, memoized per path in lazyBackOffice.
      "react-hooks/set-state-in-effect": "off",
      "react-hooks/static-components": "off",
    },
  },
);
