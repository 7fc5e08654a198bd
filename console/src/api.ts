// The console talks to /graphql with the key the investigator signed in with. The key is kept in
// the browser's local storage of this origin only; a demo link passes it in the URL fragment
// (#key=…), which browsers never send to a server, and the console removes it from the address bar.

const storageKey = 'qingdan.key';

export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
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
  errors?: { message: string }[];
}

/** Runs a GraphQL operation; throws an ApiError with the server's own message on any failure. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
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
      body: JSON.stringify({ query, variables }),
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
    throw new ApiError(answer.errors.map((e) => e.message).join('; '), response.status);
  }
  if (!response.ok || !answer?.data) {
    throw new ApiError(`HTTP ${response.status} ${response.statusText}`, response.status);
  }
  return answer.data;
}

let viewer: { key: string; role: Promise<string | null> } | null = null;

/** The signed-in key's role (asked once a key): admins see the ingest page. */
export function viewerRole(): Promise<string | null> {
  const key = currentKey();
  if (!key) return Promise.resolve(null);
  if (viewer?.key !== key) {
    viewer = { key, role: gql<{ viewer: { role: string } }>('{ viewer { role } }').then((d) => d.viewer.role.toLowerCase(), () => null) };
  }
  return viewer.role;
}

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

// The shapes the console reads; they follow schema/qingdan.graphql.

export interface EntityRef {
  __typename: 'Person' | 'Company' | 'Agency' | 'Decision';
  id: string;
  name?: string | null;
  title?: string | null;
  kind?: string | null;
}

export interface Source {
  bundle: string;
  file: string;
  line: number;
}

export interface Fact {
  kind: string;
  from: EntityRef;
  to: EntityRef;
  detail: string | null;
  validFrom: string | null;
  validTo: string | null;
  share: number | null;
  amount: string | number | null;
  title: string | null;
  sources: Source[];
}

export const entityFields = `__typename
  ... on Person { id name }
  ... on Company { id name }
  ... on Agency { id name }
  ... on Decision { id title kind }`;

export const factFields = `kind detail validFrom validTo share amount title
  from { ${entityFields} } to { ${entityFields} }
  sources { bundle file line }`;

export function entityLabel(e: EntityRef): string {
  if (e.__typename === 'Decision') return e.title || `${e.kind ?? ''} ${e.id}`.trim();
  return e.name || e.id;
}
