/**
 * A template cell's input prompt: Excel shows it when the cell is selected
 * (the data validation's input message, ExcelApi 1.8). Written after the
 * list rules: a cell's prompt and list live in one validation, and setting a
 * rule clears nothing of the prompt but `clear()` would.
 */
import type { TemplatePrompt } from "../core/template/block";
import type { ExcelEnv } from "./env";

export function queuePrompt(env: ExcelEnv, range: Excel.Range, prompt: TemplatePrompt): void {
  if (!env.supports("1.8")) return;
  range.dataValidation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
}
