import { request } from '../api';
import { graphql } from '../generated/gql';
import type { SearchHitsQuery } from '../generated/gql/graphql';
import type { EntityRef } from './entities';

const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { ...EntityRef }
  }
`);

const SearchHitsQueryDocument = graphql(`
  query SearchHits($text: String!, $first: Int) {
    searchHits(text: $text, first: $first) { entity { ...EntityRef } field match text official withFindings }
  }
`);

export type SearchHit = SearchHitsQuery['searchHits'][number];

/** People, companies and agencies by name (normalised as ingest normalises), identifier, phone or address, best first. */
export async function searchEntities(text: string, first = 20): Promise<EntityRef[]> {
  return (await request(SearchQuery, { text, first })).search;
}

/** The same ranked search with why each entity matched (field, exact/prefix/substring, the text) and what ranked it. */
export async function searchHits(text: string, first = 20): Promise<SearchHit[]> {
  return (await request(SearchHitsQueryDocument, { text, first })).searchHits;
}
