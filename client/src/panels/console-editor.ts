// The console's CodeMirror 6 editor: Cypher highlighting, schema-aware completion, Ctrl/Cmd+Enter, error underlines.
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import { positionToOffset } from "../state/console-state.js";

export interface ConsoleSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

const KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "UNWIND",
  "ORDER BY",
  "LIMIT",
  "SKIP",
  "DISTINCT",
  "AS",
  "CALL",
  "YIELD",
  "UNION",
  "count",
  "collect",
  "shortestPath",
  "EXPLAIN",
];

/** Labels and types after ":", property keys after ".", keywords elsewhere. */
export function cypherCompletion(schema: () => ConsoleSchema) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const word = ctx.matchBefore(/[:.]?\w*/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const s = schema();
    if (word.text.startsWith(":")) {
      return {
        from: word.from + 1,
        options: [
          ...s.labels.map((l) => ({ label: l, type: "class" })),
          ...s.relationshipTypes.map((t) => ({ label: t, type: "type" })),
        ],
      };
    }
    if (word.text.startsWith("."))
      return { from: word.from + 1, options: s.propertyKeys.map((k) => ({ label: k, type: "property" })) };
    return { from: word.from, options: KEYWORDS.map((k) => ({ label: k, type: "keyword" })) };
  };
}

export interface ConsoleEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  /** Underline the error at a 1-based line/column; null clears. */
  markError(error: { line: number; column: number; message: string } | null): void;
}

export function createConsoleEditor(
  parent: HTMLElement,
  opts: { initial: string; run: () => void; schema: () => ConsoleSchema },
): ConsoleEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: opts.initial,
      extensions: [
        lineNumbers(),
        history(),
        lintGutter(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [cypherCompletion(opts.schema)] }),
        placeholder("MATCH (n:Company) RETURN n LIMIT 25"),
        // Highest precedence so Mod-Enter runs the query instead of inserting a line.
        Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (opts.run(), true) }])),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": "Cypher query", "data-testid": "cypher-editor" }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    markError(error) {
      if (!error) {
        view.dispatch(setDiagnostics(view.state, []));
        return;
      }
      const doc = view.state.doc.toString();
      const from = positionToOffset(doc, error.line, error.column);
      // Underline to the end of the word at the error (at least one character) so it is visible.
      const rest = /^\w*/.exec(doc.slice(from))?.[0].length ?? 0;
      const to = Math.min(doc.length, from + Math.max(rest, 1));
      view.dispatch(
        setDiagnostics(view.state, [
          { from: Math.min(from, Math.max(0, to - 1)), to, severity: "error", message: error.message },
        ]),
      );
    },
  };
}
