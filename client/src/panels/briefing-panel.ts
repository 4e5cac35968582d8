// The briefing preview: the server's HTML in a sandboxed iframe, downloads, and citations linked to the inspector.
import { toProblem } from "../api/api-error.js";
import type { BriefingsApi, BriefingTarget } from "../api/briefings.js";
import type { FactLine } from "../../../server/domain/briefing/types.js";
import { citationList } from "./briefing-citations.js";
import { h, setChildren } from "./dom.js";
import "./briefing.css";

export interface BriefingPanelDeps {
  api: BriefingsApi;
  /** Selects a node in the inspector. */
  select(id: string): void;
  /** The inspector's root, where a cited relationship's group is scrolled into view. */
  inspector: HTMLElement;
}

export interface BriefingPanel {
  open(target: BriefingTarget): Promise<void>;
  close(): void;
}

/** Mounts the (hidden) panel into `root` and returns how to open it. */
export function mountBriefingPanel(root: HTMLElement, deps: BriefingPanelDeps): BriefingPanel {
  const panel = h("section", {
    className: "briefing-panel",
    attrs: { role: "dialog", "aria-label": "Briefing preview", hidden: "" },
  });
  root.append(panel);
  let current = 0;

  function close(): void {
    current++;
    panel.hidden = true;
    panel.replaceChildren();
  }

  async function open(target: BriefingTarget): Promise<void> {
    const request = ++current;
    panel.hidden = false;
    setChildren(
      panel,
      toolbar(target, "Preparing the briefing…"),
      h("p", { className: "muted" }, "Loading…"),
    );
    try {
      const [briefing, html] = await Promise.all([
        deps.api.json(target),
        deps.api.blob(target, "html").then((b) => b.text()),
      ]);
      if (request !== current) return;
      // sandbox="" with no allowances: no scripts, no forms, no same-origin access, whatever the document holds.
      const frame = h("iframe", {
        className: "briefing-frame",
        attrs: { sandbox: "", title: `Briefing: ${briefing.title}` },
      });
      frame.srcdoc = html;
      setChildren(
        panel,
        toolbar(target, briefing.title),
        h(
          "div",
          { className: "briefing-body" },
          frame,
          h(
            "aside",
            { className: "briefing-sources" },
            h("h3", {}, "Citations"),
            citationList(briefing, showEvidence),
          ),
        ),
      );
    } catch (error) {
      if (request !== current) return;
      setChildren(
        panel,
        toolbar(target, "Briefing"),
        h("p", { className: "error-text", attrs: { role: "alert" } }, toProblem(error).message),
      );
    }
  }

  function toolbar(target: BriefingTarget, title: string): HTMLElement {
    const status = h("span", { className: "briefing-status", attrs: { "aria-live": "polite" } });
    const download = (format: "html" | "md" | "pdf", label: string) =>
      h(
        "button",
        {
          attrs: { type: "button", "data-format": format },
          on: { click: () => void save(target, format, status) },
        },
        label,
      );
    return h(
      "header",
      { className: "briefing-toolbar" },
      h("h2", {}, title),
      download("html", "Download HTML"),
      download("md", "Download Markdown"),
      download("pdf", "Download PDF"),
      h(
        "button",
        {
          className: "close",
          attrs: { type: "button", "aria-label": "Close briefing" },
          on: { click: close },
        },
        "×",
      ),
      status,
    );
  }

  async function save(
    target: BriefingTarget,
    format: "html" | "md" | "pdf",
    status: HTMLElement,
  ): Promise<void> {
    status.textContent = `Preparing ${format.toUpperCase()}…`;
    try {
      const blob = await deps.api.blob(target, format);
      const url = URL.createObjectURL(blob);
      const link = h("a", { attrs: { href: url, download: `${fileName(target)}.${format}` } });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = "";
    } catch (error) {
      status.textContent = toProblem(error).message;
    }
  }

  /** Select the fact's subject, then bring its relationship group (with the evidence) into view. */
  function showEvidence(line: FactLine): void {
    deps.select(line.subject.id);
    const selector = `.rel-group[data-rel-type="${line.relType}"][data-direction="${line.direction}"]`;
    let tries = 0;
    const find = () => {
      const group = deps.inspector.querySelector<HTMLElement>(selector);
      if (group) {
        group.scrollIntoView({ block: "nearest" });
        group.classList.add("briefing-flash");
        setTimeout(() => group.classList.remove("briefing-flash"), 1500);
      } else if (++tries < 60) requestAnimationFrame(find);
    };
    requestAnimationFrame(find);
  }

  return { open, close };
}

function fileName(target: BriefingTarget): string {
  const ids = target.kind === "entity" ? [target.id] : target.ids;
  return `briefing-${ids
    .join("-")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .slice(0, 80)}`;
}

/** The server briefs at most this many entities at once. */
const MAX_SET = 50;

/**
 * A button over the canvas that briefs the entities currently drawn (the explorer's working set):
 * the selection of a set, as opposed to the inspector's single entity.
 */
export function mountBriefingLauncher(stage: HTMLElement, panel: BriefingPanel, ids: () => string[]): void {
  const button = h(
    "button",
    {
      className: "briefing-view-button",
      attrs: { type: "button", title: `Briefing on the entities on screen (up to ${MAX_SET})` },
      on: {
        click: () => {
          const drawn = [...ids()].sort().slice(0, MAX_SET);
          if (drawn.length > 0)
            void panel.open(
              drawn.length === 1 ? { kind: "entity", id: drawn[0]! } : { kind: "set", ids: drawn },
            );
        },
      },
    },
    "Briefing on view",
  );
  stage.append(button);
}
