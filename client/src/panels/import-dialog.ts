// The import dialog: drop or pick files, see the dry run with its errors, confirm, follow progress, cancel.
import { ImportError, type ImportApi, type ImportRequest } from "../api/import.js";
import { h, setChildren } from "./dom.js";
import { issueList, summaryTable } from "./import-preview.js";
import "./import.css";

export interface ImportDialog {
  open(): void;
}

/**
 * Mounts the dialog and a top-bar button that opens it. `onImported` runs after a successful import
 * (reload the graph).
 */
export function mountImportDialog(button: HTMLElement, api: ImportApi, onImported: () => void): ImportDialog {
  let request: ImportRequest | null = null;
  let running: AbortController | null = null;

  const input = h("input", {
    attrs: {
      type: "file",
      multiple: "",
      accept: ".json,.csv,.gexf,.graphml,.xml",
      "data-testid": "import-file",
    },
  });
  const drop = h(
    "label",
    { className: "import-drop" },
    "Drop a graph file here (JSON, GEXF, GraphML, or nodes + relationships CSV), or choose one",
    input,
  );
  const typeAttr = h("input", {
    attrs: { placeholder: "type attribute (optional)", "aria-label": "Type attribute" },
  });
  const nameAttr = h("input", {
    attrs: { placeholder: "name attribute (label)", "aria-label": "Name attribute" },
  });
  const idPrefix = h("input", { attrs: { placeholder: "id prefix (optional)", "aria-label": "Id prefix" } });
  const body = h("div", { className: "import-body", attrs: { "aria-live": "polite" } });
  const progress = h("progress", { className: "import-progress", attrs: { max: "1", value: "0" } });
  progress.hidden = true;
  const confirm = h(
    "button",
    { className: "import-confirm", attrs: { type: "button", disabled: "" } },
    "Import",
  );
  const cancel = h("button", { attrs: { type: "button" } }, "Close");
  const dialog = h(
    "dialog",
    { className: "import-dialog", attrs: { "aria-labelledby": "import-title" } },
    h("h2", { attrs: { id: "import-title" } }, "Import a graph"),
    drop,
    h("div", { className: "import-mapping" }, typeAttr, nameAttr, idPrefix),
    body,
    progress,
    h("div", { className: "import-actions" }, cancel, confirm),
  );
  document.body.append(dialog);

  const show = (...children: (Node | string)[]) => setChildren(body, ...children);
  const mapping = () => ({
    typeAttr: typeAttr.value.trim(),
    nameAttr: nameAttr.value.trim(),
    idPrefix: idPrefix.value.trim(),
  });

  async function preview(files: File[]): Promise<void> {
    if (files.length === 0) return;
    request = { files, mapping: mapping() };
    confirm.disabled = true;
    show(`Checking ${files.map((f) => f.name).join(" + ")}…`);
    try {
      const result = await api.dryRun(request);
      show(
        h(
          "p",
          { className: "import-ok" },
          `${result.file}: ready to import in ${result.batches.total} batch${result.batches.total === 1 ? "" : "es"}.`,
        ),
        summaryTable(result),
        result.warnings.length > 0
          ? issueList(result.warnings, result.warnings.length, "import-warnings")
          : "",
      );
      confirm.disabled = false;
    } catch (error) {
      showError(error);
    }
  }

  function showError(error: unknown): void {
    const e = error instanceof ImportError ? error : new ImportError("client_error", String(error), 0);
    show(
      h("p", { className: "import-error", attrs: { role: "alert" } }, e.message),
      e.issues.length > 0 ? issueList(e.issues, e.issueCount, "import-issues") : "",
    );
  }

  async function apply(): Promise<void> {
    if (!request) return;
    running = new AbortController();
    confirm.disabled = true;
    cancel.textContent = "Cancel";
    progress.hidden = false;
    progress.value = 0;
    try {
      const result = await api.apply(
        request,
        (done, total) => {
          progress.max = total;
          progress.value = done;
          progress.textContent = `${done} / ${total} batches`;
        },
        running.signal,
      );
      if (result.cancelled)
        show(
          h(
            "p",
            { className: "import-error" },
            `Cancelled after ${result.batches.done} of ${result.batches.total} batches; those are saved, run the import again to finish.`,
          ),
        );
      else
        show(
          h(
            "p",
            { className: "import-ok", attrs: { "data-testid": "import-done" } },
            `Imported ${result.file}.`,
          ),
          summaryTable(result),
        );
      request = null;
      onImported();
    } catch (error) {
      showError(error);
    } finally {
      running = null;
      cancel.textContent = "Close";
    }
  }

  input.addEventListener("change", () => void preview([...(input.files ?? [])]));
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("dragging");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("dragging"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("dragging");
    void preview([...(e.dataTransfer?.files ?? [])]);
  });
  confirm.addEventListener("click", () => void apply());
  cancel.addEventListener("click", () => (running ? running.abort() : dialog.close()));

  const open = () => {
    request = null;
    input.value = "";
    confirm.disabled = true;
    progress.hidden = true;
    show("");
    dialog.showModal();
  };
  button.addEventListener("click", open);
  return { open };
}
