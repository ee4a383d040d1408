/** Renders the pane over a FakeHost and the stand-in linter, and waits until it has checked. */
import * as React from "react";
import { configure, render, screen } from "@testing-library/react";
import { createDOMRenderer, FluentProvider, RendererProvider } from "@fluentui/react-components";
import { App } from "../../src/taskpane/components/App";
import { FakeHost, type FakeHostOptions } from "../app/fake-host";
import { fakeCore, sheetGrid } from "../app/fake-core";
import type { Grid } from "../../src/core/grid/grid";

/*
 * findBy…/waitFor give up after 1 s by default: a wall-clock limit that a loaded CI machine can hit while
 * the pane is still right. They resolve as soon as the condition holds, so a generous cap costs a passing
 * test nothing; only jest's own timeout (jest.config.js) bounds a test that is really stuck.
 */
configure({ asyncUtilTimeout: 20000 });

/* jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one (every Office webview has it). */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoResizeObserver;

/** Table 项目甲: B1 error (fix), C1 warning (fix), A3 warning (suggestion only); 项目乙: B21 error, A22 info. */
export function twoTables(): Grid {
  const rows: (string | null)[][] = [["项目名称", "≥XX%", "≥99百分号"], [null], ["历史指标"]];
  while (rows.length < 20) rows.push([null]);
  rows.push([null, "XX次"], ["=多余"]);
  return sheetGrid("Sheet1", rows);
}

/*
 * jsdom answers every getComputedStyle (Testing Library's role queries check visibility up the tree,
 * user-event checks pointer-events) by matching every CSS rule on the page and copying the matched
 * declarations into a fresh style object, re-serialising it per property. Fluent inserts hundreds of
 * atomic rules, and its theme puts ~400 CSS variables on the provider, an ancestor of everything:
 * together they made each pane test take seconds. Only the rules that can hide an element or block a
 * click matter to a test; the rest (colours, spacing, the theme's tokens) are kept out of jsdom.
 */
const RELEVANT_CSS = /display:\s*none|visibility:\s*(hidden|collapse)|pointer-events:\s*none|white-space:\s*nowrap/;

export async function renderPane(grids: Grid[] = [twoTables()], options: FakeHostOptions = {}) {
  const host = new FakeHost(grids, options);
  const renderer = createDOMRenderer(document, { unstable_filterCSSRule: (rule) => RELEVANT_CSS.test(rule) });
  const utils = render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={{}}>
        <App host={host} options={{ core: fakeCore(), yieldToUi: async () => undefined }} />
      </FluentProvider>
    </RendererProvider>,
  );
  const title = options.language === "en-US" ? "Check this sheet" : "检查本表";
  await screen.findByRole("button", { name: title });
  return { host, ...utils };
}
