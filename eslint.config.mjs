import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
