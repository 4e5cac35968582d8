// XSS probes for browser tests: spies that catch any payload that runs, and a DOM scan for anything it left behind.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { createApp } from "../../server/app.js";
import type { Config } from "../../server/config.js";
import { silentLogger } from "../../server/logger.js";
import type { GraphStore } from "../../server/store/graph-store.js";
import type { RunningExplorer } from "./browser.js";

/** What ran: dialogs the page raised, alert/confirm/prompt calls, `__xss` markers set, CSP violations. */
export interface XssWatch {
  dialogs: string[];
  consoleViolations: string[];
}

/** What a DOM scan found; every list must stay empty. */
export interface XssFindings {
  /** `tag@attr` for every attribute whose name starts with "on". */
  onAttributes: string[];
  /** href/src/action/formaction/data/xlink:href values with a javascript:, vbscript: or data:text/html scheme. */
  scriptUrls: string[];
  /** Elements no panel makes and every payload tries to: img, object, embed, base, marquee, math, … */
  foreignElements: string[];
  /** `<script>` elements other than the app's own bundle. */
  scripts: string[];
  /** iframes other than the briefing preview's sandboxed frame, or any with srcdoc outside it. */
  frames: string[];
  /** Calls to alert/confirm/prompt/print and `__xss` markers, as recorded by the init script. */
  hits: string[];
  /** securitypolicyviolation events: something tried to load or run and the CSP stopped it. */
  violations: string[];
  /** Elements scanned, over the document, open shadow roots and same-origin frames. */
  elements: number;
}

/**
 * Runs before any page script, in every frame: wraps alert/confirm/prompt/print, traps `__xss` markers
 * and records CSP violations. The originals still run, so the dialog listener sees them too.
 */
export function installXssSpies(): void {
  const w = window as unknown as Record<string, unknown> & { __xssHits: string[]; __xssViolations: string[] };
  w.__xssHits = [];
  w.__xssViolations = [];
  for (const name of ["alert", "confirm", "prompt", "print"] as const) {
    const original = window[name] as (...args: unknown[]) => unknown;
    w[name] = (...args: unknown[]) => {
      w.__xssHits.push(`${name}(${args.map(String).join(",")})`);
      return original.apply(window, args);
    };
  }
  Object.defineProperty(window, "__xss", {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => w.__xssHits.push(`__xss=${String(value)}`),
  });
  document.addEventListener(
    "securitypolicyviolation",
    (e) => w.__xssViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    true,
  );
}

/** The scan itself, evaluated in each frame; `appFrame` marks the app's own document. */
function scanFrame(appFrame: boolean): XssFindings {
  const out: XssFindings = {
    onAttributes: [],
    scriptUrls: [],
    foreignElements: [],
    scripts: [],
    frames: [],
    hits: [],
    violations: [],
    elements: 0,
  };
  const URL_ATTRS = new Set([
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "xlink:href",
    "srcdoc",
    "poster",
  ]);
  const FOREIGN =
    "img,object,embed,base,marquee,math,video,audio,source,keygen,isindex,link[rel=import],meta[http-equiv],form[action],noscript,x";
  const roots: (Document | ShadowRoot)[] = [document];
  for (let r = 0; r < roots.length; r++) {
    const root = roots[r]!;
    for (const el of root.querySelectorAll("*")) {
      out.elements++;
      const tag = el.tagName.toLowerCase();
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith("on")) out.onAttributes.push(`${tag}@${name}`);
        // Browsers drop ASCII whitespace and control characters from URLs before reading the scheme.
        const squeezed = attr.value
          .split("")
          .filter((c) => c.charCodeAt(0) > 0x20)
          .join("")
          .toLowerCase();
        if (URL_ATTRS.has(name) && /^(javascript:|vbscript:|data:text\/html)/.test(squeezed))
          out.scriptUrls.push(`${tag}@${name}=${attr.value.slice(0, 60)}`);
      }
      // The briefing's own policy, in its <head>, is the one meta allowed to carry http-equiv.
      const ownPolicy =
        tag === "meta" &&
        el.parentElement === document.head &&
        el.getAttribute("http-equiv")?.toLowerCase() === "content-security-policy";
      if (el.matches(FOREIGN) && !ownPolicy) out.foreignElements.push(tag);
      if (tag === "script") {
        const src = (el as HTMLScriptElement).src;
        if (!appFrame || !src.startsWith(`${location.origin}/assets/`))
          out.scripts.push(el.outerHTML.slice(0, 80));
      }
      if (tag === "iframe") {
        const frame = el as HTMLIFrameElement;
        const briefing =
          appFrame && frame.classList.contains("briefing-frame") && frame.getAttribute("sandbox") === "";
        if (!briefing) out.frames.push(frame.outerHTML.slice(0, 80));
        try {
          if (frame.contentDocument) roots.push(frame.contentDocument);
        } catch {
          // cross-origin or sandboxed: Playwright scans it as a frame of its own
        }
      }
      if (el.shadowRoot) roots.push(el.shadowRoot);
    }
  }
  const w = window as unknown as { __xssHits?: string[]; __xssViolations?: string[] };
  out.hits.push(...(w.__xssHits ?? []));
  out.violations.push(...(w.__xssViolations ?? []));
  return out;
}

/** Scans the page and every frame in it (the sandboxed briefing frame too), merged into one result. */
export async function scanForXss(page: Page): Promise<XssFindings> {
  const total: XssFindings = {
    onAttributes: [],
    scriptUrls: [],
    foreignElements: [],
    scripts: [],
    frames: [],
    hits: [],
    violations: [],
    elements: 0,
  };
  for (const frame of page.frames()) {
    const found = await frame.evaluate(scanFrame, frame === page.mainFrame()).catch(() => undefined);
    if (!found) continue; // a frame navigated away while we scanned
    for (const key of Object.keys(total) as (keyof XssFindings)[]) {
      if (key === "elements") total.elements += found.elements;
      else (total[key] as string[]).push(...(found[key] as string[]));
    }
  }
  return total;
}

/** Registers the spies and the dialog/console listeners on a page before it navigates. */
export async function watchForXss(page: Page): Promise<XssWatch> {
  const watch: XssWatch = { dialogs: [], consoleViolations: [] };
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) watch.consoleViolations.push(message.text());
  });
  await page.addInitScript(installXssSpies);
  return watch;
}

/** The real app on `store` serving `clientDir` on a free loopback port (startExplorer, with a store of our own). */
export async function startAppOn(store: GraphStore, clientDir: string): Promise<RunningExplorer> {
  const app = createApp({ store, config: { CLIENT_DIR: clientDir } as Config, logger: silentLogger });
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

const UNTRUSTED_ORIGIN = "http://untrusted.test";

/**
 * Opens `html` as a real navigation on an origin of its own with no CSP, so the init-script spies run in it
 * and anything the markup carries would run too (setContent on about:blank skips init scripts). An SVG or
 * other XML document opens the same way with its own `contentType`: SVG documents run scripts too.
 */
export async function showUntrustedHtml(
  page: Page,
  html: string,
  contentType = "text/html; charset=utf-8",
): Promise<void> {
  await page.route(`${UNTRUSTED_ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === "/"
      ? route.fulfill({ contentType, body: html })
      : route.fulfill({ status: 404, body: "" }),
  );
  await page.goto(`${UNTRUSTED_ORIGIN}/`);
}
