import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import globals from "globals";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"],
  },
  {
    // The emulator and scripts are plain Node code: React's hook naming rules do not apply.
    files: ["emulator/**", "scripts/**", "tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Plain JavaScript has no type checker behind it: an undefined name must fail lint, not a run.
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-undef": "error" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
