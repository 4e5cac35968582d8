// Escaping for every user-controlled string a briefing renders: HTML/XML text and attributes, and Markdown.

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe in HTML/SVG text and in quoted attribute values: no tag or attribute can be opened. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

/** Safe in HTML text (not attributes): quotes stay readable, as Markdown source is read raw too. */
function escapeHtmlText(value: string): string {
  return value.replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Safe as inline Markdown text: HTML is entity-escaped (so `<img …>` shows as text in any renderer),
 * the characters that open emphasis, links, code, tables or strikethrough are backslash-escaped, and
 * so is a leading block marker (`#`, `+`, `-`, `1.`). Line breaks become spaces, so a value can never
 * start a block of its own.
 */
export function escapeMarkdown(value: string): string {
  return escapeHtmlText(value.replace(/[\r\n\t]+/g, " "))
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
