// The Acme B2B API endpoint registry: the shape of the client.
// Add endpoints with `npx nx g @x/nx-plugin:endpoint --provider acme-b2b ...`.

/** Every documented Acme B2B API operation. */
export const endpoints = {} as const;
