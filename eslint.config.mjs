// Lint: typescript-eslint's type-aware recommended rules over the services, the gateway, the admin UI
// and the tests (`npm run lint`, part of `npm test`). Formatting is Prettier's business, not ESLint's.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "data/**", "test-output/**", "coverage/**", "**/*.js", "**/*.cjs", "**/*.mjs", "admin-ui/src/shims/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The tests live in tsconfig.tests.json (no tsconfig.json of their own): list the projects.
        project: ["./services/*/tsconfig.json", "./gateway/tsconfig.json", "./admin-ui/tsconfig.json", "./tsconfig.tests.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Unused names are errors, except a leading underscore (destructuring to drop a field).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["admin-ui/src/**/*.tsx", "admin-ui/src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
