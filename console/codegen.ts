import type { CodegenConfig } from '@graphql-codegen/cli';

// The console's response types come from the schema snapshot the server is tested against
// (schema/qingdan.graphql), never from a running server: `npm run codegen` writes src/generated/gql/, which is
// committed, and `npm run build` fails while it is stale (`graphql-codegen --check`).
const config: CodegenConfig = {
  schema: '../schema/qingdan.graphql',
  documents: ['src/**/*.ts', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/gql/': {
      preset: 'client',
      presetConfig: {
        // The views read whole answers; masking fragments would hide the fields they share.
        fragmentMasking: false,
      },
      config: {
        // The console posts the query text itself (api.ts), so documents stay strings, not ASTs.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string | number',
          Long: 'number',
        },
      },
    },
  },
};

export default config;
