// ESLint 9 flat config: typescript-eslint, plus the layer boundaries of HOUSE_STYLE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const layer = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "web/dist/**",
      "node_modules/**",
      "data/**",
      "bench/results/**",
      "coverage/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        fetch: "readonly",
        Buffer: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  // domain: pure — nothing of ours outside domain, no node:*, no frameworks.
  layer(
    ["src/domain/**/*.ts"],
    [
      { group: ["node:*", "fs", "path", "crypto"], message: "domain is pure: no Node APIs" },
      {
        group: ["fastify", "fastify-*", "@fastify/*", "kysely", "pg", "better-sqlite3"],
        message: "domain is pure: no frameworks or databases",
      },
      {
        group: [
          "../services/*",
          "../db/*",
          "../server/*",
          "../../services/*",
          "../../db/*",
          "../../server/*",
          "../shared/*",
          "../../shared/*",
        ],
        message: "domain imports only domain",
      },
    ],
  ),
  {
    files: ["src/domain/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/services/**/*.test.ts", "src/services/**/*.int.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  // services: domain and db, never the server.
  layer(
    ["src/services/**/*.ts"],
    [
      {
        group: ["**/server/*", "**/server/**", "fastify", "@fastify/*"],
        message: "services never import the server",
      },
      { group: ["kysely"], message: "Kysely only in src/db (name Db or Trx from db/handles)" },
    ],
  ),
  // server: services, never repositories or Kysely.
  layer(
    ["src/server/**/*.ts"],
    [
      {
        group: ["**/db/repositories/*", "**/db/repositories/**"],
        message: "server calls services, never repositories",
      },
      { group: ["kysely"], message: "Kysely only in src/db (name Db or Trx from db/handles)" },
    ],
  ),
  {
    files: ["src/server/**/*.test.ts", "src/server/routes/health/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  layer(
    ["src/shared/**/*.ts"],
    [
      {
        group: ["kysely", "**/db/**", "**/services/**", "**/server/**", "node:*"],
        message: "shared holds only schemas",
      },
    ],
  ),
  {
    // Tests of src/shared may read the files they check.
    files: ["src/shared/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  // web: only src/shared (and pure domain types) from the server side.
  layer(
    ["web/src/**/*.{ts,tsx}"],
    [
      {
        group: ["**/src/services/**", "**/src/db/**", "**/src/server/**", "node:*"],
        message: "web imports only src/shared and pure domain types",
      },
    ],
  ),
  {
    files: ["web/**/*.{ts,tsx}"],
    languageOptions: {
      globals: {
        window: "readonly",
        document: "readonly",
        localStorage: "readonly",
        navigator: "readonly",
        HTMLElement: "readonly",
      },
    },
  },
);
