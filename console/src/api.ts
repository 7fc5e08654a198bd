// The console talks to /graphql with the key the investigator signed in with. The key is kept in
// the browser's local storage of this origin only; a demo link passes it in the URL fragment
// (#key=…), which browsers never send to a server, and the console removes it from the address bar.

import type { TypedDocumentString } from './generated/gql/graphql';

const storageKey = 'qingdan.key';

export class ApiError extends Error {
  /** The first GraphQL error's code (extensions.code), such as FORBIDDEN_SCOPE; undefined for a failure of HTTP. */
  constructor(message: string, readonly status: number, readonly code?: string) {
    super(message);
  }
}

export function currentKey(): string | null {
  return localStorage.getItem(storageKey);
}

export function signIn(key: string): void {
  localStorage.setItem(storageKey, key.trim());
}

export function signOut(): void {
  localStorage.removeItem(storageKey);
}

/** Takes a key handed over in the fragment (#key=qd_…) and leaves the address bar without it. */
export function adoptKeyFromFragment(): void {
  const match = /^#key=([^&]+)(?:&(.*))?$/.exec(location.hash);
  if (!match) return;
  signIn(decodeURIComponent(match[1]));
  history.replaceState(null, '', location.pathname + location.search + (match[2] ? '#' + match[2] : '#/findings'));
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs a GraphQL operation written with graphql() (its answer and variables typed by src/generated/gql/, generated
 * from the schema); throws an ApiError with the server's own message on any failure.
 */
export async function request<T, V>(document: TypedDocumentString<T, V>, ...[variables]: V extends Record<string, never> ? [] : [V]): Promise<T> {
  const key = currentKey();
  if (!key) throw new ApiError('no key', 401);
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/graphql-response+json, application/json',
        Authorization: `Bearer ${key}`,
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (e) {
    throw new ApiError(`the server did not answer (${(e as Error).message})`, 0);
  }
  let answer: GraphQLAnswer<T> | null = null;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    answer = null;
  }
  if (answer?.errors?.length) {
    throw new ApiError(answer.errors.map((e) => e.message).join('; '), response.status, answer.errors[0].extensions?.code);
  }
  if (!response.ok || !answer?.data) {
    throw new ApiError(`HTTP ${response.status} ${response.statusText}`, response.status);
  }
  return answer.data;
}

/** The answer of POST /ingest/uploads, which is not GraphQL (multipart in, JSON out). */
export interface UploadAnswer {
  id: string;
  files: { name: string; bytes: number }[];
}

/** Sends files to POST /ingest/uploads (admins); throws an ApiError with the server's reason. */
export async function upload(files: File[]): Promise<UploadAnswer> {
  const key = currentKey();
  if (!key) throw new ApiError('no key', 401);
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  let response: Response;
  try {
    response = await fetch('/ingest/uploads', { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: form });
  } catch (e) {
    throw new ApiError(`the server did not answer (${(e as Error).message})`, 0);
  }
  const answer = (await response.json().catch(() => null)) as (UploadAnswer & { error?: string }) | null;
  if (!response.ok || !answer?.id) throw new ApiError(answer?.error ?? `HTTP ${response.status}`, response.status);
  return answer;
}
