// The API token the user typed (sessionStorage, this tab only) and the headers that carry it on writes.

const KEY = "chipgraph.apiToken";

/** The stored token, or "" when none (or when storage is unavailable). */
export function getApiToken(): string {
  try {
    return sessionStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

/** Store (or, with "", forget) the token for this tab; it is never put in a URL. */
export function setApiToken(token: string): void {
  try {
    if (token.trim()) sessionStorage.setItem(KEY, token.trim());
    else sessionStorage.removeItem(KEY);
  } catch {
    // Private modes may refuse storage: writes then go without a token, and the server says why.
  }
}

/** `Authorization: Bearer <token>` when a token is stored; add to every write request (edit, merge, import). */
export function authHeaders(): Record<string, string> {
  const token = getApiToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
