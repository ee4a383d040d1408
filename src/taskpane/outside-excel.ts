/**
 * taskpane.html opened in a plain browser: Office.js is absent (offline) or finds no host. Without
 * this the page stays blank; it says the pane runs only inside Excel and links the playground.
 * Plain DOM, so the note shows even when nothing else of the pane can load.
 */
import { displayLocale, t, type Locale } from "../i18n";

export function showOutsideExcel(container: HTMLElement, languageTag: string | undefined): void {
  const locale: Locale = displayLocale(languageTag);
  const doc = container.ownerDocument;
  const note = doc.createElement("section");
  note.setAttribute("role", "alert");
  note.lang = locale;
  note.style.cssText = "font-family: 'Segoe UI', 'Microsoft YaHei', sans-serif; padding: 16px; line-height: 1.6;";
  const title = doc.createElement("h1");
  title.style.fontSize = "18px";
  title.textContent = t(locale, "outsideExcelTitle");
  const body = doc.createElement("p");
  body.textContent = t(locale, "outsideExcelBody") + " ";
  const link = doc.createElement("a");
  link.href = "playground.html";
  link.textContent = t(locale, "playgroundLink");
  body.appendChild(link);
  note.append(title, body);
  container.replaceChildren(note);
}
