import { request } from '../api';
import { graphql } from '../generated/gql';
import type { EntityRef } from './entities';

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { ...EntityRef }
  }
`);

/** People, companies, agencies and decisions by name (normalised as ingest normalises), identity number or credit code. */
export async function searchEntities(text: string, first = 20): Promise<EntityRef[]> {
  return (await request(SearchQuery, { text, first })).search;
}
