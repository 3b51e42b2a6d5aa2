import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "training/**", "**/.cache/**", "**/bench-results/**", "apps/cli/.dev*/**", "**/*.tmp.*"]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      // Safety rules deliberately match control and zero-width characters.
      "no-control-regex": "off",
      "no-misleading-character-class": "off",
      "no-redeclare": ["error", { builtinGlobals: false }]
    }
  }
);
