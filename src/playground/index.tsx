/**
 * The playground: the task pane beside an editable grid, in a plain browser, for
 * demos and browser tests. `?sample=guangzhou-2024` picks a sample, `?lang=en-US`
 * the pane's language; any .xlsx can be opened or dropped in.
 */
import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import { displayLocale } from "../i18n";
import { mountTaskPane } from "../taskpane/mount";
import { GridView } from "./GridView";
import { loadXlsx } from "./load-xlsx";
import { PlaygroundHost } from "./playground-host";
import { PlaygroundWorkbook } from "./workbook-model";
import { openFailureText, sniffFailure } from "./open-failure";

declare global {
  interface Window {
    /** For browser tests: the live host and workbook. */
    __playground?: { host: PlaygroundHost; workbook: PlaygroundWorkbook; ready: boolean };
  }
}

const params = new URLSearchParams(location.search);
const locale = displayLocale(params.get("lang") ?? undefined);
const status = document.getElementById("status") as HTMLElement;
let gridRoot: Root | undefined;
/** The pane of the previous workbook, unmounted before the next one mounts (it listens to its host). */
let unmountPane: (() => void) | undefined;

function mountPaneContainer(): HTMLElement {
  const aside = document.getElementById("taskpane") as HTMLElement;
  aside.replaceChildren();
  const container = document.createElement("div");
  aside.appendChild(container);
  return container;
}

/** The workbook on screen: a file that cannot be opened leaves it there. */
let current: string | undefined;

function refuse(label: string, reason: Parameters<typeof openFailureText>[2]): void {
  status.textContent = openFailureText(locale, label, reason, current);
  status.title = status.textContent;
}

async function open(data: ArrayBuffer, label: string): Promise<void> {
  const failure = sniffFailure(new Uint8Array(data));
  if (failure) return refuse(label, failure);
  status.textContent = `正在打开 ${label}…`;
  let sheets;
  try {
    sheets = await loadXlsx(data);
  } catch {
    return refuse(label, "corrupt");
  }
  try {
    const workbook = new PlaygroundWorkbook(sheets);
    const host = new PlaygroundHost(workbook, locale);
    window.__playground = { host, workbook, ready: false };
    gridRoot ??= createRoot(document.getElementById("grid") as HTMLElement);
    gridRoot.render(<GridView host={host} />);
    unmountPane?.();
    unmountPane = mountTaskPane(mountPaneContainer(), host);
    status.textContent = label;
    status.title = "";
    current = label;
    window.__playground.ready = true;
  } catch (error) {
    status.textContent = `无法打开 ${label}：${(error as Error).message}`;
  }
}

async function openSample(name: string): Promise<void> {
  const response = await fetch(`seeds/${name}.xlsx`);
  if (!response.ok) {
    status.textContent = `找不到样例 ${name} / sample not found`;
    return;
  }
  await open(await response.arrayBuffer(), `${name}.xlsx`);
}

const sample = document.getElementById("sample") as HTMLSelectElement;
sample.value = params.get("sample") ?? "qingdao-2023";
sample.addEventListener("change", () => {
  params.set("sample", sample.value);
  history.replaceState(null, "", `?${params}`);
  void openSample(sample.value);
});

(document.getElementById("file") as HTMLInputElement).addEventListener("change", async (e) => {
  const file = (e.target as HTMLInputElement).files?.[0];
  if (file) await open(await file.arrayBuffer(), file.name);
});

document.body.addEventListener("dragover", (e) => {
  e.preventDefault();
  document.body.classList.add("drop-hint");
});
document.body.addEventListener("dragleave", () => document.body.classList.remove("drop-hint"));
document.body.addEventListener("drop", async (e) => {
  e.preventDefault();
  document.body.classList.remove("drop-hint");
  const file = e.dataTransfer?.files[0];
  if (file) await open(await file.arrayBuffer(), file.name);
});

void openSample(sample.value);
