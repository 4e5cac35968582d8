// The "Token" field in the top bar: the API token for writes, kept in sessionStorage for this tab only.
import { getApiToken, setApiToken } from "../api/curation-token.js";
import { h } from "./dom.js";

/** Mounts a password field; an empty value forgets the token. */
export function mountTokenField(root: HTMLElement): void {
  const input = h("input", {
    className: "token-input",
    attrs: {
      type: "password",
      id: "api-token",
      placeholder: "API token (for edits)",
      autocomplete: "off",
      "aria-label": "API token for edits, kept for this tab only",
    },
    on: { change: () => setApiToken(input.value) },
  });
  input.value = getApiToken();
  root.append(input);
}
