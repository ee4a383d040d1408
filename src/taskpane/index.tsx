/**
 * The Excel entry point, in the shape of Microsoft's Office-Addin-TaskPane-React template: once Office
 * is ready, mount the pane on an ExcelHost. Opened outside Excel (no Office.js, or no host), it says so.
 */
import { ExcelHost } from "../excel/excel-host";
import { mountTaskPane } from "./mount";
import { showOutsideExcel } from "./outside-excel";

const container = document.getElementById("container") as HTMLElement;

if (typeof Office === "undefined") {
  showOutsideExcel(container, navigator.language);
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) mountTaskPane(container, new ExcelHost());
    else showOutsideExcel(container, navigator.language);
  });
}
